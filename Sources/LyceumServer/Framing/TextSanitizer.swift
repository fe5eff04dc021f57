/// Removes everything from a line of text that could control a terminal.
///
/// Dropped: NUL and the other C0 controls, DEL, the C1 controls (U+0080-U+009F),
/// whole escape sequences (CSI `ESC [ ... final`, OSC/DCS/SOS/PM/APC strings
/// up to BEL or ST, two-character `ESC x` sequences, and their 8-bit C1 forms),
/// bidirectional overrides and isolates (U+202A-U+202E, U+2066-U+2069), and the
/// Unicode line and paragraph separators. TAB becomes a space; trailing
/// whitespace is trimmed. Letters, marks, emoji and ZWJ sequences are kept.
public enum TextSanitizer {
    public struct Cleaned: Equatable, Sendable {
        /// The text with control characters and escape sequences removed.
        public var text: String
        /// True if any control character or escape sequence was dropped
        /// (TAB conversion and trailing-space trimming do not count).
        public var removedControls: Bool

        public init(text: String, removedControls: Bool) {
            self.text = text
            self.removedControls = removedControls
        }
    }

    /// Cleans one decoded input line.
    public static func clean(_ line: String) -> Cleaned {
        var output = String.UnicodeScalarView()
        var removed = false
        var state = EscapeState.text

        for scalar in line.unicodeScalars {
            let value = scalar.value
            switch state {
            case .text:
                break
            case .escape:  // after ESC
                switch value {
                case 0x5B: state = .controlSequence; continue                       // ESC [
                case 0x5D, 0x50, 0x58, 0x5E, 0x5F: state = .controlString; continue // ESC ] P X ^ _
                case 0x20...0x2F: state = .escapeIntermediate; continue             // ESC ( B, ESC # 8, ...
                case 0x30...0x7E: state = .text; continue                          // ESC 7, ESC c, ...
                default: state = .text                                              // broken: drop ESC, keep this
                }
            case .escapeIntermediate:
                switch value {
                case 0x20...0x2F: continue
                case 0x30...0x7E: state = .text; continue
                default: state = .text
                }
            case .controlSequence:
                switch value {
                case 0x20...0x3F: continue                  // parameters and intermediates
                case 0x40...0x7E: state = .text; continue   // final byte
                default: state = .text                      // broken: drop what we had, keep this
                }
            case .controlString:
                switch value {
                case 0x07, 0x9C: state = .text                       // BEL or 8-bit ST
                case 0x1B: state = .controlStringEscape
                default: break
                }
                continue
            case .controlStringEscape:
                state = value == 0x5C ? .text : .controlString       // ESC \ is ST
                continue
            }

            switch value {
            case 0x09:
                output.append(" ")
            case 0x1B:
                removed = true
                state = .escape
            case 0x9B:
                removed = true
                state = .controlSequence
            case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
                removed = true
                state = .controlString
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029:
                removed = true
            default:
                output.append(scalar)
            }
        }

        var text = String(output)
        while let last = text.last, last.isWhitespace {
            text.removeLast()
        }
        return Cleaned(text: text, removedControls: removed)
    }

    /// Text written by one user and shown to another, cleaned by the same rules.
    public static func forDisplay(_ text: String) -> String {
        clean(text).text
    }
}

private enum EscapeState {
    case text
    case escape
    case escapeIntermediate
    case controlSequence
    case controlString
    case controlStringEscape
}
