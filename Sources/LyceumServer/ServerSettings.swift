import Rooms

/// Every server setting with its default, in one place. Config/lyceum.yaml shows the same
/// defaults with comments; the `serve` command fills this from flags, the environment and that file.
public struct ServerSettings: Sendable, Equatable {
    /// The address to listen on. Default 127.0.0.1 (this machine only); use 0.0.0.0 to serve a classroom.
    public var host = "127.0.0.1"
    /// The TCP port. Default 4242; 0 picks a free port (the ready line says which).
    public var port = 4242
    /// Where the SQLite database lives (created if missing). Default ./data.
    public var dataDirectory = "data"
    /// The dialogues folder; nil means the bundled Dialogues/.
    public var dialogues: String?
    /// The prompt templates folder; nil means the bundled Prompts/.
    public var prompts: String?
    /// trace, debug, info, notice, warning, error or critical. Default info.
    public var logLevel = "info"
    /// Shortest passphrase anyone may choose: at sign-up, after a reset, with `/passphrase`, and
    /// in `lyceum accounts add`. The one place this minimum is set. Default 8.
    public var minimumPassphraseLength = 8
    /// Who may create a learner account with `/login NEWNAME`; nil: `open` on a loopback
    /// address (one machine), `code` on any other (a classroom). See `signupPolicy`.
    public var signup: SignupPolicy?
    /// Threads that hash and check passphrases (scrypt), apart from those that serve answers and
    /// rooms, so a class logging in at once cannot take every core. Default 1.
    public var hashThreads = 1
    /// Failed logins (per name, and per address) before a lock-out. Default 5.
    public var loginFailuresAllowed = 5
    /// The first lock-out in seconds; each further one doubles, up to an hour. Default 30.
    public var loginLockoutSeconds = 30
    /// Days a learner's answers, room lines and the audit log are kept; older ones are deleted
    /// at start-up and then daily. Default 365.
    public var retentionDays = 365
    public var limits = ServerLimits()
    public var rooms = RoomSettings()
    public var teaching = TeachingSettings()

    public init() {}

    /// The sign-up policy in force: `signup`, or the default for `host`.
    public var signupPolicy: SignupPolicy {
        signup ?? (ServerSettings.isLoopback(host) ? .open : .code)
    }

    static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    /// One sentence per value that cannot work.
    public var problems: [String] {
        var problems: [String] = []
        if !(0...65535).contains(port) { problems.append("server.port must be between 0 and 65535 (it is \(port)).") }
        if hashThreads < 1 { problems.append("login.hash_threads must be at least 1 (it is \(hashThreads)).") }
        if minimumPassphraseLength < 1 { problems.append("login.min_passphrase_length must be at least 1.") }
        if loginFailuresAllowed < 1 { problems.append("login.max_failures must be at least 1.") }
        if loginLockoutSeconds < 1 { problems.append("login.lockout_seconds must be at least 1.") }
        if retentionDays < 1 { problems.append("data.retention_days must be at least 1 (it is \(retentionDays)).") }
        if !["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(logLevel) {
            problems.append("log.level must be one of trace, debug, info, notice, warning, error, critical (it is '\(logLevel)').")
        }
        return problems + limits.problems + rooms.problems + teaching.problems
    }
}

/// Who may create a learner account over the network. Config/lyceum.yaml: `login.signup`.
public enum SignupPolicy: String, Sendable, Equatable, CaseIterable {
    /// Anyone who connects may create a learner account (one machine, or a trusted room).
    case open
    /// A new learner must give a class's join code, and is put in that class.
    case code
    /// No sign-up: accounts come from the roster or `lyceum accounts add`.
    case closed
}

/// When a teacher is alerted about a learner. Config/lyceum.yaml: `teaching:`.
public struct TeachingSettings: Sendable, Equatable {
    /// Answers in a row on one step that make no progress before a learner counts as stuck. Default 3.
    public var stuckAttempts = 3
    /// Minutes on one step (while on its dialogue) before a learner counts as stuck; a fraction
    /// is allowed (0.5 is 30 seconds). Default 10.
    public var stuckMinutes: Double = 10
    /// How often the server looks for learners who have been on one step too long, in seconds. Default 30.
    public var stuckCheckSeconds = 30
    /// How often one misconception must come back (per learner and dialogue) to raise an alert. Default 3.
    public var recurringMisconception = 3

    public init() {}

    public var problems: [String] {
        var problems: [String] = []
        if stuckAttempts < 1 { problems.append("teaching.stuck_attempts must be at least 1.") }
        if !(stuckMinutes > 0) { problems.append("teaching.stuck_minutes must be more than 0.") }
        if stuckCheckSeconds < 1 { problems.append("teaching.stuck_check_seconds must be at least 1.") }
        if recurringMisconception < 2 { problems.append("teaching.recurring_misconception must be at least 2.") }
        return problems
    }
}
