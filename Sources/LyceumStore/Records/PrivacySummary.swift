import Foundation

/// How much is stored about one account, for `/privacy`.
public struct PrivacySummary: Sendable, Equatable, CustomStringConvertible {
    public var accountName: String
    public var createdAt: Date
    public var masteryValues: Int
    public var sessions: Int
    public var turns: Int
    public var firstTurnAt: Date?
    public var lastTurnAt: Date?

    public init(accountName: String, createdAt: Date, masteryValues: Int, sessions: Int, turns: Int,
                firstTurnAt: Date?, lastTurnAt: Date?) {
        self.accountName = accountName
        self.createdAt = createdAt
        self.masteryValues = masteryValues
        self.sessions = sessions
        self.turns = turns
        self.firstTurnAt = firstTurnAt
        self.lastTurnAt = lastTurnAt
    }

    /// For example "1 account, 2 dialogue sessions, 41 turns, 5 mastery values".
    public var description: String {
        func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
        return ["1 account", count(sessions, "dialogue session", "dialogue sessions"), count(turns, "turn", "turns"),
                count(masteryValues, "mastery value", "mastery values")].joined(separator: ", ")
    }
}
