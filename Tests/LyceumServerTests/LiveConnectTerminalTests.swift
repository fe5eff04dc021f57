import Foundation
import Glibc  // Linux: a pseudo-terminal from openpty
import Testing

extension LiveTests {
    /// `lyceum connect` in a real pseudo-terminal against a real server, typed at as a person would.
    @Suite struct ConnectTerminal {
        /// What the client writes last when it gives the terminal back (Painter.restore):
        /// default colors, cursor shown.
        static let restoreSequence = "\u{1B}[0m\u{1B}[?25h"

        @Test func aLearnerSignsUpAnswersAndLeavesWithCtrlCAndTheTerminalIsRestored() throws {
            // Given a server, and the client started in a terminal with --name
            let server = try LiveServer()
            let terminal = try PseudoTerminal(columns: 160, rows: 40)
            let before = try terminal.settings()
            try terminal.start(try LiveServer.executable(), ["connect", "127.0.0.1:\(server.port)", "--name", "gus"])

            // When the new learner types the passphrase twice at the hidden prompt
            try terminal.readUntil("Choose a passphrase")
            try terminal.type(LiveClient.passphrase + "\r")
            try terminal.readUntil("Type the same passphrase again")
            try terminal.type(LiveClient.passphrase + "\r")
            try terminal.readUntil("Your account gus is ready.")
            #expect(try terminal.settings().c_lflag & tcflag_t(ICANON | ECHO) == 0, "the client runs the terminal raw")

            // And starts a dialogue, skips the goal, and answers the first question
            try terminal.type("/start fractions-addition\r")
            try terminal.readUntil("press Enter to skip")
            try terminal.type("\r")
            try terminal.readUntil("What is 1/2 + 1/3?")
            try terminal.type("5/6\r")

            // Then the tutor's reply appears, in the tutor's color
            let reply = try terminal.readUntil("cut both into sixths")
            #expect(reply.contains("tutor> "))
            #expect(terminal.output.contains("\u{1B}[1;36mtutor> "))
            // And the passphrase was never shown
            #expect(!terminal.text.contains(LiveClient.passphrase))

            // When Ctrl-C is pressed
            try terminal.type("\u{03}")

            // Then the client exits cleanly and the terminal is as it was
            let status = try terminal.waitForExit(timeout: .seconds(10))
            #expect(status == 0)
            #expect(terminal.output.hasSuffix(Self.restoreSequence), "ends with: \(terminal.output.suffix(40).debugDescription)")
            let after = try terminal.settings()
            #expect(after.c_lflag == before.c_lflag)
            #expect(after.c_iflag == before.c_iflag)
            #expect(after.c_lflag & tcflag_t(ICANON | ECHO | ISIG) == tcflag_t(ICANON | ECHO | ISIG))
        }
    }
}

/// A pseudo-terminal with a process on its slave side: type into it, read what the process
/// draws. Every read has a deadline.
final class PseudoTerminal {
    static let timeout: Duration = .seconds(15)

    private let master: Int32
    private let slave: Int32
    private var process: Process?
    /// Everything the process wrote, escape sequences included.
    private var bytes: [UInt8] = []
    /// How much of the text `readUntil` has already consumed.
    private var consumed = 0

    init(columns: Int, rows: Int) throws {
        var master: Int32 = -1
        var slave: Int32 = -1
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw LiveError("could not open a pseudo-terminal (errno \(errno))")
        }
        self.master = master
        self.slave = slave
    }

    deinit {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        close(master)
        close(slave)
    }

    /// Starts `executable` with the terminal as its standard input, output and error.
    func start(_ executable: URL, _ arguments: [String]) throws {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = LiveServer.packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["NO_COLOR"] = nil
        process.environment = environment
        let handle = FileHandle(fileDescriptor: slave, closeOnDealloc: false)
        process.standardInput = handle
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        self.process = process
    }

    /// The terminal's current settings (as the process left them).
    func settings() throws -> termios {
        var settings = termios()
        guard tcgetattr(slave, &settings) == 0 else { throw LiveError("tcgetattr failed") }
        return settings
    }

    func type(_ text: String) throws {
        let data = Array(text.utf8)
        guard data.withUnsafeBytes({ write(master, $0.baseAddress, $0.count) }) == data.count else {
            throw LiveError("could not type into the terminal (errno \(errno))")
        }
    }

    /// Everything written so far, raw.
    var output: String { String(decoding: bytes, as: UTF8.self) }
    /// Everything written so far, without escape sequences or carriage returns.
    var text: String { Self.plain(output) }

    /// Reads until `needle` appears in the text after what earlier calls consumed; returns that text.
    @discardableResult
    func readUntil(_ needle: String, timeout: Duration = PseudoTerminal.timeout) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while true {
            let text = Array(self.text)
            let fresh = String(text[min(consumed, text.count)...])
            if let range = fresh.range(of: needle) {
                consumed += fresh.distance(from: fresh.startIndex, to: range.upperBound)
                return fresh
            }
            if let process, !process.isRunning {
                throw LiveError("the client exited (\(process.terminationStatus)) before \"\(needle)\" appeared. Screen:\n\(fresh)")
            }
            guard receive(until: deadline) else {
                throw LiveError("\"\(needle)\" did not appear within \(timeout). Screen:\n\(fresh)")
            }
        }
    }

    /// Waits for the process to exit, reading what it writes meanwhile; returns its exit status.
    func waitForExit(timeout: Duration) throws -> Int32 {
        guard let process else { throw LiveError("nothing was started") }
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw LiveError("the client did not exit within \(timeout). Screen:\n\(text.suffix(2000))")
            }
            _ = receive(until: min(deadline, .now + .milliseconds(50)))
        }
        process.waitUntilExit()
        while receive(until: .now + .milliseconds(200)) {}
        return process.terminationStatus
    }

    /// Reads one chunk; false if nothing came before the deadline.
    private func receive(until deadline: ContinuousClock.Instant) -> Bool {
        let left = ContinuousClock.now.duration(to: deadline)
        guard left > .zero else { return false }
        let milliseconds = Int32(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1)
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else { return false }
        bytes += chunk[..<count]
        return true
    }

    /// Text without ANSI escape sequences (CSI and two-byte ESC) and without carriage returns.
    static func plain(_ text: String) -> String {
        var out = ""
        var iterator = text.unicodeScalars.makeIterator()
        while let scalar = iterator.next() {
            if scalar == "\r" { continue }
            guard scalar == "\u{1B}" else { out.unicodeScalars.append(scalar); continue }
            guard let next = iterator.next() else { break }
            if next == "[" {
                while let byte = iterator.next(), !(0x40...0x7E).contains(byte.value) {}
            }
        }
        return out
    }
}
