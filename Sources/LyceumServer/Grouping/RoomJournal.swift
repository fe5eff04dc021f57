import Foundation
import Logging
import LyceumStore
import Synchronization

/// Room changes on their way to the database and then to the people they concern. The
/// `RoomService` actor appends each change (its rows, then the events it delivers) in the order it
/// decided them; one writer task stores everything that has gathered since its last write in one
/// transaction (group commit), and only then delivers each change's events, in the same order.
/// So a line is stored before anyone sees it, every member sees a room's lines in the order they
/// were said, and under load a thousand lines cost one commit instead of a thousand, outside the actor.
/// The writer is a thread of its own, not a task: a commit (and now and then a WAL checkpoint, with
/// its fsyncs) blocks it, and it must not block one of the few threads all tasks share.
final class RoomJournal: Sendable {
    /// One change: rows to store, then events to deliver (each rendered once per output mode).
    struct Entry: Sendable {
        var rooms: [StoredRoom] = []
        var lines: [RoomLineRow] = []
        var events: [ServerEvent] = []
        /// Who gets which of `events` (indices), in order.
        var deliveries: [(handle: ConnectionHandle, events: [Int])] = []

        var isEmpty: Bool { rooms.isEmpty && lines.isEmpty && deliveries.isEmpty }
    }

    private struct State {
        var entries: [Entry] = []
        /// Tickets: the number of entries appended so far, and of those stored and delivered.
        var appended = 0
        var finished = 0
        var waiters: [(ticket: Int, continuation: CheckedContinuation<Void, Never>)] = []
        /// Set by `stop()`: the writer thread ends once nothing is left to write.
        var stopping = false
    }

    private let state = Mutex(State())
    /// Wakes the writer thread when something is appended.
    private let wake = NSCondition()
    private let database: AppDatabase
    private let logger: Logger

    init(database: AppDatabase, logger: Logger) {
        self.database = database; self.logger = logger
    }

    /// Queues a change; returns its ticket for `wait(for:)`.
    @discardableResult
    func append(_ entry: Entry) -> Int {
        let ticket = state.withLock { state in
            state.entries.append(entry)
            state.appended += 1
            return state.appended
        }
        wake.lock()
        wake.signal()
        wake.unlock()
        return ticket
    }

    /// Returns once the change with this ticket, and every one before it, is stored and delivered.
    func wait(for ticket: Int) async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let now = state.withLock { state in
                guard state.finished < ticket else { return true }
                state.waiters.append((ticket, continuation))
                return false
            }
            if now { continuation.resume() }
        }
    }

    /// Returns once everything appended so far is stored and delivered (at shutdown).
    func drain() async {
        await wait(for: state.withLock { $0.appended })
    }

    /// Starts the writer thread, which runs until `stop()`.
    func start() {
        let thread = Thread { [self] in
            while writeNext() {}
        }
        thread.name = "room-journal"
        thread.start()
    }

    /// Ends the writer thread once everything appended so far is written (at shutdown, after `drain`).
    func stop() {
        state.withLock { $0.stopping = true }
        wake.lock()
        wake.signal()
        wake.unlock()
    }

    /// Stores and delivers everything appended since the last time, waiting for something first;
    /// false once stopped with nothing left.
    private func writeNext() -> Bool {
        guard let batch = next() else { return false }
        store(batch)
        for entry in batch {
            var shared = Renderer.Shared(entry.events)
            for (handle, events) in entry.deliveries { handle.send(events, from: &shared) }
        }
        let ready = state.withLock { state in
            state.finished += batch.count
            let finished = state.finished
            let ready = state.waiters.filter { $0.ticket <= finished }.map(\.continuation)
            state.waiters.removeAll { $0.ticket <= finished }
            return ready
        }
        for continuation in ready { continuation.resume() }
        return true
    }

    /// Everything appended since the last call, waiting for something if there is nothing yet;
    /// nil when stopped and nothing is left.
    private func next() -> [Entry]? {
        wake.lock()
        defer { wake.unlock() }
        while true {
            let (batch, stopping) = state.withLock { state in
                let batch = state.entries
                state.entries.removeAll(keepingCapacity: true)
                return (batch, state.stopping)
            }
            if !batch.isEmpty { return batch }
            if stopping { return nil }
            wake.wait()
        }
    }

    /// One transaction for the whole batch; if it fails, each change on its own, so one bad row
    /// loses only its own change. A change that cannot be stored is logged and still delivered,
    /// as before group commit.
    private func store(_ batch: [Entry]) {
        let rooms = batch.flatMap(\.rooms), lines = batch.flatMap(\.lines)
        guard !rooms.isEmpty || !lines.isEmpty else { return }
        do {
            try database.save(rooms: rooms, lines: lines)
        } catch {
            for entry in batch where !entry.rooms.isEmpty || !entry.lines.isEmpty {
                do { try database.save(rooms: entry.rooms, lines: entry.lines) } catch {
                    logger.error("could not store a room change", metadata: [
                        "room": "\(entry.rooms.first?.id ?? entry.lines.first?.roomID ?? "?")", "error": "\(error)"])
                }
            }
        }
    }
}
