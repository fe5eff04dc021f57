/// Splits a byte stream from `nc` or `telnet` into lines. Pure: no NIO.
///
/// - Lines end with LF, CRLF or a lone CR. The byte after a CR is skipped if
///   it is LF (or NUL, telnet's "CR NUL" for a bare return), even when it
///   arrives in a later read.
/// - Telnet commands (IAC ...) are removed wherever they appear, including
///   subnegotiations (IAC SB ... IAC SE) and sequences split across reads.
///   IAC IAC (a literal 0xFF) is dropped too: 0xFF never occurs in UTF-8.
/// - At most `maxLineBytes` bytes are ever held. A longer line produces
///   `.tooLong` once; its remaining bytes are dropped up to the next line end.
public struct LineFramer: Sendable {
    public let maxLineBytes: Int

    private var pending: [UInt8] = []
    private var telnet = TelnetState.data
    private var discardingLongLine = false
    private var justEndedWithCR = false
    /// The client has sent a telnet command (IAC ...): it is a telnet client, not netcat.
    public private(set) var spokeTelnet = false

    public init(maxLineBytes: Int = ServerLimits().maxLineBytes) {
        precondition(maxLineBytes > 0, "maxLineBytes must be positive")
        self.maxLineBytes = maxLineBytes
    }

    /// Bytes of the unfinished line currently held; never more than `maxLineBytes`.
    public var bufferedByteCount: Int { pending.count }

    /// Feeds one byte; returns a result when a line completes or first gets too long.
    public mutating func feed(_ byte: UInt8) -> InboundLine? {
        guard telnet.isData(byte, next: &telnet) else {
            spokeTelnet = true
            return nil
        }
        if justEndedWithCR {
            justEndedWithCR = false
            if byte == Byte.lf || byte == Byte.nul { return nil }
        }
        switch byte {
        case Byte.lf:
            return endLine()
        case Byte.cr:
            justEndedWithCR = true
            return endLine()
        default:
            if discardingLongLine { return nil }
            if pending.count == maxLineBytes {
                discardingLongLine = true
                pending.removeAll(keepingCapacity: false)
                return .tooLong(limit: maxLineBytes)
            }
            pending.append(byte)
            return nil
        }
    }

    /// The connection closed: returns the unterminated last line, if there is one.
    public mutating func finish() -> InboundLine? {
        telnet = .data
        justEndedWithCR = false
        if discardingLongLine || !pending.isEmpty { return endLine() }
        return nil
    }

    private mutating func endLine() -> InboundLine? {
        if discardingLongLine {
            discardingLongLine = false  // already reported as .tooLong
            return nil
        }
        // Keep the capacity of ordinary lines; give back what a long one needed.
        defer { pending.removeAll(keepingCapacity: pending.capacity <= 256) }
        guard let text = String(validating: pending, as: UTF8.self) else { return .invalidUTF8 }
        return .line(text)
    }
}

private enum Byte {
    static let nul: UInt8 = 0x00
    static let lf: UInt8 = 0x0A
    static let cr: UInt8 = 0x0D
}

/// Where we are inside a telnet command (RFC 854).
private enum TelnetState: Sendable {
    case data
    case command            // after IAC
    case option             // after IAC WILL/WONT/DO/DONT, expecting the option byte
    case subnegotiation     // after IAC SB, until IAC SE
    case subnegotiationIAC  // IAC seen inside a subnegotiation

    static let iac: UInt8 = 255, sb: UInt8 = 250, se: UInt8 = 240
    static let will: UInt8 = 251, dont: UInt8 = 254

    /// Advances past `byte`; true when the byte is ordinary data.
    func isData(_ byte: UInt8, next: inout TelnetState) -> Bool {
        switch self {
        case .data:
            if byte == Self.iac { next = .command; return false }
            return true
        case .command:
            switch byte {
            case Self.will...Self.dont: next = .option
            case Self.sb: next = .subnegotiation
            default: next = .data  // IAC IAC, NOP, AYT, IP, GA, ...: all dropped
            }
        case .option:
            next = .data
        case .subnegotiation:
            if byte == Self.iac { next = .subnegotiationIAC }
        case .subnegotiationIAC:
            next = byte == Self.se ? .data : .subnegotiation
        }
        return false
    }
}
