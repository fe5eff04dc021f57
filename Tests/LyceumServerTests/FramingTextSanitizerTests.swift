import Testing
@testable import LyceumServer

struct SanitizerCase: CustomTestStringConvertible, Sendable {
    var name: String
    var input: String
    var text: String
    var removed: Bool
    var testDescription: String { name }
}

private let sanitizerCases: [SanitizerCase] = [
    .init(name: "plain text untouched", input: "the mitochondria", text: "the mitochondria", removed: false),
    .init(name: "NUL", input: "a\0b", text: "ab", removed: true),
    .init(name: "BEL and backspace", input: "bell\u{07}x\u{08}", text: "bellx", removed: true),
    .init(name: "DEL", input: "del\u{7F}", text: "del", removed: true),
    .init(name: "SGR colour", input: "\u{1B}[31mred\u{1B}[0m", text: "red", removed: true),
    .init(name: "CSI with private parameters", input: "\u{1B}[?25lhidden\u{1B}[2J", text: "hidden", removed: true),
    .init(name: "OSC title ended by BEL", input: "\u{1B}]0;evil title\u{07}text", text: "text", removed: true),
    .init(name: "OSC hyperlink ended by ESC \\",
          input: "\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\", text: "link", removed: true),
    .init(name: "DCS string", input: "a\u{1B}Pq#0;2\u{1B}\\b", text: "ab", removed: true),
    .init(name: "two-character ESC sequences", input: "x\u{1B}7y\u{1B}cz", text: "xyz", removed: true),
    .init(name: "charset designation", input: "x\u{1B}(By", text: "xy", removed: true),
    .init(name: "unterminated CSI at end", input: "ok\u{1B}[12", text: "ok", removed: true),
    .init(name: "ESC before a letter outside ASCII", input: "\u{1B}é", text: "é", removed: true),
    .init(name: "C1 NEL", input: "a\u{85}b", text: "ab", removed: true),
    .init(name: "8-bit CSI", input: "\u{9B}31mred", text: "red", removed: true),
    .init(name: "8-bit OSC ended by 8-bit ST", input: "\u{9D}0;t\u{9C}ok", text: "ok", removed: true),
    .init(name: "bidi override", input: "abc\u{202E}fed\u{202C}", text: "abcfed", removed: true),
    .init(name: "TAB becomes a space", input: "a\tb", text: "a b", removed: false),
    .init(name: "trailing whitespace trimmed, leading kept", input: "  x = 2 \t ", text: "  x = 2", removed: false),
    .init(name: "emoji, ZWJ families and other scripts kept",
          input: "👍🏽 👨‍👩‍👧 Ωμέγα 日本語 é", text: "👍🏽 👨‍👩‍👧 Ωμέγα 日本語 é", removed: false),
    .init(name: "only controls", input: "\u{1B}[0m\0", text: "", removed: true),
]

@Suite("Framing: TextSanitizer")
struct FramingTextSanitizerTests {
    @Test(arguments: sanitizerCases)
    func cleans(_ testCase: SanitizerCase) {
        let cleaned = TextSanitizer.clean(testCase.input)
        #expect(cleaned == .init(text: testCase.text, removedControls: testCase.removed))
    }

    @Test func forDisplayUsesTheSameRules() {
        #expect(TextSanitizer.forDisplay("\u{1B}[2J\u{1B}[Hboo!\r\n") == "boo!")
        #expect(TextSanitizer.forDisplay("hi 👋") == "hi 👋")
    }
}
