import DialogueKit
import Foundation
import LyceumCore
import LyceumStore
import Rooms
import TutorEngine

/// Carrying out what the matchmaker and the rooms decided: deliveries, storage, credit.
extension RoomService {
    /// Runs one input in a room and carries out its effects. Returns whether the caller was refused.
    @discardableResult
    func run(_ input: RoomInput, in id: String, caller: String? = nil) -> Bool {
        // Out of the dictionary while it changes, and the state before kept without its lines, so
        // that adding a line appends to the room's history instead of copying it (copy on write).
        guard var room = rooms.removeValue(forKey: id) else { return false }
        var before = room
        before.history = []
        let effects = logic.handle(input, room: &room, now: clock())
        let refused = apply(effects, to: &room, before: before)
        if room.phase != before.phase { announceStatus(room) }
        return refused.contains { $0 == caller }
    }

    /// Forms the rooms the matchmaker decided on, and tells lone learners they go on alone.
    func carry(_ actions: [Matchmaker.Action]) {
        for action in actions {
            switch action {
            case .form(let key, let names):
                open(key, names.filter { online[$0.lowercased()] != nil }, formedBy: nil)
            case .goOnAlone(let name, _):
                queue(name.lowercased(), .system("""
                    Nobody else reached this checkpoint in time, so you go on alone: /next continues. \
                    If others reach it in the next \(DurationText.words(seconds: logic.settings.lateJoinSeconds)), you may be invited to discuss it with them.
                    """))
            }
        }
    }

    /// Opens a room at a checkpoint for these learners (online, in no room), with a tutor if one fits.
    @discardableResult
    func open(_ key: CheckpointKey, _ names: [String], formedBy teacher: String?) -> String? {
        guard names.count >= 1, let dialogue = tutor.content.dialogue(key.dialogueID),
              let step = dialogue.step(key.stepID), let checkpoint = step.checkpoint else { return nil }
        let id = "r\(nextRoomNumber)"
        nextRoomNumber += 1
        for name in names {
            matchmaker.withdraw(name)
            placement[name.lowercased()] = id
        }
        var (room, effects) = logic.open(id: id, checkpoint: key, title: dialogue.title, question: checkpoint.discussion,
                                         learners: names, now: clock())
        _ = apply(effects, to: &room, before: nil)
        logger.info("room opened", metadata: ["room": "\(id)", "checkpoint": "\(key)", "members": "\(names)"])
        if let teacher {
            note(ModerationEntry(roomID: id, actor: teacher, target: names.joined(separator: " "), action: "group",
                                 detail: nil, createdAt: clock()))
        }
        assignTutor(to: id, step: step, dialogue: dialogue)
        announceStatus(rooms[id] ?? room)
        return id
    }

    /// Rooms at a checkpoint get an online peer tutor who has mastered its skills, if one is free:
    /// with `rooms.scope: class`, one assigned to a class of the room's learners (or, for learners
    /// in no class, a tutor in none).
    func assignTutor(to id: String, step: DialogueKit.Step, dialogue: DialogueKit.Dialogue) {
        let skills = step.skills.isEmpty ? dialogue.skills.prefix(1).map(\.id) : step.skills
        let free = online.values.filter { $0.role == .tutor && placement[$0.name.lowercased()] == nil }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
        let classes = Set((rooms[id]?.learners ?? []).flatMap { (try? database.classIDs(of: $0.name)) ?? [] })
        for person in free {
            if logic.settings.scope == .class {
                let theirs = Set((try? database.classIDs(of: person.name)) ?? [])
                guard classes.isEmpty ? theirs.isEmpty : !theirs.isDisjoint(with: classes) else { continue }
            }
            guard let mastery = try? database.mastery(accountID: person.accountID),
                  skills.allSatisfy({ Mastery.isMastered(mastery[$0] ?? 0) }) else { continue }
            // Stored with the join below, which changes the members too.
            rooms[id]?.moderators.append(person.name)
            placement[person.name.lowercased()] = id
            queue(person.name.lowercased(), .system("You have mastered this checkpoint, so you moderate room \(id) as its peer tutor."))
            run(.join(person.name, .tutor), in: id)
            note(ModerationEntry(roomID: id, actor: "lyceum", target: person.name, action: "assign", detail: "mastered the checkpoint", createdAt: clock()))
            return
        }
    }

