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
                       ("expectations", "[" + c.expectations.map(JSON.string).joined(separator: ",") + "]")]
        case .topics(let topics):
            let items = topics.map {
                "{\"id\":\(JSON.string($0.id)),\"title\":\(JSON.string($0.title)),\"subject\":\(JSON.string($0.subject)),\"status\":\(JSON.string($0.status))}"
            }
            fields.append(("topics", "[" + items.joined(separator: ",") + "]"))
        case .help(let lines):
            fields.append(("lines", "[" + lines.map(JSON.string).joined(separator: ",") + "]"))
        case .data(let line):
            fields.append(("record", line))
        }
        return "{" + fields.map { "\(JSON.string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }
}
