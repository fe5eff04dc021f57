/// One unit of input from a terminal client, as decided by `LineFramer`.
public enum InboundLine: Equatable, Sendable {
    /// A complete line of valid UTF-8, without its line ending and without
    /// telnet negotiation. Control characters are still present; pass it
    /// through `TextSanitizer.clean(_:)` before use.
    case line(String)
    /// The current line exceeded `limit` bytes. Reported once, as soon as the
    /// limit is crossed; the rest of that line is discarded unbuffered.
    case tooLong(limit: Int)
    /// The line was not valid UTF-8 and has been discarded.
    case invalidUTF8
}
