/// Tab completion: commands for the first word when it starts with "/", dialogue ids after
/// `/start`, and names of the people in the room elsewhere.
public struct Completer: Sendable, Equatable {
    /// The documented commands, used until the server's `help` lists the ones this user may use.
    public static let builtInCommands = [
        "/help", "/login", "/quit", "/mode", "/topics", "/start", "/hint", "/next", "/skip", "/review",
        "/progress", "/goal", "/privacy", "/export", "/forget", "/passphrase", "/reset", "/classes", "/join-class", "/class",
        "/me", "/whisper", "/who", "/ready", "/leave", "/solo", "/group", "/dashboard", "/alerts", "/rooms",
        "/join", "/coach", "/announce", "/watch", "/unwatch", "/assign", "/mute", "/unmute", "/kick",
        "/advance", "/pin", "/flag",
    ]

    public var commands: [String]
    public var names: [String]
    public var topics: [String]

    public init(commands: [String] = Completer.builtInCommands, names: [String] = [], topics: [String] = []) {
        self.commands = commands; self.names = names; self.topics = topics
    }

    public struct Result: Sendable, Equatable {
        /// The word before the cursor, replaced: the completion, or the prefix all candidates share.
        public var buffer: [Character]
        public var cursor: Int
        /// When several candidates remain and nothing more could be completed: all of them.
        public var candidates: [String]
    }

    /// Completes the word that ends at `cursor`; nil when nothing matches.
    public func complete(_ buffer: [Character], cursor: Int) -> Result? {
        let start = buffer[..<cursor].lastIndex(where: { $0 == " " }).map { $0 + 1 } ?? 0
        let word = String(buffer[start..<cursor])
        let firstWord = buffer.prefix { $0 != " " }
        let pool: [String]
        if start == 0 && word.hasPrefix("/") {
            pool = commands
        } else if start > 0 && String(firstWord).lowercased() == "/start" && !buffer[..<start].dropLast().contains(" ") {
            pool = topics
        } else if !word.isEmpty || start > 0 {
            pool = names
        } else {
            return nil
        }
        var seen = Set<String>()
        let matches = pool.filter { $0.lowercased().hasPrefix(word.lowercased()) && seen.insert($0.lowercased()).inserted }
        guard !matches.isEmpty else { return nil }
        let completion: String
        var candidates: [String] = []
        if matches.count == 1 {
            completion = matches[0] + " "
        } else {
            let shared = Self.commonPrefix(matches)
            completion = shared.count > word.count ? shared : word
            if shared.count <= word.count { candidates = matches }
        }
        let after = buffer[cursor...]
        var result = Array(buffer[..<start]) + Array(completion)
        let newCursor = result.count
        result += completion.hasSuffix(" ") && after.first == " " ? Array(after.dropFirst()) : Array(after)
        return Result(buffer: result, cursor: newCursor, candidates: candidates)
    }

    /// The longest prefix every word shares (ignoring case; spelled as in the first word).
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let other = Array(word.lowercased())
            var length = 0
            while length < prefix.count, length < other.count,
                  String(prefix[length]).lowercased() == String(other[length]) { length += 1 }
            prefix = Array(prefix[..<length])
        }
        return String(prefix)
    }

    /// The commands a `help` event lists: the first word of each line that starts with "/".
    /// Nil when it lists fewer than two (`/help start` explains one command; it is not a list).
    public static func commands(fromHelp lines: [String]) -> [String]? {
        let found = lines.compactMap { line -> String? in
            let word = line.drop { $0 == " " }.prefix { $0 != " " && $0 != ":" }
            return word.hasPrefix("/") && word.count > 1 ? String(word) : nil
        }
        var seen = Set<String>()
        let unique = found.filter { seen.insert($0).inserted }
        return unique.count >= 2 ? unique : nil
    }
}
