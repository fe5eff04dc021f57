import LyceumClient
import Testing

@Suite struct LineEditorTests {
    /// Types `text`, then presses `keys`; returns the editor and every action.
    static func run(_ text: String, _ keys: [Key], history: [String] = [],
                    completer: Completer = Completer()) -> (LineEditor, [LineEditor.Action]) {
        var editor = LineEditor()
        for line in history { editor.history.add(line) }
        var actions: [LineEditor.Action] = []
        for key in text.map(Key.character) + keys { actions += editor.apply(key, completer: completer) }
        return (editor, actions)
    }

    /// (typed, keys, buffer after, cursor after)
    static let editing: [(String, [Key], String, Int)] = [
        ("abc", [], "abc", 3),
        ("abc", [.left], "abc", 2),
        ("abc", [.left, .left, .character("X")], "aXbc", 2),
        ("abc", [.home], "abc", 0),
        ("abc", [.home, .end], "abc", 3),
        ("abc", [.home, .right], "abc", 1),
        ("abc", [.backspace], "ab", 2),
        ("abc", [.home, .backspace], "abc", 0),
        ("abc", [.left, .backspace], "ac", 1),
        ("abc", [.home, .delete], "bc", 0),
        ("abc", [.home, .endOfInput], "bc", 0),
        ("abc", [.end, .delete], "abc", 3),
        ("one two three", [.wordLeft], "one two three", 8),
        ("one two three", [.wordLeft, .wordLeft], "one two three", 4),
        ("one two three", [.home, .wordRight], "one two three", 3),
        ("one two three", [.deleteWordBack], "one two ", 8),
        ("one two  ", [.deleteWordBack], "one ", 4),
        ("one two", [.left, .left, .left, .killToEnd], "one ", 4),
        ("one two", [.left, .left, .left, .killToStart], "two", 0),
        ("héllo wörld", [.left, .backspace], "héllo wörd", 9),
        ("abc", [.escape, .unknown], "abc", 3),
    ]

    @Test(arguments: editing)
    func edits(_ typed: String, _ keys: [Key], _ buffer: String, _ cursor: Int) {
        let (editor, _) = Self.run(typed, keys)
        #expect(editor.text == buffer)
        #expect(editor.cursor == cursor)
    }

    /// (typed, keys, actions)
    static let actions: [(String, [Key], [LineEditor.Action])] = [
        ("5/6", [.enter], [.submit("5/6")]),
        ("", [.enter], [.submit("")]),
        ("", [.endOfInput], [.quit]),
        ("abc", [.interrupt], [.quit]),
        ("", [.backspace], [.bell]),
        ("", [.left], [.bell]),
        ("a", [.right], [.bell]),
        ("", [.up], [.bell]),
        ("", [.clearScreen], [.clearScreen]),
    ]

    @Test(arguments: actions)
    func acts(_ typed: String, _ keys: [Key], _ expected: [LineEditor.Action]) {
        #expect(Self.run(typed, keys).1 == expected)
    }

    @Test func enterClearsTheLineAndRemembersIt() {
        let (editor, _) = Self.run("/topics", [.enter])
        #expect(editor.text == "")
        #expect(editor.history.entries == ["/topics"])
    }

    /// (keys, buffer after) with history ["/start seasons", "tilt"] and "draft" typed.
    static let browsing: [([Key], String)] = [
        ([.up], "tilt"),
        ([.up, .up], "/start seasons"),
        ([.up, .up, .up], "/start seasons"),
        ([.up, .down], "draft"),
        ([.up, .up, .down], "tilt"),
        ([.up, .up, .down, .down], "draft"),
        ([.down], "draft"),
    ]

    @Test(arguments: browsing)
    func browsesHistory(_ keys: [Key], _ expected: String) {
        let (editor, _) = Self.run("draft", keys, history: ["/start seasons", "tilt"])
        #expect(editor.text == expected)
        #expect(editor.cursor == expected.count)
    }

    @Test func historySkipsBlankAndRepeatedLines() {
        var history = History()
        for line in ["a", "a", "", "  ", "b", "a"] { history.add(line) }
        #expect(history.entries == ["a", "b", "a"])
    }

    @Test func historyKeepsOnlyTheNewestLines() {
        var history = History(limit: 2)
        for line in ["a", "b", "c"] { history.add(line) }
        #expect(history.entries == ["b", "c"])
    }

    @Test func aPassphraseIsNeitherRememberedNorCompleted() {
        var editor = LineEditor()
        editor.history.add("/topics")
        _ = editor.apply(.character("x"))
        editor.setSecret(true)
        #expect(editor.text == "")
        for key in "hunter22".map(Key.character) { _ = editor.apply(key) }
        #expect(editor.apply(.tab) == [.bell])
        #expect(editor.apply(.up) == [.bell])
        #expect(editor.apply(.enter) == [.submit("hunter22")])
        #expect(editor.history.entries == ["/topics"])
    }

    /// (typed, keys, buffer after, actions) with commands, names and topics to complete from.
    static let completing: [(String, [Key], String, [LineEditor.Action])] = [
        ("/to", [.tab], "/topics ", []),
        ("/TO", [.tab], "/topics ", []),
        ("/h", [.tab], "/h", [.showCandidates(["/help", "/hint"])]),
        ("/st", [.tab], "/sta", []),
        ("/sta", [.tab], "/sta", [.showCandidates(["/start", "/status"])]),
        ("/x", [.tab], "/x", [.bell]),
        ("", [.tab], "", [.bell]),
        ("/whisper c", [.tab], "/whisper cy ", []),
        ("/whisper ", [.tab], "/whisper ", [.showCandidates(["ben", "bea", "cy"])]),
        ("/whisper be", [.tab], "/whisper be", [.showCandidates(["ben", "bea"])]),
        ("hi c", [.tab], "hi cy ", []),
        ("/start se", [.tab], "/start seasons ", []),
        ("/start f", [.tab], "/start f", [.showCandidates(["falling-objects", "fractions-addition"])]),
        ("/start fr", [.tab], "/start fractions-addition ", []),
    ]

    @Test(arguments: completing)
    func completes(_ typed: String, _ keys: [Key], _ buffer: String, _ expected: [LineEditor.Action]) {
        let completer = Completer(commands: ["/help", "/hint", "/topics", "/start", "/status", "/whisper"],
                                  names: ["ben", "bea", "cy"],
                                  topics: ["seasons", "falling-objects", "fractions-addition"])
        let (editor, actions) = Self.run(typed, keys, completer: completer)
        #expect(editor.text == buffer)
        #expect(actions == expected)
    }

    @Test func completionInTheMiddleKeepsTheRestOfTheLine() {
        var editor = LineEditor()
        for key in "/wh hello".map(Key.character) { _ = editor.apply(key) }
        for _ in 0..<6 { _ = editor.apply(.left) }
        _ = editor.apply(.tab, completer: Completer(commands: ["/whisper"]))
        #expect(editor.text == "/whisper hello")
        #expect(editor.cursor == 9)
    }

    @Test func helpLinesGiveTheCommands() {
        let lines = ["Commands you can use:", "  /help [COMMAND]  the commands", "  /login NAME      log in",
                     "Any line that doesn't start with / is your answer.", "/help COMMAND explains one command."]
        #expect(Completer.commands(fromHelp: lines) == ["/help", "/login"])
        #expect(Completer.commands(fromHelp: ["/start ID: Starts the dialogue ID."]) == nil)
    }
}
