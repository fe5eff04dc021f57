/// Login and idle timeouts for one connection, each announced by a warning. Pure.
///
/// The I/O side keeps exactly one pending timer: whenever an action says
/// `.schedule(at:)`, it replaces the pending timer with one that delivers
/// `.tick` at that instant. Activity does not reschedule (it is the hot path);
/// a tick that arrives before anything is due simply schedules the next one.
///
///     var timer = SessionTimer<ContinuousClock>(limits: limits, connectedAt: .now)
///     execute(timer.start())
///     execute(timer.handle(.tick(.now)))   // when the scheduled instant comes
///
/// The login deadline counts from connecting and is not extended by typing.
public struct SessionTimer<C: Clock>: Sendable where C.Duration == Duration {
    public enum Event: Equatable, Sendable {
        /// The user sent a line.
        case activity(C.Instant)
        /// Login succeeded; the idle timeout applies from now on.
        case loggedIn(C.Instant)
        /// The scheduled instant has come (or any later one).
        case tick(C.Instant)
    }

    public enum Action: Equatable, Sendable {
        /// Tell the user this.
        case warn(String)
        /// Tell the user `reason` and close the connection.
        case close(reason: String)
        /// Deliver `.tick` at this instant, replacing any pending tick.
        case schedule(at: C.Instant)
    }

    private enum Phase: Equatable, Sendable {
        case awaitingLogin(connectedAt: C.Instant)
        case active(lastActivity: C.Instant)
        case closed
    }

    private let limits: ServerLimits
    private var phase: Phase
    private var warned = false

    public init(limits: ServerLimits = ServerLimits(), connectedAt: C.Instant) {
        self.limits = limits
        self.phase = .awaitingLogin(connectedAt: connectedAt)
    }

    public var isClosed: Bool { phase == .closed }

    /// The first action, to execute right after accepting the connection.
    public func start() -> [Action] {
        guard let (warnAt, _) = deadlines() else { return [] }
        return [.schedule(at: warnAt)]
    }

    public mutating func handle(_ event: Event) -> [Action] {
        switch (event, phase) {
        case (_, .closed):
            return []
        case (.activity, .awaitingLogin):
            return []
        case (.activity(let now), .active):
            phase = .active(lastActivity: now)
            warned = false
            return []
        case (.loggedIn(let now), _):
            phase = .active(lastActivity: now)
            warned = false
            return start()
        case (.tick(let now), _):
            return tick(now: now)
        }
    }

    private mutating func tick(now: C.Instant) -> [Action] {
        guard let (warnAt, closeAt) = deadlines() else { return [] }
        if now >= closeAt {
            let reason = closeReason()
            phase = .closed
            return [.close(reason: reason)]
        }
        if now >= warnAt {
            if warned { return [.schedule(at: closeAt)] }
            warned = true
            return [.warn(warning(remaining: now.duration(to: closeAt))), .schedule(at: closeAt)]
        }
        return [.schedule(at: warnAt)]
    }

    /// (warn at, close at) for the current phase.
    private func deadlines() -> (C.Instant, C.Instant)? {
        switch phase {
        case .awaitingLogin(let connectedAt):
            let closeAt = connectedAt.advanced(by: limits.loginTimeout)
            return (max(connectedAt, closeAt.advanced(by: .zero - limits.loginWarning)), closeAt)
        case .active(let lastActivity):
            let closeAt = lastActivity.advanced(by: limits.idleTimeout)
            return (max(lastActivity, closeAt.advanced(by: .zero - limits.idleWarning)), closeAt)
        case .closed:
            return nil
        }
    }

    private func warning(remaining: Duration) -> String {
        let left = SpokenDuration.text(remaining)
        switch phase {
        case .awaitingLogin:
            return "Please log in within \(left), or this connection will close."
        case .active:
            let idle = SpokenDuration.text(limits.idleTimeout - remaining)
            return "You have been idle for \(idle). Type anything within \(left) to stay connected."
        case .closed:
            return ""
        }
    }

    private func closeReason() -> String {
        switch phase {
        case .awaitingLogin:
            return "No login within \(SpokenDuration.text(limits.loginTimeout)), so the connection is closing. Connect again when you are ready."
        default:
            return "Closing the connection after \(SpokenDuration.text(limits.idleTimeout)) without activity. Goodbye!"
        }
    }
}
