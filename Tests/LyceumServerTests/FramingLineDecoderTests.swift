import NIOCore
import NIOEmbedded
import Testing
@testable import LyceumServer

/// Runs `writes` through `ByteToMessageHandler(LineDecoder)` in an `EmbeddedChannel`.
private func decodeThroughChannel(
    _ writes: [[UInt8]], maxLineBytes: Int = 2048, closeAtEnd: Bool = true
) throws -> [InboundLine] {
    let channel = EmbeddedChannel()
    // maximumBufferSize makes the handler throw if the decoder ever leaves
    // bytes accumulating in its cumulation buffer.
    try channel.pipeline.syncOperations.addHandler(
        ByteToMessageHandler(LineDecoder(maxLineBytes: maxLineBytes), maximumBufferSize: maxLineBytes))
    for write in writes {
        try channel.writeInbound(ByteBuffer(bytes: write))
    }
    if closeAtEnd { _ = try channel.finish() }
    var lines: [InboundLine] = []
    while let line = try channel.readInbound(as: InboundLine.self) { lines.append(line) }
    return lines
}

private func b(_ text: String) -> [UInt8] { Array(text.utf8) }

private let IAC: UInt8 = 255, SB: UInt8 = 250, SE: UInt8 = 240
private let WILL: UInt8 = 251, DO: UInt8 = 253, DONT: UInt8 = 254, NOP: UInt8 = 241, AYT: UInt8 = 246

struct DecoderCase: CustomTestStringConvertible, Sendable {
    var name: String
    var writes: [[UInt8]]
    var maxLineBytes = 2048
    var expected: [InboundLine]
    var testDescription: String { name }
}

private let decoderCases: [DecoderCase] = [
    .init(name: "LF", writes: [b("one\ntwo\n")], expected: [.line("one"), .line("two")]),
    .init(name: "CRLF", writes: [b("one\r\ntwo\r\n")], expected: [.line("one"), .line("two")]),
    .init(name: "lone CR", writes: [b("one\rtwo\r")], expected: [.line("one"), .line("two")]),
    .init(name: "CR then LF in the next write", writes: [b("one\r"), b("\ntwo\n")],
          expected: [.line("one"), .line("two")]),
    .init(name: "CR then LF alone in the next write", writes: [b("one\r"), b("\n"), b("two\r\n")],
          expected: [.line("one"), .line("two")]),
    .init(name: "telnet CR NUL is one line end", writes: [b("one\r\0two\n")],
          expected: [.line("one"), .line("two")]),
    .init(name: "empty lines are kept", writes: [b("\n\r\n\r\r\n")],
          expected: [.line(""), .line(""), .line(""), .line("")]),
    .init(name: "one-byte writes", writes: b("héllo\r\nwörld\n").map { [$0] },
          expected: [.line("héllo"), .line("wörld")]),
    .init(name: "UTF-8 character split across writes", writes: [[0xC3], [0xA9, 0x0A]], expected: [.line("é")]),
    .init(name: "telnet WILL and DO removed", writes: [[IAC, WILL, 1, IAC, DO, 3] + b("hi\n")],
          expected: [.line("hi")]),
    .init(name: "telnet option split across writes", writes: [b("h"), [IAC], [DONT], [24] + b("i"), b("\n")],
          expected: [.line("hi")]),
    .init(name: "subnegotiation split across writes",
          writes: [b("a") + [IAC, SB, 24, 0], b("xterm"), [IAC], [SE] + b("b\n")], expected: [.line("ab")]),
    .init(name: "escaped IAC inside subnegotiation", writes: [[IAC, SB, 1, IAC, IAC, 2, IAC, SE] + b("ok\n")],
          expected: [.line("ok")]),
    .init(name: "IAC IAC and two-byte commands dropped", writes: [b("a") + [IAC, IAC, IAC, NOP, IAC, AYT] + b("b\n")],
          expected: [.line("ab")]),
    .init(name: "telnet bytes do not count towards the limit", writes: [b("ab") + [IAC, WILL, 1] + b("c\n")],
          maxLineBytes: 3, expected: [.line("abc")]),
    .init(name: "line exactly at the limit", writes: [b("12345678\n")], maxLineBytes: 8,
          expected: [.line("12345678")]),
    .init(name: "over-long line then a normal line", writes: [b("123456789\nok\n")], maxLineBytes: 8,
          expected: [.tooLong(limit: 8), .line("ok")]),
    .init(name: "over-long line across writes", writes: [b("12345"), b("6789abc"), b("def\nok\n")], maxLineBytes: 8,
          expected: [.tooLong(limit: 8), .line("ok")]),
    .init(name: "over-long line ended by CR, LF in the next write", writes: [b("123456789\r"), b("\nok\n")],
          maxLineBytes: 8, expected: [.tooLong(limit: 8), .line("ok")]),
    .init(name: "invalid UTF-8 then a normal line", writes: [[0xC3, 0x28, 0x0A] + b("ok\n")],
          expected: [.invalidUTF8, .line("ok")]),
    .init(name: "truncated UTF-8 sequence", writes: [[0x61, 0xE2, 0x82, 0x0A]], expected: [.invalidUTF8]),
    .init(name: "final line without newline on close", writes: [b("first\nlast")],
          expected: [.line("first"), .line("last")]),
    .init(name: "nothing extra on close after a newline", writes: [b("first\r")], expected: [.line("first")]),
    .init(name: "close in the middle of an over-long line", writes: [b("123456")], maxLineBytes: 4,
          expected: [.tooLong(limit: 4)]),
    .init(name: "close after an unfinished telnet command", writes: [b("x\n") + [IAC, SB, 1]],
          expected: [.line("x")]),
]

