import Foundation
import Histogram

/// The result of one run: settings, latencies per exchange, rates, counts and the server's memory.
/// Rendered as a table for people and as JSON (`--json`) for scripts.
public struct LoadReport: Sendable, Codable, Equatable {
    public struct Row: Sendable, Codable, Equatable {
        public var exchange: String
        public var count: UInt64
        /// Per second over the measured window (after the ramp-up).
        public var perSecond: Double
        public var p50Ms: Double
        public var p90Ms: Double
        public var p99Ms: Double
        public var maxMs: Double
    }

    public struct Memory: Sendable, Codable, Equatable {
        public var pid: Int32
        /// Resident memory before the first connection, after the ramp-up, and at the end.
        public var beforeKiB: Int
        public var afterRampKiB: Int
        public var endKiB: Int
        public var peakKiB: Int
        /// (after ramp-up - before) / connections open after the ramp-up.
        public var perConnectionKiB: Double?
    }

    public var clients: Int
    public var behaviour: String
    public var rampUpSeconds: Double
    public var measuredSeconds: Double
    public var thinkSeconds: Double
    public var mix: String
    public var connected: Int
    public var loggedIn: Int
    public var rows: [Row]
    public var counts: [String: Int]
    public var memory: Memory?

    public init(clients: Int, behaviour: String, rampUpSeconds: Double, measuredSeconds: Double, thinkSeconds: Double,
                mix: String, connected: Int, loggedIn: Int, stats: LoadStats, rampStats: LoadStats, memory: Memory?) {
        self.clients = clients; self.behaviour = behaviour; self.rampUpSeconds = rampUpSeconds
        self.measuredSeconds = measuredSeconds; self.thinkSeconds = thinkSeconds; self.mix = mix
        self.connected = connected; self.loggedIn = loggedIn; self.memory = memory
        // Counts cover the whole run, ramp-up included.
        self.counts = rampStats.counts.merging(stats.counts, uniquingKeysWith: +)
        func row(_ exchange: Exchange, _ s: LatencySummary, seconds: Double) -> Row {
            Row(exchange: exchange.name, count: s.count, perSecond: seconds > 0 ? Double(s.count) / seconds : 0,
                p50Ms: Double(s.p50) / 1000, p90Ms: Double(s.p90) / 1000, p99Ms: Double(s.p99) / 1000, maxMs: Double(s.max) / 1000)
        }
        var rows: [Row] = []
        // Logging in happens during the ramp-up: its rows cover the whole run.
        for exchange in Exchange.order where !exchange.isSteady {
            if let s = rampStats.summary(exchange) { rows.append(row(exchange, s, seconds: rampUpSeconds)) }
        }
        var answers = LatencySummaryMerger()
        for exchange in Exchange.order where exchange.isSteady {
            if let s = stats.summary(exchange) { rows.append(row(exchange, s, seconds: measuredSeconds)) }
            if case .answer = exchange, let h = stats.latencies[exchange] { answers.add(h) }
        }
        if let all = answers.summary, AnswerKind.allCases.filter({ stats.total(.answer($0)) > 0 }).count > 1 {
            var total = row(.answer(.correct), all, seconds: measuredSeconds)
            total.exchange = "answer-all"
            rows.append(total)
        }
        self.rows = rows
    }

    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    public func table() -> String {
        var lines: [String] = []
        lines.append("lyceum loadtest: \(clients) clients (\(behaviour)), ramp-up \(Self.number(rampUpSeconds)) s, measured \(Self.number(measuredSeconds)) s after it, think \(Self.number(thinkSeconds)) s, mix \(mix)")
        lines.append("connected \(connected), logged in \(loggedIn)")
        let header = ["exchange", "count", "per s", "p50 ms", "p90 ms", "p99 ms", "max ms"]
        var cells = [header]
        for row in rows {
            cells.append([row.exchange, "\(row.count)", Self.number(row.perSecond), Self.ms(row.p50Ms), Self.ms(row.p90Ms),
                          Self.ms(row.p99Ms), Self.ms(row.maxMs)])
        }
        let widths = header.indices.map { column in cells.map { $0[column].count }.max() ?? 0 }
        for (index, row) in cells.enumerated() {
            let padded = row.enumerated().map { column, cell in
                column == 0 ? cell.padding(toLength: widths[0], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }
            lines.append(padded.joined(separator: "  "))
            if index == 0 { lines.append(widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")) }
        }
        if !counts.isEmpty {
            lines.append("counts: " + counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
        }
        if let memory {
            var text = "server pid \(memory.pid) resident memory: before \(Self.mib(memory.beforeKiB)), after ramp-up \(Self.mib(memory.afterRampKiB)), end \(Self.mib(memory.endKiB)), peak \(Self.mib(memory.peakKiB))"
            if let per = memory.perConnectionKiB { text += String(format: "; %.1f KiB per connection", per) }
            lines.append(text)
        }
        return lines.joined(separator: "\n")
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
    }
    static func ms(_ value: Double) -> String { String(format: value < 10 ? "%.2f" : "%.1f", value) }
    static func mib(_ kib: Int) -> String { String(format: "%.1f MiB", Double(kib) / 1024) }
}

/// Adds several kinds' histograms into one, for the row of all answers together.
struct LatencySummaryMerger {
    var merged: Histogram<UInt64>?
    mutating func add(_ h: Histogram<UInt64>) {
        if merged == nil { merged = h } else { merged?.add(h) }
    }
    var summary: LatencySummary? {
        guard let h = merged, h.totalCount > 0 else { return nil }
        return LatencySummary(count: h.totalCount, p50: h.valueAtPercentile(50), p90: h.valueAtPercentile(90),
                              p99: h.valueAtPercentile(99), max: h.max)
    }
}
