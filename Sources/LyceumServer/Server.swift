import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import LyceumCore

/// The TCP server: accepts connections and drives each from its channel (`Connection`), so one
/// connection's failure never reaches another. A Service: SIGTERM/SIGINT shut it down gracefully.
public struct LyceumServer: Service, CustomStringConvertible {
    public let host: String
    public let port: Int
    public let limits: ServerLimits
    public let services: Services
    /// Called once the server accepts connections, with the port it listens on.
    public let onReady: @Sendable (String, Int) -> Void

    public init(host: String, port: Int, limits: ServerLimits, services: Services,
                onReady: @escaping @Sendable (String, Int) -> Void = { _, _ in }) {
        self.host = host; self.port = port; self.limits = limits; self.services = services; self.onReady = onReady
    }

    /// How ServiceLifecycle names this service in its logs. Without it the group writes the whole
    /// struct by reflection (every dialogue and compiled detector), once at start: 60% of the
    /// start-up time with the bundled content.
    public var description: String { "LyceumServer(\(host):\(port))" }

    public func run() async throws {
        let limits = self.limits, services = self.services
        // Rooms first, so a learner who logs in at once finds theirs.
        let restored = try await services.rooms.restore()
        if restored > 0 { services.logger.info("\(restored) discussion room\(restored == 1 ? "" : "s") resumed; members rejoin when they log in.") }
        let open = OpenConnections()
        let admission = Locked(ConnectionLimiter(limits: limits))
        let nextID = Locked<UInt64>(0)
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            // A client that sends its last line and then closes its side still gets the reply.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            // NIO keeps each channel's receive buffer between reads. Lines are short: start it at
            // 256 bytes (not 2 KiB) and let it grow for a client that sends more at once.
            .childChannelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 256, maximum: 65536))
            .childChannelInitializer { child in
                child.eventLoop.makeCompletedFuture {
                    let address = child.remoteAddress?.ipAddress ?? "unknown"
                    if case .refuse(let reason) = admission.withLock({ $0.open(address: address) }) {
                        try child.pipeline.syncOperations.addHandler(Refusal(reason))
                        return
                    }
                    let id = nextID.withLock { $0 += 1; return $0 }
                    let handle = ConnectionHandle(id: id, address: address, limits: limits, channel: child)
                    let connection = Connection(handle: handle, services: services, limits: limits) {
                        admission.withLock { $0.close(address: address) }
                        open.remove(handle)
                    }
                    do {
                        try child.pipeline.syncOperations.addHandlers(
                            ByteToMessageHandler(LineDecoder(limits: limits), maximumBufferSize: limits.maxLineBytes),
                            ConnectionHandler(connection, limits: limits))
                    } catch {
                        admission.withLock { $0.close(address: address) }
                        throw error
                    }
                    // From here the handler sees the channel close, and the connection ends through it.
                    open.add(handle)
                }
            }
            .bind(host: host, port: port).get()
        // Rooms' deadlines: the matchmaker's waits and each phase's time limit.
        let rooms = services.rooms
        let ticking = Task {
            var seconds = 0
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                await rooms.tick()
                // Time on a step: a learner who stays on one too long is pushed to their teachers.
                seconds += 1
                if seconds % services.teaching.stuckCheckSeconds == 0 { await rooms.checkTimeOnStep() }
            }
        }
        defer { ticking.cancel() }
        // The retention period: older turns, room lines and audit entries go now and once a day.
        let purging = Task {
            while !Task.isCancelled {
                let cutoff = services.clock().addingTimeInterval(-Double(services.retentionDays) * 86_400)
                do {
                    let purged = try services.database.purge(before: cutoff)
                    if purged.total > 0 {
                        services.logger.info("Retention (\(services.retentionDays) days): deleted \(purged.turns) answers, \(purged.roomLines) room lines, \(purged.audit) audit entries.")
                    }
                } catch {
                    services.logger.error("the retention purge failed", metadata: ["error": "\(error)"])
                }
                try? await Task.sleep(for: .seconds(86_400))
            }
        }
        defer { purging.cancel() }
        let boundPort = server.localAddress?.port ?? port
        services.logger.info("Lyceum is ready for connections on \(host):\(boundPort)")
        onReady(host, boundPort)

        let shutdownReason = "The server is shutting down for now. Everything you answered is saved; reconnect in a minute to continue."
        @Sendable func shutDown() {
            server.close(promise: nil)
            open.closeAll(shutdownReason)
        }
        // Each connection runs on its channel (see `Connection`); this task waits for the listener
        // to close, then for every connection to end.
        await withTaskCancellationHandler {
            await withGracefulShutdownHandler {
                try? await server.closeFuture.get()
                await open.waitUntilAllEnded()
            } onGracefulShutdown: {
                services.logger.info("Shutting down: telling everyone, then closing.")
                shutDown()
            }
        } onCancel: {
            shutDown()
        }
        // The last room changes (members going away) are stored before the process ends.
        await services.rooms.drain()
        await services.hasher.shutdown()
        services.logger.info("Lyceum has stopped.")
    }

}

/// A connection over the limits: told why, and closed.
final class Refusal: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer
    private let reason: String

    init(_ reason: String) { self.reason = reason }

    func channelActive(context: ChannelHandlerContext) {
        let goodbye = ByteBuffer(string: Renderer.render(.goodbye(reason), as: .text))
        let channel = context.channel
        context.writeAndFlush(Self.wrapOutboundOut(goodbye)).whenComplete { _ in channel.close(promise: nil) }
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {}
}
