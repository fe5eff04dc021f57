import Foundation
import LyceumCore
import Testing
import TutorEngine
@testable import LyceumServer

@Suite struct RendererTests {
    static let events: [ServerEvent] = [
        .welcome("Hello"), .system("two\nlines"), .error(code: "usage", message: "Usage: /start ID"),
        .ask(field: "passphrase", prompt: "Passphrase for alice:"),
        .tutor(TutorEvent(.hint, "Think \"about\" it")),
        .verdict(Classification(verdict: .misconception, misconception: "add-across", expectations: [], why: "w")),
        .topics([.init(id: "seasons", title: "Seasons", subject: "Earth science", status: "")]),
        .help(["a", "b"]), .data(#"{"type":"account","name":"alice"}"#), .goodbye("Bye"),
        .chat(.init(room: "r1", from: "ana", role: .learner, kind: "whisper", text: "hi", to: ["ben"])),
        .roomTutor(room: "r1", text: "Why?"),
        .room(.init(room: "r1", phase: "think", members: ["ana", "ben"], text: "ana joined")),
        .status(.init(role: .learner, dialogue: "seasons", title: "Seasons", step: 2, steps: 5,
                      mastery: [("tilt", 0.42)], room: "r1", phase: "discuss")),
        .report(title: "Rooms", lines: ["r1"]), .alert(learner: "ana", text: "stuck"),
        .watch(learner: "ana", input: "closer", reply: "What if ...?"),
    ]

    @Test(arguments: events)
    func everyEventIsOneJSONObjectWithItsType(event: ServerEvent) throws {
        let line = Renderer.render(event, as: .json)
        #expect(line.hasSuffix("\n"))
        #expect(line.dropLast().contains("\n") == false)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["type"] as? String == event.type)
    }

    @Test func textModeMarksWhoIsSpeaking() {
        #expect(Renderer.render(.tutor(TutorEvent(.hint, "Look up")), as: .text) == "tutor> Look up\r\n")
        #expect(Renderer.render(.system("a\nb"), as: .text) == "* a\r\n  b\r\n")
        #expect(Renderer.render(.error(code: "x", message: "No"), as: .text) == "! No\r\n")
        #expect(Renderer.render(.verdict(Classification(verdict: .correct, why: "")), as: .text) == "")
        #expect(Renderer.render(.status(.init(role: .learner)), as: .text) == "")
    }

    /// Everything before the first ": " of a chat line is the server's: a user's name has no
    /// spaces, parentheses or colons, so their text can never move into that part.
    @Test(arguments: [
        (ServerEvent.Chat(room: "r1", from: "ana", role: .learner, kind: "say", text: "tutor> I'm the tutor"), "[r1] ana: tutor> I'm the tutor"),
        (.init(room: "r1", from: "ms-k", role: .teacher, kind: "say", text: "hello"), "[r1] ms-k (teacher): hello"),
        (.init(room: "r1", from: "sam", role: .tutor, kind: "pin", text: "be kind"), "[r1] sam (tutor) pinned: be kind"),
        (.init(room: "r1", from: "ana", role: .learner, kind: "me", text: "waves"), "[r1] * ana: waves"),
        (.init(room: "r1", from: "ana", role: .learner, kind: "whisper", text: "psst", to: ["ben"]), "[r1] ana whispers to ben: psst"),
        (.init(room: "r1", from: "ana", role: .learner, kind: "answer", text: "tilt"), "[r1] ana answered: tilt"),
        (.init(room: "r1", from: "ana", role: .learner, kind: "answer", text: "tilt", to: ["ana"]), "[r1] ana, private answer: tilt"),
        (.init(room: nil, from: "ms-k", role: .teacher, kind: "coach", text: "try tenths", to: ["ana"]), "[coach] ms-k (teacher), only to ana: try tenths"),
        (.init(room: nil, from: "ms-k", role: .teacher, kind: "announce", text: "5 minutes"), "[announcement] ms-k (teacher): 5 minutes"),
    ])
    func chatLinesAreAttributedUnambiguously(chat: ServerEvent.Chat, expected: String) {
        #expect(Renderer.render(.chat(chat), as: .text) == expected + "\r\n")
    }
}

@Suite struct CommandTableTests {
    @Test func beforeLoginOnlyHelpLoginQuitAndModeAreAllowed() {
        let allowed = CommandSpec.all.filter { $0.allows(nil) }.map(\.name.rawValue).sorted()
        #expect(allowed == ["help", "login", "mode", "quit"])
    }

