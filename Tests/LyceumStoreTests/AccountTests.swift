import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct AccountTests {
    @Test func createdAccountCanBeFoundByNameInAnyCase() throws {
        // Given an empty database
        let db = try AppDatabase.inMemory()
        // When Alice's account is created
        let alice = try Fixture.account(db, "Alice", role: .teacher)
        // Then it is found under any spelling of the name, with the name as typed
        #expect(alice.name == "Alice")
        #expect(alice.role == .teacher)
        #expect(alice.createdAt == Fixture.t0)
        #expect(try db.account(named: "alice") == alice)
        #expect(try db.account(named: "ALICE") == alice)
        #expect(try db.account(named: "bob") == nil)
        #expect(try db.accounts() == [alice])
    }

    @Test func manyAccountsAreCreatedAtOnceAndExistingNamesAreSkipped() throws {
        // Given a database with Alice
        let db = try AppDatabase.inMemory()
        _ = try Fixture.account(db, "Alice", role: .teacher)
        // When Alice (in another case), Bob and Cy are created in one go
        let names = ["ALICE", "Bob", "Cy"]
        let created = try db.createAccounts(names.map { (try UserName(validating: $0), Role.learner, "hash") }, now: Fixture.t0)
        // Then only Bob and Cy are new, and Alice keeps her role
        #expect(created == 2)
        #expect(try db.accounts().map(\.name) == ["Alice", "Bob", "Cy"])
        #expect(try db.account(named: "alice")?.role == .teacher)
    }

    @Test(arguments: ["Alice", "alice", "ALICE", "aLiCe"])
    func namesAreUniqueRegardlessOfCase(_ second: String) throws {
        // Given an account named Alice
        let db = try AppDatabase.inMemory()
        _ = try Fixture.account(db, "Alice")
        // When another account is created under the same name in some case
        // Then it is refused with nameTaken, and there is still one account
        #expect(throws: StoreError.nameTaken(second)) { try Fixture.account(db, second) }
        #expect(try db.accounts().count == 1)
    }

    @Test func accountsAreListedByName() throws {
        // Given three accounts created out of order
        let db = try AppDatabase.inMemory()
        for name in ["carol", "Alice", "bob"] { _ = try Fixture.account(db, name) }
        // When they are listed
        // Then they come in alphabetical order regardless of case
        #expect(try db.accounts().map(\.name) == ["Alice", "bob", "carol"])
    }

    @Test func removingAnAccountRemovesAllItsData() throws {
        // Given Alice with a recorded turn, a session and mastery, and Bob with the same
        let db = try AppDatabase.inMemory()
        let alice = try Fixture.account(db, "Alice")
        let bob = try Fixture.account(db, "Bob")
        for account in [alice, bob] {
            try db.record(Fixture.turn(account, "falling"), session: Fixture.session(account, "falling"), mastery: ["gravity": 0.4])
        }
        // When Alice is removed by name in another case
        let removed = try db.removeAccount(named: "ALICE")
        // Then her account and every row of hers are gone, and Bob's data is untouched
        #expect(removed)
        #expect(try db.account(named: "Alice") == nil)
        #expect(try db.rowCounts(accountID: alice.id) == Fixture.noRows)
        #expect(try db.rowCounts(accountID: bob.id) == Fixture.oneRowEach)
        // And removing her again reports that there was nothing to remove
        #expect(try db.removeAccount(named: "Alice") == false)
    }
}
