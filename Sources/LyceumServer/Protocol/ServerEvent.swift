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
        }
    }
}

/// How a connection wants its events: text for people with netcat, JSON Lines for programs.
public enum OutputMode: String, Sendable, Equatable, CaseIterable {
    case text
    case json
}
