import Foundation
import Logging
import LyceumCore
import LyceumStore
import Rooms
import TutorEngine

/// Who is where: the checkpoint pools, the open rooms and their members, and teachers' live views.
/// One actor owns all of it, so a room's lines go out in the order they were said. It adapts the
/// pure `Matchmaker` and `RoomLogic` (module Rooms): it feeds them inputs and the time, and hands
/// each change (rows to store, events to deliver) to its `RoomJournal`, which stores it and then
/// delivers it, in the order decided here.
///
/// Every public method returns the events for the user who called it (so they come after that
/// user's own reply, in order), once its change is stored and everyone else's events are queued
/// on their connections. `input` and `say` are the exception: the caller's events are the whole
/// reply, so the journal delivers them too, in order with the room's other lines.
public actor RoomService {
    struct Person {
        var name: String
        var role: Role
        var accountID: Int64
        var handle: ConnectionHandle
        /// When they logged in: time before it, since their last answer, was time away.
        var since: Date
    }

    let database: AppDatabase
    let tutor: Tutor
    let logic: RoomLogic
    let teaching: TeachingSettings
    let logger: Logger
    let clock: @Sendable () -> Date
    var matchmaker: Matchmaker
    var rooms: [String: Room] = [:]
    /// The room each user is in (lower-cased name -> room id): learners' membership, and the
    /// room a teacher or tutor has joined.
    var placement: [String: String] = [:]
    var online: [String: Person] = [:]
    /// The keys of the teachers in `online`, so an alert does not look through every learner.
    var teachersOnline: Set<String> = []
    /// Per learner, the step ("dialogue#index") a time-based stuck alert was last raised for.
    var stuckAlerted: [String: String] = [:]
    /// Teachers watching each learner (lower-cased names).
    var watchers: [String: Set<String>] = [:]
    var nextRoomNumber = 1
    /// Events queued during one call (`queue`): each event once, and who gets which, by lower-cased name.
    var queued: [ServerEvent] = []
    var outgoing: [(key: String, event: Int)] = []
    /// Rows to store (`persist`) with the events of the current call, when it flushes them.
    var unsaved = RoomJournal.Entry()
    /// Stores the rooms' changes, then delivers their events (group commit, outside the actor).
    let journal: RoomJournal

    public init(database: AppDatabase, tutor: Tutor, settings: RoomSettings, teaching: TeachingSettings,
                logger: Logger, clock: @escaping @Sendable () -> Date) {
        self.database = database; self.tutor = tutor; self.teaching = teaching
        self.logic = RoomLogic(settings: settings, facilitator: TutorFacilitator(tutor: tutor))
        self.matchmaker = Matchmaker(settings: settings)
        self.logger = logger; self.clock = clock
        let journal = RoomJournal(database: database, logger: logger)
        self.journal = journal
        journal.start()
    }

    /// Returns once every room change so far is stored and delivered (at shutdown).
    /// At shutdown: the last room changes are stored, then the journal's thread ends.
    public func drain() async {
        await journal.drain()
        journal.stop()
    }

    /// Loads the rooms that were open when the server stopped, each with its latest lines from the
    /// `roomLine` table (the stored state has no lines; a state stored with them, by an earlier
    /// version, decodes too, its copy of the lines ignored); their members rejoin when they log in.
    public func restore() throws -> Int {
        nextRoomNumber = try database.roomCount() + 1
        for stored in try database.openRooms() {
            guard var room = try? JSONDecoder().decode(Room.self, from: stored.state) else {
                logger.error("a stored room could not be read; it stays closed", metadata: ["room": "\(stored.id)"])
                continue
            }
            let lines = try database.latestRoomLines(roomID: room.id, limit: logic.keptLines).compactMap(Self.line)
            room.restore(history: lines, keeping: logic.keptLines)
            for index in room.members.indices { room.members[index].present = false }
            rooms[room.id] = room
            for member in room.members where !member.gone { placement[member.name.lowercased()] = room.id }
        }
        return rooms.count
    }

    // MARK: Presence

    /// A user logged in: a learner who is a member of an open room rejoins it.
    public func arrive(_ account: Account, _ handle: ConnectionHandle) async -> [ServerEvent] {
        let key = account.name.lowercased()
        online[key] = Person(name: account.name, role: account.role, accountID: account.id, handle: handle, since: clock())
        if account.role.oversees { teachersOnline.insert(key) }
        if let id = placement[key], let room = rooms[id] {
            if room.member(account.name)?.present == true {
                // The same user on a new connection (a takeover): just show them the room again.
                queue(key, .system("You are in discussion room \(id). The last lines:"))
                for line in room.replay(for: account.name, limit: logic.settings.replayLines) { queue(key, event(line, room)) }
            } else {
                run(.join(account.name, account.role), in: id)
            }
        }
        return await flush(caller: key)
    }

    /// A user's connection ended (not when another connection of theirs took over).
    public func depart(_ name: String, _ handle: ConnectionHandle) {
        let key = name.lowercased()
        guard online[key]?.handle == handle else { return }
        online[key] = nil
        teachersOnline.remove(key)
        matchmaker.withdraw(name)
        for learner in watchers.keys { watchers[learner]?.remove(key) }
        if let id = placement[key] {
            if let role = rooms[id]?.member(name)?.role, role != .learner {
                run(.leave(name), in: id)  // teachers and tutors leave; learners stay members
                placement[key] = nil
            } else {
                run(.away(name), in: id)
            }
        }
        send()
    }

    /// The room `name` is in, and its phase.
    public func place(of name: String) -> (room: String, phase: Room.Phase)? {
        guard let id = placement[name.lowercased()], let room = rooms[id] else { return nil }
        return (id, room.phase)
    }

    public func isWaiting(_ name: String) -> Bool {
        guard let entry = matchmaker.waiting(name)?.entry else { return false }
        return !entry.late
    }

    // MARK: Checkpoints

    /// A learner completed a checkpoint step: they wait for partners, unless they chose /solo.
    public func reachedCheckpoint(_ account: Account, _ key: CheckpointKey, mastery: Double) async -> [ServerEvent] {
        let name = account.name.lowercased()
        guard (try? database.grouping(accountID: account.id)) ?? true else {
            return [.system("You chose to work alone (/solo), so you go on by yourself. /group turns group discussions back on.")]
        }
        // With rooms.scope: class, a learner meets only learners of their own classes.
        var cohorts: [String] = []
        if logic.settings.scope == .class {
            do { cohorts = try database.classIDs(of: account.name) } catch {
                logger.error("could not read a learner's classes", metadata: ["error": "\(error)"])
            }
        }
        let actions = matchmaker.arrive(account.name, at: key, cohorts: cohorts, mastery: mastery, now: clock())
        if actions.isEmpty {
            queue(name, .system("""
                You're waiting for others who reach this checkpoint, to discuss the question above together \
                (up to \(DurationText.words(seconds: logic.settings.maximumWaitSeconds))). /next goes on alone now; /solo turns group discussions off.
                """))
        }
        carry(actions)
        return await flush(caller: name)
    }

    /// The learner goes on alone instead of waiting (`/next`); they may still be pulled into a room.
    public func goOn(_ name: String) -> [ServerEvent] {
        matchmaker.goOn(name, now: clock())
        return [.system("You go on alone. If others reach that checkpoint in the next \(DurationText.words(seconds: logic.settings.lateJoinSeconds)), you may be invited to discuss it with them.")]
    }

    /// `/solo` (false) and `/group` (true) for a learner.
    public func setGrouping(_ account: Account, _ grouping: Bool) -> [ServerEvent] {
        do {
            try database.setGrouping(accountID: account.id, grouping)
        } catch {
            logger.error("could not store a grouping choice", metadata: ["error": "\(error)"])
            return [.error(code: "storage", message: "Your choice could not be saved just now. Please try again.")]
        }
        if grouping {
            return [.system("Group discussions are on: at checkpoints you'll wait briefly for others to discuss with.")]
        }
        matchmaker.withdraw(account.name)
        return [.system("You work alone from now on: no group discussions at checkpoints. /group turns them back on.")]
    }

    /// Time passed: forms rooms whose wait is over and ends phases past their deadline.
    public func tick() {
        let now = clock()
        carry(matchmaker.tick(now: now))
        for (id, room) in rooms.sorted(by: { $0.key < $1.key }) {
            if let deadline = room.deadline, deadline <= now { run(.tick, in: id) }
        }
        send()
    }

    /// The next moment `tick` has something to do.
    public var nextDeadline: Date? {
        ([matchmaker.nextDeadline] + rooms.values.map(\.deadline)).compactMap { $0 }.min()
    }

    // MARK: Room inputs

    /// A member's line or room command.
    /// Everything, the caller's events too, is delivered in order with the room's other lines,
    /// once stored; so it returns no events, only after they are delivered.
    public func input(_ input: RoomInput, from name: String) async -> [ServerEvent] {
        let key = name.lowercased()
        guard let id = placement[key] else {
            return [.error(code: "not-in-room", message: "You are not in a discussion room.")]
        }
        let refused = run(input, in: id, caller: key)
        if !refused, let action = Self.moderationAction(input) {
            note(ModerationEntry(roomID: id, actor: name, target: action.target, action: action.name,
                                 detail: action.detail, createdAt: clock()))
        }
        return await flush(caller: key, inOrder: true)
    }

    /// A line that is not a command: said in `name`'s room, if they are in one (nil if not: it is
    /// an answer to their own dialogue). Returns the room and the events for the caller.
    public func say(_ name: String, _ line: String) async -> (room: String, events: [ServerEvent])? {
        guard let id = placement[name.lowercased()], rooms[id] != nil else { return nil }
        return (id, await input(.say(name, line), from: name))
    }

    /// `/who`: the members of the caller's room.
    public func who(_ name: String) -> [ServerEvent] {
        guard let id = placement[name.lowercased()], let room = rooms[id] else {
            return [.error(code: "not-in-room", message: "You are not in a discussion room.")]
        }
        let lines = room.members.filter { !$0.gone }.map { member in
            let role = member.role == .learner ? "" : " (\(member.role.rawValue))"
            var state: [String] = []
            if !member.present { state.append("away") }
            if room.phase == .think, member.role == .learner { state.append(member.answer == nil ? "thinking" : "answered") }
            if member.ready { state.append("ready") }
            if let until = member.mutedUntil, until > clock() { state.append("muted") }
            return "  \(member.name)\(role)" + (state.isEmpty ? "" : ": " + state.joined(separator: ", "))
        }
        return [.report(title: "Room \(id), \(room.phase.rawValue): \(room.question)", lines: lines)]
    }

    static func moderationAction(_ input: RoomInput) -> (name: String, target: String?, detail: String?)? {
        switch input {
        case .mute(let target, let minutes, _): ("mute", target, "\(minutes) minutes")
        case .unmute(let target, _): ("unmute", target, nil)
        case .kick(let target, _, let reason): ("kick", target, reason.isEmpty ? nil : reason)
        case .advance: ("advance", nil, nil)
        case .pin(let text, _): ("pin", nil, text)
        default: nil
        }
    }
}
