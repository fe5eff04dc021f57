import NIOCore

/// `ByteToMessageDecoder` adapter for `LineFramer`: bytes in, `InboundLine` out.
///
/// Every byte it is given is consumed into the framer, so the cumulation
/// buffer of `ByteToMessageHandler` never grows; the only buffered input is the
/// framer's unfinished line, at most `maxLineBytes`.
///
///     try channel.pipeline.syncOperations.addHandler(
///         ByteToMessageHandler(LineDecoder(limits: limits)))
public struct LineDecoder: ByteToMessageDecoder, Sendable {
    public typealias InboundOut = InboundLine

    private var framer: LineFramer
    /// `ClientSpokeTelnet` has been sent up the pipeline.
    private var toldTelnet = false

    public init(maxLineBytes: Int = ServerLimits().maxLineBytes) {
        self.framer = LineFramer(maxLineBytes: maxLineBytes)
    }

    public init(limits: ServerLimits) {
        self.init(maxLineBytes: limits.maxLineBytes)
    }

    /// Bytes of the unfinished line held by the decoder; never more than `maxLineBytes`.
    public var bufferedByteCount: Int { framer.bufferedByteCount }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        var consumed = 0
        var result: InboundLine?
        for byte in buffer.readableBytesView {
            consumed += 1
            if let line = framer.feed(byte) {
                result = line
                break
            }
        }
        buffer.moveReaderIndex(forwardBy: consumed)
        if framer.spokeTelnet, !toldTelnet {
            toldTelnet = true
            context.fireUserInboundEventTriggered(ClientSpokeTelnet())
        }
        guard let result else { return .needMoreData }
        context.fireChannelRead(Self.wrapInboundOut(result))
        return .continue
    }

    public mutating func decodeLast(
        context: ChannelHandlerContext,
        buffer: inout ByteBuffer,
        seenEOF: Bool
    ) throws -> DecodingState {
        while try decode(context: context, buffer: &buffer) == .continue {}
        if let last = framer.finish() {
            context.fireChannelRead(Self.wrapInboundOut(last))
        }
        return .needMoreData
    }
}

/// Sent up the pipeline once, before any line that follows it, when the client first sends a
/// telnet command: the connection may then negotiate echo with it (`TelnetEcho`).
public struct ClientSpokeTelnet: Sendable, Equatable {}
