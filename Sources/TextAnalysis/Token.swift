/// One word, number or operator of an analyzed answer.
public struct Token: Sendable, Equatable {
    public enum Kind: UInt8, Sendable {
        /// Letters (and digits after a letter: `co2`).
        case word
        /// Digits, with an optional decimal point: `5`, `0.25`, `.3`.
        case number
        /// An operator: `>`, `<`, `>=`, `<=`, `=`, `+`, `-`, `/`, `%`, `*`.
        case symbol
    }

    public var kind: Kind
    /// The normalized surface form: lower case, contractions expanded.
    public var text: String
    /// The stem (Porter, after comparatives are reduced: `heavier` -> `heavi`).
    public var stem: String
    public var wordClass: WordClass
    /// Bit i set when the letter `a` + i occurs; prunes typo comparisons.
    public var letters: UInt32
    /// Clause number: grows at every punctuation mark.
    public var clause: Int32
    /// Segment number: grows at every punctuation mark and at words that join two statements
    /// (`and`, `but`, `so`, `because`, `when`, `which`, ...). A claim is read within one segment.
    public var segment: Int32 = 0
    /// First token of the answer or after `.`, `!`, `?`, `;` or a line break.
    public var sentenceStart: Bool
    /// Written inside parentheses (used for optional words of a phrase).
    public var inParentheses: Bool
    /// For a negator that acts as one: the index one past the last token it negates.
    /// Equal to its own index + 1 when it negates nothing; -1 when not a negator.
    public var scopeEnd: Int32 = -1
    /// Byte range of the written word in the normalized text (shared by a contraction's parts).
    public var start: Int32 = 0
    public var end: Int32 = 0
    /// The earliest negator whose scope covers this token, or -1.
    public var negatedBy: Int32 = -1

    public init(kind: Kind, text: String, stem: String, wordClass: WordClass, letters: UInt32, clause: Int32,
                sentenceStart: Bool, inParentheses: Bool, start: Int32 = 0, end: Int32 = 0) {
        self.kind = kind; self.text = text; self.stem = stem; self.wordClass = wordClass; self.letters = letters
        self.clause = clause; self.sentenceStart = sentenceStart; self.inParentheses = inParentheses
        self.start = start; self.end = end
    }

    public var isNegator: Bool { scopeEnd >= 0 }
    public var isStop: Bool { wordClass.contains(.stop) }
    /// A word that carries meaning: not a function word, not a negator.
    public var isContent: Bool {
        kind == .number || (kind == .word && !wordClass.contains(.stop) && !wordClass.contains(.negator))
    }
}
