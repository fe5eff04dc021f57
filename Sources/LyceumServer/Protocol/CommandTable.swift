import LyceumCore

/// Every command, who may use it and when: permissions are declared here, in one place,
/// and checked once before any handler runs: role, arguments, and whether it needs a room
/// (see `ConnectionSession.command`).
public struct CommandSpec: Sendable, Equatable {
    public enum Name: String, Sendable, CaseIterable {
        case help, login, quit, mode
        case topics, start, hint, next, skip, review, progress, goal
        case privacy, export, forget, passphrase, reset
        case schoolClass = "class", classes, joinClass = "join-class"
        case me, whisper, who, ready, leave, solo, group
        case dashboard, alerts, rooms, join, coach, announce, watch, unwatch, assign
        case mute, unmute, kick, advance, pin, flag
    }

    /// Where a command may be used.
    public enum Scope: Sendable, Equatable {
        case anywhere
        /// Only while in a discussion room (and then only in that room).
        case room
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
    public var scope: Scope = .anywhere

    public static let all: [CommandSpec] = [
        .init(name: .help, usage: "/help [COMMAND]", summary: "the commands you can use, or details of one",
              details: "Lists the commands you may use now. /help start explains /start.", beforeLogin: true),
        .init(name: .login, usage: "/login NAME", summary: "log in, or create a learner account",
              details: "Logs in as NAME; the server then asks for your passphrase. A new name creates a learner account: you choose a passphrase (the server says how long it must be: 8 characters unless it was set otherwise) and type it twice. Names have 2 to 24 letters, digits, '-' or '_'.",
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
        .init(name: .passphrase, usage: "/passphrase", summary: "change your passphrase",
              details: "Asks for your current passphrase, then for the new one twice. None of them is shown, logged or kept as text. An empty line keeps the old one."),
        .init(name: .reset, usage: "/reset NAME", summary: "a one-time passphrase for a learner of your classes",
              details: "Gives NAME a one-time passphrase, shown to you once: hand it to them. Their old passphrase stops working; at their next login they type the one-time one and then choose their own. Teachers may reset the learners of their classes, an admin any account. Written to the moderation log.",
              minimumArguments: 1, roles: [.teacher, .admin]),
        // Classes
        .init(name: .classes, usage: "/classes", summary: "your classes (teachers: with their join codes)",
              details: "Lists the classes you belong to. Teachers see each class's id, join code, teachers and how many learners and tutors it has."),
        .init(name: .joinClass, usage: "/join-class CODE", summary: "join your class with the code your teacher gave you",
              details: "Joins the class whose join code is CODE (6 letters and digits; case, spaces and dashes do not matter). Your teacher then sees your progress.",
              minimumArguments: 1, roles: [.learner]),
        .init(name: .schoolClass, usage: "/class new TITLE", summary: "create a class and get its join code",
              details: "Creates a class titled TITLE with you as its teacher, and shows its id and the join code learners type with /join-class.",
              minimumArguments: 2, roles: [.teacher, .admin]),
        // In a room
        .init(name: .me, usage: "/me ACTION", summary: "say what you do, in the room",
              details: "/me nods shows '* NAME nods' to the room.", minimumArguments: 1, scope: .room),
        .init(name: .whisper, usage: "/whisper NAME TEXT", summary: "a private line to one member of your room",
              details: "Only NAME sees it (and it is stored, like every room line).", minimumArguments: 2, scope: .room),
        .init(name: .who, usage: "/who", summary: "who is in your room, and who has answered or is ready",
              details: "Lists the room's members with their state: away, thinking, answered, ready, muted.", scope: .room),
        .init(name: .ready, usage: "/ready", summary: "you're ready for the room's next phase",
              details: "In Discuss: you're done discussing. In Share: you agree with the proposed answer. At the end: back to your own dialogue. The room moves on when every learner present is ready.",
              roles: [.learner], scope: .room),
        .init(name: .leave, usage: "/leave", summary: "leave the room (a learner goes back to their dialogue, without credit)",
              details: "Leaves the discussion room. A learner goes back to their own dialogue where they left it, without credit for the discussion.",
              scope: .room),
        .init(name: .solo, usage: "/solo", summary: "work alone: no group discussions at checkpoints",
              details: "Turns group discussions off (it is remembered). /group turns them back on.", roles: [.learner]),
        .init(name: .group, usage: "/group", summary: "join group discussions at checkpoints again",
              details: "Turns group discussions back on after /solo.", roles: [.learner]),
        // Teachers
        .init(name: .group, usage: "/group NAME NAME...", summary: "form a room of these learners by hand",
              details: "Forms a discussion room of the named online learners, at the latest checkpoint the first one has reached in their dialogue.",
              minimumArguments: 2, roles: [.teacher, .admin]),
        .init(name: .dashboard, usage: "/dashboard [NAME]", summary: "your learners: each dialogue's steps, then one line per learner; or one learner in detail",
              details: "Above: per dialogue, how many learners are on each step, how many finished, and the three most frequent misconceptions of the last hour. Then one line per learner of your classes, online or not: dialogue, step, mastery bar, time on the step, room, last misconception, STUCK. /dashboard NAME shows one learner: every skill by its title, and why they are stuck. Every view is written to the audit log (`lyceum audit`).", roles: [.teacher, .admin]),
        .init(name: .alerts, usage: "/alerts", summary: "learners who are stuck, misconceptions that keep returning, tutors' flags",
              details: "Stuck: several answers on one step, or a long time on it (teaching.* in the configuration). Written to the audit log.",
              roles: [.teacher, .admin]),
        .init(name: .rooms, usage: "/rooms", summary: "open rooms and who waits at checkpoints", details: "Lists the open rooms with a learner of your classes (an admin: every room), with phase and members, and who of yours waits at a checkpoint.",
              roles: [.teacher, .admin]),
        .init(name: .join, usage: "/join ROOM", summary: "join a room (tutors: one you are assigned to)",
              details: "Joins room ROOM; its members see that you joined, and you see its last lines. Teachers may join a room with a learner of their classes, admins any room, tutors the rooms they moderate.",
              minimumArguments: 1, roles: [.teacher, .admin, .tutor]),
        .init(name: .coach, usage: "/coach NAME TEXT", summary: "a private message to one learner",
              details: "Only NAME sees it, wherever they are.", minimumArguments: 2, roles: [.teacher, .admin]),
        .init(name: .announce, usage: "/announce TEXT", summary: "to your room, or to your learners online when you are in none",
              details: "In a room: to its members. Otherwise: to the learners of your classes who are online (an admin: to everyone online).", minimumArguments: 1, roles: [.teacher, .admin]),
        .init(name: .watch, usage: "/watch NAME", summary: "a live copy of a learner's tutoring turns",
              details: "You see each line the learner sends the tutor and the tutor's reply. Written to the audit log. /unwatch stops.",
              minimumArguments: 1, roles: [.teacher, .admin]),
        .init(name: .unwatch, usage: "/unwatch [NAME]", summary: "stop watching one learner, or all",
              details: "Stops the live copy of NAME's turns, or of everyone's.", roles: [.teacher, .admin]),
        .init(name: .assign, usage: "/assign TUTOR ROOM", summary: "a peer tutor moderates a room",
              details: "TUTOR may then /join ROOM and moderate it.", minimumArguments: 2, roles: [.teacher, .admin]),
        // Moderators: peer tutors in their rooms, and teachers
        .init(name: .mute, usage: "/mute NAME [MINUTES]", summary: "silence a learner in your room (default 5 minutes)",
              details: "NAME's lines are refused for MINUTES (1 to 120, default 5). Stored as a moderation action.",
              minimumArguments: 1, roles: [.tutor, .teacher, .admin], scope: .room),
        .init(name: .unmute, usage: "/unmute NAME", summary: "let a muted learner speak again",
              details: "Ends NAME's mute at once.", minimumArguments: 1, roles: [.tutor, .teacher, .admin], scope: .room),
        .init(name: .kick, usage: "/kick NAME [REASON]", summary: "send a learner back to their own dialogue",
              details: "NAME leaves the room, without credit, and goes on alone. The room, NAME included, is told who sent them and why (REASON).", minimumArguments: 1, roles: [.tutor, .teacher, .admin], scope: .room),
        .init(name: .advance, usage: "/advance", summary: "move the room to its next phase",
              details: "Think -> Reveal and Discuss -> Share -> feedback -> closed, without waiting for everyone.",
              roles: [.tutor, .teacher, .admin], scope: .room),
        .init(name: .pin, usage: "/pin TEXT", summary: "pin a line for the room",
              details: "Shows TEXT to the room now and to everyone who joins later.", minimumArguments: 1, roles: [.tutor, .teacher, .admin], scope: .room),
        .init(name: .flag, usage: "/flag NAME REASON", summary: "raise a teacher alert about a learner in your room",
              details: "The teachers of that learner's classes who are online see it at once; /alerts lists it.", minimumArguments: 2, roles: [.tutor], scope: .room),
    ]

    /// The command called `text` as `role` may use it (nil before login); if no variant
    /// allows the role, the first one, so the refusal can say who may use it.
    public static func named(_ text: String, for role: Role? = nil) -> CommandSpec? {
        let matching = all.filter { $0.name.rawValue == text.lowercased() }
        return matching.first { $0.allows(role) } ?? matching.first
    }

    /// Whether someone with `role` (nil before login) may use this command.
    public func allows(_ role: Role?) -> Bool {
        guard let role else { return beforeLogin }
        return roles.contains(role)
    }
}
