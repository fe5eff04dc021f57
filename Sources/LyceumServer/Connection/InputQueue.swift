/// One connection's lines waiting to be processed, and when the connection is done. Pure.
///
/// Lines are processed one at a time, in the order they arrived, each not before its paced
/// instant. Nothing runs while nothing waits: the first line to arrive says `.startProcessing`,
/// the processor asks `next` after each line, and when none is left it stops (`.idle`). So an
/// idle connection holds no task.
///
///     var queue = InputQueue<ContinuousClock.Instant>()
///     if queue.arrived(line, due: now) == .startProcessing { start a processor }
///     // the processor: while case .line(let line, let due) = queue.next(closing: false) { ... }
///
/// The connection ends in this order: the input ends (or the connection is closed), every line
/// already arrived is processed (unless the connection is closing), the output is closed once
/// written, and when the channel has closed and no line is being processed, `.finish` comes once.
public struct InputQueue<Instant: Comparable & Sendable>: Sendable {
    public enum Step: Equatable, Sendable {
        /// Process this line at `due` (or at once if that has passed), then ask again.
        case line(InboundLine, due: Instant)
        /// Nothing to do now; the processor stops.
        case idle
        /// The input has ended and every line is processed: close the output once it is written.
        case closeOutput
        /// The channel has closed and nothing is being processed: end the connection (once).
        case finish
    }

    public enum Action: Equatable, Sendable {
        case startProcessing
        case closeOutput
        case finish
    }

    private var pending: [(line: InboundLine, due: Instant)] = []
    private var first = 0
    public private(set) var isProcessing = false
    private var inputEnded = false
    private var outputClosed = false
    public private(set) var channelClosed = false
    public private(set) var isFinished = false

    public init() {}

    public var waitingCount: Int { pending.count - first }

    /// A paced line arrived; `.startProcessing` when no processor is running.
    public mutating func arrived(_ line: InboundLine, due: Instant) -> Action? {
        guard !isFinished else { return nil }
        pending.append((line, due))
        return startIfNeeded()
    }

    /// The processor asks for its next step. When the connection is `closing`, waiting lines are
    /// dropped (after a takeover they must not save an older copy of the learner's session).
    public mutating func next(closing: Bool) -> Step {
        if closing { dropWaiting() }
        if first < pending.count {
            let next = pending[first]
            first += 1
            if first == pending.count { dropWaiting() }
            return .line(next.line, due: next.due)
        }
        isProcessing = false
        return settled().map(Self.step) ?? .idle
    }

    /// The client ended its input (half-closed, or the read side failed).
    public mutating func inputDidEnd() -> Action? {
        inputEnded = true
        return isProcessing ? nil : settled()
    }

    /// The channel has closed: no more input, and output is no longer possible.
    public mutating func channelDidClose() -> Action? {
        inputEnded = true
        outputClosed = true
        channelClosed = true
        return isProcessing ? nil : settled()
    }

    private mutating func startIfNeeded() -> Action? {
        if isProcessing { return nil }
        isProcessing = true
        return .startProcessing
    }

    private mutating func dropWaiting() {
        pending.removeAll(keepingCapacity: pending.capacity <= 4)
        first = 0
    }

    /// With no processor running: what the connection's end needs next, if anything.
    private mutating func settled() -> Action? {
        if channelClosed {
            if isFinished { return nil }
            isFinished = true
            return .finish
        }
        if inputEnded && !outputClosed {
            outputClosed = true
            return .closeOutput
        }
        return nil
    }

    private static func step(_ action: Action) -> Step {
        switch action {
        case .startProcessing: .idle
        case .closeOutput: .closeOutput
        case .finish: .finish
        }
    }
}
