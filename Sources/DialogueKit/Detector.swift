/// What an expectation, a misconception, a prompt or a concept set matches in a learner's answer.
///
/// Written in YAML as described in Dialogues/README.md ("Detectors"):
/// a plain string is a phrase, `"@name"` a concept set, a list is `any`.
public indirect enum Detector: Sendable, Equatable {
    /// Words matched by stem and with typo tolerance, in any order within a short window.
    /// Words in parentheses are optional; function words ("the", "to") are optional anyway.
    case phrase(String)
    /// Any alternative of the named concept set.
    case concept(String)
    /// At least one of these.
    case any([Detector])
    /// All of these.
    case all([Detector])
    /// The inner detector does not match (or matches only under a negation).
    case not(Detector)
    /// All parts match within `within` words of each other.
    case near([Detector], within: Int)
    /// A number equal in value to `value` (fractions, decimals, percents, words);
    /// `tolerance` is an absolute difference allowed.
    case number(NumberLiteral, tolerance: Double?)
    /// An answer that says `greater` is larger than `lesser`, in any phrasing
    /// ("0.3 is larger", "0.25 is smaller than 0.3", "0.3 > 0.25", or naming `greater` alone).
    case compare(greater: NumberLiteral, lesser: NumberLiteral)
    /// A regular expression over the lower-cased answer; a last resort.
    case regex(String)
    /// A statement: `holds` (what is said, such as "tilted") and `about` (what it is said of, such
    /// as "Earth's axis") match in one statement of the answer (a clause, split also at `and`,
    /// `but`, `because`, ...), neither denied, and `unless` (what contradicts it, such as
    /// "straight up and down") does not match in that statement.
    case claim(about: Detector?, holds: Detector, unless: Detector?)
    /// The inner detector matches and the answer says nothing else of substance ("the bowling ball"
    /// as the whole answer to "which hits first?").
    case only(Detector)
}

/// A number as the author wrote it (`5/6`, `0.25`, `1 1/2`, `40%`), with its value.
public struct NumberLiteral: Sendable, Equatable, CustomStringConvertible {
    public var text: String
    public var value: Double
    public init(text: String, value: Double) { self.text = text; self.value = value }
    public var description: String { text }
}
