import Foundation
import Testing
import Glibc  // Linux: the live tests use POSIX sockets and signals directly

/// The live tests: the real `lyceum serve` binary on a free loopback port, driven over real
/// sockets exactly as `nc` would. They run one at a time, so several server processes never
/// compete for the two cores; every wait has a timeout, so a broken server fails a test
/// instead of hanging it.
@Suite(.serialized, .timeLimit(.minutes(2)))
struct LiveTests {}

/// A failure in the live harness, with what was seen so far.
struct LiveError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// One `lyceum serve` process with its own data folder (and optional configuration file),
/// run from the package root so the bundled Dialogues/ and Prompts/ are used.
/// Killed and cleaned up when released, however the test ended.
final class LiveServer {
    /// Generous: only a broken server ever waits this long.
    static let startTimeout: Duration = .seconds(30)

    let dataDirectory: URL
    private let workDirectory: URL
    private let configFile: URL?
    private var process: Process?
    private var starts = 0
    private(set) var logFile: URL?
    /// The port of the current run (the server picks a free one).
    private(set) var port = 0

    /// Writes `config` (YAML, keys as in Config/lyceum.yaml) for the server, and starts it.
    init(config: String? = nil) throws {
        try Self.requireBundledDialogues()
        workDirectory = FileManager.default.temporaryDirectory
            .appendingPathComponent("lyceum-live-\(UUID().uuidString)")
        dataDirectory = workDirectory.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: workDirectory, withIntermediateDirectories: true)
        if let config {
            let file = workDirectory.appendingPathComponent("lyceum.yaml")
            try Data(config.utf8).write(to: file)
            configFile = file
        } else {
            configFile = nil
        }
        try start()
    }

    deinit {
        if let process, process.isRunning {
            _ = Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? FileManager.default.removeItem(at: workDirectory)
    }

    // MARK: Running

    /// Starts the server (again, on the same data folder) and waits for its ready line.
    func start() throws {
        if let process, process.isRunning { throw LiveError("The server is already running.") }
        starts += 1
        let log = workDirectory.appendingPathComponent("server-\(starts).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let output = try FileHandle(forWritingTo: log)
        defer { try? output.close() }

        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = ["serve", "--port", "0", "--data", dataDirectory.path]
            + (configFile.map { ["--config", $0.path] } ?? [])
        process.currentDirectoryURL = Self.packageRoot
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = output
        process.standardError = output
        try process.run()
        self.process = process
        self.logFile = log
        port = try waitForReadyLine()
    }

    /// SIGTERM, then waits for the process to exit; returns its exit status.
    @discardableResult
    func stop(timeout: Duration = .seconds(10)) throws -> Int32 {
        guard let process else { throw LiveError("The server was never started.") }
        process.terminate()
        return try waitForExit(process, timeout: timeout)
    }

    /// SIGKILL: the process dies at once, mid-whatever it was doing.
    func kill() throws {
        guard let process else { throw LiveError("The server was never started.") }
        _ = Glibc.kill(process.processIdentifier, SIGKILL)
        _ = try waitForExit(process, timeout: .seconds(10))
    }

    /// Stops the server gracefully and starts it again on the same data folder.
    func restart() throws {
        try stop()
        try start()
    }

    var isRunning: Bool { process?.isRunning ?? false }

    /// Everything the current run wrote to standard error and standard output.
    var log: String {
        logFile.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
    }

    /// The server's resident memory in KiB (from /proc), or nil if it cannot be read.
    var residentKilobytes: Int? {
        guard let process,
              let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    /// A new client connected to this server, past the welcome.
    func connect(receiveBufferBytes: Int? = nil) throws -> LiveClient {
        let client = try LiveClient(port: port, receiveBufferBytes: receiveBufferBytes)
        try client.readUntil("/help lists the commands.")
        return client
    }

    private func waitForReadyLine() throws -> Int {
        let marker = "ready for connections on "
        let deadline = ContinuousClock.now + Self.startTimeout
        while ContinuousClock.now < deadline {
            let text = log
            if let line = text.split(separator: "\n").first(where: { $0.contains(marker) }),
               let port = line.split(separator: ":").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                return port
            }
            if let process, !process.isRunning {
                throw LiveError("lyceum serve exited with status \(process.terminationStatus) before it was ready:\n\(text)")
            }
            usleep(20_000)
        }
        throw LiveError("lyceum serve did not say it was ready within \(Self.startTimeout):\n\(log)")
    }

    private func waitForExit(_ process: Process, timeout: Duration) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        while process.isRunning {
            if ContinuousClock.now >= deadline {
                _ = Glibc.kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                throw LiveError("lyceum serve did not exit within \(timeout); it was killed. Its log:\n\(log)")
            }
            usleep(10_000)
        }
        return process.terminationStatus
    }

    // MARK: Where things are

    /// The package root (this file is Tests/LyceumServerTests/LiveServer.swift).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `lyceum` executable built next to this test bundle (.build/debug/lyceum).
    static func executable() throws -> URL {
        var folders: [URL] = []
        if let executable = Bundle.main.executableURL { folders.append(executable.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL)
        folders.append(Bundle.main.bundleURL.deletingLastPathComponent())
        folders.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent())
        for folder in folders {
            let candidate = folder.appendingPathComponent("lyceum")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        throw LiveError("""
            The live tests need the built `lyceum` executable next to the test bundle, but it is not in \
            \(folders.map(\.path).joined(separator: ", ")). Build it first with `swift build` \
            (same --scratch-path as `swift test`).
            """)
    }

    /// The dialogues the server will load: LYCEUM_CONTENT_DIALOGUES if set, else ./Dialogues.
    static func requireBundledDialogues() throws {
        let folder = ProcessInfo.processInfo.environment["LYCEUM_CONTENT_DIALOGUES"]
            ?? packageRoot.appendingPathComponent("Dialogues").path
        let dialogue = URL(fileURLWithPath: folder).appendingPathComponent("decimals-compare.yaml")
        guard FileManager.default.fileExists(atPath: dialogue.path) else {
            throw LiveError("""
                The live tests walk through the bundled dialogue decimals-compare, but \(dialogue.path) \
                does not exist. Use a checkout with the bundled Dialogues/, or point \
                LYCEUM_CONTENT_DIALOGUES at a folder that has them.
                """)
        }
    }
}
