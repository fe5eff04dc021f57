import LyceumClient
import Testing

@Suite struct EventRendererTests {
    static let ana = EventRenderer.Context(me: "ana", room: "r3")

    /// Each event as plain text, in the room r3 as ana.
    static let plain: [(ClientEvent, [String])] = [
        (.welcome("Welcome.\nLog in."), ["Welcome.", "Log in."]),
        (.system("Output mode: json."), ["* Output mode: json."]),
        (.goodbye("Goodbye!"), ["* Goodbye!"]),
        (.error(code: "usage", text: "Usage: /start ID"), ["! Usage: /start ID"]),
        (.ask(field: "passphrase", text: "Passphrase for ana:"), ["? Passphrase for ana:"]),
        (.tutor(move: "question", text: "What is 1/2 + 1/3?\nTake your time.", room: nil),
         ["tutor> What is 1/2 + 1/3?", "       Take your time."]),
        (.tutor(move: "pump", text: "Why?", room: "r3"), ["tutor> Why?"]),
        (.tutor(move: "pump", text: "Why?", room: "r7"), ["[r7] tutor> Why?"]),
        (.verdict(verdict: "correct", misconception: nil, expectations: []), []),
        (.status(.init(step: 1)), []),
        (.topics([.init(id: "seasons", title: "Why seasons?", subject: "Earth science", status: "in progress")]),
         ["* Dialogues you can start with /start ID:", "    seasons              Why seasons? (Earth science), in progress"]),
        (.help(["Commands you can use:", "  /help"]), ["* Commands you can use:", "    /help"]),
        (.data(#"{"type":"turn"}"#), [#"{"type":"turn"}"#]),
        (.chat(.init(from: "ben", kind: .say, text: "I think it's the tilt")), ["ben: I think it's the tilt"]),
        (.chat(.init(from: "ana", kind: .say, text: "me too")), ["you: me too"]),
        (.chat(.init(from: "ben", kind: .me, text: "nods")), ["* ben nods"]),
        (.chat(.init(from: "ben", kind: .whisper, text: "psst")), ["[whisper] ben: psst"]),
        (.chat(.init(from: "mrs-khan", role: .teacher, kind: .coach, text: "look at the angle")),
         ["[coach] mrs-khan (teacher): look at the angle"]),
        (.chat(.init(from: "mrs-khan", role: .teacher, kind: .announce, text: "5 minutes left")),
         ["[announce] mrs-khan (teacher): 5 minutes left"]),
        (.chat(.init(from: "tom", role: .tutor, kind: .pin, text: "Tilt, not distance")), ["[pinned] tom (tutor): Tilt, not distance"]),
        (.chat(.init(room: "r3", from: "ben", kind: .answer, text: "the tilt")), ["ben answered: the tilt"]),
        (.chat(.init(room: "r5", from: "cy", kind: .say, text: "hello")), ["[r5] cy: hello"]),
        (.room(.init(room: "r3", phase: "discuss", members: ["ana", "ben"], text: "Discussion time.")), ["# Discussion time."]),
        (.room(.init(room: "r3", phase: "share", members: ["ana", "ben"], text: nil)), ["# room r3, phase: share; members: ana, ben"]),
        (.room(.init(room: "r3")), []),
        (.report(title: "Dashboard", lines: ["ana   step 2   ██░░", "ben   step 3"]), ["Dashboard", "ana   step 2   ██░░", "ben   step 3"]),
        (.alert(learner: "ben", text: "stuck for 5 minutes"), ["!! ben: stuck for 5 minutes"]),
        (.other(type: "poll", text: "Vote now"), ["* Vote now"]),
        (.plain("Welcome to Lyceum"), ["Welcome to Lyceum"]),
    ]

    @Test(arguments: plain)
    func rendersPlain(_ event: ClientEvent, _ expected: [String]) {
        #expect(Theme.plain.format(EventRenderer.lines(for: event, in: Self.ana), width: nil) == expected)
    }

    static let colored: [(ClientEvent, [String])] = [
        (.system("Hi"), ["\u{1B}[33m* Hi\u{1B}[0m"]),
        (.error(code: "x", text: "No"), ["\u{1B}[1;31m! No\u{1B}[0m"]),
        (.tutor(move: "hint", text: "Think.", room: nil), ["\u{1B}[1;36mtutor> \u{1B}[0mThink."]),
        (.chat(.init(from: "ben", kind: .say, text: "hi")), ["\u{1B}[32mben\u{1B}[0m: hi"]),
        (.chat(.init(from: "mrs-khan", role: .teacher, kind: .say, text: "hi")), ["\u{1B}[1;35mmrs-khan (teacher)\u{1B}[0m: hi"]),
        (.chat(.init(from: "tom", role: .tutor, kind: .whisper, text: "psst")),
         ["\u{1B}[3;35m[whisper] \u{1B}[0m\u{1B}[1;34mtom (tutor)\u{1B}[0m\u{1B}[3;35m: \u{1B}[0m\u{1B}[3;35mpsst\u{1B}[0m"]),
        (.alert(learner: "ben", text: "stuck"), ["\u{1B}[1;37;41m!! ben: stuck\u{1B}[0m"]),
        (.report(title: "Rooms", lines: ["r3"]), ["\u{1B}[1;4mRooms\u{1B}[0m", "r3"]),
        (.plain("text"), ["text"]),
    ]

    @Test(arguments: colored)
    func rendersWithColor(_ event: ClientEvent, _ expected: [String]) {
        #expect(Theme.ansi.format(EventRenderer.lines(for: event, in: Self.ana), width: nil) == expected)
    }

    @Test func wrapsToTheWidthWithTheContinuationIndented() {
        let event = ClientEvent.tutor(move: "summary", text: "To add 1/2 and 1/3, cut both into sixths: 3/6 + 2/6 = 5/6.", room: nil)
        let lines = Theme.plain.format(EventRenderer.lines(for: event), width: 30)
        #expect(lines == [
            "tutor> To add 1/2 and 1/3, cut",
            "       both into sixths: 3/6 +",
            "       2/6 = 5/6.",
        ])
        #expect(lines.allSatisfy { $0.count <= 30 })
    }

    @Test func reportsAreNeverWrapped() {
        let long = String(repeating: "x", count: 50)
        #expect(Theme.plain.format(EventRenderer.lines(for: .report(title: "T", lines: [long])), width: 20) == ["T", long])
    }
}