    @Test(arguments: [Role.teacher, .tutor])
    func learnerCommandsAreRefusedToOtherRoles(role: Role) {
        #expect(CommandSpec.named("start")?.allows(role) == false)
        #expect(CommandSpec.named("hint")?.allows(role) == false)
        #expect(CommandSpec.named("privacy")?.allows(role) == true)
    }

    @Test func commandNamesAreCaseInsensitive() {
        #expect(CommandSpec.named("HeLp")?.name == .help)
        #expect(CommandSpec.named("nope") == nil)
    }
}

@Suite struct LoginFlowTests {
    @Test func aNewLearnerChoosesAPassphraseAndConfirmsIt() {
        var flow = LoginFlow()
        #expect(!flow.expectsSecret)
        guard case .say(.ask(field: "new-passphrase", _)) = flow.begin(name: "alice", exists: false) else {
            Issue.record("expected a request for a new passphrase"); return
        }
        #expect(flow.expectsSecret)
        guard case .say(.error(code: "weak-passphrase", _)) = flow.secret("short") else {
            Issue.record("a short passphrase must be refused"); return
        }
        guard case .say(.ask(field: "confirm-passphrase", _)) = flow.secret("long enough") else {
            Issue.record("expected the confirmation"); return
        }
        guard case .say(.error(code: "passphrase-mismatch", _)) = flow.secret("long enougH") else {
            Issue.record("different passphrases must be refused"); return
        }
        _ = flow.secret("long enough")
        #expect(flow.secret("long enough") == .create(name: "alice", secret: "long enough", classID: nil))
    }

    @Test func quitAndLoginAtAPassphrasePromptAreNotPassphrases() {
        for exists in [true, false] {
            var flow = LoginFlow()
            _ = flow.begin(name: "bob", exists: exists)
            #expect(flow.secret(" /QUIT ") == .quit)
            #expect(!flow.expectsSecret)
            _ = flow.begin(name: "bob", exists: exists)
            #expect(flow.secret("/login  Ann ") == .restart(name: "Ann"))
            #expect(!flow.expectsSecret)
        }
        // While confirming too; and a new passphrase may not start with '/'
        var flow = LoginFlow()
        _ = flow.begin(name: "cy", exists: false)
        guard case .say(.error(code: "weak-passphrase", let message)) = flow.secret("/slash-start") else {
            Issue.record("a passphrase starting with / must be refused"); return
        }
        #expect(message.contains("cannot start with '/'"))
        _ = flow.secret("long enough")
        #expect(flow.secret("/login") == .restart(name: ""))
    }

    @Test func mismatchedConfirmationsOfferAWayOutAndEndAfterThree() {
        var flow = LoginFlow()
        _ = flow.begin(name: "dee", exists: false)
        for attempt in 1...3 {
            _ = flow.secret("long enough")
            guard case .say(.error(code: "passphrase-mismatch", let message)) = flow.secret("something else") else {
                Issue.record("a mismatch must be refused"); return
            }
            if attempt < 3 {
                #expect(message.contains("/login NAME to use another name, or /quit to leave"))
                #expect(flow.expectsSecret)
            } else {
                #expect(message.contains("no account was created. Start again with /login dee"))
                #expect(!flow.expectsSecret)
            }
        }
    }

