import NIOCore
import Synchronization
import LyceumCore

/// One TCP connection. Nothing runs for it while it is idle:
///
/// - its `ConnectionHandler`, on the channel's event loop, paces each line as it arrives (so a flood
///   is seen, and closed, at once) and hands it here;
/// - the lines wait in an `InputQueue`; a task processes them one at a time, in order, each at its
///   paced instant, and ends when none is left;
/// - the login and idle timeouts are a `SessionTimer` with at most one task scheduled on the event
///   loop for its next deadline;
/// - everything said to the client goes through the `ConnectionHandle`, straight to the channel.
///
/// Whatever happens here ends here: an error closes this connection only.
final class Connection: Sendable {
    typealias Instant = ContinuousClock.Instant
    static let clock = ContinuousClock()

    let handle: ConnectionHandle
    let session: ConnectionSession
    private let services: Services
    /// Called once, when the connection has ended and the session has been told.
    private let onFinished: @Sendable () -> Void
    private let state: Mutex<State>

    private struct State {
        var input = InputQueue<Instant>()
        var timer: SessionTimer<ContinuousClock>
        var tick: Scheduled<Void>?
    }

    init(handle: ConnectionHandle, services: Services, limits: ServerLimits,
         onFinished: @escaping @Sendable () -> Void) {
        self.handle = handle
        self.session = ConnectionSession(services: services, handle: handle)
        self.services = services
        self.onFinished = onFinished
        self.state = Mutex(State(timer: SessionTimer(limits: limits, connectedAt: Self.clock.now)))
    }

    /// The channel is active: start the login timeout and greet.
    func start() {
        services.logger.debug("connected", metadata: ["peer": "\(handle.address)", "connection": "\(handle.id)"])
        apply(state.withLock { $0.timer.start() })
        handle.send(session.greeting())
    }

    /// A line arrived; it is due at `due` (pacing).
    func arrived(_ line: InboundLine, due: Instant) {
        carryOut(state.withLock { $0.input.arrived(line, due: due) })
    }

    /// The client closed its side (or reading failed): answer what arrived, then close.
    func inputEnded() {
        carryOut(state.withLock { $0.input.inputDidEnd() })
    }

    /// Reading failed: the same as the input's end.
    func readFailed(_ error: any Error) {
        services.logger.debug("connection ended", metadata: ["peer": "\(handle.address)", "error": "\(error)"])
        inputEnded()
    }

    /// The channel has closed.
    func channelClosed() {
        let action = state.withLock { state in
            state.tick?.cancel()
            state.tick = nil
            return state.input.channelDidClose()
        }
        carryOut(action)
    }

    private func carryOut(_ action: InputQueue<Instant>.Action?) {
        switch action {
        case .startProcessing?: Task { await self.process() }
        case .closeOutput?: handle.closeOutput()
        case .finish?: Task { await self.finish() }
        case nil: break
        }
    }

    /// Processes the waiting lines one at a time, in order, each at its paced instant; returns
    /// when none is left.
    private func process() async {
        while true {
            let closing = handle.isClosing
            switch state.withLock({ $0.input.next(closing: closing) }) {
            case .line(let input, let due):
                if due > Self.clock.now { try? await Self.clock.sleep(until: due) }
                if handle.isClosing { continue }
                let (reply, loggedIn) = await session.respond(to: input)
                let now = Self.clock.now
                apply(state.withLock { $0.timer.handle(loggedIn ? .loggedIn(now) : .activity(now)) })
                handle.reply(reply.events, passphraseNext: reply.passphraseNext)
                if let reason = reply.close { handle.close(reason) }
            case .idle:
                return
            case .closeOutput:
                handle.closeOutput()
                return
            case .finish:
                await finish()
                return
            }
        }
    }

    private func finish() async {
        await session.disconnected()
        await services.hub.disconnected(handle)
        onFinished()
    }

    // MARK: - Timeouts

    /// Carries out timer actions.
    private func apply(_ actions: [SessionTimer<ContinuousClock>.Action]) {
        for action in actions {
            switch action {
            case .warn(let message): handle.send([.system(message)])
            case .close(let reason):
                handle.close(reason)
                return
            case .schedule(let at): schedule(at)
            }
        }
    }

    /// Replaces the pending tick with one at `at`; none once the channel has closed.
    private func schedule(_ at: Instant) {
        let delay = TimeAmount(Self.clock.now.duration(to: at))
        let eventLoop = handle.channel.eventLoop
        state.withLock { state in
            state.tick?.cancel()
            state.tick = nil
            guard !state.input.channelClosed else { return }
            state.tick = eventLoop.scheduleTask(in: max(delay, .zero)) { [self] in
                apply(self.state.withLock { $0.timer.handle(.tick(Self.clock.now)) })
            }
        }
    }
}

/// The connection's end of its channel's pipeline, on the event loop: paces arriving lines and
/// reports the input's end and the channel's closing.
final class ConnectionHandler: ChannelInboundHandler {
    typealias InboundIn = InboundLine

    private let connection: Connection
    private var pacing: RateLimiter<ContinuousClock>
    private var flooded = false

    init(_ connection: Connection, limits: ServerLimits) {
        self.connection = connection
        self.pacing = RateLimiter(limits: limits)
    }

    func channelActive(context: ChannelHandlerContext) {
        connection.start()
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !flooded else { return }
        let line = Self.unwrapInboundIn(data)
        let now = Connection.clock.now
        switch pacing.admit(now: now) {
        case .now:
            connection.arrived(line, due: now)
        case .after(let delay):
            connection.arrived(line, due: now + delay)
        case .close(let reason):
            flooded = true
            connection.handle.close(reason)
            connection.inputEnded()
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case .inputClosed? = event as? ChannelEvent { connection.inputEnded() }
        if event is ClientSpokeTelnet { connection.handle.clientSpokeTelnet() }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        connection.channelClosed()
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A failed read: no more input. The lines that arrived are still answered, then the
        // connection closes (at once if the socket is broken: the writes fail).
        connection.readFailed(error)
    }
}
