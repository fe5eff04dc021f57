/// An account name: 2 to 24 letters, digits, `-` or `_`; unique regardless of case.
public struct UserName: Sendable, Hashable, Codable, CustomStringConvertible {
    /// As the user typed it (shown to others).
    public let display: String
    /// Lower-cased, for uniqueness and look-ups.
    public var key: String { display.lowercased() }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case length(Int)
        case character(Character)
        case reserved(String)
        public var description: String {
            switch self {
            case .reserved(let name): "The name '\(name)' is kept for the server's own messages; please choose another."
            case .length(let n): "A name has 2 to 24 characters; this one has \(n)."
            case .character(let c): "A name may use only letters, digits, '-' and '_' (not '\(c)')."
            }
        }
    }

    public init(validating text: String) throws(Problem) {
        guard (2...24).contains(text.count) else { throw .length(text.count) }
        for c in text where !(c.isASCII && (c.isLetter || c.isNumber) || c == "-" || c == "_") {
            throw .character(c)
        }
        guard !Self.reserved.contains(text.lowercased()) else { throw .reserved(text) }
        display = text
    }

    /// Names that would look like the tutor, a role or the server speaking.
    public static let reserved: Set<String> = [
        "tutor", "teacher", "learner", "system", "server", "lyceum", "admin", "room", "you", "everyone", "all", "alert", "watch",
    ]

    public var description: String { display }
    public static func == (a: UserName, b: UserName) -> Bool { a.key == b.key }
    public func hash(into hasher: inout Hasher) { hasher.combine(key) }
}
