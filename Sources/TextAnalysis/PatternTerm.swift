/// One word of an author's phrase, prepared once: its stem, its class and how many typos it allows.
public struct PatternTerm: Sendable, Equatable {
    public var text: String
    public var stem: String
    public var kind: Token.Kind
    public var wordClass: WordClass
    /// Edits allowed: 0 for words under 4 letters and function words, 1 for 4-7 letters, 2 for 8+.
    public var maxEdits: Int
    var letters: UInt32

    public var isNegator: Bool { wordClass.contains(.negator) }
    public var isStop: Bool { wordClass.contains(.stop) }

    /// `token` is a token of a phrase, analyzed like an answer.
    public init(_ token: Token) {
        text = token.text
        stem = token.stem
        kind = token.kind
        wordClass = token.wordClass
        letters = token.letters
        let length = token.text.utf8.count
        if token.kind != .word || token.isStop || isNegatorClass(token.wordClass) || length < 4 {
            maxEdits = 0
        } else {
            maxEdits = length >= 8 ? 2 : 1
        }
    }

    /// Negators match each other ("no force" ~ "not ... force", "without force"), except
    /// `nothing`, which only matches itself.
    static func negatorsMatch(_ a: String, _ b: String) -> Bool {
        a == b || (a != "nothing" && b != "nothing")
    }

    /// Whether the answer's token is this word: same surface or stem, or within the typo limit.
    public func matches(_ token: Token) -> Bool {
        if token.kind != kind { return false }
        if isNegator {
            // Lexical match; a phrase also requires the next word to be inside the negator's scope.
            return token.wordClass.contains(.negator) && PatternTerm.negatorsMatch(text, token.text)
        }
        if token.text == text || token.stem == stem { return true }
        if maxEdits == 0 || token.isStop || token.wordClass.contains(.negator) { return false }
        if Lexicon.commonWords.contains(token.text) { return false }
        // Each edit changes the set of letters used by at most two.
        if (letters ^ token.letters).nonzeroBitCount > 2 * maxEdits { return false }
        if EditDistance.bounded(text, token.text, limit: maxEdits) <= maxEdits { return true }
        return EditDistance.bounded(stem, token.stem, limit: maxEdits) <= maxEdits
    }
}

@inline(__always) private func isNegatorClass(_ c: WordClass) -> Bool { c.contains(.negator) }
