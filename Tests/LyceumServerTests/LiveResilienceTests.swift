import Foundation
import Testing

extension LiveTests {
    /// Shutdowns, timeouts and half-closed connections. Clients that misbehave on purpose, and
    /// SIGKILL under load, are in LiveHostileTests.swift and the files beside it.
    @Suite struct Resilience {
        @Test func sigtermTellsEveryoneAndExitsCleanly() throws {
            // Given a learner mid-dialogue and a visitor who has not logged in
            let server = try LiveServer()
            let learner = try server.connect()
            try learner.signUp("gus")
            try learner.startDecimals()
            let visitor = try server.connect()

            // When the server gets SIGTERM
            let status = try server.stop()

            // Then both are told why the connection closes, and the process exits with 0
            #expect(try learner.readUntilClosed().contains("* The server is shutting down for now. Everything you answered is saved"))
            #expect(try visitor.readUntilClosed().contains("* The server is shutting down for now."))
            #expect(status == 0)
            #expect(server.log.contains("Lyceum has stopped."))
            // And the data folder is one complete database file, with no log beside it to lose in a copy
            let files = try FileManager.default.contentsOfDirectory(atPath: server.dataDirectory.path)
            #expect(files.filter { $0.hasPrefix("lyceum.sqlite") } == ["lyceum.sqlite"])
        }

        @Test func aLoggedInLearnerWhoGoesIdleIsWarnedThenClosed() throws {
            // Given a two-second idle timeout with a warning one second before
            let server = try LiveServer(config: """
                limits:
                  idle_timeout_seconds: 2
                  idle_warning_seconds: 1
                """)
            let learner = try server.connect()
            try learner.signUp("ivy")

            // When the learner stops typing
            // Then they are warned, then closed with the reason
            #expect(try learner.readUntil("You have been idle").contains("Type anything within 1 second to stay connected."))
            #expect(try learner.readUntilClosed().contains("Closing the connection after 2 seconds without activity."))
        }

        @Test func theLastLineBeforeAHalfCloseIsStillAnswered() throws {
            // Given a client that sends its last line without a newline, then closes its sending side
            let server = try LiveServer()
            let client = try server.connect()
            try client.sendRaw(Array("/help".utf8))
            client.shutdownWrite()

            // Then the reply still arrives, and then the server closes too
            let reply = try client.readUntilClosed()
            #expect(reply.contains("Commands you can use before logging in:"))
        }
    }
}
