import Foundation
import LyceumCore

/// The room's synchronized activity as a pure state machine:
/// `(room, input, now) -> (room', [RoomEffect])`. No sockets, no clock of its own.
///
/// 1. Think: each learner answers privately; nobody sees another's answer.
/// 2. Reveal: when every learner present has answered (or `thinkSeconds` pass), all answers are shown together.
/// 3. Discuss: chat; the facilitator asks the room about any misconception it reads.
/// 4. Share: a learner's line proposes the group's answer; `/ready` agrees. When all agree, the tutor gives feedback.
/// 5. Closing: `/ready` again; when all are ready the room closes and each learner goes back, with credit.
/// A moderator's `/advance` moves on from any phase; Share and Closing also end after `thinkSeconds`.
public struct RoomLogic: Sendable {
    public var settings: RoomSettings
    public var facilitator: any Facilitator

    public init(settings: RoomSettings, facilitator: any Facilitator) {
        self.settings = settings; self.facilitator = facilitator
    }

    /// How many of its latest lines a room keeps in `history` (for replays): four replays' worth, at least 50.
    public var keptLines: Int { max(settings.replayLines * 4, 50) }

    /// A new room for `learners` (all present), in Think.
    public func open(id: String, checkpoint: CheckpointKey, title: String, question: String,
                     learners: [String], now: Date) -> (Room, [RoomEffect]) {
        var room = Room(id: id, checkpoint: checkpoint, title: title, question: question, createdAt: now)
        room.members = learners.map { Room.Member(name: $0, role: .learner, present: true) }
        room.deadline = now.addingTimeInterval(Double(settings.thinkSeconds))
        var effects: [RoomEffect] = []
        post(&room, &effects, now, kind: .notice, text: """
            Discussion room \(id) for "\(title)" with \(learners.joined(separator: ", ")).
            The question: \(question)
            Think: send your own answer as a line. Nobody sees it until everyone has answered (or \(DurationText.words(seconds: settings.thinkSeconds)) pass).
            """)
        return (room, effects)
    }

    public func handle(_ input: RoomInput, room: inout Room, now: Date) -> [RoomEffect] {
        var effects: [RoomEffect] = []
        guard room.phase != .closed else {
            if let name = input.actor { effects.append(.refused(name, code: "room-closed", message: "Room \(room.id) has closed.")) }
            return effects
        }
        switch input {
        case .join(let name, let role): join(name, role, &room, &effects, now)
        case .away(let name):
            guard let index = index(name, room), room.members[index].present else { break }
            room.members[index].present = false
            // A departure alone never moves the room on (a server restart disconnects everyone
            // one by one); the next answer or /ready of those present does, without waiting for them.
            post(&room, &effects, now, kind: .notice, text: "\(room.members[index].name) is away (disconnected); the room goes on without them.")
        case .say(let name, let text): say(name, text, &room, &effects, now)
        case .me(let name, let text):
            guard let member = speaker(name, room, &effects, now) else { break }
            post(&room, &effects, now, from: member, kind: .me, text: text)
        case .whisper(let name, let target, let text):
            guard let member = speaker(name, room, &effects, now) else { break }
            guard let other = room.member(target), other.present, other.name != member.name else {
                effects.append(.refused(name, code: "no-such-member", message: "Nobody called \(target) is in room \(room.id) now. /who lists who is."))
                break
            }
            post(&room, &effects, now, from: member, kind: .whisper, text: text, to: [other.name])
        case .ready(let name): ready(name, &room, &effects, now)
        case .leave(let name):
            guard let index = index(name, room) else { break }
            remove(index, &room, &effects, now, notice: "\(room.members[index].name) left the room.")
        case .advance(let by):
            guard let moderator = moderator(by, room, &effects) else { break }
            post(&room, &effects, now, kind: .notice, text: "\(Self.title(moderator)) moves the room on.")
            next(&room, &effects, now)
        case .mute(let target, let minutes, let by):
            guard moderator(by, room, &effects) != nil, let index = learnerIndex(target, by, room, &effects) else { break }
            room.members[index].mutedUntil = now.addingTimeInterval(Double(minutes) * 60)
            post(&room, &effects, now, kind: .notice, text: "\(room.members[index].name) is muted for \(minutes) minute\(minutes == 1 ? "" : "s").")
        case .unmute(let target, let by):
            guard moderator(by, room, &effects) != nil, let index = learnerIndex(target, by, room, &effects) else { break }
            room.members[index].mutedUntil = nil
            post(&room, &effects, now, kind: .notice, text: "\(room.members[index].name) may speak again.")
        case .kick(let target, let by, let reason):
            guard let moderator = moderator(by, room, &effects), let index = learnerIndex(target, by, room, &effects) else { break }
            let why = reason.isEmpty ? " (no reason given)" : ": \(reason)"
            remove(index, &room, &effects, now,
                   notice: "\(Self.title(moderator)) sent \(room.members[index].name) back to their own dialogue\(why).")
        case .pin(let text, let by):
            guard let moderator = moderator(by, room, &effects) else { break }
            room.pinned = text
            post(&room, &effects, now, from: moderator, kind: .pin, text: text)
        case .announce(let text, let by):
            guard let member = room.member(by) else { break }
            post(&room, &effects, now, from: member, kind: .announce, text: text)
        case .tick:
            if let deadline = room.deadline, now >= deadline {
                post(&room, &effects, now, kind: .notice, text: "Time is up for this phase.")
                next(&room, &effects, now)
            }
        }
        return effects
    }

