import Foundation
import NIOCore
import NIOPosix
import Synchronization

/// Runs the simulated learners against a server: connects them over the ramp-up, measures for the
/// duration, then closes them. Many connections share each event loop; each is one `LearnerHandler`.
public final class LoadRunner: Sendable {
    let settings: LoadSettings
    let shared = LoadShared()

    public init(settings: LoadSettings) { self.settings = settings }

    /// Runs the whole test; `progress` gets one line about every second.
    public func run(progress: @escaping @Sendable (String) -> Void) async throws -> LoadReport {
        let settings = self.settings
        let group = MultiThreadedEventLoopGroup(numberOfThreads: settings.threads)
        let pid = settings.serverPID ?? ProcessMemory.listener(port: settings.port)
        let before = pid.flatMap(ProcessMemory.residentKiB) ?? 0
        let peak = Mutex(before)
        let clock = ContinuousClock()
        let started = clock.now
        let shared = self.shared
        let reporter = Task {
            var last = shared.snapshot()
            var lastTime = clock.now
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                let now = clock.now
                let current = shared.snapshot()
                let rss = pid.flatMap(ProcessMemory.residentKiB)
                if let rss { peak.withLock { $0 = max($0, rss) } }
                progress(Self.progressLine(elapsed: now - started, interval: now - lastTime, current, last, rss))
                last = current
                lastTime = now
            }
        }
        defer { reporter.cancel() }

        // Ramp-up: connections spread evenly over the ramp-up time.
        for index in 0..<settings.clients {
            let due = started + .seconds(settings.rampUpSeconds * Double(index) / Double(settings.clients))
            if due > clock.now { try? await Task.sleep(until: due) }
            let plan = settings.plan(index)
            ClientBootstrap(group: group)
            .channelOption(.socketOption(.tcp_nodelay), value: 1)
            .connectTimeout(.seconds(30))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(LineSplitter()))
                    try channel.pipeline.syncOperations.addHandler(LearnerHandler(plan: plan, shared: shared))
                }
            }
            .connect(host: settings.host, port: settings.port)
            .whenComplete { result in
                switch result {
                case .success(let channel): shared.register(channel)
                case .failure: shared.count("connect-failed")
                }
            }
        }
        // Settle: wait until everyone is logged in (or has failed), then measure.
        let rampEnded = clock.now
        let expected = settings.clients
        while clock.now - rampEnded < .seconds(settings.settleSeconds) {
            let snapshot = shared.snapshot()
            let done = snapshot.counts["logged-in", default: 0] + snapshot.counts["connect-failed", default: 0]
                + snapshot.counts["disconnect", default: 0]
            if done >= expected { break }
            try? await Task.sleep(for: .milliseconds(200))
        }
        let rampSeconds = Self.seconds(clock.now - started)
        let afterRamp = pid.flatMap(ProcessMemory.residentKiB) ?? 0
        let openAfterRamp = shared.open.load(ordering: .relaxed)
        let ramp = shared.beginMeasuring()
        try? await Task.sleep(for: .seconds(settings.durationSeconds))
        let measured = shared.stopMeasuring()
        reporter.cancel()
        let end = pid.flatMap(ProcessMemory.residentKiB) ?? 0
        let connected = shared.open.load(ordering: .relaxed)
        shared.closeAll()
        try? await Task.sleep(for: .milliseconds(500))
        try await group.shutdownGracefully()

        var memory: LoadReport.Memory?
        if let pid {
            let per = openAfterRamp > 0 && afterRamp > 0 ? Double(afterRamp - before) / Double(openAfterRamp) : nil
            memory = .init(pid: pid, beforeKiB: before, afterRampKiB: afterRamp, endKiB: end,
                           peakKiB: max(peak.withLock { $0 }, end), perConnectionKiB: per)
        }
        return LoadReport(clients: settings.clients,
                          behaviour: settings.idle ? "idle" : "\(settings.clients - settings.roomLearners) answering, \(settings.roomLearners) in rooms",
                          rampUpSeconds: rampSeconds, measuredSeconds: settings.durationSeconds,
                          thinkSeconds: settings.thinkSeconds, mix: settings.mix.description, connected: connected,
                          loggedIn: (ramp.counts["logged-in"] ?? 0) + (measured.counts["logged-in"] ?? 0),
                          stats: measured, rampStats: ramp, memory: memory)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    static func progressLine(elapsed: Duration, interval: Duration, _ now: LoadShared.Snapshot, _ before: LoadShared.Snapshot,
                             _ rss: Int?) -> String {
        let seconds = max(Self.seconds(interval), 0.001)
        // The counts start again from zero when measuring begins: then all of `n` is new.
        func rate(_ n: UInt64, _ m: UInt64) -> String { String(format: "%.0f/s", Double(n >= m ? n - m : n) / seconds) }
        let answers = AnswerKind.allCases.reduce(UInt64(0)) { $0 + now.stats.total(.answer($1)) }
        let answersBefore = AnswerKind.allCases.reduce(UInt64(0)) { $0 + before.stats.total(.answer($1)) }
        let p99 = AnswerKind.allCases.compactMap { now.stats.summary(.answer($0))?.p99 }.max()
        let chats = now.stats.total(.chatDelivery), chatsBefore = before.stats.total(.chatDelivery)
        var parts = [String(format: "%5.0fs", Self.seconds(elapsed)),
                     "open \(now.open)", "logged in \(now.counts["logged-in", default: 0])",
                     "answers \(rate(answers, answersBefore))" + (p99.map { String(format: " (p99 of kinds <= %.1f ms)", Double($0) / 1000) } ?? ""),
                     "chat deliveries \(rate(chats, chatsBefore))"
                        + (now.stats.summary(.chatDelivery).map { String(format: " (p99 %.1f ms)", Double($0.p99) / 1000) } ?? "")]
        let errors = now.counts.filter { $0.key.hasPrefix("error.") }.values.reduce(0, +)
        parts.append("errors \(errors)")
        parts.append("disconnects \(now.counts["disconnect", default: 0])")
        if let rss { parts.append(String(format: "server %.0f MiB", Double(rss) / 1024)) }
        if now.measuring { parts.append("measuring") }
        return parts.joined(separator: "  ")
    }
}

