import LyceumCore
import Testing
@testable import LyceumServer

@Suite struct CommandParserTests {
    @Test(arguments: [
        ("/help", "help", "", [String](), ""),
        ("/whisper ana  are you   there ", "whisper", "ana  are you   there", ["ana", "are", "you", "there"], "are you   there"),
        ("/   goal  tea time", "goal", "tea time", ["tea", "time"], "time"),
        ("/", "", "", [], ""),
        ("/START decimals-compare", "START", "decimals-compare", ["decimals-compare"], ""),
        // A space followed by a combining mark (U+0A40) is one Character, but still a space between words.
        ("/ ie \u{0A40}x", "ie", "\u{0A40}x", ["\u{0A40}x"], ""),
        ("/whisper ana \u{0301}hi you", "whisper", "ana \u{0301}hi you", ["ana", "\u{0301}hi", "you"], "\u{0301}hi you"),
    ])
    func aCommandLineIsTakenApart(line: String, name: String, argument: String, words: [String], rest: String) throws {
        let command = try #require(CommandParser.parse(line))
        #expect(command.name == name)
        #expect(command.argument == argument)
        #expect(command.words == words)
        #expect(command.rest == rest)
    }

    @Test(arguments: ["0.3 is larger", " /help", "", "'; DROP TABLE turn; --"])
    func aLineWithoutASlashIsNoCommand(line: String) {
        #expect(CommandParser.parse(line) == nil)
    }

    @Test(arguments: [
        ("/frobnicate", nil, nil, "unknown-command"),
        ("/", nil, nil, "unknown-command"),
        ("/start seasons", nil, nil, "not-logged-in"),
        ("/dashboard", Role.learner, nil, "not-allowed"),
        ("/flag ana rude", Role.teacher, "r1", "not-allowed"),
        ("/whisper ana hi", Role.learner, nil, "not-in-room"),
        ("/whisper ana", Role.learner, "r1", "usage"),
        ("/login", nil, nil, "usage"),
        ("/hint", Role.learner, "r1", "in-room"),
    ] as [(String, Role?, String?, String)])
    func refusalsComeFromTheTable(line: String, role: Role?, room: String?, code: String) throws {
        let command = try #require(CommandParser.parse(line))
        let result = CommandParser.check(command, in: .init(role: role, room: room))
        guard case .failure(let refusal) = result else {
            Issue.record("\(line) was accepted: \(result)")
            return
        }
        #expect(refusal.code == code)
    }

    @Test(arguments: [
        ("/HELP", nil, nil, CommandSpec.Name.help),
        ("/login ana", nil, nil, .login),
        ("/group ana ben", Role.teacher, nil, .group),
        ("/group", Role.learner, nil, .group),
        ("/mute ben 5", Role.tutor, "r1", .mute),
        ("/who", Role.learner, "r1", .who),
    ] as [(String, Role?, String?, CommandSpec.Name)])
    func allowedCommandsAreFound(line: String, role: Role?, room: String?, name: CommandSpec.Name) throws {
        let command = try #require(CommandParser.parse(line))
        let spec = try CommandParser.check(command, in: .init(role: role, room: room)).get()
        #expect(spec.name == name)
    }
}
