/// How long to wait before reconnecting: doubling from `base` up to `cap`, each delay spread by
/// ±`jitter` so a classroom of clients does not come back all at once. A value: the caller
/// passes the random number, so a test can choose it.
public struct Backoff: Sendable, Equatable {
    public var base: Duration
    public var cap: Duration
    /// 0.2 spreads each delay over 80%...120% of its nominal value.
    public var jitter: Double
    /// Failed attempts since the last success.
    public private(set) var attempt = 0

    public init(base: Duration = .seconds(1), cap: Duration = .seconds(30), jitter: Double = 0.2) {
        self.base = base; self.cap = cap; self.jitter = jitter
    }

    /// The next delay; `random` is uniform in 0..<1 (0.5 gives the nominal delay).
    public mutating func next(random: Double) -> Duration {
        let nominal = min(cap, base * Int(1 << min(attempt, 20)))
        attempt += 1
        let factor = 1 + jitter * (2 * min(max(random, 0), 1) - 1)
        return min(cap, nominal * factor)
    }

    /// The connection worked: the next failure starts from `base` again.
    public mutating func reset() { attempt = 0 }

    /// Whole seconds, at least 1, for "reconnecting in Ns".
    public static func seconds(_ delay: Duration) -> Int {
        let (seconds, attoseconds) = delay.components
        return max(1, Int((Double(seconds) + Double(attoseconds) / 1e18).rounded()))
    }
}
