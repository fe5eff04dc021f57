import Foundation
import LyceumCore
import LyceumStore
import Rooms
import TutorEngine

/// What teachers and peer tutors do beyond a room's own commands.
extension RoomService {
    /// `/rooms`: the open rooms with a learner the viewer oversees, and who of theirs waits where.
    public func roomsReport(_ viewer: Account) -> [ServerEvent] {
        let now = clock()
        let reach = reach(of: viewer)
        var lines = rooms.values.filter { visible($0, reach) }.sorted { $0.createdAt < $1.createdAt }.map { room in
            let members = room.members.filter { !$0.gone }.map { m in
                m.name + (m.role == .learner ? "" : " (\(m.role.rawValue))") + (m.present ? "" : " (away)")
            }
            return "  \(room.id)  \(room.checkpoint)  \(room.phase.rawValue)  \(members.joined(separator: ", "))"
                + (room.moderators.isEmpty ? "" : "  tutors: \(room.moderators.joined(separator: ", "))")
        }
        if lines.isEmpty { lines.append("  No rooms are open.") }
        let waiting = online.values.compactMap { person -> String? in
            guard reach.covers(person.name), let (key, entry) = matchmaker.waiting(person.name) else { return nil }
            let seconds = Int(now.timeIntervalSince(entry.since))
            return "  \(person.name) at \(key), \(entry.late ? "went on alone" : "waiting") \(seconds) s"
        }.sorted()
        if !waiting.isEmpty { lines += ["Waiting at checkpoints:"] + waiting }
        return [.report(title: "Rooms", lines: lines)]
    }

    /// `/join ROOM`: a teacher joins a room with a learner of their classes (an admin any room);
    /// a tutor only one they are assigned to. Another teacher's room is refused as if it were not open.
    public func join(_ account: Account, room id: String) async -> [ServerEvent] {
        let key = account.name.lowercased()
        let reach = account.role.oversees ? reach(of: account) : .school
        guard let room = rooms[id], visible(room, reach) else {
            let open = rooms.values.filter { visible($0, reach) }.map(\.id).sorted().joined(separator: ", ")
            return [.error(code: "no-such-room", message: "There is no open room \(id).\(open.isEmpty ? " No rooms are open." : " Open rooms: \(open).")")]
        }
        if account.role == .tutor, !room.moderators.contains(where: { $0.lowercased() == key }) {
            logger.notice("refused room", metadata: ["user": "\(account.name)", "room": "\(id)"])
            return [.error(code: "not-allowed", message: "You moderate only rooms you are assigned to; room \(id) is not one of them.")]
        }
        if let current = placement[key] {
            if current == id { return [.error(code: "already-in-room", message: "You are already in room \(id).")] }
            run(.leave(account.name), in: current)
        }
        placement[key] = id
        if account.role.oversees {
            audit(account.name, room.learners.map(\.name), "room \(id)")
        }
        run(.join(account.name, account.role), in: id, caller: key)
        if let room = rooms[id] { announceStatus(room) }
        return await flush(caller: key)
    }

    /// A teacher or tutor leaves the room they joined (`/leave`).
    public func leaveAsStaff(_ account: Account) async -> [ServerEvent] {
        let key = account.name.lowercased()
        guard let id = placement[key] else { return [.error(code: "not-in-room", message: "You are not in a discussion room.")] }
        run(.leave(account.name), in: id, caller: key)
        placement[key] = nil
        queue(key, .system("You left room \(id)."))
        queue(key, SessionRecords.status(role: account.role, nil, tutor, room: nil))
        return await flush(caller: key)
    }

    /// `/coach NAME TEXT`: a private message from a teacher to one learner, wherever they are.
    public func coach(_ teacher: Account, _ learner: String, _ text: String) async -> [ServerEvent] {
        guard let person = online[learner.lowercased()], person.role == .learner, reach(of: teacher).covers(person.name) else {
            return [.error(code: "not-online", message: "\(learner) is not an online learner; /dashboard shows who is online.")]
        }
        let chat = ServerEvent.chat(.init(room: nil, from: teacher.name, role: .teacher, kind: "coach", text: text, to: [person.name]))
        queue(person.name.lowercased(), chat)
        note(ModerationEntry(roomID: nil, actor: teacher.name, target: person.name, action: "coach", detail: text, createdAt: clock()))
        return await flush(caller: teacher.name.lowercased()) + [chat]
    }

