import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct RosterTests {
    static func parse(_ text: String) -> Result<Roster, RosterProblems> { Roster.parse(text, file: "r.csv") }

    @Test func aRosterWithAHeaderQuotesAndCommentsIsRead() throws {
        let roster = try Self.parse("class,name,role\r\n# the science set\n\"7B, Science\",ana,Learner\n7B,ms-k,teacher\n\n").get()
        #expect(roster.entries.map(\.classRef) == ["7B, Science", "7B"])
        #expect(roster.entries.map(\.name.display) == ["ana", "ms-k"])
        #expect(roster.entries.map(\.role) == [.learner, .teacher])
        #expect(roster.entries.map(\.line) == [3, 4])
    }

    @Test func everyProblemIsNamedWithItsLineAndNothingIsReturned() {
        guard case .failure(let problems) = Self.parse("7B,ana,learner\n7B,b!d,learner\n7B,cy,admin\n7B,dee\n\"7B,eve,learner\n7B,ANA,learner\n")
        else { Issue.record("expected problems"); return }
        #expect(problems.sentences.count == 5)
        #expect(problems.sentences[0].hasPrefix("r.csv:2: "))
        #expect(problems.sentences[1] == "r.csv:3: the role 'admin' is not learner, tutor or teacher.")
        #expect(problems.sentences[2] == "r.csv:4: expected 3 columns (class, name, role), found 2.")
        #expect(problems.sentences[3] == "r.csv:5: a quoted field is not closed.")
        #expect(problems.sentences[4] == "r.csv:6: ANA is already listed in 7B on line 1.")
        guard case .failure(let empty) = Self.parse("class,name,role\n") else { Issue.record("expected a problem"); return }
        #expect(empty.sentences == ["r.csv: no rows (expected lines of class,name,role)."])
    }

    @Test func importingTwiceChangesNothingAndAConflictChangesNothingAtAll() throws {
        let db = try AppDatabase.inMemory()
        _ = try db.createClass(title: "7B Science", now: Fixture.t0)
        let roster = try Self.parse("7b-science,ana,learner\n7B science,ms-k,teacher\n8C,ana,learner\n").get()
        let hashes = Dictionary(uniqueKeysWithValues: try db.newNames(in: roster).map { ($0.key, "hash-\($0.key)") })
        #expect(hashes.keys.sorted() == ["ana", "ms-k"])
        let first = try db.importRoster(roster, hashes: hashes, file: "r.csv", now: Fixture.t0)
        #expect(first.classesCreated == ["8c"])
        #expect(first.classesFound == 1)
        #expect(first.accountsCreated.map(\.name) == ["ana", "ms-k"])
        #expect(first.memberships == 3)
        #expect(try db.account(named: "ana")?.mustChangePassphrase == true)
        // Again: nothing new
        let again = try db.importRoster(roster, hashes: [:], file: "r.csv", now: Fixture.t0)
        #expect(again.classesCreated.isEmpty && again.accountsCreated.isEmpty && again.memberships == 0)
        #expect(again.accountsFound == 2 && again.membershipsFound == 3)
        // A row that gives ana another role refuses the whole file, and the new class in it is not created
        let conflict = try Self.parse("9Z,ben,learner\n9Z,ana,teacher\n").get()
        #expect(throws: RosterProblems(sentences: ["r.csv:2: ana already has an account as a learner, not a teacher."])) {
            try db.importRoster(conflict, hashes: ["ben": "h"], file: "r.csv", now: Fixture.t0)
        }
        #expect(try db.schoolClass(id: "9z") == nil)
        #expect(try db.account(named: "ben") == nil)
    }
}
