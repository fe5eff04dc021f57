import LyceumCore

/// Events -> styled lines, as the user sees them. The prefixes match the server's text mode
/// (`* ` system, `! ` error, `? ` ask, `tutor> `), so a transcript reads the same either way.
public enum EventRenderer {
    /// What rendering depends on besides the event.
    public struct Context: Sendable, Equatable {
        /// The user's own name, once logged in.
        public var me: String?
        /// The room the user is in: events from other rooms (a teacher watching) are marked with theirs.
        public var room: String?
        public init(me: String? = nil, room: String? = nil) { self.me = me; self.room = room }
    }

    public static func lines(for event: ClientEvent, in context: Context = Context()) -> [StyledLine] {
        switch event {
        case .welcome(let text): return block(text, prefix: "", .text)
        case .system(let text), .goodbye(let text), .other(_, let text): return notice(text)
        case .error(_, let text): return block(text, prefix: "! ", .error)
        case .ask(_, let text): return block(text, prefix: "? ", .ask)
        case .tutor(_, let text, let room):
            return block(text, prefix: roomTag(room, context) + "tutor> ", .tutor, textStyle: .text)
        case .verdict, .status: return []
        case .topics(let topics):
            let width = max(20, topics.map(\.id.count).max() ?? 0)
            let rows = topics.map { topic in
                "  " + topic.id.padding(toLength: width, withPad: " ", startingAt: 0) + " \(topic.title) (\(topic.subject))"
                    + (topic.status.isEmpty ? "" : ", \(topic.status)")
            }
            return block((["Dialogues you can start with /start ID:"] + rows).joined(separator: "\n"), prefix: "* ", .system)
        case .help(let lines): return block(lines.joined(separator: "\n"), prefix: "* ", .system)
        case .data(let record): return [StyledLine(record, wraps: false)]
        case .chat(let chat): return self.chat(chat, context)
        case .room(let notice): return room(notice, context)
        case .report(let title, let lines):
            return [StyledLine(title, .heading, wraps: false)] + lines.map { StyledLine($0, wraps: false) }
        case .alert(let learner, let text):
            return block(text, prefix: "!! \(learner): ", .alert)
        case .plain(let text): return [StyledLine(text)]
        }
    }

    /// A line from the client itself ("Connection lost; ..."), styled like the server's system lines.
    public static func notice(_ text: String) -> [StyledLine] { block(text, prefix: "* ", .system) }

    /// What the user typed, echoed above the input line.
    public static func echo(_ line: String) -> [StyledLine] { [StyledLine([Span("> " + line, .mine)], indent: 2)] }

    /// Completion candidates, on one line.
    public static func candidates(_ words: [String]) -> [StyledLine] {
        [StyledLine([Span("  " + words.joined(separator: "  "), .dim)], indent: 2)]
    }

    // MARK: Pieces

    /// Each line of `text`: the first after `prefix`, the rest indented under it.
    static func block(_ text: String, prefix: String, _ style: Style, textStyle: Style? = nil) -> [StyledLine] {
        let indent = prefix.count
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            let lead = index == 0 ? prefix : String(repeating: " ", count: indent)
            if let textStyle {
                return StyledLine([Span(lead, style), Span(String(line), textStyle)].filter { !$0.text.isEmpty }, indent: indent)
            }
            return StyledLine(lead + line, style, indent: indent)
        }
    }

    static func roomTag(_ room: String?, _ context: Context) -> String {
        guard let room, room != context.room else { return "" }
        return "[\(room)] "
    }

    static func style(of role: Role) -> Style {
        switch role {
        case .learner: .peer
        case .teacher, .admin: .teacher
        case .tutor: .tutorPerson
        }
    }

    /// "ana", "mrs-khan (teacher)", "you".
    static func who(_ chat: ClientEvent.Chat, _ context: Context) -> String {
        if let me = context.me, me.lowercased() == chat.from.lowercased() { return "you" }
        return chat.role == .learner ? chat.from : "\(chat.from) (\(chat.role.rawValue))"
    }

    static func chat(_ chat: ClientEvent.Chat, _ context: Context) -> [StyledLine] {
        let tag = roomTag(chat.room, context)
        let name = who(chat, context)
        let nameStyle = style(of: chat.role)
        let lines = chat.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func styled(_ lead: [Span], textStyle: Style) -> [StyledLine] {
            let width = lead.map(\.text.count).reduce(0, +)
            return lines.enumerated().map { index, line in
                let first = index == 0 ? lead : [Span(String(repeating: " ", count: width))]
                return StyledLine((first + [Span(line, textStyle)]).filter { !$0.text.isEmpty }, indent: width)
            }
        }
        switch chat.kind {
        case .say:
            return styled([Span(tag), Span(name, nameStyle), Span(": ")], textStyle: .text)
        case .me:
            return styled([Span(tag + "* "), Span(name, nameStyle), Span(" ")], textStyle: .text)
        case .whisper, .coach:
            return styled([Span(tag + "[\(chat.kind.rawValue)] ", .privateMessage), Span(name, nameStyle),
                           Span(": ", .privateMessage)], textStyle: .privateMessage)
        case .announce:
            return styled([Span(tag + "[announce] ", .announce), Span(name, nameStyle), Span(": ", .announce)],
                          textStyle: .announce)
        case .answer:
            return styled([Span(tag), Span(name, nameStyle), Span(" answered: ")], textStyle: .text)
        case .pin:
            return styled([Span(tag + "[pinned] ", .heading), Span(name, nameStyle), Span(": ")], textStyle: .text)
        }
    }

    static func room(_ notice: ClientEvent.RoomNotice, _ context: Context) -> [StyledLine] {
        let tag = roomTag(notice.room, context)
        if let text = notice.text, !text.isEmpty {
            return block(text, prefix: "# " + tag, .room)
        }
        var parts: [String] = []
        if let phase = notice.phase { parts.append("phase: \(phase)") }
        if let members = notice.members { parts.append("members: \(members.joined(separator: ", "))") }
        guard !parts.isEmpty else { return [] }
        return block("room \(notice.room ?? "?"), " + parts.joined(separator: "; "), prefix: "# ", .room)
    }
}
