import Foundation
import GRDB
import LyceumCore

/// A class of a school: its teachers, tutors and learners (see docs/CLASSES.md).
public struct SchoolClass: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "class"
    /// Typed by teachers: `7b-science` (``ClassNaming/id(for:taken:)``).
    public var id: String
    public var title: String
    /// What learners type to join (``ClassNaming/code(using:)``); unique.
    public var code: String
    public var createdAt: Date

    public init(id: String, title: String, code: String, createdAt: Date) {
        self.id = id; self.title = title; self.code = code; self.createdAt = createdAt
    }

    public enum Columns {
        public static let id = Column("id")
        public static let code = Column("code")
    }
}

/// One account in one class, in the role it has there (a teacher account is a teacher of it,
/// a learner a learner in it, a tutor a tutor assigned to it).
public struct ClassMember: Sendable, Equatable {
    public var classID: String
    public var name: String
    public var role: Role
}

/// A class with how many of each role it has, for listings.
public struct ClassSummary: Sendable, Equatable {
    public var schoolClass: SchoolClass
    public var teachers: [String]
    public var learners: Int
    public var tutors: Int
}
