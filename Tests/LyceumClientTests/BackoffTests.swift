import LyceumClient
import Testing

@Suite struct BackoffTests {
    @Test func doublesFromOneSecondUpToThirty() {
        var backoff = Backoff()
        let delays = (0..<8).map { _ in backoff.next(random: 0.5) }
        #expect(delays == [1, 2, 4, 8, 16, 30, 30, 30].map { Duration.seconds($0) })
    }

    /// (failed attempts before, random, expected delay in milliseconds): nominal 4 s, 8 s, then the 30 s cap.
    static let jitter: [(Int, Double, Int64)] = [
        (2, 0, 3200),
        (2, 0.999_999, 4800),
        (3, 0.25, 7200),
        (5, 0, 24000),
        (5, 1, 30000),  // never beyond the cap
    ]

    @Test(arguments: jitter)
    func spreadsEachDelayByTwentyPercent(_ before: Int, _ random: Double, _ milliseconds: Int64) {
        var backoff = Backoff()
        for _ in 0..<before { _ = backoff.next(random: 0.5) }
        let delay = backoff.next(random: random)
        #expect(abs((delay - .milliseconds(milliseconds)) / .milliseconds(1)) < 2)
    }

    @Test func aSuccessStartsOver() {
        var backoff = Backoff()
        _ = backoff.next(random: 0.5)
        _ = backoff.next(random: 0.5)
        backoff.reset()
        #expect(backoff.next(random: 0.5) == .seconds(1))
    }

    static let seconds: [(Duration, Int)] = [(.milliseconds(200), 1), (.milliseconds(1499), 1), (.milliseconds(1500), 2), (.seconds(30), 30)]

    @Test(arguments: seconds)
    func roundsToWholeSeconds(_ delay: Duration, _ expected: Int) {
        #expect(Backoff.seconds(delay) == expected)
    }
}
