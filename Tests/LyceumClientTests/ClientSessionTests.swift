import LyceumClient
import Testing

@Suite struct ClientSessionTests {
    static let secret = "correct horse battery"
    static let welcomeText = "Welcome to Lyceum, a Socratic tutor.\r"
    static let modeAck = #"{"type":"system","text":"Output mode: json."}"#
    static let askNew = #"{"type":"ask","field":"new-passphrase","text":"Welcome, ana! Choose a passphrase:"}"#
    static let askConfirm = #"{"type":"ask","field":"confirm-passphrase","text":"Type the same passphrase again:"}"#
    static let askPassphrase = #"{"type":"ask","field":"passphrase","text":"Passphrase for ana:"}"#
    static let ready = #"{"type":"system","text":"Your account ana is ready."}"#
    static let welcomeBack = #"{"type":"system","text":"Welcome back, ana."}"#

    static func sends(_ outputs: [ClientSession.Output]) -> [String] {
        outputs.compactMap { if case .send(let line) = $0 { line } else { nil } }
    }

    static func shown(_ outputs: [ClientSession.Output]) -> [String] {
        outputs.flatMap { output -> [String] in
            if case .show(let lines) = output { return lines.map(\.plainText) }
            return []
        }
    }

    /// A session that signed up as ana (interactive: passphrase typed twice) and is connected.
    static func signedUp() -> ClientSession {
        var session = ClientSession(address: "127.0.0.1:4242", name: "ana", echoInput: true, confirmsBySelf: false)
        _ = session.connected()
        for line in [welcomeText, modeAck, askNew] { _ = session.received(line) }
        _ = session.typed(secret)
        _ = session.received(askConfirm)
        _ = session.typed(secret)
        _ = session.received(ready)
        return session
    }

    @Test func signingUpAtStartAsksForThePassphraseTwiceWithoutEcho() {
        // Given a client started with --name ana
        var session = ClientSession(address: "127.0.0.1:4242", name: "ana", echoInput: true, confirmsBySelf: false)

        // When it connects, it switches to JSON and logs in
        #expect(session.connected() == [.send("/mode json"), .status, .send("/login ana")])

        // Then the text greeting shows, the mode's confirmation does not
        #expect(Self.shown(session.received(Self.welcomeText)) == ["Welcome to Lyceum, a Socratic tutor."])
        #expect(session.received(Self.modeAck) == [])

        // When the server asks for a new passphrase, the input line hides what is typed
        let ask = session.received(Self.askNew)
        #expect(Self.shown(ask) == ["? Welcome, ana! Choose a passphrase:"])
        #expect(ask.contains(.secretInput(true)))
        #expect(session.awaitingSecret)

        // And the passphrase is sent but never echoed
        #expect(session.typed(Self.secret) == [.send(Self.secret), .secretInput(false)])
        #expect(session.received(Self.askConfirm).contains(.secretInput(true)))
        #expect(session.typed(Self.secret) == [.send(Self.secret), .secretInput(false)])

        // Then the account is ready, and the credentials are kept for reconnecting
        let ready = session.received(Self.ready)
        #expect(Self.shown(ready) == ["* Your account ana is ready."])
        #expect(ready.contains(.status))
        #expect(session.credentials == .init(name: "ana", secret: Self.secret))
        #expect(session.statusLine.name == "ana")
    }

    @Test func afterADropItLogsBackInByItself() {
        // Given a learner logged in, whose connection drops
        var session = Self.signedUp()
        #expect(session.disconnected(retryIn: 2) == [.status])
        #expect(session.statusLine.connection == .reconnecting(seconds: 2))
        #expect(session.afterClose == .reconnect)

        // When it reconnects
        #expect(Self.sends(session.connected()) == ["/mode json", "/login ana"])

        // Then the greeting is not shown again, and the passphrase is answered without asking
        #expect(session.received(Self.welcomeText) == [])
        #expect(session.received(Self.modeAck) == [])
        #expect(session.received(Self.askPassphrase) == [.send(Self.secret)])
        #expect(!session.awaitingSecret)

        // And the server's welcome back is shown
        #expect(Self.shown(session.received(Self.welcomeBack)) == ["* Welcome back, ana."])
        #expect(session.credentials?.secret == Self.secret)
    }

