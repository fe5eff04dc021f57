import Foundation
@testable import LyceumStore
import Testing

@Suite struct PassphraseTests {
    @Test func aHashVerifiesItsOwnSecretOnly() throws {
        // Given a hashed passphrase
        let stored = try Passphrase.hash("correct horse", cost: .fastForTests)
        // When it is checked against the right and wrong secrets
        // Then only the right one passes
        #expect(Passphrase.verify("correct horse", against: stored))
        #expect(!Passphrase.verify("correct horsE", against: stored))
        #expect(!Passphrase.verify("correct horse ", against: stored))
        #expect(!Passphrase.verify("", against: stored))
    }

    @Test func theHashIsSelfDescribingAndSalted() throws {
        // Given the same secret hashed twice
        let a = try Passphrase.hash("correct horse", cost: .fastForTests)
        let b = try Passphrase.hash("correct horse", cost: .fastForTests)
        // Then each names its parameters, carries a 16-byte salt and a 32-byte hash, and the salts differ
        let parts = a.split(separator: "$").map(String.init)
        #expect(parts.count == 6)
        #expect(Array(parts[0...3]) == ["scrypt", "16", "1", "1"])
        #expect(Data(base64Encoded: parts[4])?.count == 16)
        #expect(Data(base64Encoded: parts[5])?.count == 32)
        #expect(a != b)
        #expect(Passphrase.verify("correct horse", against: b))
        #expect(!a.contains("correct"))
    }

    /// Ways to damage `scrypt$16$1$1$SALT$HASH`.
    static let tamperings: [(String, @Sendable ([String]) -> [String])] = [
        ("flipped hash byte", { p in var p = p; p[5] = flipFirstByte(p[5]); return p }),
        ("flipped salt byte", { p in var p = p; p[4] = flipFirstByte(p[4]); return p }),
        ("other rounds", { p in var p = p; p[1] = "32"; return p }),
        ("other scheme", { p in var p = p; p[0] = "pbkdf2"; return p }),
        ("rounds not a power of two", { p in var p = p; p[1] = "17"; return p }),
        ("absurd rounds", { p in var p = p; p[1] = "\(1 << 30)"; return p }),
        ("truncated hash", { p in var p = p; p[5] = Data(Data(base64Encoded: p[5])!.prefix(8)).base64EncodedString(); return p }),
        ("not base64", { p in var p = p; p[5] = "***"; return p }),
        ("missing field", { p in Array(p.dropLast()) }),
        ("extra field", { p in p + ["x"] }),
    ]

    static func flipFirstByte(_ base64: String) -> String {
        var bytes = Data(base64Encoded: base64)!
        bytes[0] ^= 0x01
        return bytes.base64EncodedString()
    }

    @Test(arguments: 0..<tamperings.count)
    func aTamperedHashVerifiesNothing(_ index: Int) throws {
        // Given a valid hash, damaged in one way
        let (name, damage) = Self.tamperings[index]
        let stored = try Passphrase.hash("correct horse", cost: .fastForTests)
        let tampered = damage(stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init))
            .joined(separator: "$")
        // When the right secret is checked against it
        // Then it fails
        #expect(tampered != stored, "\(name)")
        #expect(!Passphrase.verify("correct horse", against: tampered), "\(name)")
        #expect(!Passphrase.verify("correct horse", against: ""), "\(name)")
    }

    @Test func theStandardCostUsesTheDeliberatelySlowParameters() throws {
        // Given the standard cost (its speed is measured and noted in Passphrase.Cost.standard, not asserted)
        // When one passphrase is hashed
        let stored = try Passphrase.hash("correct horse")
        // Then it names the standard scrypt parameters and verifies
        #expect(stored.hasPrefix("scrypt$16384$8$1$"))
        #expect(Passphrase.verify("correct horse", against: stored))
    }

    @Test(arguments: [("long enough", "long enough", 8, nil),
                      ("short", "short", 8, StoreError.passphraseTooShort(minimum: 8)),
                      ("short", "short", 5, nil),
                      ("long enough", "long enough", 12, StoreError.passphraseTooShort(minimum: 12)),
                      ("/long enough", "/long enough", 8, StoreError.passphraseStartsWithSlash),
                      ("long enough", "long enougH", 8, StoreError.passphrasesDiffer)] as [(String, String, Int, StoreError?)])
    func aChosenPassphraseMustBeConfirmedAndLongEnough(_ first: String, _ second: String, _ minimum: Int, _ problem: StoreError?) {
        // Given a passphrase typed twice, and the server's minimum length
        // When it is confirmed
        // Then it is accepted, or refused with the matching reason
        if let problem {
            #expect(throws: problem) { try Passphrase.confirmed(first, second, minimum: minimum) }
        } else {
            #expect((try? Passphrase.confirmed(first, second, minimum: minimum)) == first)
        }
    }
}
