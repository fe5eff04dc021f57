import Foundation
import Logging
import NIOCore
import LyceumCore

/// One TCP connection: reads lines, paces them, hands them to its `ConnectionSession`, and
/// writes what comes back. Runs in its own task; whatever happens here ends here.
struct Connection {
    let channel: NIOAsyncChannel<InboundLine, ByteBuffer>
    let services: Services
    let limits: ServerLimits
    let id: UInt64

    func run() async {
        let address = channel.channel.remoteAddress?.ipAddress ?? "unknown"
        let (outbox, continuation) = AsyncStream.makeStream(of: ConnectionHandle.Outgoing.self)
        let handle = ConnectionHandle(id: id, address: address, limits: limits, continuation: continuation)
        let session = ConnectionSession(services: services, handle: handle)
        let clock = ContinuousClock()
        let timer = Locked(SessionTimer<ContinuousClock>(limits: limits, connectedAt: clock.now))
        let wake = Locked(clock.now)
        await services.hub.connected(handle)
        services.logger.debug("connected", metadata: ["peer": "\(address)", "connection": "\(id)"])

        do {
            try await channel.executeThenClose { inbound, outbound in
                // The writer: the only place that writes to the socket.
                async let written: Void = {
                    for await item in outbox {
                        switch item {
                        case .text(let text):
                            try? await outbound.write(ByteBuffer(string: text))
                            handle.drained(text.utf8.count)
                        case .close(let reason):
                            try? await outbound.write(ByteBuffer(string: handle.goodbye(reason)))
                            try? await channel.channel.close()
                            return
                        }
                    }
                    try? await channel.channel.close()
                }()
                // The timer: login and idle timeouts, each with a warning first. It sleeps until
                // `wake`; activity only moves that later, but logging in can move it earlier (a short
                // idle timeout), so logging in restarts the timer.
                @Sendable func startTimer() -> Task<Void, any Error> {
                    Task {
                        while !Task.isCancelled {
                            try await clock.sleep(until: wake.withLock { $0 })
                            if Self.apply(timer.withLock { $0.handle(.tick(clock.now)) }, handle, wake) { return }
                        }
                    }
                }
                Self.apply(timer.withLock { $0.start() }, handle, wake)
                var timing = startTimer()
                defer { timing.cancel() }
                // The reader paces lines as they arrive, so a flood is seen (and closed) at once;
                // the processor below handles each line when its turn comes.
                let (lines, arrivals) = AsyncStream.makeStream(of: (InboundLine, ContinuousClock.Instant).self)
                let reading = Task {
                    var pacing = RateLimiter<ContinuousClock>(limits: limits)
                    do {
                        for try await input in inbound {
                            let now = clock.now
                            switch pacing.admit(now: now) {
                            case .now: arrivals.yield((input, now))
                            case .after(let delay): arrivals.yield((input, now + delay))
                            case .close(let reason):
                                handle.close(reason)
                                arrivals.finish()
                                return
                            }
                        }
                    } catch {}
                    arrivals.finish()
                }
                defer { reading.cancel() }
                handle.send(session.greeting())
                processing: for await (input, due) in lines {
                    try? await clock.sleep(until: due)
                    if handle.isClosing { break processing }
                    let wasLoggedIn = session.isLoggedIn
                    let reply: ConnectionSession.Reply
                    switch input {
                    case .line(let raw):
                        reply = await session.handle(TextSanitizer.clean(raw).text)
                    case .tooLong(let limit):
                        reply = .init(events: [.error(code: "line-too-long",
                            message: "That line was longer than \(limit) bytes, so it was ignored. Please send shorter lines.")])
                    case .invalidUTF8:
                        reply = .init(events: [.error(code: "invalid-utf8",
                            message: "That line was not valid UTF-8 text, so it was ignored.")])
                    }
                    let event: SessionTimer<ContinuousClock>.Event = !wasLoggedIn && session.isLoggedIn
                        ? .loggedIn(clock.now) : .activity(clock.now)
                    Self.apply(timer.withLock { $0.handle(event) }, handle, wake)
                    if case .loggedIn = event {
                        timing.cancel()
                        timing = startTimer()
                    }
                    handle.send(reply.events)
                    if let reason = reply.close {
                        handle.close(reason)
                        break processing
                    }
                }
                continuation.finish()
                await written
            }
        } catch {
            services.logger.debug("connection ended", metadata: ["peer": "\(address)", "error": "\(error)"])
        }
        continuation.finish()
        await session.disconnected()
        await services.hub.disconnected(handle)
    }

    /// Carries out timer actions; returns true once the connection is being closed.
    @discardableResult
    static func apply(_ actions: [SessionTimer<ContinuousClock>.Action], _ handle: ConnectionHandle,
                      _ wake: Locked<ContinuousClock.Instant>) -> Bool {
        for action in actions {
            switch action {
            case .warn(let message): handle.send([.system(message)])
            case .close(let reason):
                handle.close(reason)
                return true
            case .schedule(let at): wake.withLock { $0 = at }
            }
        }
        return false
    }
}
