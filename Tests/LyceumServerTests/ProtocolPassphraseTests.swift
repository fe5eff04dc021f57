import Foundation
import LyceumCore
import Testing
@testable import LyceumServer

/// A reset passphrase renewed at login, `/passphrase`, `/reset` in the command table, and
/// telnet echo around passphrases: the pure parts.
@Suite struct PassphraseRenewalTests {
    @Test func afterAResetTheOneTimePassphraseLeadsToChoosingANewOneBeforeLoggingIn() {
        // Given bob, whose one-time passphrase was right
        var flow = LoginFlow()
        _ = flow.begin(name: "bob", exists: true)
        #expect(flow.secret("k7qh2mxp3d") == .verify(name: "bob", secret: "k7qh2mxp3d"))
        guard case .say(.ask(field: "new-passphrase", let prompt)) = flow.mustRenew(name: "bob", oneTime: "k7qh2mxp3d") else {
            Issue.record("expected a request for a new passphrase"); return
        }
        #expect(prompt.contains("That was a one-time passphrase"))
        #expect(flow.expectsSecret && flow.expectsPassphrase)
        // Then the one-time one, a short one and a '/' one are refused, and he stays at the prompt
        for refused in ["k7qh2mxp3d", "short", "/slashed passphrase"] {
            guard case .say(.error(code: "weak-passphrase", _)) = flow.secret(refused) else {
                Issue.record("\(refused) must be refused"); return
            }
            #expect(flow.expectsPassphrase)
        }
        // And a good one, typed twice, is to be stored
        guard case .say(.ask(field: "confirm-passphrase", _)) = flow.secret("my own passphrase") else {
            Issue.record("expected the confirmation"); return
        }
        #expect(flow.secret("my own passphrase") == .renew(name: "bob", secret: "my own passphrase"))
    }

    @Test func quitAndLoginEscapeTheRenewalAndThreeMismatchesEndIt() {
        var flow = LoginFlow()
        _ = flow.mustRenew(name: "bob", oneTime: "onetimeone")
        #expect(flow.secret("/quit") == .quit)
        #expect(!flow.expectsSecret)
        _ = flow.mustRenew(name: "bob", oneTime: "onetimeone")
        _ = flow.secret("my own passphrase")
        #expect(flow.secret("/login ana") == .restart(name: "ana"))

        _ = flow.mustRenew(name: "bob", oneTime: "onetimeone")
        for attempt in 1...3 {
            _ = flow.secret("my own passphrase")
            guard case .say(.error(code: "passphrase-mismatch", let message)) = flow.secret("another one") else {
                Issue.record("a mismatch must be refused"); return
            }
            #expect(flow.expectsPassphrase == (attempt < 3))
            if attempt == 3 { #expect(message.contains("the one-time passphrase still works")) }
        }
    }

    @Test(arguments: [4, 8, 12])
    func theMinimumIsTheSettingEverywhere(minimum: Int) {
        var flow = LoginFlow()
        flow.minimumPassphraseLength = minimum
        let justShort = String(repeating: "x", count: minimum - 1), justLong = String(repeating: "y", count: minimum)
        _ = flow.begin(name: "new", exists: false)
        guard case .say(.error(code: "weak-passphrase", let message)) = flow.secret(justShort) else {
            Issue.record("shorter than \(minimum) must be refused"); return
        }
        #expect(message.contains("at least \(minimum) characters"))
        guard case .say(.ask(field: "confirm-passphrase", _)) = flow.secret(justLong) else { Issue.record("accepted"); return }

        var change = PassphraseChange(minimumPassphraseLength: minimum)
        _ = change.line("current one")
        _ = change.verified()
        guard case .say(.error(code: "weak-passphrase", _)) = change.line(justShort) else {
            Issue.record("/passphrase: shorter than \(minimum) must be refused"); return
        }
        guard case .say(.ask(field: "confirm-passphrase", _)) = change.line(justLong) else { Issue.record("accepted"); return }
        #expect(ServerSettings().minimumPassphraseLength == LoginFlow().minimumPassphraseLength)
    }
}

@Suite struct PassphraseChangeTests {
    @Test func theCurrentPassphraseThenTheNewOneTwice() {
        var change = PassphraseChange(minimumPassphraseLength: 8)
        #expect(change.firstQuestion == .ask(field: "current-passphrase",
                                            prompt: "Type your current passphrase (an empty line keeps it as it is):"))
        #expect(change.line("old passphrase") == .verify(secret: "old passphrase"))
        guard case .ask(field: "new-passphrase", _) = change.verified() else { Issue.record("expected the new one"); return }
        _ = change.line("new passphrase")
        guard case .say(.error(code: "passphrase-mismatch", _)) = change.line("other") else {
            Issue.record("a mismatch must be refused"); return
        }
        _ = change.line("new passphrase")
        #expect(change.line("new passphrase") == .store(secret: "new passphrase"))
    }

    @Test(arguments: [0, 1, 2])
    func anEmptyLineKeepsThePassphraseAndQuitQuitsAtEveryPrompt(prompt: Int) {
        for (line, expected) in [("", PassphraseChange.Action.end(.system("Your passphrase was not changed."))), (" /QUIT", .quit)] {
            var change = PassphraseChange(minimumPassphraseLength: 8)
            if prompt >= 1 { _ = change.line("old passphrase"); _ = change.verified() }
            if prompt >= 2 { _ = change.line("new passphrase") }
            #expect(change.line(line) == expected)
        }
    }

    @Test func threeMismatchesEndTheChange() {
        var change = PassphraseChange(minimumPassphraseLength: 8)
        _ = change.line("old passphrase")
        _ = change.verified()
        for attempt in 1...3 {
            _ = change.line("new passphrase")
            let action = change.line("different")
            if attempt < 3 {
                guard case .say(.error(code: "passphrase-mismatch", _)) = action else { Issue.record("refused"); return }
            } else {
                guard case .end(.error(code: "passphrase-mismatch", _)) = action else { Issue.record("ended"); return }
            }
        }
    }

    @Test func resetIsForTeachersAndAdminsAndPassphraseForEveryoneLoggedIn() {
        for role in Role.allCases {
            #expect(CommandSpec.named("reset", for: role)?.allows(role) == role.oversees, "\(role)")
            #expect(CommandSpec.named("passphrase", for: role)?.allows(role) == true, "\(role)")
        }
        #expect(CommandSpec.named("reset")?.allows(nil) == false)
        #expect(CommandSpec.named("passphrase")?.allows(nil) == false)
    }
}

