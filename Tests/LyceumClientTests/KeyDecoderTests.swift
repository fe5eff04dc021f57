import LyceumClient
import Testing

@Suite struct KeyDecoderTests {
    static let cases: [([UInt8], [Key])] = [
        (Array("hi".utf8), [.character("h"), .character("i")]),
        (Array("é€😀".utf8), [.character("é"), .character("€"), .character("😀")]),
        ([0x0D], [.enter]),
        ([0x0A], [.enter]),
        ([0x0D, 0x0A], [.enter]),
        ([0x0D, 0x0D], [.enter, .enter]),
        ([0x7F], [.backspace]),
        ([0x08], [.backspace]),
        ([0x09], [.tab]),
        ([0x03], [.interrupt]),
        ([0x04], [.endOfInput]),
        ([0x01], [.home]),
        ([0x05], [.end]),
        ([0x02], [.left]),
        ([0x06], [.right]),
        ([0x10], [.up]),
        ([0x0E], [.down]),
        ([0x0B], [.killToEnd]),
        ([0x15], [.killToStart]),
        ([0x17], [.deleteWordBack]),
        ([0x0C], [.clearScreen]),
        ([0x1B, 0x5B, 0x41], [.up]),
        ([0x1B, 0x5B, 0x42], [.down]),
        ([0x1B, 0x5B, 0x43], [.right]),
        ([0x1B, 0x5B, 0x44], [.left]),
        ([0x1B, 0x4F, 0x41], [.up]),
        ([0x1B, 0x5B, 0x48], [.home]),
        ([0x1B, 0x5B, 0x46], [.end]),
        ([0x1B, 0x4F, 0x48], [.home]),
        ([0x1B, 0x4F, 0x46], [.end]),
        (Array("\u{1B}[1~".utf8), [.home]),
        (Array("\u{1B}[7~".utf8), [.home]),
        (Array("\u{1B}[4~".utf8), [.end]),
        (Array("\u{1B}[8~".utf8), [.end]),
        (Array("\u{1B}[3~".utf8), [.delete]),
        (Array("\u{1B}[5~".utf8), [.unknown]),
        (Array("\u{1B}[1;5C".utf8), [.wordRight]),
        (Array("\u{1B}[1;5D".utf8), [.wordLeft]),
        (Array("\u{1B}[1;3D".utf8), [.wordLeft]),
        (Array("\u{1B}b".utf8), [.wordLeft]),
        (Array("\u{1B}f".utf8), [.wordRight]),
        (Array("a\u{1B}[Db".utf8), [.character("a"), .left, .character("b")]),
        ([0x1B, 0x78], [.escape, .character("x")]),
        ([0x00, 0x1F], [.unknown, .unknown]),
        ([0xFF, 0x61], [.character("a")]),
    ]

    @Test(arguments: cases)
    func decodes(_ bytes: [UInt8], _ expected: [Key]) {
        var decoder = KeyDecoder()
        #expect(decoder.decode(bytes) == expected)
        #expect(!decoder.hasPending)
    }

    @Test func aSequenceSplitAcrossReadsIsJoined() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.hasPending)
        #expect(decoder.decode([0x5B]) == [])
        #expect(decoder.decode([0x43, 0x61]) == [.right, .character("a")])
        #expect(decoder.decode([0xE2, 0x82]) == [])
        #expect(decoder.decode([0xAC]) == [.character("€")])
    }

    @Test func aLoneEscapeIsFlushedAsTheEscapeKey() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x1B]) == [])
        #expect(decoder.flush() == [.escape])
        #expect(!decoder.hasPending)
        #expect(decoder.decode([0x61]) == [.character("a")])
    }

    @Test func crThenLfInTheNextReadIsOneEnter() {
        var decoder = KeyDecoder()
        #expect(decoder.decode([0x0D]) == [.enter])
        #expect(decoder.decode([0x0A]) == [])
        #expect(decoder.decode([0x0A]) == [.enter])
    }
}
