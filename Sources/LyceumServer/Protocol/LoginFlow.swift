import Foundation
import LyceumCore
import LyceumStore

/// The login conversation as a pure state machine: `/login NAME`, then the passphrase on its
/// own line; a new learner chooses one and types it twice. Decisions are returned as values;
/// the connection looks up accounts and checks hashes. While a passphrase is asked for, `/quit`
/// quits and `/login NAME` starts over: neither is a passphrase, and neither is a failed login.
/// An account whose passphrase was reset logs in with the one-time one and then must choose a
/// new one (typed twice) before it is logged in.
public struct LoginFlow: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case anonymous
        /// An existing account: waiting for its passphrase.
        case passphrase(name: String)
        /// A new learner on a server that signs up with class codes: waiting for the code.
        case classCode(name: String)
        /// A new learner: waiting for the chosen passphrase, then for it again (`classID`: the
        /// class whose code they gave, which they join once the account exists).
        case choosing(name: String, classID: String?)
        case confirming(name: String, first: String, classID: String?)
        /// The one-time passphrase of a reset was right: waiting for the new one, then for it again.
        case renewing(name: String, oneTime: String)
        case confirmingRenewal(name: String, first: String, oneTime: String)
        case loggedIn(name: String)
    }

    public enum Action: Sendable, Equatable {
        /// Check `secret` against the stored hash of `name`.
        case verify(name: String, secret: String)
        /// Create a learner account `name` with passphrase `secret`, in class `classID` when given.
        case create(name: String, secret: String, classID: String?)
        /// Look up the class with join code `code` for new learner `name`; answer with
        /// `codeAccepted(classID:)` or `codeRefused(_:)`.
        case checkCode(name: String, code: String)
        /// Store `secret` as the new passphrase of `name` (after a reset), then log it in.
        case renew(name: String, secret: String)
        case say(ServerEvent)
        /// `/quit` at a passphrase prompt.
        case quit
        /// `/login NAME` at a passphrase prompt: begin again with NAME (maybe empty: a usage error).
        case restart(name: String)
    }

    /// Mismatched confirmations in a row after which the new learner starts over.
    public static let mismatchesBeforeStartingOver = 3
    private var mismatches = 0

    public private(set) var state: State = .anonymous
    public var minimumPassphraseLength = ServerSettings().minimumPassphraseLength
    public var signup: SignupPolicy = .open
    public init() {}

    /// Whether the next line is a secret: it must never be echoed, logged or stored as text.
    public var expectsSecret: Bool {
        switch state {
        case .classCode: true
        default: expectsPassphrase
        }
    }

    /// Whether the next line is a passphrase (a telnet client is asked not to echo it).
    public var expectsPassphrase: Bool {
        switch state {
        case .passphrase, .choosing, .confirming, .renewing, .confirmingRenewal: true
        case .anonymous, .classCode, .loggedIn: false
        }
    }

    /// `/login NAME`; `exists` says whether an account has this name.
    public mutating func begin(name: String, exists: Bool) -> Action {
        mismatches = 0
        if exists {
            state = .passphrase(name: name)
            return .say(.ask(field: "passphrase", prompt: "Passphrase for \(name):"))
        }
        switch signup {
        case .open:
            state = .choosing(name: name, classID: nil)
            return .say(.ask(field: "new-passphrase",
                             prompt: "Welcome, \(name)! You're new here. Choose a passphrase (at least \(minimumPassphraseLength) characters):"))
        case .code:
            state = .classCode(name: name)
            return .say(.ask(field: "class-code",
                             prompt: "Welcome, \(name)! You're new here. Type your class code (your teacher has it), or /quit:"))
        case .closed:
            state = .anonymous
            return .say(.error(code: "no-signup",
                               message: "There is no account called \(name), and this server does not create accounts at login. "
                                   + "Check the spelling, or ask your teacher for an account."))
        }
    }

    /// The code a new learner gave belongs to class `classID`.
    public mutating func codeAccepted(classID: String, title: String) -> Action {
        guard case .classCode(let name) = state else { return .say(.error(code: "not-expected", message: "No class code was asked for.")) }
        state = .choosing(name: name, classID: classID)
        return .say(.ask(field: "new-passphrase",
                         prompt: "That is the code of \(title). Choose a passphrase (at least \(minimumPassphraseLength) characters):"))
    }

    /// No class has the code the new learner gave; they may try again.
    public mutating func codeRefused(_ code: String) -> Action {
        .say(.error(code: "no-such-class",
                    message: "No class has the code \(code). Type the code your teacher gave you, or /quit:"))
    }

    /// `name` gave the right one-time passphrase `oneTime` after a reset: before anything else,
    /// they choose a new one.
    public mutating func mustRenew(name: String, oneTime: String) -> Action {
        mismatches = 0
        state = .renewing(name: name, oneTime: oneTime)
        return .say(.ask(field: "new-passphrase",
                         prompt: "That was a one-time passphrase, so choose your own now (at least \(minimumPassphraseLength) characters), or /quit:"))
    }

    /// What is wrong with `line` as a new passphrase, as a refusal that asks again.
    private func refusal(of line: String, ask: String) -> Action? {
        guard let problem = Passphrase.problem(with: line, minimum: minimumPassphraseLength) else { return nil }
        return .say(.error(code: "weak-passphrase", message: "\(problem) \(ask)"))
    }

    /// A line typed while the flow waits for a secret.
    public mutating func secret(_ line: String) -> Action {
        if let escape = LoginFlow.escape(line) {
            state = .anonymous
            return escape
        }
        switch state {
        case .passphrase(let name):
            return .verify(name: name, secret: line)
        case .classCode(let name):
            return .checkCode(name: name, code: line)
        case .choosing(let name, let classID):
            if let refusal = refusal(of: line, ask: "Choose a passphrase:") { return refusal }
            state = .confirming(name: name, first: line, classID: classID)
            return .say(.ask(field: "confirm-passphrase", prompt: "Type the same passphrase again:"))
        case .confirming(let name, let first, let classID):
            guard line == first else {
                return mismatched(retry: .choosing(name: name, classID: classID),
                                  last: "so no account was created. Start again with /login \(name) when you're ready, "
                                      + "and type the same passphrase twice.",
                                  again: "Choose a passphrase again (at least \(minimumPassphraseLength) characters), "
                                      + "or type /login NAME to use another name, or /quit to leave:")
            }
            return .create(name: name, secret: line, classID: classID)
        case .renewing(let name, let oneTime):
            if line == oneTime {
                return .say(.error(code: "weak-passphrase",
                                   message: "That is the one-time passphrase. Choose a new one of your own:"))
            }
            if let refusal = refusal(of: line, ask: "Choose a new passphrase:") { return refusal }
            state = .confirmingRenewal(name: name, first: line, oneTime: oneTime)
            return .say(.ask(field: "confirm-passphrase", prompt: "Type the same passphrase again:"))
        case .confirmingRenewal(let name, let first, let oneTime):
            guard line == first else {
                return mismatched(retry: .renewing(name: name, oneTime: oneTime),
                                  last: "so nothing was changed and the one-time passphrase still works. "
                                      + "Start again with /login \(name) when you're ready.",
                                  again: "Choose a new passphrase again (at least \(minimumPassphraseLength) characters), or /quit to leave:")
            }
            return .renew(name: name, secret: line)
        case .anonymous, .loggedIn:
            return .say(.error(code: "not-expected", message: "No passphrase was asked for."))
        }
    }

    public mutating func succeeded(name: String) { state = .loggedIn(name: name) }
    public mutating func failed() { state = .anonymous }

    /// A confirmation that differs: ask again (`retry`, saying `again`), or after the third in a
    /// row, end the attempt (saying `last`).
    private mutating func mismatched(retry: State, last: String, again: String) -> Action {
        mismatches += 1
        guard mismatches < LoginFlow.mismatchesBeforeStartingOver else {
            state = .anonymous
            return .say(.error(code: "passphrase-mismatch", message: "The two passphrases differed \(mismatches) times, \(last)"))
        }
        state = retry
        return .say(.error(code: "passphrase-mismatch", message: "The two passphrases differ, so nothing was saved. \(again)"))
    }

    /// `/quit` or `/login NAME` typed at a passphrase prompt (in any case, with spaces around).
    static func escape(_ line: String) -> Action? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        if lower == "/quit" { return .quit }
        if lower == "/login" { return .restart(name: "") }
        if lower.hasPrefix("/login ") {
            return .restart(name: String(trimmed.dropFirst("/login ".count)).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