    /// Carries out a room's effects, stores the room's new lines (and its state, unless it is `before`
    /// with only lines added), and returns who was refused. `before` is nil for a new room.
    func apply(_ effects: [RoomEffect], to room: inout Room, before: Room?) -> [String] {
        var lines: [RoomLine] = []
        var refused: [String] = []
        var returned: [(String, String?)] = []
        for effect in effects {
            switch effect {
            case .line(let line):
                lines.append(line)
                queue(room.audience.filter { line.visible(to: $0) }.map { $0.lowercased() }, event(line, room))
            case .refused(let name, let code, let message):
                refused.append(name.lowercased())
                logger.notice("refused in room", metadata: ["room": "\(room.id)", "user": "\(name)", "code": "\(code)"])
                queue(name.lowercased(), .error(code: code, message: message))
            case .replay(let name, let replay):
                guard !replay.isEmpty else { continue }
                queue(name.lowercased(), .system("The last \(replay.count) line\(replay.count == 1 ? "" : "s") of room \(room.id):"))
                for line in replay { queue(name.lowercased(), event(line, room)) }
            case .told(let name, let line):
                queue(name.lowercased(), event(line, room))
            case .returned(let name, let verdict):
                returned.append((name, verdict))
            case .closed:
                for (key, id) in placement where id == room.id { placement[key] = nil }
            }
        }
        persist(room, lines, state: before.map { !room.differsOnlyInLines(from: $0) } ?? true)
        if room.phase == .closed { rooms[room.id] = nil } else { rooms[room.id] = room }
        // After the room is stored: credit first, then the learner is out of the room.
        for (name, verdict) in returned { giveBack(name, from: room, verdict: verdict) }
        return refused
    }

    /// Stores a room's new lines, one row each, and its state (without the lines) only if `state`:
    /// a chat line changes nothing else, so it costs one row, not a new copy of the room. The rows
    /// go to the journal with this call's events (`flush`), which stores them before delivering.
    func persist(_ room: Room, _ lines: [RoomLine], state: Bool) {
        if state {
            do {
                unsaved.rooms.append(StoredRoom(id: room.id, dialogueID: room.checkpoint.dialogueID, stepID: room.checkpoint.stepID,
                                                phase: room.phase.rawValue, state: try JSONEncoder().encode(room),
                                                createdAt: room.createdAt, closedAt: room.phase == .closed ? clock() : nil))
            } catch {
                logger.error("could not encode a room", metadata: ["room": "\(room.id)", "error": "\(error)"])
            }
        }
        unsaved.lines += lines.map {
            RoomLineRow(roomID: room.id, number: $0.number, fromName: $0.from, role: $0.role?.rawValue,
                        kind: $0.kind.rawValue, text: $0.text, toNames: $0.to, createdAt: $0.at)
        }
    }

    /// A learner leaves a room: credit when it finished, then back to their own dialogue where they left it.
    func giveBack(_ name: String, from room: Room, verdict: String?) {
        let key = name.lowercased()
        if let verdict, let account = try? database.account(named: name),
           let stored = try? database.session(accountID: account.id, dialogueID: room.checkpoint.dialogueID),
           var session = try? JSONDecoder().decode(TutorSession.self, from: stored.state) {
            let now = clock()
            let turn = tutor.creditDiscussion(room.checkpoint.stepID, room: room.id, verdict: verdict, session: &session)
            do {
                try database.recordCredit(
                    SessionRecords.turn(accountID: account.id, session, tutor, input: "(group discussion in room \(room.id))",
                                        turn: turn, stepID: room.checkpoint.stepID, now: now),
                    session: SessionRecords.stored(accountID: account.id, session, tutor, now: now))
                queue(key, .system(turn.text))
            } catch {
                logger.error("could not store group credit", metadata: ["user": "\(name)", "error": "\(error)"])
            }
        }
        placement[key] = nil
        guard let person = online[key] else { return }
        queue(key, .system("Back to your own dialogue, where you left it."))
        if let stored = try? database.currentSession(accountID: person.accountID),
           let session = try? JSONDecoder().decode(TutorSession.self, from: stored.state) {
            for event in tutor.recap(session).events { queue(key, .tutor(event)) }
            queue(key, SessionRecords.status(role: .learner, session, tutor, room: nil))
        }
    }

