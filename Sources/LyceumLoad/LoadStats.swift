import Histogram

/// Latencies per kind of exchange (HdrHistogram, in microseconds, 3 significant digits) and counts
/// of everything else that happened. A value: the I/O layer keeps one behind a lock.
public struct LoadStats: Sendable {
    public private(set) var latencies: [Exchange: Histogram<UInt64>] = [:]
    public private(set) var counts: [String: Int] = [:]

    public init() {}

    /// The longest latency tracked: a minute. Anything slower is recorded as a minute.
    static let highestMicros: UInt64 = 60_000_000

    public mutating func record(_ exchange: Exchange, nanos: UInt64) {
        let micros = min(max(nanos / 1000, 1), Self.highestMicros)
        if latencies[exchange] == nil {
            latencies[exchange] = Histogram<UInt64>(lowestDiscernibleValue: 1, highestTrackableValue: Self.highestMicros,
                                                    numberOfSignificantValueDigits: .three)
        }
        _ = latencies[exchange]?.record(micros)
    }

    public mutating func count(_ name: String, by amount: Int = 1) { counts[name, default: 0] += amount }

    public func total(_ exchange: Exchange) -> UInt64 { latencies[exchange]?.totalCount ?? 0 }

    /// The percentiles of one kind, in microseconds.
    public func summary(_ exchange: Exchange) -> LatencySummary? {
        guard let h = latencies[exchange], h.totalCount > 0 else { return nil }
        return LatencySummary(count: h.totalCount, p50: h.valueAtPercentile(50), p90: h.valueAtPercentile(90),
                              p99: h.valueAtPercentile(99), max: h.max)
    }
}

/// One kind's latency figures, in microseconds.
public struct LatencySummary: Sendable, Equatable, Codable {
    public var count: UInt64
    public var p50: UInt64
    public var p90: UInt64
    public var p99: UInt64
    public var max: UInt64
}
