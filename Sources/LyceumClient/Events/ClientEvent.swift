import LyceumCore

/// One line from the server, decoded: the JSON events of docs/PROTOCOL.md (and the room events),
/// or a plain text line (the server speaks text until `/mode json` takes effect).
public enum ClientEvent: Sendable, Equatable {
    case welcome(String)
    case system(String)
    case error(code: String, text: String)
    /// The server waits for a value on the next line; `field` says which (see `isSecret`).
    case ask(field: String, text: String)
    /// A tutor move; `room` is set when the tutor speaks in a group room.
    case tutor(move: String, text: String, room: String?)
    case verdict(verdict: String, misconception: String?, expectations: [String])
    case topics([Topic])
    case help([String])
    /// One exported record, as compact JSON.
    case data(String)
    case goodbye(String)
    case status(Status)
    case chat(Chat)
    case room(RoomNotice)
    case report(title: String, lines: [String])
    case alert(learner: String, text: String)
    /// An event type this client does not know, that carries a `text`: shown as a system line.
    case other(type: String, text: String)
    /// A line that is not a JSON object.
    case plain(String)

    public struct Topic: Sendable, Equatable {
        public var id: String
        public var title: String
        public var subject: String
        public var status: String
        public init(id: String, title: String, subject: String, status: String) {
            self.id = id; self.title = title; self.subject = subject; self.status = status
        }
    }

    /// Where the user is: drives the status line. Every field may be absent.
    public struct Status: Sendable, Equatable {
        public var dialogue: String?
        public var title: String?
        public var step: Int?
        public var steps: Int?
        public var mastery: [Mastery] = []
        public var room: String?
        public var phase: String?
        public var role: Role?
        public init(dialogue: String? = nil, title: String? = nil, step: Int? = nil, steps: Int? = nil,
                    mastery: [Mastery] = [], room: String? = nil, phase: String? = nil, role: Role? = nil) {
            self.dialogue = dialogue; self.title = title; self.step = step; self.steps = steps
            self.mastery = mastery; self.room = room; self.phase = phase; self.role = role
        }
    }

    public struct Mastery: Sendable, Equatable {
        public var skill: String
        /// The probability the skill is mastered, 0...1.
        public var p: Double
        public init(skill: String, p: Double) { self.skill = skill; self.p = p }
    }

    /// Someone speaking in a room: a peer, a teacher or a tutor.
    public struct Chat: Sendable, Equatable {
        public enum Kind: String, Sendable, Equatable {
            case say, me, whisper, coach, announce, answer, pin
            /// Only the recipient sees it.
            public var isPrivate: Bool { self == .whisper || self == .coach }
        }
        public var room: String?
        public var from: String
        public var role: Role
        public var kind: Kind
        public var text: String
        public init(room: String? = nil, from: String, role: Role = .learner, kind: Kind = .say, text: String) {
            self.room = room; self.from = from; self.role = role; self.kind = kind; self.text = text
        }
    }

    /// A room notice: someone joined, the phase changed, who is in it.
    public struct RoomNotice: Sendable, Equatable {
        public var room: String?
        public var phase: String?
        public var members: [String]?
        public var text: String?
        public init(room: String? = nil, phase: String? = nil, members: [String]? = nil, text: String? = nil) {
            self.room = room; self.phase = phase; self.members = members; self.text = text
        }
    }
}

extension ClientEvent {
    /// The `ask` fields whose answer is a passphrase: typed without echo, never kept in history.
    public static let secretFields: Set<String> = ["passphrase", "new-passphrase", "confirm-passphrase", "current-passphrase"]
}
