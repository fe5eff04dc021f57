import LyceumCore

/// Every command, who may use it and when: permissions are declared here, in one place,
/// and checked once before any handler runs (see `ConnectionSession.dispatch`).
public struct CommandSpec: Sendable, Equatable {
    public enum Name: String, Sendable, CaseIterable {
        case help, login, quit, mode
        case topics, start, hint, next, skip, review, progress, goal
        case privacy, export, forget
    }

    public var name: Name
    /// How it is typed, for help and for "usage" errors.
    public var usage: String
    public var summary: String
    /// The longer explanation shown by `/help CMD`.
    public var details: String
    /// The fewest arguments it takes.
    public var minimumArguments: Int = 0
    /// Usable before logging in.
    public var beforeLogin = false
    /// Roles that may use it once logged in.
    public var roles: Set<Role> = Set(Role.allCases)

    public static let all: [CommandSpec] = [
        .init(name: .help, usage: "/help [COMMAND]", summary: "the commands you can use, or details of one",
              details: "Lists the commands you may use now. /help start explains /start.", beforeLogin: true),
        .init(name: .login, usage: "/login NAME", summary: "log in, or create a learner account",
              details: "Logs in as NAME; the server then asks for your passphrase. A new name creates a learner account: you choose a passphrase (at least 8 characters) and type it twice. Names have 2 to 24 letters, digits, '-' or '_'.",
              minimumArguments: 1, beforeLogin: true),
        .init(name: .quit, usage: "/quit", summary: "leave (your progress is saved)",
              details: "Closes the connection. Everything you answered is already saved.", beforeLogin: true),
        .init(name: .mode, usage: "/mode text|json", summary: "switch between text and JSON Lines output",
              details: "/mode json makes every server message one JSON object per line, with a \"type\" field; /mode text switches back. See docs/PROTOCOL.md.",
              minimumArguments: 1, beforeLogin: true),
        .init(name: .topics, usage: "/topics", summary: "the dialogues you can start",
              details: "Lists every dialogue with its id and your progress in it.", roles: [.learner]),
        .init(name: .start, usage: "/start ID", summary: "start or resume a dialogue",
              details: "Starts the dialogue ID (see /topics), or takes you back to where you were in it.",
              minimumArguments: 1, roles: [.learner]),
        .init(name: .hint, usage: "/hint", summary: "a hint for the current question",
              details: "Climbs the hint ladder one rung: a hint, then a simpler question, then the idea itself.", roles: [.learner]),
        .init(name: .next, usage: "/next", summary: "go on once a step is complete",
              details: "Moves to the next step once the current one is complete.", roles: [.learner]),
        .init(name: .skip, usage: "/skip", summary: "skip a step you already know",
              details: "If you've mastered the step's skill it is skipped at once; otherwise the tutor asks one check question, and a right answer skips the step with credit.", roles: [.learner]),
        .init(name: .review, usage: "/review [STEP]", summary: "look back at a finished step",
              details: "Shows a finished step's question, your answer and the summary. STEP is its number or id; without it, the latest finished step.", roles: [.learner]),
        .init(name: .progress, usage: "/progress", summary: "your own mastery of each skill",
              details: "Shows your mastery of each skill in the current dialogue as a bar, and the steps done. Only your own progress, never a ranking.", roles: [.learner]),
        .init(name: .goal, usage: "/goal TEXT", summary: "set or change your goal",
              details: "Sets your goal for the current dialogue; the tutor reminds you of it at the end.",
              minimumArguments: 1, roles: [.learner]),
        .init(name: .privacy, usage: "/privacy", summary: "what is stored about you and for how long",
              details: "Says what Lyceum stores about you, why, and for how long, and how to export or delete it."),
        .init(name: .export, usage: "/export", summary: "all your data, as JSON lines",
              details: "Sends you every record stored about you, one JSON object per line."),
        .init(name: .forget, usage: "/forget", summary: "delete all your data (asks for confirmation)",
              details: "Deletes your account and everything stored about you, after you type the confirmation the server asks for. This cannot be undone.",
              roles: [.learner]),
    ]

    public static func named(_ text: String) -> CommandSpec? {
        all.first { $0.name.rawValue == text.lowercased() }
    }

    /// Whether someone with `role` (nil before login) may use this command.
    public func allows(_ role: Role?) -> Bool {
        guard let role else { return beforeLogin }
        return roles.contains(role)
    }
}