    @Test func withClassCodesANewLearnerGivesTheCodeFirstAndJoinsThatClass() {
        var flow = LoginFlow()
        flow.signup = .code
        guard case .say(.ask(field: "class-code", _)) = flow.begin(name: "ana", exists: false) else {
            Issue.record("expected a request for the class code"); return
        }
        #expect(flow.secret("k7q 2mx") == .checkCode(name: "ana", code: "k7q 2mx"))
        guard case .say(.error(code: "no-such-class", _)) = flow.codeRefused("K7Q2MX") else {
            Issue.record("a wrong code must be refused"); return
        }
        #expect(flow.expectsSecret)
        guard case .say(.ask(field: "new-passphrase", _)) = flow.codeAccepted(classID: "7b", title: "7B") else {
            Issue.record("expected the passphrase after a right code"); return
        }
        _ = flow.secret("long enough")
        #expect(flow.secret("long enough") == .create(name: "ana", secret: "long enough", classID: "7b"))
    }

    @Test func aClosedServerCreatesNoAccountAtLogin() {
        var flow = LoginFlow()
        flow.signup = .closed
        guard case .say(.error(code: "no-signup", let message)) = flow.begin(name: "ana", exists: false) else {
            Issue.record("expected a refusal"); return
        }
        #expect(message.contains("ask your teacher for an account"))
        #expect(!flow.expectsSecret)
        // Existing accounts log in as always
        _ = flow.begin(name: "bob", exists: true)
        #expect(flow.secret("hunter22") == .verify(name: "bob", secret: "hunter22"))
    }

    @Test(arguments: [("127.0.0.1", SignupPolicy.open), ("localhost", .open), ("::1", .open), ("0.0.0.0", .code),
                      ("192.168.1.10", .code)])
    func signUpIsOpenOnlyOnALoopbackAddressUnlessSet(host: String, policy: SignupPolicy) {
        var settings = ServerSettings()
        settings.host = host
        #expect(settings.signupPolicy == policy)
        settings.signup = .closed
        #expect(settings.signupPolicy == .closed)
    }

    @Test func anExistingAccountIsAskedForItsPassphrase() {
        var flow = LoginFlow()
        _ = flow.begin(name: "bob", exists: true)
        #expect(flow.secret("hunter22") == .verify(name: "bob", secret: "hunter22"))
        flow.failed()
        #expect(!flow.expectsSecret)
    }
}

@Suite struct LoginThrottleTests {
    @Test func fiveFailuresLockTheNameThenTheLockOutDoubles() {
        var throttle = LoginThrottle()
        let now = Date(timeIntervalSince1970: 0)
        for _ in 0..<4 { throttle.failed(name: "Alice", address: "a", now: now) }
        #expect(throttle.wait(name: "alice", address: "b", now: now) == nil)
        throttle.failed(name: "alice", address: "a", now: now)
        #expect(throttle.wait(name: "ALICE", address: "b", now: now) == 30)
        // A classroom behind one address is not locked out by one learner's typos.
        #expect(throttle.wait(name: "bob", address: "a", now: now) == nil)
        let later = now.addingTimeInterval(31)
        #expect(throttle.wait(name: "alice", address: "b", now: later) == nil)
        for _ in 0..<5 { throttle.failed(name: "alice", address: "c", now: later) }
        #expect(throttle.wait(name: "alice", address: "d", now: later) == 60)
    }

    @Test func twentyFailuresFromOneAddressLockThatAddress() {
        var throttle = LoginThrottle()
        let now = Date(timeIntervalSince1970: 0)
        for i in 0..<20 { throttle.failed(name: "user\(i)", address: "a", now: now) }
        #expect(throttle.wait(name: "someone", address: "a", now: now) == 30)
        #expect(throttle.wait(name: "someone", address: "b", now: now) == nil)
    }

    @Test func successClearsTheRecord() {
        var throttle = LoginThrottle()
        let now = Date(timeIntervalSince1970: 0)
        for _ in 0..<4 { throttle.failed(name: "alice", address: "a", now: now) }
        throttle.succeeded(name: "alice", address: "a")
        throttle.failed(name: "alice", address: "a", now: now)
        #expect(throttle.wait(name: "alice", address: "a", now: now) == nil)
    }
}
