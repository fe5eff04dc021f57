/// One word of an author's phrase, prepared once: its stem, its class and how many typos it allows.
public struct PatternTerm: Sendable, Equatable {
    public var text: String
    public var stem: String
    public var kind: Token.Kind
    public var wordClass: WordClass
    /// Edits allowed: 0 for words under 4 letters and function words, 1 for 4-7 letters, 2 for 8+.
    public var maxEdits: Int
    /// The typo pre-checks' facts about this word (see `TypoScreen`).
    public var screen: TypoScreen
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
        let length = token.text.utf8.count
        if exact || token.kind != .word || token.isStop || isNegatorClass(token.wordClass) || length < 4 {
            maxEdits = 0
        } else {
            maxEdits = length >= 8 ? 2 : 1
        }
        screen = TypoScreen(pattern: token, maxEdits: maxEdits)
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
        screen.admits(TypoScreen(answer: token))
    }

    /// Within the typo limit, by spelling or by stem.
    public func isWithinTypoLimit(_ token: Token) -> Bool {
        if EditDistance.bounded(text, token.text, limit: maxEdits) <= maxEdits { return true }
        return EditDistance.bounded(stem, token.stem, limit: maxEdits) <= maxEdits
    }
}

@inline(__always) private func isNegatorClass(_ c: WordClass) -> Bool { c.contains(.negator) }

/// The cheap checks before a typo comparison, on plain numbers, so that a matcher can keep them
/// per word and per answer token (the classifier does) and the rules stay in this one place.
public struct TypoScreen: Sendable, Equatable {
    /// Pattern side: typos allowed at all (a word with `maxEdits > 0`, not a negator). Answer
    /// side: the word may be a typo (a word, not a function word, not a negator).
    public var allowsTypos: Bool
    public var maxEdits: Int
    /// Bit i set when the letter `a` + i occurs.
    public var letters: UInt32
    /// Pattern side: set for short words (4-5 letters), which must keep their first letter
    /// ("lower" is not "power"). Answer side: the word's first letter.
    public var firstLetter: UInt8?

    public init(pattern token: Token, maxEdits: Int) {
        allowsTypos = token.kind == .word && !isNegatorClass(token.wordClass) && maxEdits > 0
        self.maxEdits = maxEdits
        letters = token.letters
        firstLetter = token.text.utf8.count <= 5 ? token.text.utf8.first : nil
    }

    public init(answer token: Token) {
        allowsTypos = token.kind == .word && !token.isStop && !isNegatorClass(token.wordClass)
        maxEdits = 0
        letters = token.letters
        firstLetter = token.text.utf8.first
    }

    /// Whether the answer word `answer` may be a typo of this pattern word.
    @inline(__always) public func admits(_ answer: TypoScreen) -> Bool {
        // Each edit changes the set of letters used by at most two.
        allowsTypos && answer.allowsTypos && (letters ^ answer.letters).nonzeroBitCount <= 2 * maxEdits
            && (firstLetter == nil || firstLetter == answer.firstLetter)
    }
}
