import Dispatch
import GRDB

/// Copies the write-ahead log back into the database file from a connection of its own, so that
/// the writer never does it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages, on the
/// writer's connection: that commit, and every learner's turn queued behind it in `GroupCommit`,
/// then waits while about 4 MB are copied and synced (5 to 70 ms measured at 1,250 turns a second).
/// Here the writer's automatic checkpoint is off and a passive checkpoint runs every `interval` on
/// this connection and thread; a passive checkpoint never waits for, nor blocks, the writer.
/// SQLite still checkpoints when the last connection closes.
final class Checkpointer: @unchecked Sendable {  // the timer is only cancelled, which is thread-safe
    private let timer: any DispatchSourceTimer

    init(path: String, configuration: Configuration, interval: DispatchTimeInterval = .milliseconds(500)) throws {
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "lyceum.checkpoint"))
        timer.schedule(deadline: .now() + interval, repeating: interval)
        timer.setEventHandler {
            // A checkpoint that cannot run now (busy) simply runs at the next tick.
            _ = try? connection.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        }
        timer.resume()
        self.timer = timer
    }

    func stop() { timer.cancel() }
}
