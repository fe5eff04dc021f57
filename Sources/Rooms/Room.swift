import Foundation
import LyceumCore

/// A small group discussing one checkpoint's question: think, reveal, discuss, share, then back
/// to each member's own dialogue. A value: `RoomLogic` changes it, the server stores it.
///
/// Its encoded form (`Codable`) is the room's state without its lines: `history` is left out,
/// because the server stores each line once, as it is said, and gives the latest ones back with
/// `restore(history:keeping:)` when it resumes the room. So a chat line, which changes only
/// `history` and `nextLine` (`differsOnlyInLines(from:)`), needs no new copy of the state.
/// A state encoded before this (with its `history`) still decodes; the history in it is ignored.
public struct Room: Sendable, Equatable, Codable {
    /// Where the room is in its activity. Reveal happens in one moment, between Think and Discuss.
    public enum Phase: String, Sendable, Equatable, Codable, CaseIterable {
        /// Everyone answers the question privately.
        case think
        /// Free chat; the tutor watches for misconceptions.
        case discuss
        /// The room agrees on one final answer.
        case share
        /// Feedback given; members type /ready to go back to their own dialogue.
        case closing
        case closed
    }

    public struct Member: Sendable, Equatable, Codable {
        public var name: String
        public var role: Role
        /// Connected and in the room now.
        public var present: Bool
        /// The private answer from Think.
        public var answer: String?
        public var ready = false
        public var mutedUntil: Date?
        /// Left or was removed; kept so the history stays attributable.
        public var gone = false
        public init(name: String, role: Role, present: Bool) { self.name = name; self.role = role; self.present = present }
    }

    public var id: String
    public var checkpoint: CheckpointKey
    /// The dialogue's title, for notices.
    public var title: String
    /// The group-discussion question.
    public var question: String
    public var phase: Phase = .think
    /// When the current phase ends by itself, if it does.
    public var deadline: Date?
    public var members: [Member] = []
    /// Tutors assigned to moderate this room (they may join it).
    public var moderators: [String] = []
    /// The answer proposed in Share, and who proposed it.
    public var proposal: RoomLine?
    /// The group's final verdict, once given.
    public var verdict: String?
    /// Misconception ids the tutor has already asked about.
    public var raised: [String] = []
    public var pinned: String?
    /// The latest lines, for replay on (re)joining; bounded (`RoomLogic.keptLines`). Not encoded.
    public var history: [RoomLine] = []
    public var createdAt: Date
    /// The number of the next line. Encoded, but only when the rest of the state changes: after a
    /// restart it is at least one more than the last line stored (`restore(history:keeping:)`).
    public var nextLine: Int = 1

    /// Everything but `history`.
    enum CodingKeys: String, CodingKey {
        case id, checkpoint, title, question, phase, deadline, members, moderators, proposal, verdict, raised, pinned
        case createdAt, nextLine
    }

    public init(id: String, checkpoint: CheckpointKey, title: String, question: String, createdAt: Date) {
        self.id = id; self.checkpoint = checkpoint; self.title = title; self.question = question; self.createdAt = createdAt
    }

    public func member(_ name: String) -> Member? {
        members.first { $0.name.lowercased() == name.lowercased() && !$0.gone }
    }

    /// Learners still in the room (present or not).
    public var learners: [Member] { members.filter { $0.role == .learner && !$0.gone } }
    /// Learners in the room and connected: the ones whose answers and readiness are waited for.
    public var presentLearners: [Member] { learners.filter(\.present) }
    /// Everyone who is in the room now (and sees its lines).
    public var audience: [String] { members.filter { $0.present && !$0.gone }.map(\.name) }

    /// Whether `other` is this room with only lines added (or none): the same state apart from
    /// `history` and `nextLine`. Then storing the new lines is all that storing the room needs.
    public func differsOnlyInLines(from other: Room) -> Bool {
        var mine = self, theirs = other
        mine.history = []; theirs.history = []
        mine.nextLine = 0; theirs.nextLine = 0
        return mine == theirs
    }

    /// A room decoded from its stored state gets back its lines, oldest first, as they were stored
    /// (the latest `limit` of them are kept), and numbers new lines after the last one.
    public mutating func restore(history lines: [RoomLine], keeping limit: Int) {
        history = Array(lines.suffix(limit))
        nextLine = max(nextLine, (lines.map(\.number).max() ?? 0) + 1)
    }

    /// Removes what `name` wrote (`/forget`): their think answer, their proposal, their lines.
    /// Returns whether anything changed.
    public mutating func forget(_ name: String) -> Bool {
        let key = name.lowercased()
        var changed = false
        for i in members.indices where members[i].name.lowercased() == key && members[i].answer != nil {
            members[i].answer = nil
            changed = true
        }
        if proposal?.from?.lowercased() == key {
            proposal = nil
            changed = true
        }
        let before = history.count
        history.removeAll { $0.from?.lowercased() == key }
        return changed || history.count != before
    }

    /// The lines `name` may see, newest last: public ones and private ones to or from them.
    public func replay(for name: String, limit: Int) -> [RoomLine] {
        Array(history.filter { $0.visible(to: name) }.suffix(limit))
    }
}

/// One line said in a room, attributed. The server renders it; the speaker's text is never
/// put where the tutor's, a teacher's or the system's words go.
public struct RoomLine: Sendable, Equatable, Codable {
    public enum Kind: String, Sendable, Equatable, Codable {
        /// Chat.
        case say
        /// An action: "/me waves".
        case me
        /// Private between two members.
        case whisper
        /// A Think answer, shown at Reveal.
        case answer
        /// A proposed final answer in Share.
        case proposal
        /// Pinned by a moderator.
        case pin
        /// From a teacher, to the room or to everyone.
        case announce
        /// The tutor (the engine) speaking to the room.
        case tutor
        /// The room itself: phases, joins, leaves.
        case notice
    }

    public var number: Int
    public var at: Date
    /// Who said it; nil for the tutor and notices.
    public var from: String?
    public var role: Role?
    public var kind: Kind
    public var text: String
    /// Private to these members; nil means the whole room.
    public var to: [String]?

    public init(number: Int = 0, at: Date, from: String? = nil, role: Role? = nil, kind: Kind, text: String, to: [String]? = nil) {
        self.number = number; self.at = at; self.from = from; self.role = role; self.kind = kind; self.text = text; self.to = to
    }

    public func visible(to name: String) -> Bool {
        guard let to else { return true }
        let key = name.lowercased()
        return to.contains { $0.lowercased() == key } || from?.lowercased() == key
    }
}
