/// What to do with one arriving input line.
public enum Admission: Equatable, Sendable {
    /// Handle it now.
    case now
    /// Handle it after this delay, counted from the `now` given to `admit`.
    case after(Duration)
    /// The client is flooding: say `reason` and close the connection.
    case close(reason: String)
}

/// Paces input lines per connection. Pure: the caller passes the arrival instant.
///
/// A token bucket written as GCRA (virtual scheduling): `lineBurst` lines pass
/// at once, then one line per `1 / linesPerSecond`. Excess lines are delayed,
/// never dropped, and delayed lines keep their order. If a line would wait
/// longer than `floodLimit`, or `maxQueuedLines` are already waiting, the
/// verdict is `.close`; it stays `.close` from then on.
///
/// Call `admit` when a line *arrives*, not when the previous one is done, or
/// the queue is invisible and a flood is never detected.
public struct RateLimiter<C: Clock>: Sendable where C.Duration == Duration {
    /// Time between paced lines.
    public let interval: Duration
    /// How far ahead of the schedule a line may arrive and still pass at once.
    public let tolerance: Duration
    public let floodLimit: Duration
    public let maxQueued: Int
    private let closeReason: String

    private var theoreticalArrival: C.Instant?
    private var releases: [C.Instant] = []  // release instants of delayed lines, ascending
    public private(set) var isClosed = false

    public init(limits: ServerLimits = ServerLimits()) {
        let rate = limits.linesPerSecond > 0 ? limits.linesPerSecond : 1
        let nanoseconds = (1_000_000_000 / rate).rounded()
        self.interval = .nanoseconds(Int64(min(nanoseconds, 1e18)))
        self.tolerance = interval * max(limits.lineBurst - 1, 0)
        self.floodLimit = limits.floodLimit
        self.maxQueued = limits.maxQueuedLines
        let rateText = rate == rate.rounded() ? String(Int(rate)) : String(rate)
        self.closeReason = "You are sending lines faster than \(rateText) a second for too long, "
            + "so the connection is closing. Please send one answer at a time."
    }

    /// Lines admitted with a delay that have not been released by `now`.
    public func queuedCount(at now: C.Instant) -> Int {
        releases.count { $0 > now }
    }

    public mutating func admit(now: C.Instant) -> Admission {
        if isClosed { return .close(reason: closeReason) }
        if let firstPending = releases.firstIndex(where: { $0 > now }) {
            releases.removeFirst(firstPending)
        } else {
            releases.removeAll(keepingCapacity: true)
        }

        let scheduled = max(theoreticalArrival ?? now, now)
        let earliest = scheduled.advanced(by: .zero - tolerance)
        if earliest <= now {
            theoreticalArrival = scheduled.advanced(by: interval)
            return .now
        }
        let delay = now.duration(to: earliest)
        if delay > floodLimit || releases.count >= maxQueued {
            isClosed = true
            return .close(reason: closeReason)
        }
        theoreticalArrival = scheduled.advanced(by: interval)
        releases.append(earliest)
        return .after(delay)
    }
}
