import Foundation
import LyceumCore

/// A line that starts with `/`, taken apart: `/NAME ARGUMENT`.
public struct ParsedCommand: Sendable, Equatable {
    /// The name as typed, without the slash: maybe empty, maybe no command at all.
    public var name: String
    /// Everything after the name, without surrounding whitespace.
    public var argument: String

    /// The argument's words, split at spaces.
    public var words: [String] {
        argument.unicodeScalars.split(separator: " ").map(CommandParser.string)
    }

    /// The argument after its first word, without surrounding whitespace: the TEXT of
    /// `/whisper NAME TEXT`. Empty when there is at most one word.
    public var rest: String {
        guard words.count > 1, let space = argument.unicodeScalars.firstIndex(of: " ") else { return "" }
        // Trimmed by whole characters: a space followed by a combining mark is one character,
        // and trimming scalars would cut it in two (the fuzz target found this).
        var rest = Substring(CommandParser.string(argument.unicodeScalars[argument.unicodeScalars.index(after: space)...]))
        while let first = rest.first, first.isWhitespace { rest = rest.dropFirst() }
        while let last = rest.last, last.isWhitespace { rest = rest.dropLast() }
        return String(rest)
    }
}

/// Command lines to commands, checked against the command table once, before any handler
/// runs. Pure: the server's `ConnectionSession` and the fuzz target (Fuzz/) use the same code.
public enum CommandParser {
    /// Why a command is refused: an error code (docs/PROTOCOL.md) and a sentence to act on.
    public struct Refusal: Error, Sendable, Equatable {
        public var code: String
        public var message: String
    }

    /// Where the user is when the command arrives.
    public struct Context: Sendable, Equatable {
        /// Nil before logging in.
        public var role: Role?
        /// The discussion room the user is in, if any.
        public var room: String?

        public init(role: Role?, room: String?) {
            self.role = role
            self.room = room
        }
    }

    /// Nil when the line is not a command (it does not start with `/`).
    /// Words are separated at the space character itself (U+0020), scalar by scalar: a space
    /// followed by a combining mark is one `Character` that is not " ", and splitting by
    /// characters would leave it inside a name or a word (the fuzz target found this).
    public static func parse(_ line: String) -> ParsedCommand? {
        guard line.hasPrefix("/") else { return nil }
        let body = line.unicodeScalars.dropFirst().drop { $0 == " " }
        let space = body.firstIndex(of: " ") ?? body.endIndex
        let name = string(body[..<space])
        let argument = space < body.endIndex ? string(body[body.index(after: space)...]).trimmingCharacters(in: .whitespaces) : ""
        return ParsedCommand(name: name, argument: argument)
    }

    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars)
        return String(text)
    }

    /// The command table's entry for `command`, or why it may not be used here: unknown,
    /// not logged in, not allowed for the role, outside a room, too few arguments, or one
    /// that would change a learner's own dialogue while they are in a room.
    public static func check(_ command: ParsedCommand, in context: Context) -> Result<CommandSpec, Refusal> {
        let name = command.name
        guard let spec = CommandSpec.named(name, for: context.role) else {
            return .failure(unknown(name))
        }
        guard spec.allows(context.role) else {
            guard let role = context.role else {
                return .failure(Refusal(code: "not-logged-in", message: "Log in first to use /\(name): /login NAME."))
            }
            let roles = CommandSpec.all.filter { $0.name == spec.name }.reduce(into: Set<Role>()) { $0.formUnion($1.roles) }
            let names = roles.map(\.rawValue).sorted()
            let who = names.count > 1 ? names.dropLast().joined(separator: ", ") + " or " + names.last! : names.joined()
            return .failure(Refusal(code: "not-allowed",
                                    message: "/\(name) is for \(who) accounts; you are logged in as a \(role.rawValue)."))
        }
        if spec.scope == .room, context.room == nil {
            return .failure(Refusal(code: "not-in-room",
                                    message: "/\(name) works only inside a discussion room, and you are not in one."))
        }
        guard command.words.count >= spec.minimumArguments else {
            return .failure(Refusal(code: "usage", message: "Usage: \(spec.usage)"))
        }
        if let room = context.room, context.role == .learner, pausedInRoom.contains(spec.name) {
            return .failure(Refusal(code: "in-room",
                                    message: "You are in a group discussion (room \(room)), so your own dialogue waits. /leave goes back to it now, without credit."))
        }
        return .success(spec)
    }

    /// The refusal for a name that is no command.
    public static func unknown(_ name: String) -> Refusal {
        Refusal(code: "unknown-command", message: "There is no command /\(name). /help lists the commands you can use.")
    }

    /// A learner's own dialogue waits while they are in a room: these would change it.
    public static let pausedInRoom: Set<CommandSpec.Name> = [.start, .hint, .next, .skip, .goal, .forget]
}
