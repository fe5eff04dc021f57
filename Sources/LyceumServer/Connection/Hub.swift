import Foundation
import Synchronization

/// What another task may do to a connection: send it events and close it. Never blocks:
/// events are rendered in the connection's current mode and queued in its bounded outbox,
/// which its own writer drains. A client that stops reading overflows the outbox and is closed.
public final class ConnectionHandle: Sendable, Hashable {
    public enum Outgoing: Sendable, Equatable {
        case text(String)
        /// Say goodbye with this reason, then close.
        case close(String)
    }

    public let id: UInt64
    public let address: String
    private let continuation: AsyncStream<Outgoing>.Continuation
    private let state: Mutex<(mode: OutputMode, queue: OutputQueue)>
    private let closed = Mutex(false)

    public init(id: UInt64, address: String, limits: ServerLimits, continuation: AsyncStream<Outgoing>.Continuation) {
        self.id = id; self.address = address; self.continuation = continuation
        self.state = Mutex((.text, OutputQueue(limits: limits)))
    }

    public var mode: OutputMode { state.withLock { $0.mode } }
    public func setMode(_ mode: OutputMode) { state.withLock { $0.mode = mode } }

    /// Queues events for writing.
    public func send(_ events: [ServerEvent]) {
        for event in events {
            guard enqueue({ Renderer.render(event, as: $0) }) else { return }
        }
    }

    /// Queues events that go to other connections too, rendered through `shared`: each event is
    /// rendered once per output mode, however many connections it goes to.
    func send(_ indices: [Int], from shared: inout Renderer.Shared) {
        for index in indices {
            guard enqueue({ shared.render(index, as: $0) }) else { return }
        }
    }

    /// Renders in the current mode and queues; false once the outbox overflowed and the connection is closing.
    private func enqueue(_ render: (OutputMode) -> String) -> Bool {
        let decision: OutputQueue.Decision = state.withLock {
            let text = render($0.mode)
            let decision = $0.queue.enqueue(bytes: text.utf8.count)
            if decision == .accept { continuation.yield(.text(text)) }
            return decision
        }
        if case .close(let reason) = decision {
            close(reason)
            return false
        }
        return true
    }

    /// The writer finished writing `bytes`.
    public func drained(_ bytes: Int) { state.withLock { $0.queue.drained(bytes: bytes) } }

    /// Says goodbye with `reason` and closes the connection.
    public func close(_ reason: String) {
        closed.withLock { $0 = true }
        continuation.yield(.close(reason))
        continuation.finish()
    }

    /// Whether the connection is closing: lines still queued from it are not processed
    /// (after a takeover they must not save an older copy of the learner's session).
    public var isClosing: Bool { closed.withLock { $0 } }

    /// Renders a goodbye in the current mode.
    func goodbye(_ reason: String) -> String { Renderer.render(.goodbye(reason), as: mode) }

    public static func == (a: ConnectionHandle, b: ConnectionHandle) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}

/// Who is online. One actor owns the roster, so a second login of a name can take over.
public actor Hub {
    private var online: [String: (name: String, handle: ConnectionHandle)] = [:]
    private var connections: Set<ConnectionHandle> = []

    public init() {}

    public func connected(_ handle: ConnectionHandle) { connections.insert(handle) }

    public func disconnected(_ handle: ConnectionHandle) {
        connections.remove(handle)
        for (key, entry) in online where entry.handle == handle { online[key] = nil }
    }

    /// Marks `name` as online on `handle`; returns the connection it takes over from, if any.
    public func claim(_ name: String, _ handle: ConnectionHandle) -> ConnectionHandle? {
        let previous = online[name.lowercased()]?.handle
        online[name.lowercased()] = (name, handle)
        return previous == handle ? nil : previous
    }

    public func release(_ name: String, _ handle: ConnectionHandle) {
        if online[name.lowercased()]?.handle == handle { online[name.lowercased()] = nil }
    }

    public func isOnline(_ name: String) -> Bool { online[name.lowercased()] != nil }
    public var onlineNames: [String] { online.values.map(\.name).sorted() }
    public var connectionCount: Int { connections.count }

    /// Tells every connection why it is closing, and closes it (graceful shutdown).
    public func closeAll(_ reason: String) {
        for handle in connections { handle.close(reason) }
    }
}
