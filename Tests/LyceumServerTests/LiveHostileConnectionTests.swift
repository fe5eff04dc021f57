import Foundation
import Glibc
import Testing
@testable import LyceumStore

extension LiveTests.Hostile {
    // MARK: Connections that misbehave (see LiveHostileTests.swift for what every case asserts)

    @Test func aFloodOfLinesIsClosedWithAReason() throws {
        // Given a low rate limit, and a witness
        let server = try LiveServer(config: """
            limits:
              lines_per_second: 5
              flood_limit_seconds: 1
              max_queued_lines: 5
            """)
        let witness = try Witness(server)
        let flooder = try server.connect()

        // When one client pastes two hundred lines at once
        try flooder.sendRaw(Array(String(repeating: "/help\n", count: 200).utf8))
        try witness.check()

        // Then it is told why and closed
        let goodbye = try flooder.readUntilClosed()
        #expect(goodbye.contains("You are sending lines faster than 5 a second for too long, so the connection is closing."))

        // And the witness carries on, and the database is intact
        try witness.check()
        try server.expectIntact(witness)
    }

    @Test func aClientThatNeverReadsIsClosed() throws {
        // Given a small output allowance (and no pacing, so only the output limit can close), and a witness
        let server = try LiveServer(config: """
            limits:
              lines_per_second: 100000
              line_burst: 100000
              max_queued_lines: 100000
              flood_limit_seconds: 1000
              max_output_bytes: 4096
              max_output_messages: 20
            """)
        let witness = try Witness(server)
        let sink = try server.connect(receiveBufferBytes: 4096)

        // When one client sends /help over and over and never reads the replies
        for round in 1...200 where !sink.isClosed {
            do {
                try sink.sendRaw(Array(String(repeating: "/help\n", count: 100).utf8), timeout: .seconds(5))
            } catch {
                break
            }
            if round == 2 { try witness.check() }
        }
        try witness.check()

        // Then the server closes it (a goodbye it never reads is lost in the reset)
        if !sink.isClosed { try sink.readUntilClosed() }
        #expect(sink.isClosed)

        // And the witness carries on, the database is intact, and the server's memory stayed modest
        try witness.check()
        try server.expectIntact(witness)
        let memory = try #require(server.residentKilobytes)
        #expect(memory < 256 * 1024, "the server uses \(memory) KiB")
    }

    @Test func connectionsThatNeverSendAnythingAreWarnedThenClosed() throws {
        // Given a short login timeout with a warning before it, and a witness (logged in, so not timed out)
        let server = try LiveServer(config: """
            limits:
              login_timeout_seconds: 6
              login_warning_seconds: 3
            """)
        let witness = try Witness(server)

        // When thirty clients connect and never send a byte
        let silent = try (1...30).map { _ in try server.connect() }
        try witness.check()

        // Then each is warned first, then told why it is closed
        for client in silent {
            #expect(try client.readUntil("Please log in within").contains("* Please log in within 3 seconds, or this connection will close."))
        }
        try witness.check()
        for client in silent {
            #expect(try client.readUntilClosed().contains("No login within 6 seconds, so the connection is closing."))
        }

        // And the witness carries on, and the database is intact
        try witness.check()
        try server.expectIntact(witness)
    }

    @Test func aThousandConnectionsFromOneAddressFillItsShareAndTheRestAreRefused() throws {
        // Given the default cap of 64 connections per address, one of them the witness's,
        // and enough file descriptors here (the server inherits them) for a thousand more
        try Self.allowOpenFiles(1_200)
        let server = try LiveServer()
        let witness = try Witness(server)

        // When a thousand more connect from the same address
        var clients = try (1...1_000).map { _ in try LiveClient(port: server.port) }
        try witness.check()

        // Then the first 63 are welcomed, and every other one is told why and closed
        var admitted = 0, refused = 0
        for client in clients {
            if try client.readUntilOrClosed("/help lists the commands.") != nil {
                admitted += 1
            } else {
                let goodbye = try client.readUntilClosed()
                #expect(goodbye.contains("* Too many connections from your address (64 are open). Close one and try again."),
                        "\(goodbye)")
                refused += 1
            }
        }
        #expect(admitted == 63)
        #expect(refused == 937)

        // And the witness carries on; once they close, the address may connect again
        try witness.check()
        clients.removeAll()
        let again = try server.connectWhenAdmitted()
        #expect(try again.say("/help", until: "/help COMMAND explains one command.").contains("Commands you can use"))
        try witness.check()
        try server.expectIntact(witness)
    }

    @Test func loginGuessingIsThrottledForThatNameOnly() throws {
        // Given an account, and a witness
        let server = try LiveServer()
        let owner = try server.connect()
        try owner.signUp("hal")
        try owner.send("/quit")
        try owner.readUntilClosed()
        let witness = try Witness(server)

        // When someone guesses its passphrase wrong five times
        let guesser = try server.connect()
        for guess in 1...5 {
            let reply = try guesser.logIn("hal", passphrase: "wrong guess \(guess)", until: "That passphrase is not right")
            #expect(reply.contains("! That passphrase is not right for hal. Try /login hal again."))
            if guess == 3 { try witness.check() }
        }

        // Then the next attempt is refused with how long to wait, before any passphrase is asked
        let refused = try guesser.say("/login hal", until: "Too many failed logins")
        #expect(refused.contains("! Too many failed logins. Try again in ") && refused.contains(" seconds."))

        // And other names from the same address still get in, the witness carries on, nothing was stored for hal
        let newcomer = try server.connect()
        try newcomer.signUp("ivy")
        try witness.check()
        #expect(try server.storedInputs(of: "hal") == [])
        try server.expectIntact(witness)
    }

    /// Raises this process's soft limit on open files to `count` if it is lower (up to the hard limit).
    static func allowOpenFiles(_ count: Int) throws {
        var limit = rlimit()
        let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
        guard getrlimit(resource, &limit) == 0 else { throw LiveError("getrlimit failed: errno \(errno)") }
        if limit.rlim_cur < rlim_t(count) {
            limit.rlim_cur = min(rlim_t(count), limit.rlim_max)
            guard setrlimit(resource, &limit) == 0 else { throw LiveError("setrlimit failed: errno \(errno)") }
        }
        guard limit.rlim_cur >= rlim_t(count) else {
            throw LiveError("This test needs \(count) open files, but `ulimit -n` allows only \(limit.rlim_cur) (hard limit \(limit.rlim_max)).")
        }
    }
}
