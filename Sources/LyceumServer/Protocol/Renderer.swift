import Foundation
import LyceumCore
import TutorEngine

/// Turns events into bytes for one output mode. Text lines end in CRLF (right for telnet, harmless
/// for netcat); JSON Lines end in LF.
public enum Renderer {
    public static func render(_ event: ServerEvent, as mode: OutputMode) -> String {
        switch mode {
        case .text: text(event)
        case .json: json(event) + "\n"
        }
    }

    /// Events going to several connections (a room line to its members), each rendered at most
    /// once per output mode, when the first connection in that mode needs it.
    struct Shared {
        let events: [ServerEvent]
        /// Per output mode, each event as rendered so far.
        private var rendered: [OutputMode: [String?]] = [:]

        init(_ events: [ServerEvent]) { self.events = events }

        mutating func render(_ index: Int, as mode: OutputMode) -> String {
            if let done = rendered[mode]?[index] { return done }
            let text = Renderer.render(events[index], as: mode)
            rendered[mode, default: Array(repeating: nil, count: events.count)][index] = text
            return text
        }
    }

    // MARK: Text

    static func text(_ event: ServerEvent) -> String {
        switch event {
        case .welcome(let text): lines(text, first: "", rest: "")
        case .system(let text): lines(text, first: "* ", rest: "  ")
        case .error(_, let message): lines(message, first: "! ", rest: "  ")
        case .ask(_, let prompt): lines(prompt, first: "? ", rest: "  ")
        case .tutor(let event): lines(event.text, first: "tutor> ", rest: "       ")
        case .verdict: ""
        case .topics(let topics):
            lines((["Dialogues you can start with /start ID:"] + topics.map {
                "  \($0.id.padding(toLength: 20, withPad: " ", startingAt: 0)) \($0.title) (\($0.subject))\($0.status.isEmpty ? "" : ", \($0.status)")"
            }).joined(separator: "\n"), first: "* ", rest: "  ")
        case .help(let help): lines(help.joined(separator: "\n"), first: "* ", rest: "  ")
        case .data(let line): line + "\r\n"
        case .goodbye(let reason): lines(reason, first: "* ", rest: "  ")
        case .chat(let chat): lines(chat.text, first: attribution(chat) + ": ", rest: "    ")
        case .roomTutor(let room, let text): lines(text, first: "tutor> [\(room)] ", rest: "       ")
        case .room(let notice): lines(notice.text, first: "* [\(notice.room)] ", rest: "  ")
        case .status: ""
        case .report(let title, let body): lines(([title] + body).joined(separator: "\n"), first: "* ", rest: "  ")
        case .alert(_, let text): lines(text, first: "* ALERT: ", rest: "  ")
        case .watch(let learner, let input, let reply):
            lines("\(learner) typed: \(input)\n" + reply, first: "* [watch] ", rest: "  [watch] ")
        }
    }

    /// Who speaks, in a form no user text can imitate: names are letters, digits, '-' and '_',
    /// so everything up to the first ": " is the server's, and every chat line starts with '['.
    static func attribution(_ chat: ServerEvent.Chat) -> String {
        let who = chat.role == .learner ? chat.from : "\(chat.from) (\(chat.role.rawValue))"
        let place = chat.room.map { "[\($0)] " } ?? ""
        let to = chat.to?.joined(separator: ", ") ?? ""
        switch chat.kind {
        case "me": return "\(place)* \(who)"
        case "whisper": return "\(place)\(who) whispers to \(to)"
        case "answer": return chat.to == nil ? "\(place)\(who) answered" : "\(place)\(who), private answer"
        case "proposal": return "\(place)\(who) proposes"
        case "pin": return "\(place)\(who) pinned"
        case "announce": return chat.room == nil ? "[announcement] \(who)" : "\(place)\(who) announces"
        case "coach": return "[coach] \(who), only to \(to)"
        default: return "\(place)\(who)"
        }
    }

    private static func lines(_ text: String, first: String, rest: String) -> String {
        var out = ""
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            out += (index == 0 ? first : rest) + line + "\r\n"
        }
        return out
    }

    // MARK: JSON

    static func json(_ event: ServerEvent) -> String {
        var fields: [(String, String)] = [("type", JSON.string(event.type))]
        switch event {
        case .welcome(let text), .system(let text), .goodbye(let text):
            fields.append(("text", JSON.string(text)))
        case .error(let code, let message):
            fields += [("code", JSON.string(code)), ("text", JSON.string(message))]
        case .ask(let field, let prompt):
            fields += [("field", JSON.string(field)), ("text", JSON.string(prompt))]
        case .tutor(let event):
            fields += [("move", JSON.string(event.move.rawValue)), ("text", JSON.string(event.text))]
        case .verdict(let c):
            fields += [("verdict", JSON.string(c.verdict.rawValue)),
                       ("misconception", c.misconception.map(JSON.string) ?? "null"),
                       ("expectations", "[" + c.expectations.map(JSON.string).joined(separator: ",") + "]"),
                       ("named", "[" + c.named.map(JSON.string).joined(separator: ",") + "]"),
                       ("held", "[" + c.held.map(JSON.string).joined(separator: ",") + "]"),
                       ("doubted", c.doubted.map(JSON.string) ?? "null")]
        case .topics(let topics):
            let items = topics.map {
                "{\"id\":\(JSON.string($0.id)),\"title\":\(JSON.string($0.title)),\"subject\":\(JSON.string($0.subject)),\"status\":\(JSON.string($0.status))}"
            }
            fields.append(("topics", "[" + items.joined(separator: ",") + "]"))
        case .help(let lines):
            fields.append(("lines", "[" + lines.map(JSON.string).joined(separator: ",") + "]"))
        case .data(let line):
            fields.append(("record", line))
        case .chat(let chat):
            fields += [("room", chat.room.map(JSON.string) ?? "null"), ("from", JSON.string(chat.from)),
                       ("role", JSON.string(chat.role.rawValue)), ("kind", JSON.string(chat.kind)),
                       ("text", JSON.string(chat.text)),
                       ("to", chat.to.map { JSON.array($0.map(JSON.string)) } ?? "null")]
        case .roomTutor(let room, let text):
            fields += [("move", JSON.string("room")), ("text", JSON.string(text)), ("room", JSON.string(room))]
        case .room(let notice):
            fields += [("room", JSON.string(notice.room)), ("phase", JSON.string(notice.phase)),
                       ("members", JSON.array(notice.members.map(JSON.string))), ("text", JSON.string(notice.text))]
        case .status(let status):
            func optional(_ s: String?) -> String { s.map(JSON.string) ?? "null" }
            func number(_ n: Int?) -> String { n.map(String.init) ?? "null" }
            let mastery = status.mastery.map {
                JSON.object([("skill", JSON.string($0.skill)), ("p", String(format: "%.3f", $0.p))])
            }
            fields += [("role", JSON.string(status.role.rawValue)), ("dialogue", optional(status.dialogue)),
                       ("title", optional(status.title)), ("step", number(status.step)), ("steps", number(status.steps)),
                       ("mastery", JSON.array(mastery)), ("room", optional(status.room)), ("phase", optional(status.phase))]
        case .report(let title, let lines):
            fields += [("title", JSON.string(title)), ("lines", JSON.array(lines.map(JSON.string)))]
        case .alert(let learner, let text):
            fields += [("learner", learner.map(JSON.string) ?? "null"), ("text", JSON.string(text))]
        case .watch(let learner, let input, let reply):
            fields += [("learner", JSON.string(learner)), ("input", JSON.string(input)), ("text", JSON.string(reply))]
        }
        return "{" + fields.map { "\(JSON.string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
