/// What an account may do.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case learner
    case tutor
    case teacher

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