@Suite struct TelnetEchoTests {
    static let crlf: [UInt8] = [13, 10]

    @Test func aTelnetClientIsAskedNotToEchoAPassphraseAndToEchoAgainAfterIt() {
        var echo = TelnetEcho()
        echo.clientSpokeTelnet = true
        // /login: the reply asks for a passphrase
        #expect(echo.beforeReply(passphraseNext: true, textMode: true) == TelnetEcho.willEcho)
        // the chosen passphrase: the confirmation is asked, echo stays off; a line end for the unechoed Enter
        #expect(echo.beforeReply(passphraseNext: true, textMode: true) == Self.crlf)
        // the confirmation: echo on again
        #expect(echo.beforeReply(passphraseNext: false, textMode: true) == TelnetEcho.wontEcho + Self.crlf)
        // an ordinary line: nothing
        #expect(echo.beforeReply(passphraseNext: false, textMode: true) == [])
        // JSON mode: the negotiation, never a bare line end
        #expect(echo.beforeReply(passphraseNext: true, textMode: false) == TelnetEcho.willEcho)
        #expect(echo.beforeReply(passphraseNext: false, textMode: false) == TelnetEcho.wontEcho)
    }

    @Test func aClientThatNeverSpokeTelnetGetsNoNegotiation() {
        var echo = TelnetEcho()
        for next in [true, true, false, true, false] {
            #expect(echo.beforeReply(passphraseNext: next, textMode: true).isEmpty)
        }
    }

    static let hello: [UInt8] = Array("hello\n".utf8)
    static let framerCases: [([UInt8], Bool)] = [
        (hello, false),
        ([255, 253, 3] + hello, true),  // IAC DO SUPPRESS-GO-AHEAD
        (Array("he".utf8) + [255, 241] + Array("llo\n".utf8), true),  // IAC NOP inside the line
    ]

    @Test(arguments: framerCases)
    func theFramerNotesATelnetClient(bytes: [UInt8], telnet: Bool) {
        var framer = LineFramer()
        let lines = bytes.compactMap { framer.feed($0) }
        #expect(lines == [.line("hello")])
        #expect(framer.spokeTelnet == telnet)
    }
}