    // MARK: Members

    private func join(_ name: String, _ role: Role, _ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        if let index = index(name, room) {
            guard !room.members[index].present else {
                effects.append(.refused(name, code: "already-in-room", message: "You are already in room \(room.id)."))
                return
            }
            room.members[index].present = true
            post(&room, &effects, now, kind: .notice, text: "\(Self.title(room.members[index])) is back.")
        } else {
            let member = Room.Member(name: name, role: role, present: true)
            room.members.append(member)
            post(&room, &effects, now, kind: .notice, text: "\(Self.title(member)) joined the room.")
        }
        effects.append(.replay(name, room.replay(for: name, limit: settings.replayLines)))
        post(&room, &effects, now, kind: .notice, text: orientation(room, for: name), to: [name])
    }

    /// Tells a member who (re)joins where the room is.
    private func orientation(_ room: Room, for name: String) -> String {
        let who = room.learners.map { $0.name + ($0.present ? "" : " (away)") }.joined(separator: ", ")
        var text = "You are in room \(room.id) (\(who)). The question: \(room.question)\n"
        switch room.phase {
        case .think:
            text += room.member(name)?.role == .learner
                ? "Think: send your own answer as a line; it stays private until everyone has answered."
                : "Think: the learners are answering privately."
        case .discuss: text += "Discuss: lines are chat. /ready when you're done discussing."
        case .share: text += "Share: send the answer your group agrees on; /ready agrees with the one proposed."
        case .closing: text += "Done: /ready goes back to your own dialogue."
        case .closed: break
        }
        if let pinned = room.pinned { text += "\nPinned: \(pinned)" }
        return text
    }

    private func remove(_ index: Int, _ room: inout Room, _ effects: inout [RoomEffect], _ now: Date, notice: String) {
        let line = post(&room, &effects, now, kind: .notice, text: notice)
        if room.members[index].present { effects.append(.told(room.members[index].name, line)) }
        room.members[index].gone = true
        room.members[index].present = false
        if room.members[index].role == .learner {
            effects.append(.returned(room.members[index].name, verdict: nil))
        }
        if room.learners.isEmpty {
            close(&room, &effects, now, why: "every learner has left")
        } else {
            progress(&room, &effects, now)
        }
    }

    // MARK: Lines

    private func say(_ name: String, _ text: String, _ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        guard let member = speaker(name, room, &effects, now) else { return }
        switch (room.phase, member.role) {
        case (.think, .learner):
            let index = index(name, room)!
            let first = room.members[index].answer == nil
            room.members[index].answer = text
            let answered = room.presentLearners.filter { $0.answer != nil }.count
            post(&room, &effects, now, from: member, kind: .answer, text: text, to: [member.name])
            post(&room, &effects, now, kind: .notice, text: first
                 ? "Your answer is in (\(answered) of \(room.presentLearners.count)). Until everyone has answered, another line replaces it."
                 : "Your answer is replaced.", to: [member.name])
            progress(&room, &effects, now)
        case (.share, .learner):
            let line = post(&room, &effects, now, from: member, kind: .proposal, text: text)
            room.proposal = line
            for i in room.members.indices { room.members[i].ready = false }
            post(&room, &effects, now, kind: .notice,
                 text: "\(member.name) proposes that as the group's answer. /ready if you agree, or send a different answer.")
        default:
            post(&room, &effects, now, from: member, kind: .say, text: text)
            if member.role == .learner, room.phase == .discuss { facilitate(text, &room, &effects, now) }
        }
    }

