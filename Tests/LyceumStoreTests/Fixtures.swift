import Foundation
import LyceumCore
@testable import LyceumStore

/// Small builders shared by the store tests. Dates are whole seconds: the store keeps milliseconds.
enum Fixture {
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000)

    static func at(_ seconds: Int) -> Date { t0.addingTimeInterval(TimeInterval(seconds)) }

    static func account(_ db: AppDatabase, _ name: String = "Alice", role: Role = .learner) throws -> Account {
        try db.createAccount(name: try UserName(validating: name), role: role, passphraseHash: "scrypt$hash-of-\(name)", now: t0)
    }

    static func session(_ account: Account, _ dialogue: String, step: String? = "s1", phase: String = "asking",
                        state: String = #"{"step":1}"#, at seconds: Int = 0) -> StoredSession {
        StoredSession(accountID: account.id, dialogueID: dialogue, stepID: step, phase: phase,
                      state: Data(state.utf8), updatedAt: at(seconds))
    }

    static func turn(_ account: Account, _ dialogue: String, input: String = "heavier falls faster",
                     at seconds: Int = 0) -> NewTurn {
        NewTurn(accountID: account.id, dialogueID: dialogue, stepID: "s1", input: input, verdict: "misconception",
                misconception: "heavier-faster", expectations: ["same-rate", "air-resistance"],
                reply: #"[{"move":"probe","text":"Why?"}]"#, createdAt: at(seconds))
    }

    static let noRows = ["session": 0, "currentSession": 0, "mastery": 0, "turn": 0]
    static let oneRowEach = ["session": 1, "currentSession": 1, "mastery": 1, "turn": 1]

    /// A fresh folder under the temporary directory, removed by the caller.
    static func temporaryDirectory() -> String {
        FileManager.default.temporaryDirectory
            .appendingPathComponent("lyceum-store-tests-\(UUID().uuidString)").path
    }
}
