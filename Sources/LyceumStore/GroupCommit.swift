import Dispatch
import GRDB
import LyceumCore

/// Group commit for the per-answer writes: turns that arrive while a transaction is being written
/// wait and are then committed together, in one transaction, each in a savepoint of its own.
///
/// - Each caller still returns only after its turn is committed (or throws, and nothing of it is
///   stored): the contract of `AppDatabase.record`.
/// - A turn that fails (a foreign key, any constraint) rolls back only its own savepoint;
///   the others in the batch are committed. If the commit itself fails, every turn of the batch fails.
/// - Nothing waits on purpose: with one turn pending it is written at once. Under load, while one
///   transaction is written the next batch gathers, so the commits per second stay about the
///   same as the load grows while the turns per commit grow.
/// - The writes run on a dispatch queue of their own, never on a thread of Swift's cooperative
///   pool, which has one thread per core and would stall while SQLite writes.
final class GroupCommit: Sendable {
    typealias Write = @Sendable (Database) throws -> Int64

    private struct Pending: Sendable {
        var write: Write
        var continuation: CheckedContinuation<Int64, any Error>
    }

    private struct State: Sendable {
        var pending: [Pending] = []
        var writing = false
    }

    private let writer: any DatabaseWriter
    private let state = Locked(State())
    private let queue = DispatchQueue(label: "lyceum.group-commit")

    init(_ writer: any DatabaseWriter) { self.writer = writer }

    /// Runs `write` in the next transaction, inside a savepoint; returns what it returns once committed.
    func commit(_ write: @escaping Write) async throws -> Int64 {
        try await withCheckedThrowingContinuation { continuation in
            let start = state.withLock { state -> Bool in
                state.pending.append(Pending(write: write, continuation: continuation))
                if state.writing { return false }
                state.writing = true
                return true
            }
            if start { queue.async { self.drain() } }
        }
    }

    /// Writes batches until none is pending.
    private func drain() {
        while true {
            let batch = state.withLock { state -> [Pending] in
                let batch = state.pending
                state.pending = []
                if batch.isEmpty { state.writing = false }
                return batch
            }
            if batch.isEmpty { return }
            let results: [Result<Int64, any Error>]
            do {
                results = try writer.write { db in
                    batch.map { item in
                        Result {
                            var id: Int64 = 0
                            try db.inSavepoint {
                                id = try item.write(db)
                                return .commit
                            }
                            return id
                        }
                    }
                }
            } catch {
                results = batch.map { _ in .failure(error) }
            }
            for (item, result) in zip(batch, results) { item.continuation.resume(with: result) }
        }
    }
}