@Suite("Framing: LineDecoder through ByteToMessageHandler")
struct FramingLineDecoderTests {
    @Test(arguments: decoderCases)
    func decodes(_ testCase: DecoderCase) throws {
        let lines = try decodeThroughChannel(testCase.writes, maxLineBytes: testCase.maxLineBytes)
        #expect(lines == testCase.expected)
    }

    @Test func linesAreDeliveredBeforeTheConnectionCloses() throws {
        // Given a partial second line, only the complete first line is out before close.
        let lines = try decodeThroughChannel([b("done\nhalf")], closeAtEnd: false)
        #expect(lines == [.line("done")])
    }

    @Test(arguments: [1 << 20, 1024])  // one megabyte-sized write, or a thousand 1 KiB writes
    func megabyteWithoutNewlineStaysBounded(writeSize: Int) throws {
        // Given a client that sends a megabyte without a newline, then a normal line.
        let megabyte = [UInt8](repeating: UInt8(ascii: "x"), count: 1 << 20)
        var writes = stride(from: 0, to: megabyte.count, by: writeSize).map {
            Array(megabyte[$0..<min($0 + writeSize, megabyte.count)])
        }
        writes.append(b("\nafter\n"))

        // When it passes through a handler that refuses to buffer more than one line,
        let lines = try decodeThroughChannel(writes, maxLineBytes: 2048)

        // Then the handler never threw PayloadTooLargeError and there is exactly one tooLong.
        #expect(lines == [.tooLong(limit: 2048), .line("after")])
    }

    @Test func framerHoldsAtMostOneLineOfBytes() {
        var framer = LineFramer(maxLineBytes: 2048)
        var results: [InboundLine] = []
        var largest = 0
        for _ in 0..<(1 << 20) {
            if let result = framer.feed(UInt8(ascii: "y")) { results.append(result) }
            largest = max(largest, framer.bufferedByteCount)
        }
        #expect(results == [.tooLong(limit: 2048)])
        #expect(largest == 2048)
        #expect(framer.bufferedByteCount == 0)
        #expect(framer.feed(0x0A) == nil)  // the end of the discarded line
        #expect(framer.feed(UInt8(ascii: "z")) == nil)
        #expect(framer.bufferedByteCount == 1)
        #expect(framer.feed(0x0A) == .line("z"))
    }

    @Test func decoderReportsBufferedBytes() {
        var framer = LineFramer(maxLineBytes: 16)
        for byte in b("abc") { _ = framer.feed(byte) }
        #expect(framer.bufferedByteCount == 3)
        #expect(LineDecoder(maxLineBytes: 16).bufferedByteCount == 0)
        #expect(framer.finish() == .line("abc"))
        #expect(framer.bufferedByteCount == 0)
    }
}
