/// Reads numbers from tokens: digits, decimals, fractions (`5/6`, `5 over 6`, `5 out of 6`),
/// mixed numbers (`1 1/2`, `one and a half`), percents and numbers in words
/// (`five sixths`, `zero point three`, `a third`, `twenty-five hundredths`).
enum NumberReader {
    static let units: [String: Int64] = [
        "zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]
    static let tens: [String: Int64] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90,
    ]
    static let denominators: [String: Int64] = {
        var table: [String: Int64] = ["half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4,
                                      "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                                      "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                                      "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
                                      "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
                                      "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
                                      "hundredth": 100, "thousandth": 1000, "millionth": 1_000_000]
        for (word, value) in table where word != "half" && word != "halves" { table[word + "s"] = value }
        return table
    }()
    static let digitWords: [String: Int64] = [
        "zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
        "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    ]

    static func read(_ tokens: [Token]) -> [NumberMention] {
        var mentions: [NumberMention] = []
        var i = 0
        while i < tokens.count {
            if let (value, end, percent) = readNumber(tokens, i) {
                if !isPronounOne(tokens, i, end) {
                    var v = value
                    var lo = i
                    if i >= 1, tokens[i - 1].kind == .symbol, tokens[i - 1].text == "-", startsOperand(tokens, i - 1) {
                        v = NumberValue(numerator: -v.numerator, denominator: v.denominator, decimalPlaces: v.decimalPlaces)
                        if !value.isExact { v = NumberValue(-value.value, decimalPlaces: value.decimalPlaces) }
                        lo = i - 1
                    }
                    mentions.append(NumberMention(value: v, lo: lo, hi: end - 1, negated: false, isPercent: percent))
                }
                i = end
            } else {
                i += 1
            }
        }
        return mentions
    }

    /// "-" at the start of a clause or after an operator or a word (not after a number) is a minus sign.
    private static func startsOperand(_ tokens: [Token], _ minus: Int) -> Bool {
        if minus == 0 { return true }
        let prev = tokens[minus - 1]
        if prev.clause != tokens[minus].clause { return true }
        switch prev.kind {
        case .number: return false
        case .symbol: return prev.text != "%"
        case .word: return units[prev.text] == nil && tens[prev.text] == nil && denominators[prev.text] == nil
        }
    }

    /// "the heavier one", "which one", "one of them": `one` as a pronoun, not a number.
    private static func isPronounOne(_ tokens: [Token], _ i: Int, _ end: Int) -> Bool {
        guard end == i + 1, tokens[i].text == "one" else { return false }
        if end < tokens.count, tokens[end].text == "of" { return true }
        for back in 1...2 where i - back >= 0 {
            let t = tokens[i - back]
            if t.clause != tokens[i].clause { break }
            if t.wordClass.contains(.determiner) { return true }
            if back == 1, t.kind == .word, t.text.hasSuffix("er") || t.text.hasSuffix("est") { return true }
        }
        return false
    }

    private static func word(_ tokens: [Token], _ i: Int) -> String? {
        i < tokens.count && tokens[i].kind == .word ? tokens[i].text : nil
    }

    /// A whole number expression starting at `i`: its value, the index after it, whether a percent.
    static func readNumber(_ tokens: [Token], _ i: Int) -> (NumberValue, Int, Bool)? {
        guard var (value, end) = readPrimary(tokens, i) else { return nil }
        if value.isInteger && value.decimalPlaces == 0 {
            if let (fraction, fractionEnd) = readFractionTail(tokens, end, numerator: value) {
                value = fraction; end = fractionEnd
            } else if let (mixed, mixedEnd) = readMixedTail(tokens, end, whole: value) {
                value = mixed; end = mixedEnd
            }
        }
        // Percent: "83%", "83 percent", "83 per cent".
        if end < tokens.count {
            let t = tokens[end]
            var percentEnd = -1
            if t.kind == .symbol && t.text == "%" { percentEnd = end + 1 }
            else if t.text == "percent" || t.text == "pct" { percentEnd = end + 1 }
            else if t.text == "per", word(tokens, end + 1) == "cent" { percentEnd = end + 2 }
            if percentEnd > 0, let p = value.dividing(by: .integer(100)) {
                var percent = p
                percent.decimalPlaces = value.decimalPlaces + 2
                return (percent, percentEnd, true)
            }
        }
        return (value, end, false)
    }

    /// An integer, a decimal, "a"/"an" + denominator, "half", or "point" + digits.
    static func readPrimary(_ tokens: [Token], _ i: Int) -> (NumberValue, Int)? {
        let t = tokens[i]
        if t.kind == .number { return NumberValue.parseDigits(t.text).map { ($0, i + 1) } }
        guard t.kind == .word else { return nil }
        let w = t.text
        if w == "point", let (decimal, end) = readDecimalWords(tokens, i + 1, whole: 0) { return (decimal, end) }
        if w == "a" || w == "an" {
            if let next = word(tokens, i + 1) {
                if let d = denominators[next], !next.hasSuffix("s") || next == "halves" { return (NumberValue(numerator: 1, denominator: d), i + 2) }
                if next == "hundred" || next == "thousand", let (value, end) = readCardinal(tokens, i + 1, leadingOne: true) {
                    return (.integer(value), end)
                }
            }
            return nil
        }
        if w == "half" { return (NumberValue(numerator: 1, denominator: 2), i + 1) }
        guard let (whole, end) = readCardinal(tokens, i, leadingOne: false) else { return nil }
        if word(tokens, end) == "point", let (decimal, decimalEnd) = readDecimalWords(tokens, end + 1, whole: whole) {
            return (decimal, decimalEnd)
        }
        return (.integer(whole), end)
    }

    /// Number words: "twenty five", "one hundred and five", "three thousand".
    static func readCardinal(_ tokens: [Token], _ i: Int, leadingOne: Bool) -> (Int64, Int)? {
        enum Last { case none, unit, teen, tens, hundred, thousand }
        var total: Int64 = 0, current: Int64 = leadingOne ? 1 : 0
        var last: Last = leadingOne ? .unit : .none
        var j = i
        var any = leadingOne
        while let w = word(tokens, j) {
            if let u = units[w] {
                if last == .unit || last == .teen || (last == .tens && (u >= 10 || u == 0)) { break }
                current += u; last = u < 10 ? .unit : .teen
            } else if let t = tens[w] {
                if last == .unit || last == .teen || last == .tens { break }
                current += t; last = .tens
            } else if w == "hundred" || w == "hundreds" {
                guard any, last != .hundred else { break }
                current = max(current, 1) * 100; last = .hundred
            } else if w == "thousand" || w == "million" {
                guard any, last != .thousand else { break }
                total += max(current, 1) * (w == "thousand" ? 1000 : 1_000_000); current = 0; last = .thousand
            } else if w == "and", last == .hundred || last == .thousand, let next = word(tokens, j + 1),
                      units[next] != nil || tens[next] != nil, denominators[word(tokens, j + 2) ?? ""] == nil {
                j += 1; continue
            } else {
                break
            }
            any = true
            j += 1
        }
        return any ? (total + current, j) : nil
    }

    /// After "point": "three", "two five", "twenty five".
    static func readDecimalWords(_ tokens: [Token], _ i: Int, whole: Int64) -> (NumberValue, Int)? {
        var digits: [Int64] = []
        var j = i
        while let w = word(tokens, j), let d = digitWords[w] { digits.append(d); j += 1 }
        if digits.isEmpty, let (n, end) = readCardinal(tokens, i, leadingOne: false), n >= 10, n < 100 {
            digits = [n / 10, n % 10]; j = end
        }
        // "zero point 3": digits after the word point.
        if digits.isEmpty, i < tokens.count, tokens[i].kind == .number, !tokens[i].text.contains(".") {
            for b in tokens[i].text.utf8 { digits.append(Int64(b - 48)) }
            j = i + 1
        }
        guard !digits.isEmpty, digits.count < 16 else { return nil }
        var num = whole, den: Int64 = 1
        for d in digits { num = num * 10 + d; den *= 10 }
        return (NumberValue(numerator: num, denominator: den, decimalPlaces: digits.count), j)
    }

    /// After an integer: "/6", "over 6", "out of 6", "divided by 6", or a denominator word ("sixths").
    static func readFractionTail(_ tokens: [Token], _ i: Int, numerator: NumberValue) -> (NumberValue, Int)? {
        guard i < tokens.count else { return nil }
        let t = tokens[i]
        var denStart = -1
        if t.kind == .symbol && t.text == "/" { denStart = i + 1 }
        else if t.text == "over" { denStart = i + 1 }
        else if t.text == "out", word(tokens, i + 1) == "of" { denStart = i + 2 }
        else if t.text == "divided", word(tokens, i + 1) == "by" { denStart = i + 2 }
        else if t.kind == .word, let d = denominators[t.text] {
            if d == 2 && t.text == "half" && numerator.numerator != 1 { return nil }
            return numerator.dividing(by: .integer(d)).map { ($0, i + 1) }
        }
        guard denStart > 0, denStart < tokens.count else { return nil }
        var denominator: NumberValue
        var end: Int
        if tokens[denStart].kind == .number {
            guard let d = NumberValue.parseDigits(tokens[denStart].text), d.decimalPlaces == 0 else { return nil }
            denominator = d; end = denStart + 1
        } else if let (d, e) = readCardinal(tokens, denStart, leadingOne: false) {
            denominator = .integer(d); end = e
        } else {
            return nil
        }
        guard let value = numerator.dividing(by: denominator) else { return nil }
        return (value, end)
    }

    /// After a whole number: "1 1/2", "2 and 3/4", "one and a half", "two and three quarters".
    static func readMixedTail(_ tokens: [Token], _ i: Int, whole: NumberValue) -> (NumberValue, Int)? {
        guard i < tokens.count else { return nil }
        var start = i
        if tokens[i].text == "and" { start = i + 1 } else if tokens[i].kind != .number { return nil }
        guard start < tokens.count, i > 0, tokens[start].clause == tokens[i - 1].clause else { return nil }
        guard let (numerator, end) = readPrimary(tokens, start) else { return nil }
        var fraction = numerator
        var fractionEnd = end
        if numerator.isInteger && numerator.decimalPlaces == 0 {
            guard let (f, e) = readFractionTail(tokens, end, numerator: numerator) else { return nil }
            fraction = f; fractionEnd = e
        } else if !(numerator.isExact && numerator.denominator > 1 && numerator.decimalPlaces == 0) {
            return nil
        }
        guard fraction.value > 0, fraction.value < 1 else { return nil }
        return (whole.adding(fraction), fractionEnd)
    }
}
