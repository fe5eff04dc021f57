import Foundation
import LyceumCore
import LyceumStore
import Rooms
import TutorEngine

/// Rooms, teachers and tutors: each command is handed to the `RoomService`, which owns the rooms.
extension ConnectionSession {
    /// Handles the commands of rooms, teachers and tutors; nil for any other command.
    /// The command table has already checked the role, the arguments and the room.
    func roomCommand(_ name: CommandSpec.Name, _ command: ParsedCommand) async -> Reply? {
        guard let account else { return nil }
        let rooms = services.rooms
        let argument = command.argument, words = command.words, rest = command.rest
        let me = account.name
        let events: [ServerEvent]
        switch name {
        case .me: events = await rooms.input(.me(me, argument), from: me)
        case .whisper: events = await rooms.input(.whisper(me, to: words[0], rest), from: me)
        case .who: events = await rooms.who(me)
        case .ready: events = await rooms.input(.ready(me), from: me)
        case .leave:
            events = account.role == .learner ? await rooms.input(.leave(me), from: me) : await rooms.leaveAsStaff(account)
        case .solo: events = await rooms.setGrouping(account, false)
        case .group where account.role == .learner: events = await rooms.setGrouping(account, true)
        case .group: events = await rooms.group(account, words)
        case .dashboard: events = await dashboard(account, argument)
        case .alerts: events = await alerts(account)
        case .rooms: events = await rooms.roomsReport(account)
        case .join: events = await rooms.join(account, room: words[0])
        case .coach: events = await rooms.coach(account, words[0], rest)
        case .announce: events = await rooms.announce(account, argument)
        case .watch: events = await rooms.watch(account, words[0])
        case .unwatch: events = await rooms.unwatch(account, words.first)
        case .assign: events = await rooms.assign(account, tutor: words[0], room: words[1])
        case .mute:
            let minutes = words.count > 1 ? Int(words[1]) : 5
            guard let minutes, (1...120).contains(minutes) else {
                return refuse("usage", "Usage: /mute NAME [MINUTES], with MINUTES from 1 to 120.")
            }
            events = await rooms.input(.mute(words[0], minutes: minutes, by: me), from: me)
        case .unmute: events = await rooms.input(.unmute(words[0], by: me), from: me)
        case .kick: events = await rooms.input(.kick(words[0], by: me, reason: rest), from: me)
        case .advance: events = await rooms.input(.advance(by: me), from: me)
        case .pin: events = await rooms.input(.pin(argument, by: me), from: me)
        case .flag: events = await rooms.flag(account, words[0], reason: rest)
        default: return nil
        }
        return Reply(events: events)
    }

    // MARK: Teachers' views