    /// Tells every member present where the room is now (for clients' status lines).
    func announceStatus(_ room: Room) {
        for name in room.audience {
            let key = name.lowercased()
            guard let person = online[key] else { continue }
            var session: TutorSession?
            if person.role == .learner, let stored = try? database.currentSession(accountID: person.accountID) {
                session = try? JSONDecoder().decode(TutorSession.self, from: stored.state)
            }
            let place = room.phase == .closed ? nil : (id: room.id, phase: room.phase.rawValue)
            queue(key, SessionRecords.status(role: person.role, session, tutor, room: place))
        }
    }

    /// A stored line as the room keeps it; nil for a row this version cannot read.
    static func line(_ row: RoomLineRow) -> RoomLine? {
        guard let kind = RoomLine.Kind(rawValue: row.kind) else { return nil }
        return RoomLine(number: row.number, at: row.createdAt, from: row.fromName, role: row.role.flatMap(Role.init(rawValue:)),
                        kind: kind, text: row.text, to: row.toNames)
    }

    /// How a room line reaches a client.
    func event(_ line: RoomLine, _ room: Room) -> ServerEvent {
        switch line.kind {
        case .tutor: .roomTutor(room: room.id, text: line.text)
        case .notice: .room(.init(room: room.id, phase: room.phase.rawValue, members: room.members.filter { !$0.gone }.map(\.name), text: line.text))
        default: .chat(.init(room: room.id, from: line.from ?? "?", role: line.role ?? .learner, kind: line.kind.rawValue, text: line.text, to: line.to))
        }
    }

    func note(_ entry: ModerationEntry) {
        do { try database.record(moderation: entry) } catch {
            logger.error("could not store a moderation action", metadata: ["error": "\(error)"])
        }
    }

    func queue(_ key: String, _ event: ServerEvent) { queue([key], event) }

    /// Queues one event for several users (lower-cased names); it is rendered once per output mode.
    func queue(_ keys: [String], _ event: ServerEvent) {
        queued.append(event)
        for key in keys { outgoing.append((key, queued.count - 1)) }
    }

    /// Hands what was stored and queued during this call to the journal, which stores it and then
    /// delivers it to everyone but the caller; returns, once that is done, what was queued for the
    /// caller. `inOrder`: the caller's events are delivered by the journal too, in order with the
    /// room's other lines (when they are the whole reply), and none are returned.
    func flush(caller: String?, inOrder: Bool = false) async -> [ServerEvent] {
        let (ticket, mine) = hand(caller: inOrder ? nil : caller)
        if let ticket { await journal.wait(for: ticket) }
        return mine
    }

    /// The same, for calls whose caller gets nothing and need not wait (ticks, departures, alerts).
    func send() {
        _ = hand(caller: nil)
    }

    private func hand(caller: String?) -> (ticket: Int?, mine: [ServerEvent]) {
        var mine: [ServerEvent] = []
        var others: [String: [Int]] = [:]
        var order: [String] = []
        for (key, index) in outgoing {
            if key == caller { mine.append(queued[index]); continue }
            if others[key] == nil { order.append(key) }
            others[key, default: []].append(index)
        }
        var entry = unsaved
        unsaved = RoomJournal.Entry()
        entry.events = queued
        entry.deliveries = order.compactMap { key in online[key].map { ($0.handle, others[key]!) } }
        queued.removeAll(keepingCapacity: true)
        outgoing.removeAll(keepingCapacity: true)
        guard !entry.isEmpty else { return (nil, mine) }
        return (journal.append(entry), mine)
    }
}
