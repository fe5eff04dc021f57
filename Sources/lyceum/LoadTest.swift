import ArgumentParser
import Foundation
import LyceumCore
import LyceumLoad
import LyceumStore

/// `lyceum loadtest`: simulated learners against a running server (BENCHMARKS.md has the runs).
struct LoadTest: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "loadtest",
        abstract: "Simulate many learners against a running server and measure its replies.",
        discussion: "See BENCHMARKS.md for the commands behind each measured figure.",
        subcommands: [RunLoad.self, SeedAccounts.self, StartupTime.self],
        defaultSubcommand: RunLoad.self
    )
}

struct RunLoad: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Connect learners over the ramp-up, let them work for the duration, and report latencies.",
        discussion: """
            Learners are named PREFIX00001, PREFIX00002, ... (create them first with `lyceum loadtest seed`, or \
            they sign up, at the cost of one scrypt hash each). Each switches to JSON mode, logs in, and then: \
            answering learners go /solo through decimals-compare with the --mix of answers, one line every --think \
            seconds; room learners (--room-share) answer correctly to the checkpoint, meet in rooms of four (the \
            server needs rooms.gather_seconds 0 and target_size 4, see Config/loadtest.yaml), answer the Think \
            question and then chat, one line every --chat-interval seconds; with --idle they log in and stay silent.
            """
    )

    @Option(help: "The server's address.") var host = "127.0.0.1"
    @Option(help: "The server's port.") var port = 4242
    @Option(help: "How many learners.") var clients = 100
    @Option(name: .customLong("ramp-up"), help: "Seconds over which the learners connect.") var rampUp = 10.0
    @Option(help: "Seconds to measure after the ramp-up.") var duration = 30.0
    @Option(help: "Longest wait, after the ramp-up, for every learner to log in before measuring.") var settle = 30.0
    @Option(help: "Seconds between one line of a learner and the next.") var think = 5.0
    @Option(help: "Relative weights of the answers: correct=W,partial=W,misconception=W,unrecognized=W.")
    var mix = AnswerMix.standard.description
    @Option(name: .customLong("room-share"), help: "Fraction of learners who go into rooms and chat (rounded down to a multiple of 4).")
    var roomShare = 0.0
    @Option(name: .customLong("chat-interval"), help: "Seconds between one room chat line of a learner and the next.")
    var chatInterval = 0.8
    @Flag(help: "Log in and stay silent (for memory per idle connection).") var idle = false
    @Option(help: "Learners' names start with this.") var prefix = "load"
    @Option(help: "The learners' passphrase (as seeded).") var passphrase = "loadtest-passphrase"
    @Option(help: "Event-loop threads of the load generator.") var threads = 1
    @Option(name: .customLong("server-pid"), help: "The server's process id, for its memory (default: the process listening on --port).")
    var serverPID: Int32?
    @Option(help: "Seed for the learners' choices.") var seed: UInt64 = 1
    @Flag(help: "Print the report as JSON instead of a table.") var json = false

    func run() async throws {
        var settings = LoadSettings()
        settings.host = host; settings.port = port; settings.clients = clients; settings.rampUpSeconds = rampUp
        settings.durationSeconds = duration; settings.settleSeconds = settle; settings.thinkSeconds = think
        settings.chatSeconds = chatInterval; settings.roomShare = roomShare; settings.idle = idle
        settings.namePrefix = prefix; settings.passphrase = passphrase; settings.threads = threads
        settings.serverPID = serverPID; settings.seed = seed
        do { settings.mix = try AnswerMix(parsing: mix) } catch { throw ValidationError(error.description) }
        guard settings.problems.isEmpty else { throw ValidationError(settings.problems.joined(separator: " ")) }
        Output.error(FileLimit.raise())
        let interactive = isatty(STDERR_FILENO) != 0
        let report = try await LoadRunner(settings: settings).run { line in
            Output.error(interactive ? "\r\u{1B}[K" + line : line, terminator: interactive ? "" : "\n")
        }
        if interactive { Output.error("") }
        print(json ? report.json() : report.table())
    }
}

struct SeedAccounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed",
        abstract: "Create learner accounts for a load test directly in the data folder, with cheap passphrase hashes.",
        discussion: """
            Run it before the server starts. The hashes use scrypt N=16 (Passphrase.Cost.fastForTests), so logging \
            in costs microseconds instead of ~50 ms: never use it for real accounts. Existing names are skipped.
            """
    )

    @OptionGroup var options: DataOptions
    @Option(help: "How many learners.") var count = 10_000
    @Option(help: "Names start with this (PREFIX00001, ...).") var prefix = "load"
    @Option(help: "Their passphrase.") var passphrase = "loadtest-passphrase"

    func run() throws {
        var settings = LoadSettings()
        settings.namePrefix = prefix
        let database = try options.open()
        defer { try? database.close() }
        // One hash for all: the salt is the same, which is fine for throwaway load-test accounts.
        let hash = try Passphrase.hash(passphrase, cost: .fastForTests)
        let accounts = try (0..<count).map { index in
            (name: try UserName(validating: settings.name(index)), role: Role.learner, passphraseHash: hash)
        }
        let created = try database.createAccounts(accounts, now: Date())
        print("Created \(created) learner accounts (\(settings.name(0)) to \(settings.name(count - 1))) in \(options.directory); \(count - created) existed already.")
    }
}

struct StartupTime: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup",
        abstract: "Start `lyceum serve --port 0` several times and report the time to its ready line.",
        discussion: "Each run uses the same data folder (created by the first, warm-up, run), so it measures the usual start."
    )

    @Option(help: "Measured runs (after one warm-up run).") var runs = 10
    @Option(help: "The data folder (default: a new temporary folder).") var data: String?
    @Option(help: "A configuration file for the server.") var config: String?

    func run() throws {
        guard let executable = Bundle.main.executableURL else { throw ValidationError("Cannot find the lyceum executable.") }
        let folder = data ?? FileManager.default.temporaryDirectory.appendingPathComponent("lyceum-startup-\(getpid())").path
        var arguments = ["serve", "--port", "0", "--data", folder]
        if let config { arguments += ["--config", config] }
        do {
            _ = try StartupProbe.measure(executable: executable, arguments: arguments)
            var times: [Double] = []
            for run in 1...max(1, runs) {
                let seconds = try StartupProbe.measure(executable: executable, arguments: arguments)
                times.append(seconds)
                print(String(format: "run %d: %.1f ms", run, seconds * 1000))
            }
            print(String(format: "median %.1f ms, min %.1f ms, max %.1f ms over %d runs (target: at most 300 ms)",
                         StartupProbe.median(times) * 1000, (times.min() ?? 0) * 1000, (times.max() ?? 0) * 1000, times.count))
        } catch {
            Output.error("lyceum: \(error)")
            throw ExitCode.failure
        }
        if data == nil { try? FileManager.default.removeItem(atPath: folder) }
    }
}
