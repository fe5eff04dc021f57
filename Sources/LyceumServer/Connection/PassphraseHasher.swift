import LyceumStore
import NIOPosix

/// Passphrase hashing (scrypt, 40-65 ms of CPU each) off Swift's shared thread pool: on a
/// bounded pool of its own threads (`login.hash_threads`, default 1), so a class logging in at
/// once queues for that pool while every answer and room goes on.
public final class PassphraseHasher: Sendable {
    let pool: NIOThreadPool
    let cost: Passphrase.Cost

    public init(threads: Int, cost: Passphrase.Cost) {
        pool = NIOThreadPool(numberOfThreads: max(1, threads))
        pool.start()
        self.cost = cost
    }

    /// The hash of a new passphrase.
    public func hash(_ secret: String) async throws -> String {
        let cost = self.cost
        return try await pool.runIfActive { try Passphrase.hash(secret, cost: cost) }
    }

    /// Whether `secret` matches `stored`; false when the pool has shut down.
    public func verify(_ secret: String, against stored: String) async -> Bool {
        (try? await pool.runIfActive { Passphrase.verify(secret, against: stored) }) ?? false
    }

    public func shutdown() async {
        try? await pool.shutdownGracefully()
    }
}

