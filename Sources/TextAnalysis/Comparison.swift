/// Which of two numbers an answer says is the larger, in any phrasing:
/// "0.3", "0.3 is bigger", "0.25 is smaller than 0.3", "0.3 > 0.25", "0.25 is not larger",
/// "the larger one is 0.3", "bigger than 0.25". Numbers that are neither option decide nothing.
public struct ComparisonDecision: Sendable, Equatable {
    /// 0 when the answer says `first` is the larger, 1 when `second`.
    public var larger: Int
    /// Tokens of the statement (or the chosen number) that decided it.
    public var lo: Int
    public var hi: Int
    /// True when the answer only named one option, with no comparison word about it.
    public var byChoice: Bool
}

public enum Comparison {
    /// How far to look for the left-hand number of a comparison word.
    static let leftReach = 6

    /// Comparatives that also count things ("more slices"); a size word wins over them.
    static let weakComparatives: Set<String> = ["more", "most", "fewer", "fewest"]

    /// Nouns after a comparative that still speak of the numbers' size ("3 tenths is more", "a bigger number").
    static let sizeNouns: Set<String> = [
        "number", "value", "values", "amount", "fraction", "fractions", "decimal", "one", "answer", "quantity",
        "size", "cents", "pence", "pennies", "money", "pizza", "cake", "chocolate", "share", "portion",
    ]
    /// Singular nouns that count parts rather than measure size ("one more digit").
    static let countNouns: Set<String> = ["digit", "slice", "piece", "place", "figure", "zero", "part", "bit", "number"]

    /// Whether the comparative at `c` is about the noun right after it: "has more digits (than 0.3)",
    /// "more slices", "longer numbers". Plural nouns and counting nouns qualify; number words and
    /// size nouns (tenths, value, cents) do not, and neither does "more than".
    static func isAboutNoun(_ tokens: [Token], _ c: Int, _ mentions: [NumberMention]) -> Bool {
        guard tokens[c].kind == .word, c + 1 < tokens.count else { return false }
        let next = tokens[c + 1]
        guard next.kind == .word, next.clause == tokens[c].clause, next.isContent,
              next.wordClass.isDisjoint(with: [.greater, .lesser]) else { return false }
        if mentions.contains(where: { $0.lo == c + 1 }) { return false }
        let w = next.text
        // "more decimal places", "more number places": a modifier, then what is counted.
        if (w == "decimal" || w == "number"), c + 2 < tokens.count,
           ["places", "place", "digits", "points", "numbers"].contains(tokens[c + 2].text) { return true }
        if sizeNouns.contains(w) || NumberReader.denominators[w] != nil { return false }
        if w == "numbers" { return true }
        if countNouns.contains(w) { return !(w == "number") }
        // A plural noun: "digits", "slices", "pieces", "places" (not "is", "was", "less").
        let bytes = Array(w.utf8)
        return bytes.count > 3 && bytes.last == 0x73 && bytes[bytes.count - 2] != 0x73
            && bytes[bytes.count - 2] != 0x75 && !(bytes[bytes.count - 2] == 0x69)
    }

