import Foundation
import LyceumCore
import LyceumStore
import TutorEngine

/// The learner's side: dialogues, answers (committed before the reply), and their own data.
extension ConnectionSession {
    /// After login: back to the step the learner was on, with the last question shown again.
    func resume() -> [ServerEvent] {
        guard let account else { return [] }
        do {
            guard let stored = try services.database.currentSession(accountID: account.id),
                  var session = try? JSONDecoder().decode(TutorSession.self, from: stored.state),
                  let dialogue = services.tutor.content.dialogue(session.dialogueID) else {
                return [.system("Welcome back, \(account.name). /topics lists the dialogues; /start ID begins one.")]
            }
            // Logged out was time away: the step's clock (stored with the next answer) skips it.
            session.resume(now: services.clock())
            tutorSession = session
            let step = min(session.stepIndex + 1, dialogue.steps.count)
            return [.system("Welcome back, \(account.name). You were on step \(step) of \(dialogue.steps.count) of \"\(dialogue.title)\":")]
                + services.tutor.recap(session).events.map(ServerEvent.tutor)
        } catch {
            logger.error("resume failed", metadata: ["error": "\(error)"])
            return [.error(code: "storage", message: "Your progress could not be read just now. Please log in again in a moment.")]
        }
    }

    func topics() async -> Reply {
        guard let account else { return Reply() }
        let sessions = (try? services.database.sessions(accountID: account.id)) ?? []
        let topics = services.tutor.content.dialogues.map { dialogue in
            let stored = sessions.first { $0.dialogueID == dialogue.id }
            let status = switch stored?.phase {
            case nil: ""
            case "finished": "finished"
            default: "in progress"
            }
            return ServerEvent.Topic(id: dialogue.id, title: dialogue.title, subject: dialogue.subject, status: status)
        }
        return Reply(events: [.topics(topics)])
    }

    func start(_ id: String) async -> Reply {
        guard let account else { return Reply() }
        guard let dialogue = services.tutor.content.dialogue(id) else {
            let known = services.tutor.content.dialogues.map(\.id).joined(separator: ", ")
            return refuse("unknown-dialogue", "There is no dialogue '\(id)'. Dialogues: \(known).")
        }
        let now = services.clock()
        do {
            if let stored = try services.database.session(accountID: account.id, dialogueID: dialogue.id),
               stored.phase != TutorSession.Phase.finished.rawValue,
               var session = try? JSONDecoder().decode(TutorSession.self, from: stored.state) {
                // Resuming: make it current again and show where the learner was. Time on
                // another dialogue was time away from this step.
                session.resume(now: now)
                try await services.database.commit(turnRecord(account, session, input: "/start \(id)", turn: nil, now: now),
                                             session: storedSession(account, session, now: now), mastery: session.mastery)
                tutorSession = session
                return Reply(events: [.system("Back to \"\(dialogue.title)\".")]
                             + services.tutor.recap(session).events.map(ServerEvent.tutor) + [await status()])
            }
            let mastery = try services.database.mastery(accountID: account.id)
            let (session, turn) = try services.tutor.start(dialogue.id, mastery: mastery,
                                                            seed: UInt64.random(in: 0...UInt64.max), now: now)
            try await services.database.commit(turnRecord(account, session, input: "/start \(id)", turn: turn, now: now),
                                         session: storedSession(account, session, now: now), mastery: session.mastery)
            tutorSession = session
            return Reply(events: turn.events.map(ServerEvent.tutor) + [await status()])
        } catch {
            logger.error("start failed", metadata: ["error": "\(error)"])
            return refuse("storage", "The dialogue could not be started just now (the server could not save it). Please try again.")
        }
    }

