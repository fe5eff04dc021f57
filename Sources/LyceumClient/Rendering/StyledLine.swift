/// What a piece of text is, which decides how it looks (`Theme`).
public enum Style: Sendable, Equatable {
    case text
    case tutor
    /// Another learner (a peer).
    case peer
    case teacher
    /// A person with the tutor role (not the tutoring engine).
    case tutorPerson
    /// What the user typed, echoed.
    case mine
    case system
    case error
    case ask
    case alert
    /// Whispers and coaching: only the recipient sees them.
    case privateMessage
    case announce
    case room
    case heading
    case dim
    case status
}

/// A run of text in one style.
public struct Span: Sendable, Equatable {
    public var text: String
    public var style: Style
    public init(_ text: String, _ style: Style = .text) { self.text = text; self.style = style }
}

/// One logical line of output: spans, and how to wrap it.
public struct StyledLine: Sendable, Equatable {
    public var spans: [Span]
    /// Columns to indent continuation lines by when wrapped.
    public var indent: Int
    /// Preformatted lines (reports, data) are never wrapped.
    public var wraps: Bool

    public init(_ spans: [Span], indent: Int = 0, wraps: Bool = true) {
        self.spans = spans; self.indent = indent; self.wraps = wraps
    }

    public init(_ text: String, _ style: Style = .text, indent: Int = 0, wraps: Bool = true) {
        self.init([Span(text, style)], indent: indent, wraps: wraps)
    }

    public var plainText: String { spans.map(\.text).joined() }
}
