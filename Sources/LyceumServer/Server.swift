import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import LyceumCore

/// The TCP server: accepts connections and runs each in its own task, so one connection's
/// failure never reaches another. A Service: SIGTERM/SIGINT shut it down gracefully.
public struct LyceumServer: Service {
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

    public func run() async throws {
        let limits = self.limits
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 1024)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            // A client that sends its last line and then closes its side still gets the reply.
            .childChannelOption(.allowRemoteHalfClosure, value: true)
            .bind(host: host, port: port) { child in
                child.eventLoop.makeCompletedFuture {
                    try child.pipeline.syncOperations.addHandler(
                        ByteToMessageHandler(LineDecoder(limits: limits), maximumBufferSize: limits.maxLineBytes))
                    return try NIOAsyncChannel<InboundLine, ByteBuffer>(wrappingChannelSynchronously: child)
                }
            }
        let restored = try await services.rooms.restore()
        if restored > 0 { services.logger.info("\(restored) discussion room\(restored == 1 ? "" : "s") resumed; members rejoin when they log in.") }
        // Rooms' deadlines: the matchmaker's waits and each phase's time limit.
        let rooms = services.rooms
        let ticking = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(1))
                await rooms.tick()
            }
        }
        defer { ticking.cancel() }
        let boundPort = server.channel.localAddress?.port ?? port
        services.logger.info("Lyceum is ready for connections on \(host):\(boundPort)")
        onReady(host, boundPort)

        let admission = Locked(ConnectionLimiter(limits: limits))
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                try await server.executeThenClose { inbound in
                    var nextID: UInt64 = 0
                    for try await channel in inbound {
                        let address = channel.channel.remoteAddress?.ipAddress ?? "unknown"
                        let verdict = admission.withLock { $0.open(address: address) }
                        nextID += 1
                        let id = nextID
                        group.addTask {
                            if case .refuse(let reason) = verdict {
                                await Self.refuse(channel, reason)
                                return
                            }
                            await Connection(channel: channel, services: services, limits: limits, id: id).run()
                            admission.withLock { $0.close(address: address) }
                        }
                    }
                }
            }
        } onGracefulShutdown: {
            services.logger.info("Shutting down: telling everyone, then closing.")
            let hub = services.hub
            Task { await hub.closeAll("The server is shutting down for now. Everything you answered is saved; reconnect in a minute to continue.") }
            server.channel.close(promise: nil)
        }
        // The last room changes (members going away) are stored before the process ends.
        await services.rooms.drain()
        services.logger.info("Lyceum has stopped.")
    }

    /// Tells a connection over the limits why it is refused, and closes it.
    static func refuse(_ channel: NIOAsyncChannel<InboundLine, ByteBuffer>, _ reason: String) async {
        try? await channel.executeThenClose { _, outbound in
            try await outbound.write(ByteBuffer(string: Renderer.render(.goodbye(reason), as: .text)))
        }
    }
}
