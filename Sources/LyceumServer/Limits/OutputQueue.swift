/// Accounting for one connection's unsent output. Pure.
///
/// Call `enqueue` when a message is handed to the connection for writing and
/// `drained` when its write has completed. Once more than `maxBytes` bytes or
/// `maxMessages` messages are waiting, the client has stopped reading and the
/// decision is `.close`, so a slow reader costs bounded memory and never holds
/// up a room. After the first `.close` every `enqueue` answers `.close`.
public struct OutputQueue: Sendable, Equatable {
    public enum Decision: Equatable, Sendable {
        case accept
        case close(reason: String)
    }

    public let maxBytes: Int
    public let maxMessages: Int
    public private(set) var queuedBytes = 0
    public private(set) var queuedMessages = 0
    public private(set) var isClosed = false

    public init(limits: ServerLimits = ServerLimits()) {
        self.maxBytes = limits.maxOutputBytes
        self.maxMessages = limits.maxOutputMessages
    }

    public mutating func enqueue(bytes: Int) -> Decision {
        if !isClosed {
            queuedBytes += max(bytes, 0)
            queuedMessages += 1
            isClosed = queuedBytes > maxBytes || queuedMessages > maxMessages
        }
        if isClosed {
            return .close(reason: "Output is not being read (more than \(Self.sizeText(maxBytes)) or \(maxMessages) messages waiting), so the connection is closing.")
        }
        return .accept
    }

    private static func sizeText(_ bytes: Int) -> String {
        bytes >= 1024 && bytes % 1024 == 0 ? "\(bytes / 1024) KiB" : "\(bytes) bytes"
    }

    /// `messages` messages of `bytes` bytes in all have been written to the socket.
    public mutating func drained(bytes: Int, messages: Int = 1) {
        queuedBytes = max(queuedBytes - max(bytes, 0), 0)
        queuedMessages = max(queuedMessages - max(messages, 0), 0)
    }
}
