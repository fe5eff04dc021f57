import LyceumClient
import Testing

@Suite struct InputViewTests {
    static func editor(_ text: String, left: Int = 0, secret: Bool = false) -> LineEditor {
        var editor = LineEditor()
        editor.setSecret(secret)
        for key in text.map(Key.character) { _ = editor.apply(key) }
        for _ in 0..<left { _ = editor.apply(.left) }
        return editor
    }

    /// (typed, cursor moved left, width, visible, cursor column); the prompt is "> ".
    static let cases: [(String, Int, Int, String, Int)] = [
        ("", 0, 20, "", 2),
        ("hello", 0, 20, "hello", 7),
        ("hello", 5, 20, "hello", 2),
        ("abcdefghijklmnop", 0, 10, "klmnop", 8),
        ("abcdefghijklmnop", 16, 10, "abcdefg", 2),
        ("abcdefghijklmnop", 8, 10, "cdefghi", 8),
        ("日本語", 0, 20, "日本語", 8),
    ]

    @Test(arguments: cases)
    func fitsTheWidth(_ typed: String, _ left: Int, _ width: Int, _ visible: String, _ column: Int) {
        let view = InputView(prompt: "> ", editor: Self.editor(typed, left: left), width: width)
        #expect(view.visible == visible)
        #expect(view.cursorColumn == column)
    }

    @Test func aPassphraseShowsNothing() {
        var editor = Self.editor("", secret: true)
        for key in "hunter22".map(Key.character) { _ = editor.apply(key) }
        let view = InputView(prompt: "passphrase: ", editor: editor, width: 40)
        #expect(view.visible == "")
        #expect(view.cursorColumn == 12)
    }
}

@Suite struct PainterTests {
    static let status = StatusLine(address: "127.0.0.1:4242")
    static let input = InputView(prompt: "> ", visible: "5/6", cursorColumn: 5)

    @Test func messagesGoAboveTheStatusAndInputLines() {
        let painter = Painter(theme: .plain, width: 20)
        let text = painter.messages(["tutor> Spot on."], status: Self.status, input: Self.input, secret: false)
        #expect(text == "\u{1B}[?25l" + "\r\u{1B}[1A\u{1B}[J" + "tutor> Spot on.\r\n"
                + " connecting to 12… " + "\r\n" + "\r\u{1B}[K> 5/6\r\u{1B}[5C" + "\u{1B}[?25h")
    }

    @Test func theStatusLineIsReversedWithColorAndFillsTheWidthLessOne() {
        let painter = Painter(theme: .ansi, width: 40)
        let status = painter.status(Self.status)
        #expect(status == "\u{1B}[7m connecting to 127.0.0.1:4242… " + String(repeating: " ", count: 8) + "\u{1B}[0m")
        #expect(Painter(theme: .plain, width: 40).status(Self.status).count == 39)
    }

    @Test func finishingErasesTheBottomLinesAndRestoresTheTerminal() {
        #expect(Painter(theme: .ansi, width: 80).finish == "\r\u{1B}[1A\u{1B}[J\u{1B}[0m\u{1B}[?25h")
    }
}
