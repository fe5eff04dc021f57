import Foundation
import GRDB
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct FileDatabaseTests {
    @Test func reopeningKeepsDataAndDoesNotRerunMigrations() throws {
        // Given a file database in a folder that does not exist yet, with one learner's answer
        let directory = Fixture.temporaryDirectory() + "/nested/data"
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let alice: Account
        do {
            let db = try AppDatabase.open(directory: directory)
            alice = try Fixture.account(db)
            try db.record(Fixture.turn(alice, "falling"), session: Fixture.session(alice, "falling"), mastery: ["gravity": 0.5])
        }
        #expect(FileManager.default.fileExists(atPath: directory + "/lyceum.sqlite"))
        // When it is opened again, twice
        _ = try AppDatabase.open(directory: directory)
        let reopened = try AppDatabase.open(directory: directory)
        // Then the migrations are applied once each and the data is still there
        #expect(try reopened.appliedMigrations() == ["v1-accounts", "v1-learning", "v2-rooms", "v3-room-line-order", "v4-classes",
                                                          "v5-passphrase-reset"])
        #expect(try reopened.account(named: "alice") == alice)
        #expect(try reopened.mastery(accountID: alice.id) == ["gravity": 0.5])
        #expect(try reopened.currentSession(accountID: alice.id)?.dialogueID == "falling")
    }

    @Test func commitsGoToTheWriteAheadLogWithoutAWaitForTheDiskEachTime() throws {
        // Given a file database (GRDB's DatabasePool sets synchronous = NORMAL with WAL)
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try AppDatabase.open(directory: directory)
        // Then commits are not synced one by one (BENCHMARKS.md relies on this), and an upserted answer reads back
        #expect(try db.synchronous() == 1)
        let alice = try Fixture.account(db)
        try db.record(Fixture.turn(alice, "falling"), session: Fixture.session(alice, "falling"), mastery: ["gravity": 0.5])
        try db.record(Fixture.turn(alice, "falling"), session: Fixture.session(alice, "falling"), mastery: ["gravity": 0.7])
        #expect(try db.mastery(accountID: alice.id) == ["gravity": 0.7])
        #expect(try db.currentSession(accountID: alice.id)?.dialogueID == "falling")
    }

    @Test func theWriteAheadLogIsCopiedBackWhileTheServerRunsButNeverByTheWriter() async throws {
        // Given a file database that 200 answers, each in a dialogue of its own with an 8 KB
        // session, have just been written to
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try AppDatabase.open(directory: directory)
        let alice = try Fixture.account(db)
        let file = directory + "/" + AppDatabase.fileName
        let before = try Self.size(file)
        for k in 0..<200 {
            let big = "{\"pad\":\"" + String(repeating: "x", count: 8_000) + "\(k)\"}"
            try await db.commit(Fixture.turn(alice, "d\(k)", at: k), session: Fixture.session(alice, "d\(k)", state: big, at: k),
                                mastery: ["gravity": 0.5])
        }
        // Then the writer does no checkpoint of its own, yet within seconds, with the database
        // still open, the data has been copied from the log into the database file
        #expect(try db.writerAutoCheckpoint() == 0)
        var grown = false
        for _ in 0..<50 where !grown {
            try await Task.sleep(for: .milliseconds(100))
            grown = try Self.size(file) > before + 1_000_000
        }
        #expect(grown)
    }

    @Test func theWriteAheadLogStartsAgainUnderWritesThatNeverPause() throws {
        // Given a database written without a pause, with a checkpointer that restarts the log past 256 frames (1 MiB)
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let path = directory + "/scratch.sqlite"
        let pool = try DatabasePool(path: path)
        let checkpointer = try Checkpointer(path: path, writer: pool, configuration: Configuration(),
                                            interval: .milliseconds(20), restartFrames: 256, journalSizeLimit: 1 << 20)
        defer { checkpointer.stop() }
        try pool.write { db in try db.execute(sql: "CREATE TABLE blob (id INTEGER PRIMARY KEY, data BLOB)") }
        // When transactions follow each other without a pause (for up to 3 s, or until the log starts again)
        var largest = 0, startedAgain = false, k = 0
        let deadline = ContinuousClock.now + .seconds(3)
        while !startedAgain && ContinuousClock.now < deadline {
            try pool.write { db in
                try db.execute(sql: "INSERT INTO blob (data) VALUES (?)", arguments: [Data(repeating: UInt8(k & 0xFF), count: 6_000)])
            }
            k += 1
            if k % 20 == 0 {
                let size = try Self.size(path + "-wal")
                startedAgain = size < largest
                largest = max(largest, size)
            }
        }
        // Then the log started again (its file shrank back to the size limit) instead of holding every write
        #expect(startedAgain, "the WAL only grew, to \(largest) bytes in \(k) transactions")
    }

    @Test func closingLeavesOneCompleteFile() async throws {
        // Given a file database with answers in its write-ahead log
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try AppDatabase.open(directory: directory)
        let alice = try Fixture.account(db)
        for k in 0..<20 {
            try await db.commit(Fixture.turn(alice, "falling", at: k), session: Fixture.session(alice, "falling", at: k), mastery: [:])
        }
        // When it is closed, as the server does at shutdown (after reading too: a pool's readers are read-only)
        #expect(try db.turns(accountID: alice.id).count == 20)
        try db.close()
        // Then the log is gone into the database file, which alone holds every answer
        let file = directory + "/" + AppDatabase.fileName
        #expect(!FileManager.default.fileExists(atPath: file + "-wal"))
        let copy = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: copy) }
        try FileManager.default.createDirectory(atPath: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: file, toPath: copy + "/" + AppDatabase.fileName)
        #expect(try AppDatabase.open(directory: copy).turns(accountID: alice.id).count == 20)
    }

    static func size(_ path: String) throws -> Int {
        (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    }

    @Test func fileDatabasesUseWriteAheadLogging() throws {
        // Given a file database
        let directory = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let db = try AppDatabase.open(directory: directory)
        // When its journal mode is read
        // Then it is WAL
        #expect(try db.journalMode() == "wal")
    }

    @Test func aFolderThatCannotBeCreatedIsReportedClearly() throws {
        // Given a path below a regular file
        let file = Fixture.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: file))
        // When a database is opened there
        // Then the error names the folder
        let error = #expect(throws: StoreError.self) { try AppDatabase.open(directory: file + "/data") }
        #expect(error?.description.contains(file + "/data") == true)
    }
}
