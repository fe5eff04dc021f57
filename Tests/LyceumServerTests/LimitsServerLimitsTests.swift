import Testing
@testable import LyceumServer

@Suite("Limits: ServerLimits")
struct LimitsServerLimitsTests {
    @Test func documentedDefaults() {
        let limits = ServerLimits()
        #expect(limits.maxLineBytes == 2048)
        #expect(limits.linesPerSecond == 5 && limits.lineBurst == 10)
        #expect(limits.floodLimit == .seconds(10) && limits.maxQueuedLines == 50)
        #expect(limits.maxConnectionsPerAddress == 64 && limits.maxConnections == 10_000)
        #expect(limits.loginTimeout == .seconds(120) && limits.loginWarning == .seconds(60))
        #expect(limits.idleTimeout == .seconds(1800) && limits.idleWarning == .seconds(120))
        #expect(limits.maxOutputBytes == 262_144 && limits.maxOutputMessages == 1000)
        #expect(limits.problems.isEmpty)
    }

    @Test(arguments: [
        (ServerLimits(maxLineBytes: 0), "limits.max_line_bytes must be at least 1, but is 0."),
        (ServerLimits(linesPerSecond: 0), "limits.lines_per_second must be a positive number, but is 0.0."),
        (ServerLimits(loginTimeout: .seconds(30)),
         "limits.login_warning_seconds must be shorter than limits.login_timeout_seconds, so the warning comes before the disconnect."),
        (ServerLimits(maxConnectionsPerAddress: 20, maxConnections: 10),
         "limits.max_connections_per_address (20) cannot exceed limits.max_connections (10)."),
    ])
    func problemsAreSentences(limits: ServerLimits, problem: String) {
        #expect(limits.problems == [problem])
    }

    @Test(arguments: [
        (Duration.seconds(60), "1 minute"), (.seconds(120), "2 minutes"), (.seconds(90), "1 minute 30 seconds"),
        (.seconds(1), "1 second"), (.milliseconds(200), "1 second"), (.zero, "0 seconds"),
        (.seconds(3600), "1 hour"), (.seconds(5400), "1 hour 30 minutes"),
    ])
    func spokenDurations(duration: Duration, text: String) {
        #expect(SpokenDuration.text(duration) == text)
    }
}
