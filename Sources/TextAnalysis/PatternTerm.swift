/// One word of an author's phrase, prepared once: its stem, its class and how many typos it allows.
public struct PatternTerm: Sendable, Equatable {
    public var text: String
    public var stem: String
    public var kind: Token.Kind
    public var wordClass: WordClass
    /// Edits allowed: 0 for words under 4 letters and function words, 1 for 4-7 letters, 2 for 8+.
    public var maxEdits: Int
    public var letters: UInt32
    /// A negator that negates the next word of its phrase ("no force"): `not`, `no`, `never` and
    /// `without` stand for each other ("it does not need a force"). A negator alone is exact.
    public var looseNegator: Bool

    public var isNegator: Bool { wordClass.contains(.negator) }
    public var isStop: Bool { wordClass.contains(.stop) }

    /// `token` is a token of a phrase, analyzed like an answer; `exact` turns typo tolerance off.
    public init(_ token: Token, exact: Bool = false, looseNegator: Bool = false) {
        self.looseNegator = looseNegator && token.wordClass.contains(.negator)
        text = token.text
        stem = token.stem
        kind = token.kind
        wordClass = token.wordClass
        letters = token.letters
        let length = token.text.utf8.count
        if exact || token.kind != .word || token.isStop || isNegatorClass(token.wordClass) || length < 4 {
            maxEdits = 0
        } else {
            maxEdits = length >= 8 ? 2 : 1
        }
    }

    /// Negators match only the same word (`n't` is read as `not`): "neither" is not "not".
    /// A loose negator also matches the other plain negators.
    public static func negatorsMatch(_ a: String, _ b: String, loose: Bool) -> Bool {
        a == b || (loose && plainNegators.contains(a) && plainNegators.contains(b))
    }
    static let plainNegators: Set<String> = ["not", "no", "never", "without"]

    /// Whether an answer word is spelled as a real word: a frequent English word (or one whose stem
    /// is), so it is taken as written and never as a typo of another word.
    public static func isKnownWord(_ token: Token) -> Bool {
        Lexicon.commonWords.contains(token.text) || Lexicon.frequentWords.contains(token.text)
            || (token.stem != token.text && Lexicon.frequentWords.contains(token.stem))
    }

    /// Whether the answer's token is this word: same surface or stem, or within the typo limit.
    /// With `fuzzy` false (the answer word is a known pattern word), only the surface or stem.
    public func matches(_ token: Token, fuzzy: Bool = true) -> Bool {
        if matchesExactly(token) { return true }
        return fuzzy && isTypoCandidate(token) && !PatternTerm.isKnownWord(token) && isWithinTypoLimit(token)
    }

    /// Same surface or stem (negators: the same word, see `negatorsMatch`).
    @inline(__always) public func matchesExactly(_ token: Token) -> Bool {
        if token.kind != kind { return false }
        if isNegator {
            // Lexical match; a phrase also requires the next word to be inside the negator's scope.
            return token.wordClass.contains(.negator) && PatternTerm.negatorsMatch(text, token.text, loose: looseNegator)
        }
        return token.text == text || token.stem == stem
    }

    /// Cheap checks before a typo comparison; the caller then checks that the answer word is not
    /// a known word, and `isWithinTypoLimit`.
    @inline(__always) public func isTypoCandidate(_ token: Token) -> Bool {
        if token.kind != .word || kind != .word || isNegator { return false }
        if maxEdits == 0 || token.isStop || token.wordClass.contains(.negator) { return false }
        // Each edit changes the set of letters used by at most two.
        if (letters ^ token.letters).nonzeroBitCount > 2 * maxEdits { return false }
        // Short words (4-5 letters) must keep their first letter: "lower" is not "power".
        if text.utf8.count <= 5, text.utf8.first != token.text.utf8.first { return false }
        return true
    }

    /// Within the typo limit, by spelling or by stem.
    public func isWithinTypoLimit(_ token: Token) -> Bool {
        if EditDistance.bounded(text, token.text, limit: maxEdits) <= maxEdits { return true }
        return EditDistance.bounded(stem, token.stem, limit: maxEdits) <= maxEdits
    }
}

@inline(__always) private func isNegatorClass(_ c: WordClass) -> Bool { c.contains(.negator) }