    /// Asks the room about a misconception the first time it shows up.
    private func facilitate(_ text: String, _ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        guard let found = facilitator.misconception(in: text, at: room.checkpoint),
              !room.raised.contains(found.id) else { return }
        room.raised.append(found.id)
        post(&room, &effects, now, kind: .tutor, text: found.question)
    }

    private func ready(_ name: String, _ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        guard let index = index(name, room), room.members[index].present else { return }
        guard room.members[index].role == .learner else {
            effects.append(.refused(name, code: "not-allowed", message: "/ready is for the learners in the room; a moderator uses /advance."))
            return
        }
        switch room.phase {
        case .think:
            effects.append(.refused(name, code: "not-yet", message: "First send your answer to the question as a line; the room moves on when everyone has answered."))
            return
        case .share where room.proposal == nil:
            effects.append(.refused(name, code: "not-yet", message: "Nobody has proposed the group's answer yet: send it as a line."))
            return
        default: break
        }
        guard !room.members[index].ready else {
            effects.append(.refused(name, code: "already-ready", message: "You are already ready; waiting for the others."))
            return
        }
        room.members[index].ready = true
        let present = room.presentLearners
        let count = present.filter(\.ready).count
        let what = switch room.phase {
        case .share: "agrees with the proposed answer"
        case .closing: "is ready to go back"
        default: "is ready to agree on an answer"
        }
        post(&room, &effects, now, kind: .notice, text: "\(room.members[index].name) \(what) (\(count) of \(present.count)).")
        progress(&room, &effects, now)
    }

    // MARK: Phases

    /// Moves on when every learner present has done what the phase waits for.
    private func progress(_ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        let present = room.presentLearners
        guard !present.isEmpty else { return }
        switch room.phase {
        case .think where present.allSatisfy { $0.answer != nil }: next(&room, &effects, now)
        case .discuss, .closing: if present.allSatisfy(\.ready) { next(&room, &effects, now) }
        case .share: if room.proposal != nil, present.allSatisfy(\.ready) { next(&room, &effects, now) }
        default: break
        }
    }

    private func next(_ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        for i in room.members.indices { room.members[i].ready = false }
        switch room.phase {
        case .think:
            reveal(&room, &effects, now)
        case .discuss:
            room.phase = .share
            room.deadline = now.addingTimeInterval(Double(settings.thinkSeconds))
            post(&room, &effects, now, kind: .notice, text: "Share: agree on one answer for the group. Send it as a line; /ready agrees with the one proposed.")
        case .share:
            room.phase = .closing
            room.deadline = now.addingTimeInterval(Double(settings.thinkSeconds))
            if let proposal = room.proposal {
                let feedback = facilitator.feedback(on: proposal.text, at: room.checkpoint,
                                                    seed: UInt64(room.createdAt.timeIntervalSince1970))
                room.verdict = feedback.verdict
                post(&room, &effects, now, kind: .notice, text: "The group's answer (proposed by \(proposal.from ?? "?")): \(proposal.text)")
                for line in feedback.lines { post(&room, &effects, now, kind: .tutor, text: line) }
                post(&room, &effects, now, kind: .notice, text: "Well discussed. /ready goes back to your own dialogue.")
            } else {
                // Moved on (or out of time) before anyone proposed an answer: nothing to give feedback on,
                // and no verdict, so no credit either.
                room.verdict = nil
                post(&room, &effects, now, kind: .notice,
                     text: "Share ends without a proposed answer, so there is no group answer to give feedback on.")
                for line in facilitator.closing(at: room.checkpoint) { post(&room, &effects, now, kind: .tutor, text: line) }
                post(&room, &effects, now, kind: .notice, text: "/ready goes back to your own dialogue.")
            }
        case .closing:
            for member in room.learners { effects.append(.returned(member.name, verdict: room.verdict)) }
            close(&room, &effects, now, why: "the discussion is over. Back to your own dialogues")
        case .closed:
            break
        }
    }

