import Foundation
import Testing
@testable import LyceumLoad

@Suite struct ReportTests {
    static func report() -> LoadReport {
        var ramp = LoadStats()
        for micros in 1...100 { ramp.record(.login, nanos: UInt64(micros) * 1000) }
        ramp.count("logged-in", by: 10)
        var steady = LoadStats()
        for micros in 1...1000 { steady.record(.answer(.correct), nanos: UInt64(micros) * 1000) }
        for _ in 1...1000 { steady.record(.answer(.misconception), nanos: 2_000_000) }
        steady.count("error.storage")
        return LoadReport(clients: 10, behaviour: "10 answering, 0 in rooms", rampUpSeconds: 2, measuredSeconds: 10,
                          thinkSeconds: 5, mix: "correct=1", connected: 10, loggedIn: 10, stats: steady, rampStats: ramp,
                          memory: .init(pid: 42, beforeKiB: 10_240, afterRampKiB: 20_480, endKiB: 20_480, peakKiB: 21_000,
                                        perConnectionKiB: 1024))
    }

    @Test func percentilesPerExchangeInMillisecondsWithRates() throws {
        let report = Self.report()
        let correct = try #require(report.rows.first { $0.exchange == "answer-correct" })
        #expect(correct.count == 1000)
        #expect(correct.perSecond == 100)
        #expect(abs(correct.p50Ms - 0.5) < 0.01)
        #expect(abs(correct.p99Ms - 0.99) < 0.01)
        #expect(abs(correct.maxMs - 1.0) < 0.01)
        let all = try #require(report.rows.first { $0.exchange == "answer-all" })
        #expect(all.count == 2000)
        let login = try #require(report.rows.first { $0.exchange == "login" })
        #expect(login.perSecond == 50)  // logins are counted over the ramp-up
        #expect(report.counts == ["logged-in": 10, "error.storage": 1])
    }

    @Test func theProgressLineCountsAnswersFromZeroWhenMeasuringBegins() {
        // Given 500 answers in the ramp-up's statistics, then 120 in the fresh ones of the measurement
        var ramp = LoadStats(), measured = LoadStats()
        for _ in 1...500 { ramp.record(.answer(.correct), nanos: 1_000_000) }
        for _ in 1...120 { measured.record(.answer(.correct), nanos: 1_000_000) }
        let before = LoadShared.Snapshot(stats: ramp, counts: [:], open: 10, measuring: false)
        let now = LoadShared.Snapshot(stats: measured, counts: [:], open: 10, measuring: true)
        // When the progress line of that second is written
        let line = LoadRunner.progressLine(elapsed: .seconds(51), interval: .seconds(1), now, before, nil)
        // Then it shows the 120 answers of that second, not a wrapped-around count
        #expect(line.contains("answers 120/s"), "\(line)")
    }

    @Test func theTableHasAHeaderARowPerExchangeAndTheMemory() {
        let table = Self.report().table()
        #expect(table.contains("exchange"))
        #expect(table.contains("p99 ms"))
        #expect(table.contains("answer-misconception"))
        #expect(table.contains("1024.0 KiB per connection"))
        #expect(table.contains("error.storage 1"))
    }

    @Test func theJSONDecodesBackToTheSameReport() throws {
        let report = Self.report()
        let decoded = try JSONDecoder().decode(LoadReport.self, from: Data(report.json().utf8))
        #expect(decoded == report)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(StartupProbe.median([3, 1, 2]) == 2)
        #expect(StartupProbe.median([4, 1, 3, 2]) == 2.5)
        #expect(StartupProbe.median([]) == 0)
    }
}
