import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct ClassTests {
    @Test(arguments: [
        ("7B Science", [String](), "7b-science"),
        ("7B Science", ["7b-science"], "7b-science-2"),
        ("7B Science", ["7b-science", "7b-science-2"], "7b-science-3"),
        ("  Maths — set 3 (Mr Öz) ", [], "maths-set-3-mr-z"),
        ("!!!", [], "class"),
        (String(repeating: "long words ", count: 10), [], "long-words-long-words-long-words"),
    ])
    func aClassIDIsMadeFromItsTitle(_ title: String, _ taken: [String], _ expected: String) {
        let id = ClassNaming.id(for: title) { taken.contains($0) }
        #expect(id == expected)
        #expect(ClassNaming.isID(id))
    }

    @Test func joinCodesAvoidLookAlikesAndAreReadAsTyped() {
        var generator = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let code = ClassNaming.code(using: &generator)
            #expect(code.count == 6)
            #expect(!code.contains { "0O1IL5S2Z8B".contains($0) })
        }
        #expect(ClassNaming.normalizedCode(" k7q-2mx ") == "K7Q2MX")
        #expect(ClassNaming.normalizedCode("k7q 2mx") == "K7Q2MX")
    }

    @Test func aClassHasItsTeacherAndLearnersAndGoesWithThem() throws {
        // Given a teacher who creates a class, and a learner who joins it by its code
        let db = try AppDatabase.inMemory()
        let teacher = try Fixture.account(db, "ms-k", role: .teacher)
        let ana = try Fixture.account(db, "ana")
        let created = try db.createClass(title: " 7B Science ", teacher: teacher, now: Fixture.t0)
        #expect(created.id == "7b-science")
        #expect(created.title == "7B Science")
        let found = try #require(try db.schoolClass(code: created.code.lowercased()))
        #expect(try db.enrol(ana, inClass: found.id, now: Fixture.t0))
        // Then a second join changes nothing, and the summary counts each role
        #expect(try !db.enrol(ana, inClass: found.id, now: Fixture.t0))
        let summary = try #require(try db.classSummaries(member: "ANA").first)
        #expect(summary.teachers == ["ms-k"])
        #expect(summary.learners == 1)
        #expect(try db.classSummaries(member: "nobody").isEmpty)
        // And a removed account leaves the class
        #expect(try db.removeAccount(named: "ana"))
        #expect(try db.classMembers("7b-science").map(\.name) == ["ms-k"])
    }

    @Test func aBadTitleOrAnUnknownClassIsRefused() throws {
        let db = try AppDatabase.inMemory()
        let ana = try Fixture.account(db, "ana")
        #expect(throws: StoreError.badClassTitle) { try db.createClass(title: "   ", now: Fixture.t0) }
        #expect(throws: StoreError.badClassTitle) { try db.createClass(title: String(repeating: "x", count: 81), now: Fixture.t0) }
        #expect(throws: StoreError.noSuchClass("nope")) { try db.enrol(ana, inClass: "nope", now: Fixture.t0) }
        #expect(try db.schoolClass(code: "QQQQQQ") == nil)
    }
}
