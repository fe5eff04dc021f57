/// Styles -> ANSI SGR escape sequences, or no escapes at all.
public struct Theme: Sendable, Equatable {
    public var color: Bool
    public init(color: Bool) { self.color = color }

    public static let plain = Theme(color: false)
    public static let ansi = Theme(color: true)

    /// The SGR parameters for a style; nil: the terminal's default.
    public static func sgr(_ style: Style) -> String? {
        switch style {
        case .text: nil
        case .tutor: "1;36"           // bold cyan
        case .peer: "32"              // green
        case .teacher: "1;35"         // bold magenta
        case .tutorPerson: "1;34"     // bold blue
        case .mine: "2"               // dim
        case .system: "33"            // yellow
        case .error: "1;31"           // bold red
        case .ask: "1;33"             // bold yellow
        case .alert: "1;37;41"        // bold white on red
        case .privateMessage: "3;35"  // italic magenta
        case .announce: "1"           // bold
        case .room: "34"              // blue
        case .heading: "1;4"          // bold underlined
        case .dim: "2"
        case .status: "7"             // reverse video
        }
    }

    public static let reset = "\u{1B}[0m"

    /// The line with escapes around each styled span (none without color).
    public func render(_ line: StyledLine) -> String {
        line.spans.map(render).joined()
    }

    public func render(_ span: Span) -> String {
        guard color, let sgr = Self.sgr(span.style), !span.text.isEmpty else { return span.text }
        return "\u{1B}[\(sgr)m\(span.text)\(Self.reset)"
    }

    /// Wraps to `width` columns (nil: no wrapping), then renders each line.
    public func format(_ lines: [StyledLine], width: Int?) -> [String] {
        lines.flatMap { line in
            (width.map { Wrapper.wrap(line, width: $0) } ?? [line]).map(render)
        }
    }
}
