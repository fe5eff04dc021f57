/// Whose data an account may see: an admin the whole school, a teacher the learners of their
/// classes (nobody, before they have a class). Names are compared lower-cased.
public enum Reach: Sendable, Equatable {
    case school
    case learners(Set<String>)

    public func covers(_ name: String) -> Bool {
        switch self {
        case .school: true
        case .learners(let keys): keys.contains(name.lowercased())
        }
    }

    /// The names it covers, in their order, of those given.
    public func filter(_ names: [String]) -> [String] { names.filter(covers) }
}