    /// `/announce TEXT`: to the teacher's room, or, when they are in none, to the learners of their
    /// classes who are online (an admin: to everyone online).
    public func announce(_ teacher: Account, _ text: String) async -> [ServerEvent] {
        let key = teacher.name.lowercased()
        if placement[key] != nil { return await input(.announce(text, by: teacher.name), from: teacher.name) }
        let chat = ServerEvent.chat(.init(room: nil, from: teacher.name, role: .teacher, kind: "announce", text: text))
        let reach = reach(of: teacher)
        let audience = online.filter { $0.key != key && (reach == .school || $0.value.role == .learner && reach.covers($0.key)) }
        for other in audience.keys { queue(other, chat) }
        note(ModerationEntry(roomID: nil, actor: teacher.name, target: nil, action: "announce", detail: text, createdAt: clock()))
        let others = audience.count
        return await flush(caller: key) + [chat, .system("Announced to \(others) other user\(others == 1 ? "" : "s") online.")]
    }

    /// `/watch NAME`: a live copy of a learner's tutoring turns.
    public func watch(_ teacher: Account, _ learner: String) -> [ServerEvent] {
        guard let account = try? database.account(named: learner), account.role == .learner,
              reach(of: teacher).covers(account.name) else {
            return [.error(code: "no-such-learner", message: "There is no learner called \(learner).")]
        }
        watchers[account.name.lowercased(), default: []].insert(teacher.name.lowercased())
        audit(teacher.name, [account.name], "watch")
        let where_ = online[account.name.lowercased()] == nil ? " They are offline now." : ""
        return [.system("Watching \(account.name): you'll see a copy of each of their tutoring turns.\(where_) /unwatch stops.")]
    }

    /// `/unwatch [NAME]`: stop watching one learner, or everyone.
    public func unwatch(_ teacher: Account, _ learner: String?) -> [ServerEvent] {
        let key = teacher.name.lowercased()
        let watched = watchers.filter { $0.value.contains(key) }.map(\.key)
        let stopping = learner.map { name in watched.filter { $0 == name.lowercased() } } ?? watched
        guard !stopping.isEmpty else { return [.system("You are not watching \(learner ?? "anyone").")] }
        for name in stopping { watchers[name]?.remove(key) }
        return [.system("Stopped watching \(stopping.sorted().joined(separator: ", ")).")]
    }

    /// A learner's tutoring turn, copied to the teachers watching them.
    public func tutored(_ learner: String, input: String, reply: String) {
        guard let teachers = watchers[learner.lowercased()], !teachers.isEmpty else { return }
        for teacher in teachers { queue(teacher, .watch(learner: learner, input: input, reply: reply)) }
        send()
    }

    /// `/group NAME NAME...`: a teacher forms a room by hand, at the first learner's latest checkpoint.
    public func group(_ teacher: Account, _ names: [String]) async -> [ServerEvent] {
        var learners: [Person] = []
        let reach = reach(of: teacher)
        for name in names {
            guard let person = online[name.lowercased()], person.role == .learner, reach.covers(person.name) else {
                return [.error(code: "not-online", message: "\(name) is not an online learner; a room needs its members online.")]
            }
            if let id = placement[name.lowercased()] {
                return [.error(code: "already-in-room", message: "\(person.name) is already in room \(id).")]
            }
            if !learners.contains(where: { $0.accountID == person.accountID }) { learners.append(person) }
        }
        guard learners.count >= 2 else { return [.error(code: "usage", message: "A room needs at least two different learners: /group NAME NAME...")] }
        guard let stored = try? database.currentSession(accountID: learners[0].accountID),
              let session = try? JSONDecoder().decode(TutorSession.self, from: stored.state),
              let step = tutor.checkpointStep(for: session) else {
            return [.error(code: "no-checkpoint", message: "\(learners[0].name) is not in a dialogue with a checkpoint, so there is no discussion question to give the room.")]
        }
        guard let id = open(CheckpointKey(dialogueID: session.dialogueID, stepID: step.id), learners.map(\.name), formedBy: teacher.name) else {
            return [.error(code: "no-checkpoint", message: "That checkpoint has no discussion question.")]
        }
        return await flush(caller: teacher.name.lowercased()) + [.system("Room \(id) formed at \(session.dialogueID)/\(step.id) with \(learners.map(\.name).joined(separator: ", ")). /join \(id) to coach it.")]
    }

