import Testing
@testable import LyceumServer

/// A manual clock: instants are computed from a fixed origin, never read from the system.
private let origin = ContinuousClock.Instant.now
private func at(ms: Int) -> ContinuousClock.Instant { origin.advanced(by: .milliseconds(ms)) }

struct FloodCase: CustomTestStringConvertible, Sendable {
    var name: String
    var limits: ServerLimits
    /// 1-based index of the first line (all sent at once) that closes the connection.
    var closesAtLine: Int
    var testDescription: String { name }
}

@Suite("Limits: RateLimiter")
struct LimitsRateLimiterTests {
    @Test func burstIsAdmittedThenDelaysGrow() {
        // Given the defaults (5 lines/s, burst 10), when 13 lines arrive at once,
        var limiter = RateLimiter<ContinuousClock>()
        let admissions = (1...13).map { _ in limiter.admit(now: at(ms: 0)) }

        // then the first ten pass and the rest are spaced 200 ms apart.
        #expect(admissions == Array(repeating: .now, count: 10)
            + [.after(.milliseconds(200)), .after(.milliseconds(400)), .after(.milliseconds(600))])
        #expect(limiter.queuedCount(at: at(ms: 0)) == 3)
        #expect(limiter.queuedCount(at: at(ms: 450)) == 1)
    }

    @Test func steadyTypingIsNeverDelayed() {
        var limiter = RateLimiter<ContinuousClock>()
        for line in 0..<200 {
            #expect(limiter.admit(now: at(ms: line * 200)) == .now)
        }
    }

    @Test func bucketRefillsAfterAPause() {
        var limiter = RateLimiter<ContinuousClock>()
        for _ in 1...10 { _ = limiter.admit(now: at(ms: 0)) }
        // Given two quiet seconds, a whole new burst passes.
        let second = (1...11).map { _ in limiter.admit(now: at(ms: 2000)) }
        #expect(second == Array(repeating: .now, count: 10) + [.after(.milliseconds(200))])
    }

    @Test(arguments: [
        FloodCase(name: "defaults: 10 s of delay and 50 queued coincide", limits: ServerLimits(), closesAtLine: 61),
        FloodCase(name: "flood limit 1 s", limits: ServerLimits(floodLimit: .seconds(1), maxQueuedLines: 1000),
                  closesAtLine: 16),
        FloodCase(name: "at most 3 queued", limits: ServerLimits(floodLimit: .seconds(100), maxQueuedLines: 3),
                  closesAtLine: 14),
        FloodCase(name: "burst 1 at 1 line/s", limits: ServerLimits(linesPerSecond: 1, lineBurst: 1,
                  floodLimit: .seconds(3)), closesAtLine: 5),
    ])
    func floodingClosesTheConnection(_ testCase: FloodCase) {
        var limiter = RateLimiter<ContinuousClock>(limits: testCase.limits)
        var closedAt: Int?
        var lastDelay = Duration.zero
        for line in 1...(testCase.closesAtLine + 5) {
            switch limiter.admit(now: at(ms: 0)) {
            case .now:
                #expect(lastDelay == .zero, "no line passes immediately once lines are queued")
            case .after(let delay):
                #expect(delay > lastDelay, "delays grow")
                lastDelay = delay
            case .close(let reason):
                closedAt = closedAt ?? line
                #expect(reason.contains("faster than"))
            }
        }
        #expect(closedAt == testCase.closesAtLine)
        #expect(limiter.isClosed)
        // Once closed, it stays closed even after a long pause.
        #expect(limiter.admit(now: at(ms: 600_000)) != .now)
    }

    @Test func queuedLinesDrainSoTheQueueLimitIsAboutWaitingLines() {
        var limiter = RateLimiter<ContinuousClock>(limits: ServerLimits(floodLimit: .seconds(100), maxQueuedLines: 3))
        for _ in 1...13 { _ = limiter.admit(now: at(ms: 0)) }  // 3 queued, released at 200, 400, 600 ms
        // At 450 ms only one is still waiting, so another line is queued rather than refused.
        #expect(limiter.admit(now: at(ms: 450)) == .after(.milliseconds(350)))
    }

    @Test func releaseInstantsKeepArrivalOrder() {
        var limiter = RateLimiter<ContinuousClock>(limits: ServerLimits(maxQueuedLines: 1000))
        var lastRelease = at(ms: 0)
        for arrival in [0, 0, 0, 10, 20, 30, 30, 500, 900, 901, 1000, 1500, 1500, 1500, 4000, 4001] {
            for _ in 0..<3 {
                let release: ContinuousClock.Instant
                switch limiter.admit(now: at(ms: arrival)) {
                case .now: release = at(ms: arrival)
                case .after(let delay): release = at(ms: arrival).advanced(by: delay)
                case .close(let reason): Issue.record("unexpected close: \(reason)"); return
                }
                #expect(release >= lastRelease)
                lastRelease = release
            }
        }
    }
}
