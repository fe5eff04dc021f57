import Foundation
import LyceumCore

/// One line from the server -> one event. JSON objects become typed events; anything else is a
/// plain line. Never fails: a line this client cannot make sense of is shown, or ignored (nil).
public enum EventDecoder {
    public static func decode(_ line: String) -> ClientEvent? {
        let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard line.hasPrefix("{"),
              let value = try? JSONDecoder().decode(JSONValue.self, from: Data(line.utf8)),
              case .object = value,
              let type = value["type"]?.string else {
            return .plain(line)
        }
        return event(type, value)
    }

    static func event(_ type: String, _ v: JSONValue) -> ClientEvent? {
        let text = v["text"]?.string
        switch type {
        case "welcome": return .welcome(text ?? "")
        case "system": return .system(text ?? "")
        case "goodbye": return .goodbye(text ?? "")
        case "error": return .error(code: v["code"]?.string ?? "", text: text ?? "")
        case "ask": return .ask(field: v["field"]?.string ?? "", text: text ?? "")
        case "tutor": return .tutor(move: v["move"]?.string ?? "", text: text ?? "", room: v["room"]?.string)
        case "verdict":
            return .verdict(verdict: v["verdict"]?.string ?? "", misconception: v["misconception"]?.string,
                            expectations: v["expectations"]?.strings ?? [])
        case "topics":
            return .topics((v["topics"]?.array ?? []).compactMap { topic in
                guard let id = topic["id"]?.string else { return nil }
                return .init(id: id, title: topic["title"]?.string ?? id, subject: topic["subject"]?.string ?? "",
                             status: topic["status"]?.string ?? "")
            })
        case "help": return .help(v["lines"]?.strings ?? [])
        case "data": return .data(v["record"]?.encoded ?? "null")
        case "status":
            return .status(.init(
                dialogue: v["dialogue"]?.string, title: v["title"]?.string,
                step: v["step"]?.int, steps: v["steps"]?.int,
                mastery: (v["mastery"]?.array ?? []).compactMap { item in
                    guard let skill = item["skill"]?.string, let p = item["p"]?.double else { return nil }
                    return .init(skill: skill, p: min(1, max(0, p)))
                },
                room: v["room"]?.string, phase: v["phase"]?.string,
                role: v["role"]?.string.flatMap(Role.init(rawValue:))))
        case "chat":
            guard let text else { return nil }
            return .chat(.init(room: v["room"]?.string, from: v["from"]?.string ?? "?",
                               role: v["role"]?.string.flatMap(Role.init(rawValue:)) ?? .learner,
                               kind: v["kind"]?.string.flatMap(ClientEvent.Chat.Kind.init(rawValue:)) ?? .say,
                               text: text))
        case "room":
            return .room(.init(room: v["room"]?.string, phase: v["phase"]?.string,
                               members: v["members"]?.strings, text: text))
        case "report": return .report(title: v["title"]?.string ?? "", lines: v["lines"]?.strings ?? [])
        case "alert": return .alert(learner: v["learner"]?.string ?? "", text: text ?? "")
        default: return text.map { .other(type: type, text: $0) }
        }
    }
}
