import Foundation
import Logging
import LyceumStore
import LyceumCore
import TutorEngine

/// What every connection shares. Everything here is safe to use from any task.
public struct Services: Sendable {
    public let tutor: Tutor
    public let database: AppDatabase
    public let hub: Hub
    /// Checkpoint pools, rooms, and teachers' live views.
    public let rooms: RoomService
    public let teaching: TeachingSettings
    public let throttle: Locked<LoginThrottle>
    public let passphraseCost: Passphrase.Cost
    /// Hashes and checks passphrases on a bounded pool of its own (`login.hash_threads`).
    public let hasher: PassphraseHasher
    public let minimumPassphraseLength: Int
    public let signup: SignupPolicy
    /// Days turns, room lines and audit entries are kept (`data.retention_days`).
    public let retentionDays: Int
    public let logger: Logger
    public let clock: @Sendable () -> Date

    public init(tutor: Tutor, database: AppDatabase, settings: ServerSettings = ServerSettings(), hub: Hub = Hub(),
                passphraseCost: Passphrase.Cost = .standard, logger: Logger,
                clock: @escaping @Sendable () -> Date = { Date() }) {
        self.tutor = tutor; self.database = database; self.hub = hub
        self.teaching = settings.teaching
        self.rooms = RoomService(database: database, tutor: tutor, settings: settings.rooms, teaching: settings.teaching,
                                 logger: logger, clock: clock)
        var throttle = LoginThrottle()
        throttle.allowedFailures = settings.loginFailuresAllowed
        throttle.baseLockout = Double(settings.loginLockoutSeconds)
        self.throttle = Locked(throttle)
        self.passphraseCost = passphraseCost
        self.hasher = PassphraseHasher(threads: settings.hashThreads, cost: passphraseCost)
        self.minimumPassphraseLength = settings.minimumPassphraseLength
        self.signup = settings.signupPolicy
        self.retentionDays = settings.retentionDays
        self.logger = logger; self.clock = clock
    }
}
