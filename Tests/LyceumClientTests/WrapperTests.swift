import LyceumClient
import Testing

@Suite struct WrapperTests {
    static let cases: [(String, Int, Int, [String])] = [
        // text, width, indent, lines
        ("short", 10, 0, ["short"]),
        ("one two three", 7, 0, ["one two", "three"]),
        ("one two three", 7, 2, ["one two", "  three"]),
        ("abcdefghij", 4, 0, ["abcd", "efgh", "ij"]),
        ("a  b", 1, 0, ["a", "b"]),
        ("exactly10!", 10, 0, ["exactly10!"]),
        ("exactly10! and", 10, 0, ["exactly10!", "and"]),
        ("日本語のテキスト", 6, 0, ["日本語", "のテキ", "スト"]),
    ]

    @Test(arguments: cases)
    func wraps(_ text: String, _ width: Int, _ indent: Int, _ expected: [String]) {
        let lines = Wrapper.wrap(StyledLine(text, indent: indent), width: width)
        #expect(lines.map(\.plainText) == expected)
    }

    @Test func keepsStylesAcrossTheBreak() {
        let line = StyledLine([Span("ab", .tutor), Span(" cd ef", .text)], indent: 0)
        let wrapped = Wrapper.wrap(line, width: 5)
        #expect(wrapped == [StyledLine([Span("ab", .tutor), Span(" cd", .text)], wraps: false),
                            StyledLine([Span("ef", .text)], wraps: false)])
    }
}
