import Synchronization

/// The server's open connections, behind one lock: graceful shutdown closes them all and waits
/// until every one has ended (its session told, its room left).
final class OpenConnections: Sendable {
    private struct State {
        var handles: [UInt64: ConnectionHandle] = [:]
        var closingReason: String?
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let state = Mutex(State())

    /// Registers a new connection; if the server is shutting down, it is closed at once.
    func add(_ handle: ConnectionHandle) {
        let reason: String? = state.withLock { state in
            state.handles[handle.id] = handle
            return state.closingReason
        }
        if let reason { handle.close(reason) }
    }

    /// The connection has ended.
    func remove(_ handle: ConnectionHandle) {
        let waiters: [CheckedContinuation<Void, Never>] = state.withLock { state in
            state.handles[handle.id] = nil
            guard state.handles.isEmpty else { return [] }
            defer { state.waiters = [] }
            return state.waiters
        }
        for waiter in waiters { waiter.resume() }
    }

    var count: Int { state.withLock { $0.handles.count } }

    /// Tells every connection, and every one opened from now on, why it is closing, and closes it.
    func closeAll(_ reason: String) {
        let handles = state.withLock { state in
            state.closingReason = reason
            return Array(state.handles.values)
        }
        for handle in handles { handle.close(reason) }
    }

    /// Returns once no connection is open.
    func waitUntilAllEnded() async {
        await withCheckedContinuation { (waiter: CheckedContinuation<Void, Never>) in
            let now: Bool = state.withLock { state in
                if state.handles.isEmpty { return true }
                state.waiters.append(waiter)
                return false
            }
            if now { waiter.resume() }
        }
    }
}
