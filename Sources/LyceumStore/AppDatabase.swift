import Foundation
import GRDB

/// The one gateway to Lyceum's database. It owns the connection, runs the migrations when it is
/// created, and offers only invariant-preserving operations (see the `AppDatabase+…` files).
///
/// Every method returns after its transaction is committed. The synchronous ones block their
/// thread briefly: call them from a task, not from an event loop. The server's per-answer write,
/// `commit(_:session:mastery:)`, is async and shares its transaction with other learners' turns.
public final class AppDatabase: Sendable {
    let dbWriter: any DatabaseWriter
    /// The per-answer writes of many learners, committed together (see `commit(_:session:mastery:)`).
    let turns: GroupCommit
    /// For a file database: checkpoints the WAL off the writer's thread (see `Checkpointer`).
    private let checkpointer: Checkpointer?

    /// Wraps an open connection and brings its schema up to date.
    public convenience init(_ writer: any DatabaseWriter) throws {
        try self.init(writer, checkpointer: nil)
    }

    private init(_ writer: any DatabaseWriter, checkpointer: Checkpointer?) throws {
        dbWriter = writer
        turns = GroupCommit(writer)
        self.checkpointer = checkpointer
        try Self.migrator.migrate(writer)
    }

    deinit { checkpointer?.stop() }

    /// At shutdown: copies the whole log into the database file and closes every connection, so
    /// that one complete file is left, the one a backup copies. SQLite removes the log only when
    /// the last connection to close can write, and a pool's read-only readers may close after its
    /// writer; so the log is emptied first, and a last connection is opened and closed to remove
    /// it. The database must not be used afterwards.
    public func close() throws {
        checkpointer?.stop()
        if let pool = dbWriter as? DatabasePool {
            try pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
            let path = pool.path
            try pool.close()
            try DatabaseQueue(path: path).close()
        }
        if let queue = dbWriter as? DatabaseQueue { try queue.close() }
    }

    /// The file the database lives in, inside `directory`.
    public static let fileName = "lyceum.sqlite"

    /// Opens (creating if needed) `directory` and `directory/lyceum.sqlite`, in WAL mode, with a busy timeout.
    public static func open(directory: String) throws -> AppDatabase {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(fileName).path
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.cannotOpen(path: directory, reason: "the folder could not be created (\(error.localizedDescription))")
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: makeConfiguration())
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
        do {
            return try AppDatabase(pool, checkpointer: Checkpointer(path: path, writer: pool, configuration: makeConfiguration()))
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error.resultCode)")
        }
    }

    /// An empty database in memory, for tests.
    public static func inMemory() throws -> AppDatabase {
        try AppDatabase(DatabaseQueue(configuration: makeConfiguration()))
    }

    /// The configuration every connection uses: foreign keys on (they carry the cascades),
    /// a writer that waits for a busy database instead of failing at once, and deleted content
    /// overwritten with zeros (`secure_delete`), so what a learner asked to be forgotten, and
    /// what the retention period purged, is not left in the file's free pages.
    static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(5)
        config.label = "Lyceum"
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        return config
    }
}