/// What every connection of a run shares: the statistics, the open channels, whether it is stopping.
final class LoadShared: Sendable {
    struct Snapshot: Sendable {
        var stats: LoadStats
        var counts: [String: Int]
        var open: Int
        var measuring: Bool
    }

    private let state = Mutex<(current: LoadStats, ramp: LoadStats?, counts: [String: Int])>((LoadStats(), nil, [:]))
    private let channels = Mutex<[any Channel]>([])
    let open = Atomic<Int>(0)
    let stopping = Atomic<Bool>(false)

    func register(_ channel: any Channel) { channels.withLock { $0.append(channel) } }

    func apply(_ records: [(Exchange, UInt64)], _ counts: [String]) {
        guard !records.isEmpty || !counts.isEmpty else { return }
        state.withLock { state in
            for (exchange, nanos) in records { state.current.record(exchange, nanos: nanos) }
            for name in counts {
                state.current.count(name)
                state.counts[name, default: 0] += 1
            }
        }
    }

    func count(_ name: String) { apply([], [name]) }

    func snapshot() -> Snapshot {
        let (stats, counts, measuring) = state.withLock { ($0.current, $0.counts, $0.ramp != nil) }
        return Snapshot(stats: stats, counts: counts, open: open.load(ordering: .relaxed), measuring: measuring)
    }

    /// Ends the ramp-up: returns what was recorded so far and starts afresh.
    func beginMeasuring() -> LoadStats {
        state.withLock { state in
            let ramp = state.current
            state.ramp = ramp
            state.current = LoadStats()
            return ramp
        }
    }

    func stopMeasuring() -> LoadStats {
        stopping.store(true, ordering: .relaxed)
        return state.withLock { $0.current }
    }

    var isStopping: Bool { stopping.load(ordering: .relaxed) }

    func closeAll() {
        stopping.store(true, ordering: .relaxed)
        for channel in channels.withLock({ $0 }) { channel.close(promise: nil) }
    }
}

/// Splits the server's output into lines (LF; a CR before it is dropped).
struct LineSplitter: ByteToMessageDecoder {
    typealias InboundOut = ByteBuffer

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let newline = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else { return .needMoreData }
        var length = newline - buffer.readerIndex
        let line = buffer.readSlice(length: length)!
        buffer.moveReaderIndex(forwardBy: 1)
        var trimmed = line
        if length > 0, trimmed.getInteger(at: trimmed.readerIndex + length - 1, as: UInt8.self) == UInt8(ascii: "\r") {
            length -= 1
            trimmed = trimmed.getSlice(at: trimmed.readerIndex, length: length)!
        }
        context.fireChannelRead(wrapInboundOut(trimmed))
        return .continue
    }
}

/// One simulated learner's connection: feeds its `LearnerMachine` and carries out what it decides.
final class LearnerHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    var machine: LearnerMachine
    let shared: LoadShared
    var timer: Scheduled<Void>?

    init(plan: LearnerMachine.Plan, shared: LoadShared) {
        self.machine = LearnerMachine(plan: plan)
        self.shared = shared
    }

    static var now: UInt64 { NIODeadline.now().uptimeNanoseconds }

    func channelActive(context: ChannelHandlerContext) {
        shared.open.wrappingAdd(1, ordering: .relaxed)
        carry(machine.handle(.connected, now: Self.now), context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = unwrapInboundIn(data)
        let line = String(buffer: buffer)
        carry(machine.handle(.line(ServerLine(parsing: line)), now: Self.now), context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        shared.open.wrappingSubtract(1, ordering: .relaxed)
        if !shared.isStopping, machine.stage != .done { shared.count("disconnect") }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        context.close(promise: nil)
    }

    func carry(_ actions: [LearnerMachine.Action], _ context: ChannelHandlerContext) {
        var records: [(Exchange, UInt64)] = []
        var counts: [String] = []
        var wrote = false
        for action in actions {
            switch action {
            case .send(let line):
                guard !shared.isStopping else { continue }
                context.write(wrapOutboundOut(ByteBuffer(string: line + "\n")), promise: nil)
                wrote = true
            case .schedule(let nanos):
                timer?.cancel()
                timer = context.eventLoop.assumeIsolated().scheduleTask(in: .nanoseconds(Int64(nanos))) { [self] in
                    guard !self.shared.isStopping else { return }
                    self.carry(self.machine.handle(.timer, now: Self.now), context)
                }
            case .record(let exchange, let nanos): records.append((exchange, nanos))
            case .count(let name): counts.append(name)
            case .close: context.close(promise: nil)
            }
        }
        if wrote { context.flush() }
        shared.apply(records, counts)
    }
}
