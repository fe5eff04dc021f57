import Foundation

/// A progress point where rooms form: a checkpoint step of a dialogue.
public struct CheckpointKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public var dialogueID: String
    public var stepID: String
    public init(dialogueID: String, stepID: String) { self.dialogueID = dialogueID; self.stepID = stepID }
    public var description: String { "\(dialogueID)/\(stepID)" }
}

/// Forms rooms from learners waiting at the same checkpoint. Pure: every method takes `now`.
///
/// How it decides (docs/ROOMS.md says the same for teachers):
/// - A pool forms rooms once it holds `targetSize` learners and its oldest has waited
///   `gatherSeconds` (so a wider pool can be mixed), or at once when it holds `maximumSize`.
/// - When the oldest has waited `maximumWaitSeconds`, the pool forms a room if it has at least
///   `minimumSize`; a learner without partners goes on alone and stays "late" for
///   `lateJoinSeconds`: a later pool at the same checkpoint may pull them in to fill a room.
/// - Mixing: the learners are sorted by mastery and dealt out like cards in snake order
///   (1, 2, 3, 3, 2, 1, ...), so each room gets stronger and weaker learners rather than the
///   strongest together.
/// - Cohorts: each checkpoint has a pool per cohort (a class, with `rooms.scope: class`), and
///   rooms form within one pool. A learner of several cohorts waits in each of their pools and
///   leaves them all when a room takes them.
public struct Matchmaker: Sendable, Equatable {
    public struct Waiting: Sendable, Equatable {
        public var name: String
        /// Mean mastery of the checkpoint's skills, 0...1.
        public var mastery: Double
        public var since: Date
        /// Went on alone; may be pulled into a room until `since + lateJoinSeconds`.
        public var late: Bool
    }

    public enum Action: Sendable, Equatable {
        /// Form a room of these learners at this checkpoint.
        case form(CheckpointKey, [String])
        /// Nobody came: this learner goes on alone (and may be pulled in later).
        case goOnAlone(String, CheckpointKey)
    }

    /// The learners of one cohort waiting at one checkpoint; cohort "" is everyone.
    struct Pool: Sendable, Hashable {
        var key: CheckpointKey
        var cohort: String
        var order: String { "\(key)#\(cohort)" }
    }

    public var settings: RoomSettings
    private(set) var pools: [Pool: [Waiting]] = [:]

    public init(settings: RoomSettings = RoomSettings()) { self.settings = settings }

    /// Where `name` waits, if anywhere.
    public func waiting(_ name: String) -> (key: CheckpointKey, entry: Waiting)? {
        for pool in pools.keys.sorted(by: { $0.order < $1.order }) {
            if let entry = pools[pool]?.first(where: { $0.name == name }) { return (pool.key, entry) }
        }
        return nil
    }

    /// A learner of `cohorts` (none: everyone's pool) reached `key`. Returns the rooms this lets form.
    public mutating func arrive(_ name: String, at key: CheckpointKey, cohorts: [String] = [], mastery: Double,
                                now: Date) -> [Action] {
        withdraw(name)
        let mine = cohorts.isEmpty ? [""] : Array(Set(cohorts)).sorted()
        for cohort in mine {
            pools[Pool(key: key, cohort: cohort), default: []].append(Waiting(name: name, mastery: mastery, since: now, late: false))
        }
        var actions: [Action] = []
        for cohort in mine { actions += form(Pool(key: key, cohort: cohort), now: now) }
        return actions
    }

    /// The learner chose to go on alone (`/next` while waiting): they stay late, so they can be pulled in.
    public mutating func goOn(_ name: String, now: Date) {
        for pool in pools.keys {
            guard let index = pools[pool]?.firstIndex(where: { $0.name == name }) else { continue }
            pools[pool]![index].late = true
            pools[pool]![index].since = now
        }
    }

    /// The learner leaves every pool (`/solo`, logged out, placed in a room by hand).
    public mutating func withdraw(_ name: String) {
        for key in pools.keys { pools[key]?.removeAll { $0.name == name } }
        pools = pools.filter { !$0.value.isEmpty }
    }

    /// Time passed: forms rooms whose wait is over, sends lone learners on, forgets late ones.
    public mutating func tick(now: Date) -> [Action] {
        var actions: [Action] = []
        for pool in pools.keys.sorted(by: { $0.order < $1.order }) {
            pools[pool]?.removeAll { $0.late && now.timeIntervalSince($0.since) >= Double(settings.lateJoinSeconds) }
            actions += form(pool, now: now)
        }
        pools = pools.filter { !$0.value.isEmpty }
        return actions
    }

    /// The next moment `tick` may have something to do.
    public var nextDeadline: Date? {
        pools.values.flatMap { pool in
            pool.map { entry in
                entry.late ? entry.since.addingTimeInterval(Double(settings.lateJoinSeconds))
                    : entry.since.addingTimeInterval(Double(min(settings.gatherSeconds, settings.maximumWaitSeconds)))
            } + pool.filter { !$0.late }.map { $0.since.addingTimeInterval(Double(settings.maximumWaitSeconds)) }
        }.min()
    }

    // MARK: Forming

    private mutating func form(_ key: Pool, now: Date) -> [Action] {
        guard let pool = pools[key] else { return [] }
        let fresh = pool.filter { !$0.late }
        guard let oldest = fresh.map(\.since).min() else { return [] }
        let late = pool.filter(\.late).sorted { $0.since > $1.since }  // most recent first
        let waited = now.timeIntervalSince(oldest)
        let gathered = waited >= Double(settings.gatherSeconds) || fresh.count >= settings.maximumSize
        let expired = waited >= Double(settings.maximumWaitSeconds)

        var chosen: [Waiting] = []
        if fresh.count >= settings.targetSize, gathered {
            chosen = fresh
        } else if fresh.count + late.count >= settings.targetSize, gathered {
            chosen = fresh + late.prefix(settings.targetSize - fresh.count)
        } else if expired, fresh.count + late.count >= settings.minimumSize {
            chosen = fresh + late.prefix(max(0, settings.targetSize - fresh.count))
        } else if expired {
            // Nobody to pair with: everyone fresh goes on alone and stays late.
            var actions: [Action] = []
            for entry in fresh {
                actions.append(.goOnAlone(entry.name, key.key))
                goOn(entry.name, now: now)
            }
            return actions
        } else {
            return []
        }
        // Taken into a room: out of every pool, in every cohort.
        let names = Set(chosen.map(\.name))
        for other in pools.keys { pools[other]?.removeAll { names.contains($0.name) } }
        pools = pools.filter { !$0.value.isEmpty }
        return Self.deal(chosen, settings: settings).map { .form(key.key, $0) }
    }

    /// Splits `learners` into rooms of sizes near the target (within min...max where possible),
    /// dealing them out by mastery in snake order so that every room is mixed.
    static func deal(_ learners: [Waiting], settings: RoomSettings) -> [[String]] {
        let n = learners.count
        guard n > 0 else { return [] }
        var groups = max(1, n / settings.targetSize)
        while (n + groups - 1) / groups > settings.maximumSize { groups += 1 }
        while groups > 1, n / groups < settings.minimumSize { groups -= 1 }
        let sorted = learners.sorted { ($0.mastery, $1.name) > ($1.mastery, $0.name) }
        var rooms = Array(repeating: [String](), count: groups)
        for (index, learner) in sorted.enumerated() {
            let round = index / groups, position = index % groups
            rooms[round.isMultiple(of: 2) ? position : groups - 1 - position].append(learner.name)
        }
        return rooms
    }
}
