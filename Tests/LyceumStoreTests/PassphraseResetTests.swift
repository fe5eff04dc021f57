import Foundation
import LyceumCore
@testable import LyceumStore
import Testing

@Suite struct PassphraseResetTests {
    @Test func aResetStoresTheOneTimeHashMarksTheAccountAndIsLogged() throws {
        // Given ana
        let db = try AppDatabase.inMemory()
        let ana = try Fixture.account(db, "ana")
        #expect(!ana.mustChangePassphrase)
        // When her teacher resets her passphrase
        let reset = try #require(try db.resetPassphrase(of: "ANA", oneTimeHash: "scrypt$one-time", by: "ms-k", now: Fixture.at(5)))
        // Then the stored account has the one-time hash and must choose a new passphrase
        #expect(reset.mustChangePassphrase && reset.passphraseHash == "scrypt$one-time")
        #expect(try db.account(named: "ana") == reset)
        // And the moderation log says who reset whose passphrase, and when
        let log = try db.moderation(since: .distantPast)
        #expect(log == [ModerationEntry(roomID: nil, actor: "ms-k", target: "ana", action: "reset-passphrase",
                                        detail: "role learner", createdAt: Fixture.at(5))])
        // When she chooses her own
        try db.setPassphrase(accountID: ana.id, hash: "scrypt$her-own")
        // Then the mark is gone
        let renewed = try #require(try db.account(named: "ana"))
        #expect(!renewed.mustChangePassphrase && renewed.passphraseHash == "scrypt$her-own")
    }

    @Test func resettingNobodyWritesNothing() throws {
        let db = try AppDatabase.inMemory()
        #expect(try db.resetPassphrase(of: "ghost", oneTimeHash: "x", by: "head", now: Fixture.t0) == nil)
        #expect(try db.moderation(since: .distantPast).isEmpty)
        #expect(throws: StoreError.noSuchAccount("#42")) { try db.setPassphrase(accountID: 42, hash: "x") }
    }

    @Test(arguments: [(4, 10), (8, 10), (10, 10), (14, 14)])
    func aOneTimePassphraseHasNoLookAlikesAndIsLongEnough(minimum: Int, length: Int) {
        var generator = SeededRandom(seed: UInt64(minimum))
        #expect(OneTimePassphrase.length(minimum: minimum) == length)
        var seen: Set<String> = []
        for _ in 0..<200 {
            let made = OneTimePassphrase.make(length: length, using: &generator)
            #expect(made.count == length)
            #expect(made.allSatisfy { $0.isLowercase || $0.isNumber })
            #expect(!made.contains { "0o1il5s2z8b".contains($0) }, "\(made)")
            seen.insert(made)
        }
        #expect(seen.count == 200)
    }
}
