import NIOCore
import Synchronization

/// What any task may do to a connection: send it events and close it. Never blocks: events are
/// rendered in the connection's current mode and written to its channel in the order they were
/// sent. `OutputQueue` counts what the socket has not taken yet; a client that stops reading goes
/// over it and is closed, so it costs bounded memory and never holds up a room.
public final class ConnectionHandle: Sendable, Hashable {
    public let id: UInt64
    public let address: String
    let channel: any Channel
    private let state: Mutex<State>

    private struct State {
        var mode = OutputMode.text
        var queue: OutputQueue
        var closing = false
        var echo = TelnetEcho()
    }

    /// How long a goodbye may take to reach a client before the connection is closed anyway.
    static let closeGrace = TimeAmount.seconds(10)

    init(id: UInt64, address: String, limits: ServerLimits, channel: any Channel) {
        self.id = id; self.address = address; self.channel = channel
        self.state = Mutex(State(queue: OutputQueue(limits: limits)))
    }

    public var mode: OutputMode { state.withLock { $0.mode } }
    public func setMode(_ mode: OutputMode) { state.withLock { $0.mode = mode } }

    /// Queues events for writing. Once the connection is closing they are dropped.
    public func send(_ events: [ServerEvent]) {
        enqueue(events.count) { Renderer.render(events[$0], as: $1) }
    }

    /// The client sent a telnet sequence: it may be asked not to echo passphrases (`TelnetEcho`).
    func clientSpokeTelnet() { state.withLock { $0.echo.clientSpokeTelnet = true } }

    /// Queues the reply to a line, after any telnet echo bytes it needs; `passphraseNext`: the next line is a passphrase.
    func reply(_ events: [ServerEvent], passphraseNext: Bool) {
        enqueue(events.count, prefix: { state in
            state.echo.beforeReply(passphraseNext: passphraseNext, textMode: state.mode == .text)
        }) { Renderer.render(events[$0], as: $1) }
    }

    /// Queues events that go to other connections too, rendered through `shared`: each event is
    /// rendered once per output mode, however many connections it goes to.
    func send(_ indices: [Int], from shared: inout Renderer.Shared) {
        enqueue(indices.count) { shared.render(indices[$0], as: $1) }
    }

    /// Renders `count` events in the current mode (`render(k, mode)`) and writes them as one
    /// buffer, after the bytes `prefix` gives (telnet negotiation, not counted as output).
    private func enqueue(_ count: Int, prefix: (inout State) -> [UInt8] = { _ in [] }, _ render: (Int, OutputMode) -> String) {
        let overflow: String? = state.withLock { state in
            guard !state.closing else { return nil }
            let before = prefix(&state)
            guard count > 0 || !before.isEmpty else { return nil }
            var buffer = channel.allocator.buffer(capacity: 0)
            buffer.writeBytes(before)
            var messages = 0
            var overflow: String?
            for k in 0..<count {
                let text = render(k, state.mode)
                if case .close(let reason) = state.queue.enqueue(bytes: text.utf8.count) {
                    overflow = reason
                    break
                }
                buffer.writeString(text)
                messages += 1
            }
            if messages > 0 || !before.isEmpty { write(buffer, messages: messages, counted: buffer.readableBytes - before.count) }
            return overflow
        }
        if let overflow { close(overflow, waitForGoodbye: false) }
    }

    /// Says goodbye with `reason` and closes the connection once the goodbye is written (or after
    /// `closeGrace`, for a client that does not read).
    public func close(_ reason: String) { close(reason, waitForGoodbye: true) }

    /// Every line is answered and the input has ended: closes the connection once what was sent
    /// is written.
    func closeOutput() { close(nil, waitForGoodbye: true) }

    /// Whether the connection is closing: lines still queued from it are not processed
    /// (after a takeover they must not save an older copy of the learner's session).
    public var isClosing: Bool { state.withLock { $0.closing } }

    private func close(_ reason: String?, waitForGoodbye: Bool) {
        state.withLock { state in
            guard !state.closing else { return }
            state.closing = true
            let goodbye = ByteBuffer(string: reason.map { Renderer.render(.goodbye($0), as: state.mode) } ?? "")
            let channel = self.channel
            // Queued behind every earlier write (see `write`), so the goodbye comes last.
            channel.eventLoop.execute {
                let written = channel.writeAndFlush(goodbye)
                guard waitForGoodbye else {
                    channel.close(promise: nil)
                    return
                }
                let deadline = channel.eventLoop.scheduleTask(in: Self.closeGrace) { channel.close(promise: nil) }
                written.whenComplete { _ in
                    deadline.cancel()
                    channel.close(promise: nil)
                }
            }
        }
    }

    /// Called with the lock held, so writes reach the channel in the order they were sent: every
    /// write goes through the event loop's queue, even from the event loop itself.
    private func write(_ buffer: ByteBuffer, messages: Int, counted bytes: Int) {
        let channel = self.channel
        channel.eventLoop.execute {
            channel.writeAndFlush(buffer).whenComplete { _ in
                self.state.withLock { $0.queue.drained(bytes: bytes, messages: messages) }
            }
        }
    }

    public static func == (a: ConnectionHandle, b: ConnectionHandle) -> Bool { a.id == b.id }
    public func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
