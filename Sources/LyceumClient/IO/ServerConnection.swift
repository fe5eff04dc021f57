import NIOCore
import NIOExtras
import NIOPosix
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The sending half of an open connection.
struct ServerLink: Sendable {
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    /// Sends one line; false if the connection is already closed (its end is reported separately).
    func send(_ line: String) async -> Bool {
        do {
            try await outbound.write(ByteBuffer(string: line + "\n"))
            return true
        } catch {
            return false
        }
    }
}

/// One TCP connection to the server, as events on the client's stream: connected, each line
/// received, closed (with the reason it could not connect, if it could not).
enum ServerConnection {
    /// A line longer than this closes the connection (the server never sends one).
    static let maxLineBytes = 1 << 20

    static func run(_ address: ServerAddress, generation: Int,
                    events: AsyncStream<TerminalClient.Input>.Continuation) async {
        do {
            let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .channelOption(.socketOption(.tcp_nodelay), value: 1)
                .connectTimeout(.seconds(10))
                .connect(host: address.host, port: address.port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        try channel.pipeline.syncOperations.addHandler(
                            ByteToMessageHandler(LineBasedFrameDecoder(), maximumBufferSize: maxLineBytes))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
            try await channel.executeThenClose { inbound, outbound in
                events.yield(.connected(ServerLink(outbound: outbound), generation: generation))
                for try await line in inbound {
                    events.yield(.received(String(buffer: line), generation: generation))
                }
            }
            events.yield(.closed(reason: nil, generation: generation))
        } catch {
            events.yield(.closed(reason: describe(error), generation: generation))
        }
    }

    /// A short reason for the user: "connection refused", "timed out".
    static func describe(_ error: any Error) -> String {
        if let error = error as? NIOConnectionError {
            if let first = error.connectionErrors.first { return describe(first.error) }
            if error.dnsAError != nil || error.dnsAAAAError != nil { return "the host name could not be resolved" }
            return "no address to connect to"
        }
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? ChannelError, case .connectTimeout = error { return "timed out" }
        return "\(error)"
    }
}
