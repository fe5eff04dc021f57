import Foundation
import LyceumCore
import LyceumStore
import Testing

extension LiveTests {
    /// Classes over real sockets: a teacher creates one, a learner joins it with its code.
    @Suite struct Classes {
        @Test func aTeacherCreatesAClassAndALearnerJoinsItWithTheCode() throws {
            // Given a teacher and a learner
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            let teacher = try server.connect(), ana = try server.connect()
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try ana.signUp("ana")

            // When the teacher creates a class
            let created = try teacher.say("/class new 7B Science", until: "Learners join it with: /join-class ")
            #expect(created.contains("Class 7b-science (\"7B Science\") is ready, with you as its teacher."))
            let code = try #require(created.components(separatedBy: "/join-class ").last?.prefix(6)).description
            #expect(code.count == 6)

            // Then the learner joins it, typing the code in lower case with a space
            let lower = code.lowercased()
            let typed = lower.prefix(3) + " " + lower.dropFirst(3)
            let joined = try ana.say("/join-class \(typed)", until: "You joined class 7b-science")
            #expect(joined.contains("Its teachers can now follow your progress."))
            // And joining again changes nothing
            _ = try ana.say("/join-class \(code)", until: "You are already in class 7b-science")
            // And both see the class in /classes: the teacher with its code and one learner
            let mine = try teacher.say("/classes", until: "teacher: ms-k")
            #expect(mine.contains("7b-science  \"7B Science\"  code \(code)  1 learner, 0 tutors"))
            let hers = try ana.say("/classes", until: "teacher: ms-k")
            #expect(hers.contains("7b-science  \"7B Science\""))
            #expect(!hers.contains(code))
            // And it is stored
            let members = try server.database().classMembers("7b-science")
            #expect(members.map(\.name) == ["ana", "ms-k"])
            #expect(members.map(\.role) == [.learner, .teacher])
        }

        @Test func aWrongCodeOrAMissingTitleIsAClearRefusalAndChangesNothing() throws {
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            let teacher = try server.connect(), ana = try server.connect()
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try ana.signUp("ana")

            _ = try ana.say("/join-class QQQQQQ", until: "No class has the code QQQQQQ. Check it with your teacher; nothing was changed.")
            _ = try ana.say("/join-class 12", until: "12 is not a class code: a code has 6 letters and digits")
            _ = try ana.say("/classes", until: "You are in no class yet. Join yours with /join-class CODE")
            _ = try teacher.say("/class new", until: "Usage: /class new TITLE")
            _ = try teacher.say("/class rename x", until: "Usage: /class new TITLE")
            _ = try teacher.say("/classes", until: "You are in no class yet. Create one with /class new TITLE.")
            // A learner cannot create a class, and a teacher does not join one by code
            _ = try ana.say("/class new Mine", until: "teacher")
            _ = try teacher.say("/join-class QQQQQQ", until: "learner")
            #expect(try server.database().classSummaries().isEmpty)
        }
    }
}
