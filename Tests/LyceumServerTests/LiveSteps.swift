import Foundation
import LyceumStore

/// What a learner types, step by step, in the live tests.
extension LiveClient {
    static let passphrase = "correct horse battery"

    /// `/login NAME` for a new name: the passphrase is asked for twice, then the account is ready.
    func signUp(_ name: String, passphrase: String = LiveClient.passphrase) throws {
        try send("/login \(name)")
        try readUntil("You're new here. Choose a passphrase")
        try send(passphrase)
        try readUntil("Type the same passphrase again:")
        try send(passphrase)
        try readUntil("Your account \(name) is ready.")
    }

    /// Switches to JSON mode, signs up as `name` and starts `dialogue` without a goal: its first question is next.
    func startInJSONMode(_ name: String, dialogue: String) throws {
        try say("/mode json", until: "Output mode: json.")
        try say("/login \(name)", until: #""field":"new-passphrase""#)
        try say(LiveClient.passphrase, until: #""field":"confirm-passphrase""#)
        try say(LiveClient.passphrase, until: "Your account \(name) is ready.")
        try say("/start \(dialogue)", until: #""move":"goal-request""#)
        try say("", until: #""move":"question""#)
    }

    /// `/login NAME` for an existing account; returns the reply up to the line containing `until`.
    @discardableResult
    func logIn(_ name: String, passphrase: String = LiveClient.passphrase, until: String = "Welcome back") throws -> String {
        try send("/login \(name)")
        try readUntil("Passphrase for \(name):")
        try send(passphrase)
        return try readUntil(until)
    }

    /// Starts decimals-compare and sets a goal, which brings up the first question.
    func startDecimals(goal: String = "understand decimals") throws {
        try send("/start decimals-compare")
        try readUntil("Type a goal in your own words")
        try send("/goal \(goal)")
        try readUntil("Step 1 of 4: Which is larger, 0.25 or 0.3?")
    }

    /// Sends `line` and returns the reply up to the line containing `until`.
    @discardableResult
    func say(_ line: String, until: String) throws -> String {
        try send(line)
        return try readUntil(until)
    }
}

/// The data folder of a live server, read the way an operator would (while it runs, or after a crash).
extension LiveServer {
    func database() throws -> AppDatabase {
        try AppDatabase.open(directory: dataDirectory.path)
    }

    /// The inputs stored as turns for `name`, oldest first; nil if there is no such account.
    func storedInputs(of name: String) throws -> [String]? {
        let database = try database()
        guard let account = try database.account(named: name) else { return nil }
        return try database.turns(accountID: account.id).map(\.input)
    }
}