    /// One input to the tutor. The new state and the turn are committed before anything is sent;
    /// if saving fails, the learner is told and the state is left as it was.
    func tutorInput(_ input: LearnerInput, typed: String) async -> Reply {
        guard let account, var session = tutorSession else {
            return refuse("no-dialogue", "You're not in a dialogue yet. /topics lists them; /start ID begins one.")
        }
        // Going on while waiting for a group: the learner stays pullable into a room later.
        var notes: [ServerEvent] = []
        if case .next = input, session.phase == .stepComplete, await services.rooms.isWaiting(account.name) {
            notes = await services.rooms.goOn(account.name)
        }
        let now = services.clock()
        let turn = services.tutor.handle(input, session: &session, now: now)
        do {
            try await services.database.commit(turnRecord(account, session, input: typed, turn: turn, now: now),
                                         session: storedSession(account, session, now: now), mastery: session.mastery)
        } catch {
            logger.error("could not save a turn", metadata: ["error": "\(error)"])
            return refuse("storage", "Your answer could not be saved, so the tutor has not taken it. Please send it again.")
        }
        tutorSession = session
        var events = notes + (turn.classification.map { [ServerEvent.verdict($0)] } ?? [])
        events += turn.events.map(ServerEvent.tutor)
        events += await afterTurn(turn, typed: typed, session: session)
        events.append(await status())
        return Reply(events: events)
    }

    func storedSession(_ account: Account, _ session: TutorSession, now: Date) throws -> StoredSession {
        try SessionRecords.stored(accountID: account.id, session, services.tutor, now: now)
    }

    func turnRecord(_ account: Account, _ session: TutorSession, input: String, turn: TutorTurn?, now: Date) -> NewTurn {
        SessionRecords.turn(accountID: account.id, session, services.tutor, input: input, turn: turn, now: now)
    }

    // MARK: - The learner's own data

    func privacy() -> Reply {
        guard let account else { return Reply() }
        let summary = try? services.database.privacySummary(accountID: account.id)
        var lines = [
            "What Lyceum stores about you, \(account.name):",
            "- your name and role, and your passphrase only as a salted, deliberately slow hash (never the passphrase itself);",
            "- every line you send to the tutor and the tutor's reply, with the time;",
            "- your progress in each dialogue (step, goal, confidence ratings, reflection) and your mastery estimate per skill;",
            "- the lines you write in group discussion rooms (the teachers of your classes and your room's tutor may read them);",
            "- the classes you belong to.",
            "The teachers of your classes, and the school's admins, can see your progress and mastery; every time they look, it is written to an audit log.",
            "Why: so you can continue exactly where you left off, and so your teacher can help you.",
            "How long: your answers, your room lines and the log of who looked at your data are deleted after \(services.retentionDays) days; your account, progress and mastery stay until you delete them. /export sends you all of it; /forget deletes your account and all of it.",
        ]
        if let summary { lines.append("Stored now: \(summary).") }
        return Reply(events: [.system(lines.joined(separator: "\n"))])
    }

    func export() -> Reply {
        guard let account else { return Reply() }
        do {
            let lines = try services.database.exportLines(accountID: account.id)
            return Reply(events: [.system("Your data: \(lines.count) records follow, one JSON object per line.")]
                         + lines.map(ServerEvent.data) + [.system("End of your data.")])
        } catch {
            logger.error("export failed", metadata: ["error": "\(error)"])
            return refuse("storage", "Your data could not be read just now. Please try again.")
        }
    }

    func askForget() -> Reply {
        guard let account else { return Reply() }
        confirmingForget = true
        return Reply(events: [.ask(field: "confirm-forget", prompt:
            "This deletes your account \(account.name) and everything stored about you. It cannot be undone.\nTo confirm, type: forget \(account.name)\nAnything else cancels.")])
    }

    func confirmForget(_ line: String) async -> Reply {
        confirmingForget = false
        guard let account, line.trimmingCharacters(in: .whitespaces).lowercased() == "forget \(account.name.lowercased())" else {
            return Reply(events: [.system("Cancelled: nothing was deleted.")])
        }
        await services.rooms.forget(account.name)
        do {
            try services.database.forget(accountID: account.id)
        } catch {
            logger.error("forget failed", metadata: ["error": "\(error)"])
            return refuse("storage", "Your data could not be deleted just now; nothing was deleted. Please try again.")
        }
        logger.info("account forgotten at the learner's request")
        await services.hub.release(account.name, handle)
        self.account = nil
        tutorSession = nil
        return Reply(events: [], close: "Your account and all your data have been deleted. Goodbye.")
    }
}