    func dashboard(_ teacher: Account, _ name: String) async -> [ServerEvent] {
        guard let reach = try? services.database.reach(of: teacher), let rows = await learnerRows(teacher) else {
            return [.error(code: "storage", message: "The dashboard could not be read just now. Please try again.")]
        }
        if !name.isEmpty {
            // One learner in detail: only one of the teacher's own, audited alone.
            guard let row = rows.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                return [.error(code: "no-such-learner", message: "There is no learner called \(name).")]
            }
            let recent = (try? services.database.recurringMisconceptions(minimum: 1))?
                .filter { $0.learner.lowercased() == row.name.lowercased() && $0.dialogueID == row.dialogue }
                .map { (id: $0.misconception, count: $0.count) } ?? []
            guard audit(teacher, [row.name], action: "dashboard") else {
                return [.error(code: "storage", message: "The dashboard could not be read just now. Please try again.")]
            }
            return [.report(title: "Dashboard: \(row.name)", lines: Oversight.detail(row, recent: recent))]
        }
        let since = services.clock().addingTimeInterval(-3600)
        guard let finished = try? services.database.finishedCounts(reach),
              let frequent = try? services.database.frequentMisconceptions(reach, since: since),
              audit(teacher, rows.map(\.name), action: "dashboard") else {
            return [.error(code: "storage", message: "The dashboard could not be read just now. Please try again.")]
        }
        let online = rows.filter(\.online).count
        var lines = Oversight.dashboard(rows, summaries: Oversight.summaries(rows, finished: finished, misconceptions: frequent,
                                                                            tutor: services.tutor))
        if rows.isEmpty, teacher.role == .teacher {
            lines = ["  No learners in your classes yet. /classes shows your classes and their join codes; /class new TITLE makes one."]
        }
        return [.report(title: "Dashboard: \(rows.count) learner\(rows.count == 1 ? "" : "s"), \(online) online", lines: lines)]
    }

    func alerts(_ teacher: Account) async -> [ServerEvent] {
        guard let reach = try? services.database.reach(of: teacher), let rows = await learnerRows(teacher),
              let recurring = try? services.database.recurringMisconceptions(minimum: services.teaching.recurringMisconception),
              let flags = try? services.database.moderation(since: services.clock().addingTimeInterval(-24 * 3600)) else {
            return [.error(code: "storage", message: "The alerts could not be read just now. Please try again.")]
        }
        let mine = recurring.filter { reach.covers($0.learner) }
        let flagged = flags.filter { $0.action == "flag" && $0.target.map(reach.covers) == true }
        // The audit names exactly the learners the alerts show.
        let shown = rows.filter { $0.stuck != nil }.map(\.name) + mine.map(\.learner) + flagged.compactMap(\.target)
        var unique: [String] = []
        for name in shown where !unique.contains(where: { $0.lowercased() == name.lowercased() }) { unique.append(name) }
        guard audit(teacher, unique, action: "alerts") else {
            return [.error(code: "storage", message: "The alerts could not be read just now. Please try again.")]
        }
        return [.report(title: "Alerts", lines: Oversight.alerts(rows, recurring: mine, flags: flagged))]
    }

    /// The learners of the teacher's classes (every learner, for an admin) as the teacher sees them.
    func learnerRows(_ teacher: Account) async -> [Oversight.LearnerRow]? {
        guard let reach = try? services.database.reach(of: teacher),
              let snapshots = try? services.database.learnerSnapshots(reach) else { return nil }
        return Oversight.rows(snapshots, online: await services.rooms.onlineNames, groups: await services.rooms.groupStates(),
                              tutor: services.tutor, settings: services.teaching, now: services.clock())
    }

    /// Writes that the teacher saw these learners' data; false (and no view) when it cannot be written.
    func audit(_ teacher: Account, _ learners: [String], action: String) -> Bool {
        do {
            try services.database.audit(viewer: teacher.name, learners: learners, action: action, at: services.clock())
            return true
        } catch {
            logger.error("could not write the audit log", metadata: ["error": "\(error)"])
            return false
        }
    }

    // MARK: The learner's dialogue around rooms

    /// After a committed tutor turn: checkpoints, teachers watching, alerts.
    func afterTurn(_ turn: TutorTurn, typed: String, session: TutorSession) async -> [ServerEvent] {
        guard let account else { return [] }
        let rooms = services.rooms
        await rooms.tutored(account.name, input: typed, reply: turn.text)
        var events: [ServerEvent] = []
        if turn.checkpoint != nil, let dialogue = services.tutor.content.dialogue(session.dialogueID),
           dialogue.steps.indices.contains(session.stepIndex) {
            let step = dialogue.steps[session.stepIndex]
            let skills = step.skills.isEmpty ? dialogue.skills.prefix(1).map(\.id) : step.skills
            let mastery = skills.map { session.mastery[$0] ?? 0 }.reduce(0, +) / Double(max(1, skills.count))
            events += await rooms.reachedCheckpoint(account, CheckpointKey(dialogueID: dialogue.id, stepID: step.id), mastery: mastery)
        }
        if let dialogue = services.tutor.content.dialogue(session.dialogueID),
           dialogue.steps.indices.contains(session.stepIndex) {
            let step = dialogue.steps[session.stepIndex]
            let progress = session.steps[step.id]
            if turn.classification != nil, progress?.complete == false, progress?.stalled == services.teaching.stuckAttempts,
               let reason = Oversight.stuckReason(session, dialogue: dialogue, settings: services.teaching, now: services.clock()) {
                await rooms.raise(account.name, "\(account.name) seems stuck in \(dialogue.id): \(reason).")
            }
            if let id = turn.classification?.misconception, progress?.misconceptions[id] == services.teaching.recurringMisconception {
                await rooms.raise(account.name, "\(account.name) keeps coming back to the misconception \(id) in \(dialogue.id) (\(services.teaching.recurringMisconception) times).")
            }
        }
        return events
    }

    /// Reads the learner's current dialogue again (after a room, which may have credited it).
    func reloadDialogue() {
        guard let account, let stored = try? services.database.currentSession(accountID: account.id),
              let session = try? JSONDecoder().decode(TutorSession.self, from: stored.state) else { return }
        tutorSession = session
    }

    /// Where the user is, for a client's status line.
    func status() async -> ServerEvent {
        var place: (room: String, phase: Room.Phase)?
        if let account { place = await services.rooms.place(of: account.name) }
        return SessionRecords.status(role: account?.role ?? .learner, tutorSession, services.tutor,
                                     room: place.map { ($0.room, $0.phase.rawValue) })
    }
}