    private func reveal(_ room: inout Room, _ effects: inout [RoomEffect], _ now: Date) {
        room.phase = .discuss
        room.deadline = now.addingTimeInterval(Double(settings.discussSeconds))
        let answered = room.learners.filter { $0.answer != nil }
        let silent = room.learners.filter { $0.answer == nil }.map(\.name)
        post(&room, &effects, now, kind: .notice, text: "Reveal: everyone's answers.")
        for member in answered { post(&room, &effects, now, from: member, kind: .answer, text: member.answer!) }
        post(&room, &effects, now, kind: .notice, text:
            (silent.isEmpty ? "" : "No answer from \(silent.joined(separator: ", ")).\n")
            + "Discuss: where do your answers agree, and where not? Lines are chat now; /ready when you're done discussing.")
        for member in answered { facilitate(member.answer!, &room, &effects, now) }
    }

    /// Closes the room, telling everyone still in it (teachers and tutors too) why.
    private func close(_ room: inout Room, _ effects: inout [RoomEffect], _ now: Date, why: String) {
        if !room.audience.isEmpty {
            let line = post(&room, &effects, now, kind: .notice, text: "The room has closed: \(why).")
            for name in room.audience { effects.append(.told(name, line)) }
        }
        room.phase = .closed
        room.deadline = nil
        for i in room.members.indices { room.members[i].present = false }
        effects.append(.closed)
    }

    // MARK: Helpers

    private func index(_ name: String, _ room: Room) -> Int? {
        room.members.firstIndex { $0.name.lowercased() == name.lowercased() && !$0.gone }
    }

    /// The member, if they may speak now; otherwise says why not.
    private func speaker(_ name: String, _ room: Room, _ effects: inout [RoomEffect], _ now: Date) -> Room.Member? {
        guard let member = room.member(name), member.present else {
            effects.append(.refused(name, code: "not-in-room", message: "You are not in room \(room.id)."))
            return nil
        }
        if let until = member.mutedUntil, until > now {
            let minutes = Int((until.timeIntervalSince(now) / 60).rounded(.up))
            effects.append(.refused(name, code: "muted", message: "You are muted in this room for \(minutes) more minute\(minutes == 1 ? "" : "s"); others don't see your lines."))
            return nil
        }
        return member
    }

    private func moderator(_ name: String, _ room: Room, _ effects: inout [RoomEffect]) -> Room.Member? {
        guard let member = room.member(name), member.present, member.role != .learner else {
            effects.append(.refused(name, code: "not-allowed", message: "You can moderate only a room you are in as its tutor or a teacher."))
            return nil
        }
        return member
    }

    private func learnerIndex(_ target: String, _ by: String, _ room: Room, _ effects: inout [RoomEffect]) -> Int? {
        guard let index = index(target, room), room.members[index].role == .learner else {
            effects.append(.refused(by, code: "no-such-member", message: "No learner called \(target) is in room \(room.id). /who lists who is."))
            return nil
        }
        return index
    }

    @discardableResult
    private func post(_ room: inout Room, _ effects: inout [RoomEffect], _ now: Date, from member: Room.Member? = nil,
                      kind: RoomLine.Kind, text: String, to: [String]? = nil) -> RoomLine {
        let line = RoomLine(number: room.nextLine, at: now, from: member?.name, role: member?.role, kind: kind, text: text, to: to)
        room.nextLine += 1
        room.history.append(line)
        if room.history.count > keptLines { room.history.removeFirst(room.history.count - keptLines) }
        effects.append(.line(line))
        return line
    }

    static func title(_ member: Room.Member) -> String {
        member.role == .learner ? member.name : "\(member.role.rawValue.capitalized) \(member.name)"
    }

}

extension RoomInput {
    /// Who acts, for refusals.
    var actor: String? {
        switch self {
        case .join(let name, _), .away(let name), .say(let name, _), .me(let name, _), .whisper(let name, _, _),
             .ready(let name), .leave(let name): name
        case .advance(let by), .mute(_, _, let by), .unmute(_, let by), .kick(_, let by, _), .pin(_, let by), .announce(_, let by): by
        case .tick: nil
        }
    }
}
