import LyceumCore
import TutorEngine

/// Everything the server says to a connection, as typed values. Both the text mode and the
/// JSON mode render these same events (docs/PROTOCOL.md lists them).
public enum ServerEvent: Sendable, Equatable {
    /// The greeting on connect.
    case welcome(String)
    /// Information from the server (not from the tutor, not from a user).
    case system(String)
    /// A refused command or bad input: a stable code and a sentence that says what to do.
    case error(code: String, message: String)
    /// The server asks for something on the next line (a name, a passphrase, a confirmation).
    case ask(field: String, prompt: String)
    /// A tutor move.
    case tutor(TutorEvent)
    /// The classifier's verdict on an answer (shown in JSON mode; text mode shows the tutor's move instead).
    case verdict(Classification)
    /// The dialogues a learner can start.
    case topics([Topic])
    /// Help: one line per command, or the details of one.
    case help([String])
    /// One JSON object of the learner's own data (`/export`).
    case data(String)
    /// The connection is about to close, and why.
    case goodbye(String)
    /// Someone speaking in a room, or a teacher's coaching or announcement: always attributed.
    case chat(Chat)
    /// The tutor speaking to a whole room.
    case roomTutor(room: String, text: String)
    /// A room's own notice (phases, joins), with its phase and members.
    case room(RoomNotice)
    /// Where the user is now, for a client's status line (JSON mode only; text mode shows nothing).
    case status(Status)
    /// A teacher's view: a title and preformatted lines.
    case report(title: String, lines: [String])
    /// Something a teacher should look at now.
    case alert(learner: String?, text: String)
    /// A live copy of a learner's tutoring turn, for a teacher who `/watch`es them.
    case watch(learner: String, input: String, reply: String)

    public struct Chat: Sendable, Equatable {
        /// nil: not in a room (coaching, an announcement to everyone).
        public var room: String?
        public var from: String
        public var role: Role
        /// say, me, whisper, answer, proposal, pin, announce, coach.
        public var kind: String
        public var text: String
        /// Private to these names (whispers, coaching, a Think answer); nil: everyone in the room.
        public var to: [String]?
        public init(room: String?, from: String, role: Role, kind: String, text: String, to: [String]? = nil) {
            self.room = room; self.from = from; self.role = role; self.kind = kind; self.text = text; self.to = to
        }
    }

    public struct RoomNotice: Sendable, Equatable {
        public var room: String
        public var phase: String
        public var members: [String]
        public var text: String
        public init(room: String, phase: String, members: [String], text: String) {
            self.room = room; self.phase = phase; self.members = members; self.text = text
        }
    }

    public struct Status: Sendable, Equatable {
        public var role: Role
        public var dialogue: String?
        public var title: String?
        public var step: Int?
        public var steps: Int?
        public var mastery: [(skill: String, p: Double)]
        public var room: String?
        public var phase: String?
        public init(role: Role, dialogue: String? = nil, title: String? = nil, step: Int? = nil, steps: Int? = nil,
                    mastery: [(skill: String, p: Double)] = [], room: String? = nil, phase: String? = nil) {
            self.role = role; self.dialogue = dialogue; self.title = title; self.step = step; self.steps = steps
            self.mastery = mastery; self.room = room; self.phase = phase
        }
        public static func == (a: Status, b: Status) -> Bool {
            a.role == b.role && a.dialogue == b.dialogue && a.title == b.title && a.step == b.step && a.steps == b.steps
                && a.mastery.map(\.skill) == b.mastery.map(\.skill) && a.mastery.map(\.p) == b.mastery.map(\.p)
                && a.room == b.room && a.phase == b.phase
        }
    }

    public struct Topic: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
        public var subject: String
        public var status: String
        public init(id: String, title: String, subject: String, status: String) {
            self.id = id; self.title = title; self.subject = subject; self.status = status
        }
    }

    /// The `type` field in JSON mode.
    public var type: String {
        switch self {
        case .welcome: "welcome"
        case .system: "system"
        case .error: "error"
        case .ask: "ask"
        case .tutor: "tutor"
        case .verdict: "verdict"
        case .topics: "topics"
        case .help: "help"
        case .data: "data"
        case .goodbye: "goodbye"
        case .chat: "chat"
        case .roomTutor: "tutor"
        case .room: "room"
        case .status: "status"
        case .report: "report"
        case .alert: "alert"
        case .watch: "watch"
        }
    }
}

/// How a connection wants its events: text for people with netcat, JSON Lines for programs.
public enum OutputMode: String, Sendable, Equatable, CaseIterable {
    case text
    case json
}