    /// `/assign TUTOR ROOM`: a peer tutor moderates a room.
    public func assign(_ teacher: Account, tutor name: String, room id: String) async -> [ServerEvent] {
        guard rooms[id].map({ visible($0, reach(of: teacher)) }) == true else {
            return [.error(code: "no-such-room", message: "There is no open room \(id); /rooms lists them.")]
        }
        // A teacher assigns the tutors of their own classes; another class's is refused as if it did not exist.
        guard let account = try? database.account(named: name), account.role == .tutor,
              teacher.role == .admin || sharesClass(teacher, account) else {
            return [.error(code: "no-such-tutor", message: "There is no tutor called \(name) in your classes. `lyceum classes enrol CLASS NAME` puts a tutor in one.")]
        }
        if !(rooms[id]!.moderators.contains { $0.lowercased() == account.name.lowercased() }) {
            rooms[id]!.moderators.append(account.name)
            persist(rooms[id]!, [], state: true)
        }
        note(ModerationEntry(roomID: id, actor: teacher.name, target: account.name, action: "assign", detail: nil, createdAt: clock()))
        let key = account.name.lowercased()
        if online[key] != nil {
            if placement[key] == nil {
                placement[key] = id
                queue(key, .system("Teacher \(teacher.name) assigned you to moderate room \(id)."))
                run(.join(account.name, .tutor), in: id)
            } else {
                queue(key, .system("Teacher \(teacher.name) assigned you to moderate room \(id): /join \(id) when you're ready."))
            }
        }
        return await flush(caller: teacher.name.lowercased()) + [.system("\(account.name) moderates room \(id).")]
    }

    /// `/flag NAME REASON`: a tutor raises an alert about a member of their room.
    public func flag(_ tutorAccount: Account, _ learner: String, reason: String) async -> [ServerEvent] {
        guard let id = placement[tutorAccount.name.lowercased()], let room = rooms[id], let member = room.member(learner),
              member.role == .learner else {
            return [.error(code: "no-such-member", message: "No learner called \(learner) is in your room. /who lists who is.")]
        }
        note(ModerationEntry(roomID: id, actor: tutorAccount.name, target: member.name, action: "flag", detail: reason, createdAt: clock()))
        alert(member.name, "Tutor \(tutorAccount.name) flagged \(member.name) in room \(id): \(reason)")
        return await flush(caller: tutorAccount.name.lowercased()) + [.system("Your flag about \(member.name) went to the teachers.")]
    }

    /// Sends an alert about `learner` to the teachers of their classes and the admins who are online.
    func alert(_ learner: String, _ text: String) {
        let overseers: Set<String>
        do { overseers = try database.overseers(of: learner) } catch {
            logger.error("could not read who oversees a learner", metadata: ["error": "\(error)"])
            return
        }
        for key in teachersOnline where overseers.contains(key) { queue(key, .alert(learner: learner, text: text)) }
    }

    /// Whose data `viewer` may see; nobody's when the classes cannot be read.
    func reach(of viewer: Account) -> Reach {
        do { return try database.reach(of: viewer) } catch {
            logger.error("could not read a teacher's classes", metadata: ["error": "\(error)"])
            return .learners([])
        }
    }

