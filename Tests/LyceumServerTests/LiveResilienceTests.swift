import Foundation
import Testing

extension LiveTests {
    /// Crashes, shutdowns, and clients that misbehave: the server stays up and nobody else notices.
    @Suite struct Resilience {
        /// Fast enough that pacing never gets in the way of a test that sends quickly.
        static let unpaced = """
            limits:
              lines_per_second: 1000
              line_burst: 1000
              max_queued_lines: 1000
            """

        @Test func everyAnswerWhoseReplyArrivedSurvivesAKill() throws {
            // Given a learner in a dialogue, answering and setting goals in quick succession
            let server = try LiveServer(config: Self.unpaced)
            let learner = try server.connect()
            try learner.signUp("cai")
            try learner.startDecimals()
            let answers = ["0.25", "I don't know", "maybe they are equal", "0.25 because it is longer", "/hint", "0.3?"]
            var sent: [String] = []
            func pair(_ number: Int) -> [String] { [answers[number % answers.count], "/goal mark \(number)"] }
            // (a goal's reply quotes it, so `"mark N"` tells exactly which replies arrived)
            var received = ""
            for number in 1...10 {
                for line in pair(number) { try learner.send(line); sent.append(line) }
                received += try learner.readUntil("\"mark \(number)\"")
            }

            // When the server is killed (SIGKILL) while it works through a burst of lines
            for number in 11...60 {
                for line in pair(number) { try learner.send(line); sent.append(line) }
            }
            received += try learner.readUntil("\"mark 20\"")
            try server.kill()
            received += (try? learner.readUntilClosed()) ?? ""

            // Then every line whose reply arrived is stored, in order, and nothing else is
            let acknowledged = (1...60).last { received.contains("\"mark \($0)\"") } ?? 0
            #expect(acknowledged >= 20)
            let stored = try #require(try server.storedInputs(of: "cai"))
            #expect(Array(stored.prefix(2)) == ["/start decimals-compare", "/goal understand decimals"])
            let answered = Array(stored.dropFirst(2))
            #expect(answered.count >= acknowledged * 2, "stored \(answered.count) lines, but \(acknowledged * 2) were answered")
            #expect(answered == Array(sent.prefix(answered.count)))

            // And after a restart the learner is back in the dialogue
            try server.start()
            let again = try server.connect()
            #expect(try again.logIn("cai", until: "You were on step 1 of 4").contains("Welcome back, cai."))
        }

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
        }

        @Test func aFloodingClientIsClosedWithAReasonAndOthersAreNot() throws {
            // Given a low rate limit, and a bystander
            let server = try LiveServer(config: """
                limits:
                  lines_per_second: 2
                  line_burst: 3
                  flood_limit_seconds: 1
                  max_queued_lines: 5
                """)
            let bystander = try server.connect()
            let flooder = try server.connect()

            // When one client pastes fifty lines at once
            try flooder.sendRaw(Array(String(repeating: "/help\n", count: 50).utf8))

            // Then it is told why and closed
            let goodbye = try flooder.readUntilClosed()
            #expect(goodbye.contains("You are sending lines faster than 2 a second for too long, so the connection is closing."))

            // And the bystander is unaffected
            #expect(try bystander.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))
        }

        @Test func connectionsBeyondThePerAddressCapAreRefusedWithAReason() throws {
            // Given a cap of three connections per address, and three open
            let server = try LiveServer(config: """
                limits:
                  max_connections_per_address: 3
                """)
            let open = try (1...3).map { _ in try server.connect() }

            // When a fourth connects
            let fourth = try LiveClient(port: server.port)

            // Then it is told why, and closed
            #expect(try fourth.readUntilClosed().contains("Too many connections from your address (3 are open)."))

            // And the three still work; closing one makes room again
            for client in open {
                #expect(try client.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))
            }
            try open[0].send("/quit")
            try open[0].readUntilClosed()
            let retry = try waitForAdmission(server)
            #expect(try retry.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))
        }

        @Test func aClientThatDoesNotLogInIsWarnedThenClosed() throws {
            // Given a two-second login timeout with a warning one second before
            let server = try LiveServer(config: """
                limits:
                  login_timeout_seconds: 2
                  login_warning_seconds: 1
                """)

            // When a client connects and does nothing
            let idler = try server.connect()

            // Then it is warned first, then told why it is closed
            let warning = try idler.readUntil("Please log in within")
            #expect(warning.contains("* Please log in within 1 second, or this connection will close."))
            #expect(try idler.readUntilClosed().contains("No login within 2 seconds, so the connection is closing."))
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

        @Test func aClientThatNeverReadsIsDisconnectedAndOthersAreNot() throws {
            // Given a small output allowance (and no pacing, so only the output limit can close), and a bystander
            let server = try LiveServer(config: """
                limits:
                  lines_per_second: 100000
                  line_burst: 100000
                  max_queued_lines: 100000
                  flood_limit_seconds: 1000
                  max_output_bytes: 4096
                  max_output_messages: 20
                """)
            let bystander = try server.connect()
            let sink = try server.connect(receiveBufferBytes: 4096)

            // When one client sends /help over and over and never reads the replies
            for _ in 1...200 where !sink.isClosed {
                do {
                    try sink.sendRaw(Array(String(repeating: "/help\n", count: 100).utf8), timeout: .seconds(5))
                } catch {
                    break
                }
            }

            // Then the server disconnects it (a goodbye it never reads is lost in the reset)
            if !sink.isClosed { try sink.readUntilClosed() }
            #expect(sink.isClosed)

            // And the bystander is unaffected, and the server's memory stayed modest
            #expect(try bystander.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))
            let memory = try #require(server.residentKilobytes)
            #expect(memory < 256 * 1024, "the server uses \(memory) KiB")
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

        @Test func failedLoginsAreThrottledAfterFive() throws {
            // Given an account
            let server = try LiveServer()
            let owner = try server.connect()
            try owner.signUp("hal")
            try owner.send("/quit")
            try owner.readUntilClosed()

            // When someone guesses its passphrase wrong five times
            let guesser = try server.connect()
            for guess in 1...5 {
                let reply = try guesser.logIn("hal", passphrase: "wrong guess \(guess)", until: "That passphrase is not right")
                #expect(reply.contains("! That passphrase is not right for hal. Try /login hal again."))
            }

            // Then the next attempt is refused with how long to wait, even with the right passphrase
            let refused = try guesser.say("/login hal", until: "Too many failed logins")
            #expect(refused.contains("! Too many failed logins. Try again in ") && refused.contains(" seconds."))
            #expect(try server.storedInputs(of: "hal") == [])
        }

        /// Connects until the server has noticed a closed connection and admits a new one.
        private func waitForAdmission(_ server: LiveServer) throws -> LiveClient {
            let deadline = ContinuousClock.now + LiveClient.timeout
            while ContinuousClock.now < deadline {
                let client = try LiveClient(port: server.port)
                if (try? client.readUntil("/help lists the commands.")) != nil { return client }
                usleep(50_000)
            }
            throw LiveError("the server kept refusing connections after one of them closed")
        }
    }
}
