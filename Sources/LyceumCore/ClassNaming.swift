/// How a class is named and joined: an id a teacher can type (`7b-science`) made from its
/// title, and a short join code a learner can read off a board (`K7Q2MX`). Pure.
public enum ClassNaming {
    /// Letters and digits that cannot be mistaken for each other when read aloud or written
    /// on a board: no 0/O, 1/I/L, 5/S, 2/Z, 8/B.
    public static let codeAlphabet = Array("ACDEFGHJKMNPQRTUVWXY34679")
    public static let codeLength = 6

    /// A new join code.
    public static func code<G: RandomNumberGenerator>(using generator: inout G) -> String {
        String((0..<codeLength).map { _ in codeAlphabet[Int(generator.next() % UInt64(codeAlphabet.count))] })
    }

    /// A code as a learner may type it ("k7q 2mx", "k7q-2mx"): upper case, without spaces or dashes.
    public static func normalizedCode(_ typed: String) -> String {
        String(typed.uppercased().filter { !$0.isWhitespace && $0 != "-" })
    }

    /// The id for a class titled `title`: lower case letters and digits joined by `-`, at most
    /// 32 characters, `class` when the title has none; `-2`, `-3`, ... when `taken` says the id is used.
    public static func id(for title: String, taken: (String) -> Bool) -> String {
        var words: [String] = []
        var word = ""
        for character in title.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                word.append(character)
            } else if !word.isEmpty {
                words.append(word); word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var base = words.joined(separator: "-")
        if base.count > 32 { base = String(base.prefix(32)).trimmingSuffix("-") }
        if base.isEmpty { base = "class" }
        var candidate = base, n = 1
        while taken(candidate) { n += 1; candidate = "\(base)-\(n)" }
        return candidate
    }

    /// Whether `text` could be a class id (as `id(for:taken:)` makes them).
    public static func isID(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 40 && text.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}

extension String {
    fileprivate func trimmingSuffix(_ suffix: Character) -> String {
        var s = Substring(self)
        while s.last == suffix { s = s.dropLast() }
        return String(s)
    }
}
