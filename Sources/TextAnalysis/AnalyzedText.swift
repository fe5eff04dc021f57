/// An answer read once: tokens with stems and negation, and the numbers it mentions.
public struct AnalyzedText: Sendable {
    public var tokens: [Token]
    public var numbers: [NumberMention]
    /// The normalized text (lower case, folded); used for symbol-only phrases.
    public var normalized: [UInt8]

    public init(_ text: String) {
        normalized = Normalizer.normalize(text)
        tokens = Tokenizer.tokenize(normalized)
        for i in tokens.indices {
            var t = tokens[i]
            t.wordClass = Lexicon.wordClass(t.text)
            if t.kind == .word {
                t.stem = Stemmer.stem(t.text)
                t.letters = AnalyzedText.letterMask(t.text)
                if t.wordClass.isDisjoint(with: [.greater, .lesser]) && !t.isStop && t.text.utf8.count >= 5 {
                    for (word, cls) in Lexicon.fuzzyComparators where EditDistance.bounded(t.text, word, limit: 1) <= 1 {
                        if !PatternTerm.isKnownWord(t) { t.wordClass.formUnion(cls) }
                        break
                    }
                }
            }
            tokens[i] = t
        }
        AnalyzedText.markSegments(&tokens)
        Negation.apply(&tokens)
        numbers = NumberReader.read(tokens)
        for k in numbers.indices {
            numbers[k].negated = isNegated(numbers[k].lo, numbers[k].hi, before: numbers[k].lo)
            numbers[k].form = tokens[numbers[k].lo...numbers[k].hi].map(\.text).joined()
        }
    }

    /// Whether any token in lo...hi is negated by a negator that lies before `first`.
    public func isNegated(_ lo: Int, _ hi: Int, before first: Int) -> Bool {
        var k = lo
        while k <= hi {
            let by = tokens[k].negatedBy
            if by >= 0 && Int(by) < first { return true }
            k += 1
        }
        return false
    }

    /// The tokens lo...hi as written (normalized), for explanations.
    public func text(_ lo: Int, _ hi: Int) -> String {
        guard lo >= 0, hi < tokens.count, lo <= hi else { return "" }
        return tokens[lo...hi].map(\.text).joined(separator: " ")
    }

    /// Numbers the statements: a new segment starts at every clause boundary and at a word that
    /// starts another statement (`when`, `while`, `where`, `if`, `although`, ...; not `which`, whose
    /// clause is about the noun before it: "the southern hemisphere, which is tilted away"). `and`, `or` and
    /// `but` start one only before a new subject ("and the sun is tilted", "but it ..."), not
    /// before a second predicate of the same subject ("tilted and leans toward the Sun").
    /// `because` and `so` join a cause to its effect, so they stay inside the statement.
    static func markSegments(_ tokens: inout [Token]) {
        var segment: Int32 = 0
        for i in tokens.indices {
            if i > 0 {
                var joins = tokens[i].wordClass.contains(.segmentBreak)
                if joins, AnalyzedText.coordinators.contains(tokens[i].text) {
                    joins = i + 1 < tokens.count && AnalyzedText.subjectStarts.contains(tokens[i + 1].text)
                }
                if tokens[i].clause != tokens[i - 1].clause || joins { segment += 1 }
            }
            tokens[i].segment = segment
        }
    }

    static let coordinators: Set<String> = ["and", "or", "but"]
    /// Words that start a new subject after `and`, `or`, `but`.
    static let subjectStarts: Set<String> = [
        "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "my", "your", "his", "her",
        "it", "they", "we", "i", "you", "he", "she", "there", "in", "on", "at", "when", "if",
    ]

    static func letterMask(_ s: String) -> UInt32 {
        var mask: UInt32 = 0
        for b in s.utf8 where b >= 97 && b <= 122 { mask |= 1 << UInt32(b - 97) }
        return mask
    }
}