    public static func decide(_ first: NumberValue, _ second: NumberValue, in text: AnalyzedText) -> ComparisonDecision? {
        let tokens = text.tokens
        let mentions = text.numbers
        guard !mentions.isEmpty else { return nil }
        func option(_ m: NumberMention) -> Int? {
            if m.value.equals(first) { return 0 }
            if m.value.equals(second) { return 1 }
            return nil
        }
        var consumed = [Bool](repeating: false, count: mentions.count)
        var decision: ComparisonDecision?
        var decisionStrength = -1

        for c in tokens.indices {
            let cls = tokens[c].wordClass
            var direction = cls.contains(.greater) ? 1 : (cls.contains(.lesser) ? -1 : 0)
            if direction == 0 { continue }
            // "more slices", "more digits": a statement about that noun, not about the numbers' size.
            if isAboutNoun(tokens, c, mentions) { continue }
            // Size words (bigger, larger, greater, smaller, less than, >) outrank "more" and "fewer".
            let strength = weakComparatives.contains(tokens[c].text) ? 0 : 1
            if text.isNegated(c, c, before: c) { direction = -direction }
            let isSymbol = tokens[c].kind == .symbol
            // The left operand: the nearest number ending before the word, in the same clause.
            var left: Int?
            var k = c - 1
            while k >= 0 && c - k <= leftReach && tokens[k].clause == tokens[c].clause {
                if k != c - 1 && !tokens[k].wordClass.isDisjoint(with: [.greater, .lesser]) { break }
                if let m = mentions.firstIndex(where: { $0.hi == k }) { left = m; break }
                if mentions.contains(where: { $0.lo <= k && $0.hi >= k }) { break }
                k -= 1
            }
            // The right operand: after "than" (one word may come between: "more tenths than"),
            // directly after a symbol or "exceeds".
            var right: Int?
            var sawThan = false
            var r = c + 1
            if isSymbol || tokens[c].text.hasPrefix("exceed") {
                right = mentions.firstIndex { $0.lo == c + 1 || $0.lo == c + 2 && tokens[c + 1].isStop }
            } else {
                while r < tokens.count && r <= c + 3 && tokens[r].clause == tokens[c].clause {
                    if tokens[r].text == "than" { sawThan = true; break }
                    if tokens[r].kind != .word { break }
                    r += 1
                }
                if sawThan { right = mentions.firstIndex { $0.lo > r && $0.lo <= r + 3 && tokens[$0.lo].clause == tokens[c].clause } }
            }
            // "the larger one is 0.3": no left operand and no "than": the subject follows.
            var subjectAfter: Int?
            if left == nil && right == nil && !sawThan && !isSymbol {
                subjectAfter = mentions.firstIndex { $0.lo > c && $0.lo <= c + 4 && tokens[$0.lo].clause == tokens[c].clause }
            }
            var said: Int?  // which option is said to be larger
            var lo = c, hi = c
            if let l = left, let rr = right {
                consumed[l] = true; consumed[rr] = true
                lo = mentions[l].lo; hi = mentions[rr].hi
                if let a = option(mentions[l]), let b = option(mentions[rr]), a != b { said = direction > 0 ? a : b }
            } else if let l = left {
                consumed[l] = true
                lo = mentions[l].lo
                if !sawThan, let a = option(mentions[l]) { said = direction > 0 ? a : 1 - a }
            } else if let rr = right {
                consumed[rr] = true
                hi = mentions[rr].hi
                if let b = option(mentions[rr]) { said = direction > 0 ? 1 - b : b }
            } else if let s = subjectAfter {
                consumed[s] = true
                hi = mentions[s].hi
                if let a = option(mentions[s]) { said = direction > 0 ? a : 1 - a }
            }
            // A later statement wins over an earlier one ("0.25 is bigger? no, 0.3 is bigger").
            if let said, strength >= decisionStrength {
                decision = ComparisonDecision(larger: said, lo: lo, hi: hi, byChoice: false)
                decisionStrength = strength
            }
        }
        if decision != nil { return decision }

        // No comparison: the answer names exactly one of the options, not negated.
        var chosen: Int?
        var span = (0, 0)
        for (m, mention) in mentions.enumerated() where !consumed[m] && !mention.negated {
            guard let o = option(mention) else { continue }
            if let c = chosen, c != o { return leadChoice(tokens, mentions, option) }
            if chosen == nil { span = (mention.lo, mention.hi) }
            chosen = o
        }
        return chosen.map { ComparisonDecision(larger: $0, lo: span.0, hi: span.1, byChoice: true) }
    }

    /// "0.3, even though 0.25 has more digits", "0.3 because 0.25 ...": an answer that opens with one
    /// option on its own (only function words before it; then punctuation, a conjunction or the
    /// end) chooses it, whatever the reasons after it mention.
    static func leadChoice(_ tokens: [Token], _ mentions: [NumberMention],
                           _ option: (NumberMention) -> Int?) -> ComparisonDecision? {
        guard let first = mentions.first, !first.negated, let o = option(first) else { return nil }
        for k in 0..<first.lo where !tokens[k].isStop || tokens[k].clause != tokens[first.lo].clause { return nil }
        let after = first.hi + 1
        if after < tokens.count && tokens[after].clause == tokens[first.hi].clause {
            let t = tokens[after]
            guard t.wordClass.contains(.conjunction) || t.text == "even" || t.text == "as" else { return nil }
        }
        return ComparisonDecision(larger: o, lo: first.lo, hi: first.hi, byChoice: true)
    }
}
