/// The parts of an answer that a right result can hide a wrong idea in: the reasons it gives
/// ("... because they are both round balls") and the working it shows ("1/2 = 2/6").
extension AnalyzedText {
    /// A stretch of tokens, `lo...hi` (inclusive).
    public struct Span: Sendable, Equatable {
        public var lo: Int
        public var hi: Int
        public init(lo: Int, hi: Int) { self.lo = lo; self.hi = hi }
    }

    /// Words that introduce a reason. "cos" is how learners type "because"; "as" and "so" are left
    /// out ("as fast as", "so the sun ...": too often not a reason).
    static let reasonWords: Set<String> = ["because", "cos", "since"]

    /// `reasonWords.contains`, without hashing every word of every answer.
    @inline(__always) static func isReasonWord(_ word: String) -> Bool {
        word == "because" || word == "cos" || word == "since"
    }

    /// Words a reason may be made of without saying anything ("because i think so", "cos it is").
    static let emptyReasonWords: Set<String> = ["so", "think", "know", "guess", "right", "true", "obvious", "obviously",
                                                "said", "say", "thats", "way", "yes", "sure"]

    /// Each reason the answer gives: the words after `because`, `cos` or `since` up to the end of
    /// that statement (the next punctuation mark, statement break, `so` or another reason word).
    /// A reason without a content word ("because i think so") is not one, and neither is an answer
    /// that starts with `because`: it is all reason, and the expectations judge it.
    public var reasons: [Span] {
        var spans: [Span] = []
        guard let first = tokens.firstIndex(where: \.isContent) else { return [] }
        var i = first
        while i < tokens.count {
            // "Why is it warmer? Because of the tilt.": a sentence that is all reason.
            guard tokens[i].kind == .word, AnalyzedText.isReasonWord(tokens[i].text), !tokens[i].sentenceStart,
                  !(tokens[i].text == "since" && i + 1 < tokens.count && AnalyzedText.isYear(tokens[i + 1])) else {
                i += 1
                continue
            }
            var end = i + 1
            while end < tokens.count, tokens[end].segment == tokens[i].segment, tokens[end].clause == tokens[i].clause,
                  !(tokens[end].kind == .word && (tokens[end].text == "so" || AnalyzedText.isReasonWord(tokens[end].text))) {
                end += 1
            }
            let words = tokens[(i + 1)..<end]
            if words.contains(where: { $0.isContent && !AnalyzedText.emptyReasonWords.contains($0.text) }) {
                spans.append(Span(lo: i + 1, hi: end - 1))
            }
            i = end
        }
        return spans
    }

    /// Equations the answer writes that are false: "1/2 = 2/6", "0.3 equals 0.03", "1/2 is 2/6",
    /// "0.3 is the same as 0.03". Only a number in digits standing alone on each side counts
    /// ("1/2 + 1/3 = 5/6" is a sum, not checked here; "half = 3" is shorthand for "a half is 3
    /// sixths"), and not a percentage, whose equality depends on what it is a percentage of.
    /// With "is" both sides must be fractions or decimals: "1/2 is 3 pieces" is not an equation.
    public var falseEquations: [Span] {
        var spans: [Span] = []
        for k in numbers.indices.dropLast() {
            let left = numbers[k], right = numbers[k + 1]
            guard right.lo > left.hi + 1, right.lo <= left.hi + 5, !left.isPercent, !right.isPercent,
                  left.value.isExact, right.value.isExact,
                  AnalyzedText.isCounted(left.form), AnalyzedText.isCounted(right.form)
            else { continue }
            let between = tokens[(left.hi + 1)..<right.lo].map(\.text)
            guard between.allSatisfy(AnalyzedText.equalityWords.contains) else { continue }
            let strict = between.contains { $0 == "=" || $0.hasPrefix("equal") || $0 == "same" }
            let parts = AnalyzedText.isPart(left.form) && AnalyzedText.isPart(right.form)
            guard strict || (between.contains { $0 == "is" || $0 == "are" } && parts) else { continue }
            // "25 hundredths = 25 squares" counts something else; "0.45 is 5 hundredths more" and
            // "2 tenths and a bit", "about 3 tenths" are not equations.
            let named = [left.form, right.form].contains { $0.contains(where: \.isLetter) }
            if named && !parts { continue }
            if right.hi + 1 < tokens.count, AnalyzedText.qualifies(tokens[(right.hi + 1)...].prefix(3).map(\.text)) { continue }
            if left.lo > 0, AnalyzedText.approximations.contains(tokens[left.lo - 1].text) { continue }
            if right.lo > 0, AnalyzedText.approximations.contains(tokens[right.lo - 1].text) { continue }
            if left.lo > 0, AnalyzedText.isOperator(tokens[left.lo - 1]) { continue }
            if right.hi + 1 < tokens.count, AnalyzedText.isOperator(tokens[right.hi + 1]) { continue }
            if !left.value.equals(right.value) { spans.append(Span(lo: left.lo, hi: right.hi)) }
        }
        return spans
    }

    static let equalityWords: Set<String> = ["=", "equals", "equal", "to", "is", "are", "the", "same", "as"]

    /// "since 1990": time, not a reason.
    static func isYear(_ token: Token) -> Bool {
        token.kind == .number && token.text.count == 4 && token.text.allSatisfy(\.isNumber)
    }

    /// "1/2", "0.25", "3 tenths" (a count in digits of a named part): not "half", nor "3third" read
    /// across a comma ("half = 3, third = 2").
    static func isCounted(_ form: String) -> Bool {
        guard let first = form.first, first.isNumber else { return false }
        let digits = form.prefix { $0.isNumber || $0 == "." || $0 == "/" }
        let unit = form.dropFirst(digits.count)
        return unit.isEmpty || partWords.contains(String(unit))
    }

    /// A fraction or a decimal, not a whole number: "1/2", "0.3", "3 tenths".
    static func isPart(_ form: String) -> Bool {
        form.contains { $0 == "/" || $0 == "." } || form.contains(where: \.isLetter)
    }

    /// Parts a count in digits may name (plural), for equations written in words.
    static let partWords: Set<String> = ["halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths",
                                         "ninths", "tenths", "twelfths", "hundredths", "thousandths"]

    static let approximations: Set<String> = ["about", "roughly", "nearly", "almost", "around", "approximately", "like"]

    /// Words after a number that make it part of a comparison or an estimate: "5 hundredths more",
    /// "2 tenths and a bit".
    static func qualifies(_ next: [String]) -> Bool {
        guard let first = next.first else { return false }
        if ["more", "less", "bigger", "smaller", "larger", "greater", "than", "extra", "over", "under", "ish"].contains(first) {
            return true
        }
        return next.starts(with: ["and", "a", "bit"]) || next.starts(with: ["or", "so"])
    }

    static func isOperator(_ token: Token) -> Bool {
        token.kind == .symbol && ["+", "-", "*", "/", "x"].contains(token.text)
            || token.kind == .word && ["plus", "minus", "times", "add", "take"].contains(token.text)
    }

    /// The same answer with every negation lifted: what it denies, read as if it asserted it.
    public var withoutNegation: AnalyzedText {
        var plain = self
        for i in plain.tokens.indices { plain.tokens[i].negatedBy = -1 }
        for k in plain.numbers.indices { plain.numbers[k].negated = false }
        return plain
    }
}
