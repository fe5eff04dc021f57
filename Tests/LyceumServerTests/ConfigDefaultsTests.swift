import Foundation
import LyceumServer
import Rooms
import Testing
import Yams

/// Config/lyceum.yaml documents every setting with its default; the defaults live in Swift
/// (ServerSettings, ServerLimits, RoomSettings, TeachingSettings). They must not drift apart.
@Suite struct ConfigDefaultsTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Config/lyceum.yaml")

    /// Every setting's default as the YAML file would write it, by key.
    static var swiftDefaults: [String: String] {
        let s = ServerSettings(), l = s.limits, r = s.rooms, t = s.teaching
        func seconds(_ d: Duration) -> String { "\(d.components.seconds)" }
        func number(_ x: Double) -> String { x == x.rounded() ? "\(Int(x))" : "\(x)" }
        return [
            "server.host": s.host, "server.port": "\(s.port)",
            "data.directory": s.dataDirectory, "data.retention_days": "\(s.retentionDays)",
            "log.level": s.logLevel,
            "login.min_passphrase_length": "\(s.minimumPassphraseLength)", "login.hash_threads": "\(s.hashThreads)",
            "login.max_failures": "\(s.loginFailuresAllowed)", "login.lockout_seconds": "\(s.loginLockoutSeconds)",
            "limits.max_line_bytes": "\(l.maxLineBytes)", "limits.lines_per_second": number(l.linesPerSecond),
            "limits.line_burst": "\(l.lineBurst)", "limits.flood_limit_seconds": seconds(l.floodLimit),
            "limits.max_queued_lines": "\(l.maxQueuedLines)", "limits.max_connections_per_address": "\(l.maxConnectionsPerAddress)",
            "limits.max_connections": "\(l.maxConnections)", "limits.login_timeout_seconds": seconds(l.loginTimeout),
            "limits.login_warning_seconds": seconds(l.loginWarning), "limits.idle_timeout_seconds": seconds(l.idleTimeout),
            "limits.idle_warning_seconds": seconds(l.idleWarning), "limits.max_output_bytes": "\(l.maxOutputBytes)",
            "limits.max_output_messages": "\(l.maxOutputMessages)",
            "rooms.scope": r.scope.rawValue, "rooms.target_size": "\(r.targetSize)", "rooms.min_size": "\(r.minimumSize)",
            "rooms.max_size": "\(r.maximumSize)", "rooms.gather_seconds": "\(r.gatherSeconds)",
            "rooms.max_wait_seconds": "\(r.maximumWaitSeconds)", "rooms.late_join_seconds": "\(r.lateJoinSeconds)",
            "rooms.think_seconds": "\(r.thinkSeconds)", "rooms.discuss_seconds": "\(r.discussSeconds)",
            "rooms.replay_lines": "\(r.replayLines)",
            "teaching.stuck_attempts": "\(t.stuckAttempts)", "teaching.stuck_minutes": number(t.stuckMinutes),
            "teaching.stuck_check_seconds": "\(t.stuckCheckSeconds)",
            "teaching.recurring_misconception": "\(t.recurringMisconception)",
        ]
    }

    @Test func everySettingInTheConfigFileShowsTheSwiftDefault() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let document = try #require(try Yams.load(yaml: text) as? [String: Any])
        var documented: [String: String] = [:]
        for (section, value) in document {
            guard let keys = value as? [String: Any] else { continue }
            for (key, setting) in keys { documented["\(section).\(key)"] = "\(setting)" }
        }
        let defaults = Self.swiftDefaults
        // Paths: "./data" and "data" are the same folder.
        func normalized(_ value: String) -> String { value.hasPrefix("./") ? String(value.dropFirst(2)) : value }
        for (key, value) in documented.sorted(by: { $0.key < $1.key }) {
            let expected = try #require(defaults[key], "Config/lyceum.yaml documents \(key), which this test does not know")
            #expect(normalized(value) == expected, "\(key): the file says \(value), the default is \(expected)")
        }
        // And every default is documented (the content folders and the sign-up policy have none: commented out).
        #expect(Set(defaults.keys).subtracting(documented.keys).sorted() == [])
    }
}