    /// Whether two accounts are in a class together.
    func sharesClass(_ a: Account, _ b: Account) -> Bool {
        let mine = Set((try? database.classIDs(of: a.name)) ?? [])
        return !mine.isDisjoint(with: (try? database.classIDs(of: b.name)) ?? [])
    }

    /// Whether a room holds a learner `reach` covers (every room, for the whole school).
    func visible(_ room: Room, _ reach: Reach) -> Bool {
        reach == .school || room.members.contains { $0.role == .learner && reach.covers($0.name) }
    }

    /// A learner's answer made them stuck, or a misconception keep coming back: tell the teachers now.
    public func raise(_ learner: String, _ text: String) {
        alert(learner, text)
        send()
    }

    /// Learners online who have sat on their step for `teaching.stuck_minutes` without answering
    /// are pushed as an alert, once per step; one who keeps answering without progress is caught
    /// by `teaching.stuck_attempts` instead. One database read per check, of the sessions not
    /// written for that long, however many learners are online. Called every `teaching.stuck_check_seconds`.
    public func checkTimeOnStep() {
        let now = clock()
        let cutoff = now.addingTimeInterval(-teaching.stuckMinutes * 60)
        let here = Dictionary(online.values.filter { $0.role == .learner && placement[$0.name.lowercased()] == nil }
            .map { ($0.accountID, $0) }, uniquingKeysWith: { a, _ in a })
        guard !here.isEmpty else { return }
        let idle: [StoredSession]
        do { idle = try database.idleCurrentSessions(before: cutoff) } catch {
            logger.error("could not read idle sessions", metadata: ["error": "\(error)"])
            return
        }
        for stored in idle {
            guard let person = here[stored.accountID],
                  var session = try? JSONDecoder().decode(TutorSession.self, from: stored.state),
                  let dialogue = tutor.content.dialogue(session.dialogueID),
                  dialogue.steps.indices.contains(session.stepIndex) else { continue }
            // Logged out between their last answer and this login: that was time away from the step.
            if let last = session.lastActiveAt, person.since > last { session.resume(now: person.since) }
            let key = "\(dialogue.id)#\(session.stepIndex)"
            guard stuckAlerted[person.name.lowercased()] != key,
                  session.secondsOnStep(now: now, here: true) >= teaching.stuckMinutes * 60,
                  let reason = Oversight.stuckReason(session, dialogue: dialogue, settings: teaching, now: now) else { continue }
            stuckAlerted[person.name.lowercased()] = key
            alert(person.name, "\(person.name) seems stuck in \(dialogue.id): \(reason).")
        }
        send()
    }

    /// The names of everyone online, lower-cased.
    public var onlineNames: Set<String> { Set(online.keys) }

    /// Where each learner is in the rooms: "in r3", "waiting".
    public func groupStates() -> [String: String] {
        var states: [String: String] = [:]
        for (key, id) in placement { states[key] = "in \(id)" }
        for person in online.values where states[person.name.lowercased()] == nil {
            if let entry = matchmaker.waiting(person.name)?.entry, !entry.late { states[person.name.lowercased()] = "waiting" }
        }
        return states
    }

    /// `/forget`: what `name` wrote is removed from every room's state, open or closed (their
    /// lines go with their account).
    public func forget(_ name: String) {
        for (id, var room) in rooms where room.forget(name) {
            rooms[id] = room
            persist(room, [], state: true)
        }
        do {
            for stored in try database.closedRooms(mentioning: name) {
                guard var room = try? JSONDecoder().decode(Room.self, from: stored.state), room.forget(name) else { continue }
                var scrubbed = stored
                scrubbed.state = try JSONEncoder().encode(room)
                try database.save(room: scrubbed, lines: [])
            }
        } catch {
            logger.error("could not scrub closed rooms", metadata: ["error": "\(error)"])
        }
    }

    func audit(_ viewer: String, _ learners: [String], _ action: String) {
        do { try database.audit(viewer: viewer, learners: learners, action: action, at: clock()) } catch {
            logger.error("could not write the audit log", metadata: ["error": "\(error)"])
        }
    }
}
