import ArgumentParser
import Configuration
import LyceumServer
import Rooms
import SystemPackage

/// Reads `ServerSettings` from, highest priority first: the command line flags, the environment
/// (`LYCEUM_SERVER_PORT`, `LYCEUM_LIMITS_MAX_LINE_BYTES`, ...), and the YAML file given with
/// `--config` (keys as in Config/lyceum.yaml). Anything unset keeps the default in `ServerSettings`.
enum ServerConfiguration {
    static func load(file: String?, environment: [String: String]? = nil) async throws -> ServerSettings {
        let env = environment.map { EnvironmentVariablesProvider(environmentVariables: $0) } ?? EnvironmentVariablesProvider()
        var providers: [any ConfigProvider] = [KeyMappingProvider(upstream: env) { $0.prepending(["lyceum"]) }]
        if let file {
            providers.append(try await FileProvider<YAMLSnapshot>(filePath: FilePath(file)))
        }
        let config = ConfigReader(providers: providers)
        var s = ServerSettings()
        s.host = config.string(forKey: "server.host", default: s.host)
        s.port = config.int(forKey: "server.port", default: s.port)
        s.dataDirectory = config.string(forKey: "data.directory", default: s.dataDirectory)
        s.retentionDays = config.int(forKey: "data.retention_days", default: s.retentionDays)
        s.dialogues = config.string(forKey: "content.dialogues") ?? s.dialogues
        s.prompts = config.string(forKey: "content.prompts") ?? s.prompts
        s.logLevel = config.string(forKey: "log.level", default: s.logLevel)
        s.minimumPassphraseLength = config.int(forKey: "login.min_passphrase_length", default: s.minimumPassphraseLength)
        if let signup = config.string(forKey: "login.signup") {
            guard let policy = SignupPolicy(rawValue: signup.lowercased()) else {
                throw ValidationError("login.signup must be open, code or closed (it is '\(signup)').")
            }
            s.signup = policy
        }
        s.loginFailuresAllowed = config.int(forKey: "login.max_failures", default: s.loginFailuresAllowed)
        s.hashThreads = config.int(forKey: "login.hash_threads", default: s.hashThreads)
        s.loginLockoutSeconds = config.int(forKey: "login.lockout_seconds", default: s.loginLockoutSeconds)
        var l = s.limits
        l.maxLineBytes = config.int(forKey: "limits.max_line_bytes", default: l.maxLineBytes)
        l.linesPerSecond = config.double(forKey: "limits.lines_per_second", default: l.linesPerSecond)
        l.lineBurst = config.int(forKey: "limits.line_burst", default: l.lineBurst)
        l.floodLimit = seconds(config, "limits.flood_limit_seconds", l.floodLimit)
        l.maxQueuedLines = config.int(forKey: "limits.max_queued_lines", default: l.maxQueuedLines)
        l.maxConnectionsPerAddress = config.int(forKey: "limits.max_connections_per_address", default: l.maxConnectionsPerAddress)
        l.maxConnections = config.int(forKey: "limits.max_connections", default: l.maxConnections)
        l.loginTimeout = seconds(config, "limits.login_timeout_seconds", l.loginTimeout)
        l.loginWarning = seconds(config, "limits.login_warning_seconds", l.loginWarning)
        l.idleTimeout = seconds(config, "limits.idle_timeout_seconds", l.idleTimeout)
        l.idleWarning = seconds(config, "limits.idle_warning_seconds", l.idleWarning)
        l.maxOutputBytes = config.int(forKey: "limits.max_output_bytes", default: l.maxOutputBytes)
        l.maxOutputMessages = config.int(forKey: "limits.max_output_messages", default: l.maxOutputMessages)
        s.limits = l
        var r = s.rooms
        r.targetSize = config.int(forKey: "rooms.target_size", default: r.targetSize)
        r.minimumSize = config.int(forKey: "rooms.min_size", default: r.minimumSize)
        r.maximumSize = config.int(forKey: "rooms.max_size", default: r.maximumSize)
        r.gatherSeconds = config.int(forKey: "rooms.gather_seconds", default: r.gatherSeconds)
        r.maximumWaitSeconds = config.int(forKey: "rooms.max_wait_seconds", default: r.maximumWaitSeconds)
        r.lateJoinSeconds = config.int(forKey: "rooms.late_join_seconds", default: r.lateJoinSeconds)
        r.thinkSeconds = config.int(forKey: "rooms.think_seconds", default: r.thinkSeconds)
        r.discussSeconds = config.int(forKey: "rooms.discuss_seconds", default: r.discussSeconds)
        r.replayLines = config.int(forKey: "rooms.replay_lines", default: r.replayLines)
        if let scope = config.string(forKey: "rooms.scope") {
            guard let value = RoomSettings.Scope(rawValue: scope.lowercased()) else {
                throw ValidationError("rooms.scope must be class or school (it is '\(scope)').")
            }
            r.scope = value
        }
        s.rooms = r
        var t = s.teaching
        t.stuckAttempts = config.int(forKey: "teaching.stuck_attempts", default: t.stuckAttempts)
        t.stuckMinutes = config.double(forKey: "teaching.stuck_minutes", default: t.stuckMinutes)
        t.stuckCheckSeconds = config.int(forKey: "teaching.stuck_check_seconds", default: t.stuckCheckSeconds)
        t.recurringMisconception = config.int(forKey: "teaching.recurring_misconception", default: t.recurringMisconception)
        s.teaching = t
        return s
    }

    private static func seconds(_ config: ConfigReader, _ key: String, _ fallback: Duration) -> Duration {
        .milliseconds(Int64(config.double(forKey: ConfigKey(key), default: Double(fallback.components.seconds)) * 1000))
    }
}
