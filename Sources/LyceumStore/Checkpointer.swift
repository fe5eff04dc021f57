import Dispatch
import GRDB

/// Copies the write-ahead log back into the database file from a connection of its own, so that
/// the writer almost never does it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses 1,000 WAL pages, on the
/// writer's connection: that commit, and every learner's turn queued behind it in `GroupCommit`,
/// then waits while about 4 MB are copied and synced (5 to 70 ms measured at 1,250 turns a second).
/// Here the writer's automatic checkpoint is off, and every `interval` a passive checkpoint runs on
/// this connection and thread; a passive checkpoint never waits for, nor blocks, the writer.
///
/// The log starts again from its beginning only when it has been copied to its last frame, and
/// under continuous writes new frames keep arriving while this connection copies (at 1,250 turns
/// a second the log grew by 30 MB a second and never restarted). So when the log holds more than
/// `restartFrames` frames, the last few frames are copied on the writer's own connection, between
/// two of its transactions: the writer's next transaction then starts the log again, and
/// `journal_size_limit` gives the file's space back. SQLite still checkpoints when the last
/// connection closes.
final class Checkpointer: @unchecked Sendable {  // the timer and connection are touched only on `queue`
    /// 64 MiB of 4 KiB pages.
    static let restartFrames = 16_384
    static let journalSizeLimit = 64 << 20

    private let timer: any DispatchSourceTimer
    private let queue: DispatchQueue
    private let connection: DatabaseQueue

    init(path: String, writer: any DatabaseWriter, configuration: Configuration,
         interval: DispatchTimeInterval = .milliseconds(500), restartFrames: Int = Checkpointer.restartFrames,
         journalSizeLimit: Int = Checkpointer.journalSizeLimit) throws {
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "PRAGMA journal_size_limit = \(journalSizeLimit)")
        }
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        let queue = DispatchQueue(label: "lyceum.checkpoint")
        let timer = DispatchSource.makeTimerSource(queue: queue)
        timer.schedule(deadline: .now() + interval, repeating: interval)
        // Weakly: the writer must close when the database is released, not when this timer's
        // handler happens to be released.
        timer.setEventHandler { [weak writer] in
            // A checkpoint that cannot run now (busy) simply runs at the next tick.
            guard let log = try? connection.writeWithoutTransaction({ db in try db.checkpoint(.passive) }),
                  log.walFrameCount > restartFrames, let writer else { return }
            _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
        }
        timer.resume()
        self.timer = timer
        self.queue = queue
        self.connection = connection
    }

    /// Stops the ticks and closes this connection, so that the writer's is the last one: when it
    /// closes, SQLite copies the rest of the log back and removes it, leaving one complete file.
    func stop() {
        queue.sync {
            timer.cancel()
            try? connection.close()
        }
    }
}
