import Foundation
import GRDB

/// A room as stored: its state is the Rooms module's `Room`, encoded by the server.
public struct StoredRoom: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "room"
    public var id: String
    public var dialogueID: String
    public var stepID: String
    public var phase: String
    public var state: Data
    public var createdAt: Date
    public var closedAt: Date?

    public init(id: String, dialogueID: String, stepID: String, phase: String, state: Data, createdAt: Date, closedAt: Date?) {
        self.id = id; self.dialogueID = dialogueID; self.stepID = stepID; self.phase = phase
        self.state = state; self.createdAt = createdAt; self.closedAt = closedAt
    }
}

/// One line said in a room, as stored (every line, also private ones, for moderation and export).
public struct RoomLineRow: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "roomLine"
    public var roomID: String
    public var number: Int
    /// Filled in from `fromName` when saved.
    public var accountID: Int64?
    public var fromName: String?
    public var role: String?
    public var kind: String
    public var text: String
    public var toNames: [String]?
    public var createdAt: Date

    public init(roomID: String, number: Int, fromName: String?, role: String?, kind: String, text: String,
                toNames: [String]?, createdAt: Date) {
        self.roomID = roomID; self.number = number; self.fromName = fromName; self.role = role
        self.kind = kind; self.text = text; self.toNames = toNames; self.createdAt = createdAt
    }
}

/// A moderation action (mute, unmute, kick, advance, pin, flag, assign, group), for the record.
public struct ModerationEntry: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "moderation"
    public var roomID: String?
    public var actor: String
    public var target: String?
    public var action: String
    public var detail: String?
    public var createdAt: Date

    public init(roomID: String?, actor: String, target: String?, action: String, detail: String?, createdAt: Date) {
        self.roomID = roomID; self.actor = actor; self.target = target; self.action = action
        self.detail = detail; self.createdAt = createdAt
    }
}

/// A teacher viewed a learner's data: who, whose, how, when.
public struct AuditEntry: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "audit"
    public var viewer: String
    public var learner: String
    /// What was viewed: dashboard, alerts, watch, room.
    public var action: String
    public var createdAt: Date

    public init(viewer: String, learner: String, action: String, createdAt: Date) {
        self.viewer = viewer; self.learner = learner; self.action = action; self.createdAt = createdAt
    }
}

/// One learner as a teacher's dashboard needs them, read in one transaction.
public struct LearnerSnapshot: Sendable, Equatable {
    public var account: Account
    /// The current dialogue's session, if any.
    public var session: StoredSession?
    public var mastery: [String: Double]
    /// The latest misconception seen in their answers, and when.
    public var lastMisconception: (id: String, at: Date)?

    public static func == (a: LearnerSnapshot, b: LearnerSnapshot) -> Bool {
        a.account == b.account && a.session == b.session && a.mastery == b.mastery
            && a.lastMisconception?.id == b.lastMisconception?.id && a.lastMisconception?.at == b.lastMisconception?.at
    }
}

/// A misconception that keeps coming back for one learner.
/// How often a misconception was shown in a dialogue by the learners a teacher oversees.
public struct FrequentMisconception: Sendable, Equatable {
    public var dialogueID: String
    public var misconception: String
    public var count: Int
    public init(dialogueID: String, misconception: String, count: Int) {
        self.dialogueID = dialogueID; self.misconception = misconception; self.count = count
    }
}

public struct RecurringMisconception: Sendable, Equatable {
    public var learner: String
    public var dialogueID: String
    public var misconception: String
    public var count: Int
    public var lastAt: Date
}
