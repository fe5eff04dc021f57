import Crypto
import CryptoExtras
import Foundation

/// Passphrase hashing with scrypt: salted, deliberately slow, stored as a self-describing string
/// `scrypt$N$r$p$saltBase64$hashBase64`, so the cost can be raised later without breaking old hashes.
///
/// Both functions take as long as one scrypt derivation (see ``Cost/standard``): call them off any event loop.
public enum Passphrase {
    /// The scrypt parameters: `rounds` (N, a power of 2), `blockSize` (r) and `parallelism` (p).
    /// Memory is 128 × N × r bytes.
    public struct Cost: Sendable, Equatable {
        public var rounds: Int
        public var blockSize: Int
        public var parallelism: Int

        public init(rounds: Int, blockSize: Int, parallelism: Int) {
            self.rounds = rounds
            self.blockSize = blockSize
            self.parallelism = parallelism
        }

        /// N = 2^14, r = 8, p = 1: 16 MiB and about 55 ms per hash in a release build on the 2-core
        /// development machine (measured 40-65 ms; N = 2^15 took about 150 ms; a debug build is several times slower).
        /// Raise N when machines get faster: stored hashes keep their own parameters.
        public static let standard = Cost(rounds: 1 << 14, blockSize: 8, parallelism: 1)
        /// N = 16, r = 1, p = 1: well under a millisecond. Never for real accounts.
        public static let fastForTests = Cost(rounds: 16, blockSize: 1, parallelism: 1)

        /// Bounds accepted when reading a stored hash, so a damaged string cannot ask for gigabytes.
        static func isAcceptable(rounds: Int, blockSize: Int, parallelism: Int) -> Bool {
            rounds >= 2 && rounds <= 1 << 20 && rounds & (rounds - 1) == 0
                && (1...32).contains(blockSize) && (1...16).contains(parallelism)
        }
    }

    static let scheme = "scrypt"
    static let saltByteCount = 16
    static let hashByteCount = 32

    /// What is wrong with `secret` as a newly chosen passphrase, or nil: shorter than `minimum`
    /// (the server's one setting, `login.min_passphrase_length`), or starting with `/`, which
    /// starts commands. The one rule for sign-up, `/passphrase`, a change after a reset and
    /// `lyceum accounts add`.
    public static func problem(with secret: String, minimum: Int) -> StoreError? {
        if secret.count < minimum { return .passphraseTooShort(minimum: minimum) }
        if secret.hasPrefix("/") { return .passphraseStartsWithSlash }
        return nil
    }

    /// A newly chosen passphrase typed twice: returns it when both agree and ``problem(with:minimum:)`` finds nothing.
    public static func confirmed(_ first: String, _ second: String, minimum: Int) throws(StoreError) -> String {
        guard first == second else { throw .passphrasesDiffer }
        if let problem = problem(with: first, minimum: minimum) { throw problem }
        return first
    }

    /// Hashes `secret` with a fresh 16-byte random salt.
    public static func hash(_ secret: String, cost: Cost = .standard) throws -> String {
        guard !secret.isEmpty else { throw StoreError.cannotHash("the passphrase is empty") }
        guard Cost.isAcceptable(rounds: cost.rounds, blockSize: cost.blockSize, parallelism: cost.parallelism) else {
            throw StoreError.cannotHash("unsupported scrypt parameters N=\(cost.rounds) r=\(cost.blockSize) p=\(cost.parallelism)")
        }
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<saltByteCount).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let key = try derive(secret, salt: salt, cost: cost, byteCount: hashByteCount)
        let hash = key.withUnsafeBytes { Data($0) }
        return [scheme, "\(cost.rounds)", "\(cost.blockSize)", "\(cost.parallelism)",
                Data(salt).base64EncodedString(), hash.base64EncodedString()].joined(separator: "$")
    }

    /// True when `secret` hashes to `stored`. False for a wrong secret and for any malformed or
    /// tampered string. The final comparison takes the same time wherever the bytes differ.
    public static func verify(_ secret: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == scheme,
              let rounds = Int(parts[1]), let blockSize = Int(parts[2]), let parallelism = Int(parts[3]),
              Cost.isAcceptable(rounds: rounds, blockSize: blockSize, parallelism: parallelism),
              let salt = Data(base64Encoded: String(parts[4])), salt.count >= 8,
              let expected = Data(base64Encoded: String(parts[5])), (16...64).contains(expected.count),
              !secret.isEmpty
        else { return false }
        let cost = Cost(rounds: rounds, blockSize: blockSize, parallelism: parallelism)
        guard let derived = try? derive(secret, salt: Array(salt), cost: cost, byteCount: expected.count) else { return false }
        return derived == SymmetricKey(data: expected)  // SymmetricKey's == is constant-time
    }

    private static func derive(_ secret: String, salt: [UInt8], cost: Cost, byteCount: Int) throws -> SymmetricKey {
        do {
            return try KDF.Scrypt.deriveKey(from: Array(secret.utf8), salt: salt, outputByteCount: byteCount,
                                            rounds: cost.rounds, blockSize: cost.blockSize, parallelism: cost.parallelism)
        } catch {
            throw StoreError.cannotHash("scrypt failed (\(error))")
        }
    }
}