    @Test func aRememberedPassphraseThatFailsIsForgottenAndNotRetried() {
        var session = Self.signedUp()
        _ = session.disconnected(retryIn: 1)
        _ = session.connected()
        _ = session.received(Self.askPassphrase)
        let failed = session.received(#"{"type":"error","code":"login-failed","text":"That passphrase is not right for ana."}"#)
        #expect(Self.shown(failed) == ["! That passphrase is not right for ana.",
                                       "* Could not log in as ana again; /login ana tries once more."])
        #expect(session.credentials == nil)
        // A second ask is the user's to answer
        #expect(session.received(Self.askPassphrase).contains(.secretInput(true)))
    }

    @Test func aTooShortPassphraseKeepsTheInputHidden() {
        var session = ClientSession(address: "x", name: "ana", echoInput: true, confirmsBySelf: false)
        _ = session.connected()
        _ = session.received(Self.askNew)
        _ = session.typed("short")
        let refused = session.received(#"{"type":"error","code":"weak-passphrase","text":"Too short. Choose a passphrase:"}"#)
        #expect(refused.contains(.secretInput(true)))
        #expect(session.awaitingSecret)
        #expect(session.typed(Self.secret) == [.send(Self.secret), .secretInput(false)])
    }

    @Test func aScriptGivesThePassphraseOnceAndItsLinesWaitForTheLogin() {
        // Given a script with --name (no terminal)
        var session = ClientSession(address: "x", name: "ana", echoInput: false, confirmsBySelf: true)
        #expect(!session.readyForInput)
        _ = session.connected()
        _ = session.received(Self.modeAck)

        // Then its lines wait until the server asks for the passphrase
        #expect(!session.readyForInput)
        _ = session.received(Self.askNew)
        #expect(session.readyForInput)
        #expect(session.typed(Self.secret) == [.send(Self.secret), .secretInput(false)])
        #expect(!session.readyForInput)

        // And the confirmation is answered with the same passphrase
        #expect(session.received(Self.askConfirm) == [.send(Self.secret)])
        _ = session.received(Self.ready)
        #expect(session.readyForInput)
        #expect(session.typed("/topics") == [.send("/topics")])
    }

    @Test func aLoginTypedByTheUserIsFollowedToo() {
        var session = ClientSession(address: "x", echoInput: true, confirmsBySelf: false)
        _ = session.connected()
        #expect(session.typed("/login ana") == [.show(EventRenderer.echo("/login ana")), .send("/login ana")])
        #expect(!session.readyForInput)
        _ = session.received(Self.askPassphrase)
        _ = session.typed(Self.secret)
        _ = session.received(Self.welcomeBack)
        #expect(session.credentials == .init(name: "ana", secret: Self.secret))
    }

    /// (goodbye text or nil, typed /quit, after the close)
    static let closes: [(String?, Bool, ClientSession.AfterClose)] = [
        (nil, false, .reconnect),
        ("The server is shutting down for now. Reconnect in a minute.", false, .reconnect),
        ("You logged in from another connection, so this one is closing.", false, .exit),
        ("Your account and all your data have been deleted. Goodbye.", false, .exit),
        ("Goodbye! Your progress is saved.", true, .exit),
        (nil, true, .exit),
    ]

    @Test(arguments: closes)
    func decidesWhetherToReconnect(_ goodbye: String?, _ quit: Bool, _ expected: ClientSession.AfterClose) {
        var session = Self.signedUp()
        if quit { _ = session.typed("/quit") }
        if let goodbye { _ = session.received(#"{"type":"goodbye","text":"\#(goodbye)"}"#) }
        _ = session.disconnected(retryIn: 1)
        #expect(session.afterClose == expected)
    }

    @Test func modeIsNotSentAndNothingIsSentWhileOffline() {
        var session = Self.signedUp()
        #expect(Self.sends(session.typed("/mode text")) == [])
        _ = session.disconnected(retryIn: 1)
        #expect(Self.shown(session.typed("5/6")) == ["* Not connected: that line was not sent. /quit leaves."])
        #expect(session.typed("/quit") == [])
        #expect(session.quitting)
    }

    @Test func typedLinesAreEchoedOnATerminalOnly() {
        var terminal = Self.signedUp()
        #expect(terminal.typed("5/6") == [.show(EventRenderer.echo("5/6")), .send("5/6")])
        var script = ClientSession(address: "x", echoInput: false, confirmsBySelf: true)
        _ = script.connected()
        #expect(script.typed("5/6") == [.send("5/6")])
    }

    @Test func statusRoomHelpAndTopicsFeedTheStatusLineAndCompletion() {
        var session = Self.signedUp()
        let status = #"{"type":"status","dialogue":"seasons","title":"Why seasons?","step":2,"steps":5,"mastery":[],"room":"r3","phase":"think","role":"learner"}"#
        #expect(session.received(status) == [.status])
        #expect(session.statusLine.status.step == 2)

        let room = #"{"type":"room","room":"r3","phase":"discuss","members":["ana","ben","cy"],"text":"Discuss now."}"#
        let outputs = session.received(room)
        #expect(Self.shown(outputs) == ["# Discuss now."])
        #expect(outputs.contains(.status))
        #expect(session.statusLine.status.phase == "discuss")
        #expect(session.completer.names == ["ben", "cy"])

        _ = session.received(#"{"type":"chat","room":"r3","from":"dee","role":"learner","kind":"say","text":"hi"}"#)
        #expect(session.completer.names == ["dee", "ben", "cy"])

        _ = session.received(#"{"type":"help","lines":["Commands:","  /help  help","  /ready  ready"]}"#)
        #expect(session.completer.commands == ["/help", "/ready"])

        _ = session.received(#"{"type":"topics","topics":[{"id":"seasons","title":"S","subject":"E","status":""}]}"#)
        #expect(session.completer.topics == ["seasons"])
    }
}
