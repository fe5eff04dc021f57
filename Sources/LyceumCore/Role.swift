/// What an account may do.
public enum Role: String, Sendable, Codable, CaseIterable, Comparable {
    case learner
    case tutor
    case teacher
    /// Sees and oversees the whole school: every class's learners (created offline only).
    case admin

    /// Teachers and admins: the roles that oversee learners (dashboards, alerts, watching, coaching).
    public var oversees: Bool { self == .teacher || self == .admin }

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
