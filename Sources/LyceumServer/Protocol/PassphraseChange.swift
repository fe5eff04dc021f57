import Foundation
import LyceumStore

/// `/passphrase` as a pure state machine: the current passphrase, then the new one twice. Every
/// line it reads is a secret (never echoed, logged, stored as text, or taken as an answer or
/// chat). An empty line keeps the passphrase as it was; `/quit` quits. The connection checks the
/// current passphrase (`verify`) and stores the new one (`store`).
public struct PassphraseChange: Sendable, Equatable {
    public enum State: Sendable, Equatable {
        case current
        case choosing
        case confirming(first: String)
    }

    public enum Action: Sendable, Equatable {
        /// Check `secret` against the stored hash; answer with `verified()` or `refused()`.
        case verify(secret: String)
        /// Ask or refuse, and go on reading secrets.
        case say(ServerEvent)
        /// Hash and store `secret`; the change is over.
        case store(secret: String)
        /// The change is over, with nothing changed.
        case end(ServerEvent)
        /// `/quit`: close the connection; nothing was changed.
        case quit
    }

    public private(set) var state = State.current
    public let minimumPassphraseLength: Int
    private var mismatches = 0

    public init(minimumPassphraseLength: Int) {
        self.minimumPassphraseLength = minimumPassphraseLength
    }

    /// The question that starts the change.
    public var firstQuestion: ServerEvent {
        .ask(field: "current-passphrase", prompt: "Type your current passphrase (an empty line keeps it as it is):")
    }

    /// A line typed during the change.
    public mutating func line(_ line: String) -> Action {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.lowercased() == "/quit" { return .quit }
        if line.isEmpty { return .end(.system("Your passphrase was not changed.")) }
        switch state {
        case .current:
            return .verify(secret: line)
        case .choosing:
            if let problem = Passphrase.problem(with: line, minimum: minimumPassphraseLength) {
                return .say(.error(code: "weak-passphrase", message: "\(problem) Choose a new passphrase (an empty line keeps the old one):"))
            }
            state = .confirming(first: line)
            return .say(.ask(field: "confirm-passphrase", prompt: "Type the same passphrase again:"))
        case .confirming(let first):
            guard line == first else {
                mismatches += 1
                guard mismatches < LoginFlow.mismatchesBeforeStartingOver else {
                    return .end(.error(code: "passphrase-mismatch",
                                       message: "The two passphrases differed \(mismatches) times, so your passphrase was not changed. "
                                           + "/passphrase starts again."))
                }
                state = .choosing
                return .say(.error(code: "passphrase-mismatch",
                                   message: "The two passphrases differ, so nothing was saved. Choose a new passphrase again "
                                       + "(at least \(minimumPassphraseLength) characters; an empty line keeps the old one):"))
            }
            return .store(secret: line)
        }
    }

    /// The current passphrase was right: ask for the new one.
    public mutating func verified() -> ServerEvent {
        state = .choosing
        return .ask(field: "new-passphrase",
                    prompt: "Choose a new passphrase (at least \(minimumPassphraseLength) characters):")
    }
}
