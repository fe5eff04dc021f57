import Foundation
import LyceumCore
import Testing
@testable import Rooms

/// A facilitator that knows one misconception ("closer"), and calls an answer with "tilt" correct.
struct ScriptedFacilitator: Facilitator {
    func misconception(in text: String, at checkpoint: CheckpointKey) -> (id: String, question: String)? {
        text.contains("closer") ? ("distance-to-sun", "If distance caused the seasons, what would both hemispheres have at once?") : nil
    }
    func feedback(on answer: String, at checkpoint: CheckpointKey, seed: UInt64) -> (verdict: String, lines: [String]) {
        answer.contains("tilt") ? ("correct", ["Yes.", "Summary: the tilt."]) : ("unrecognized", ["Summary: the tilt."])
    }
}

/// The room's phases, driven by inputs and an injected time, with no sockets.
struct RoomLogicTests {
    let t0 = Date(timeIntervalSince1970: 2_000_000)
    let logic = RoomLogic(settings: RoomSettings(), facilitator: ScriptedFacilitator())

    func openRoom(_ learners: [String] = ["ana", "ben", "cy"]) -> Room {
        logic.open(id: "r1", checkpoint: CheckpointKey(dialogueID: "seasons", stepID: "why"), title: "Seasons",
                   question: "Why is January summer in Australia?", learners: learners, now: t0).0
    }

    /// The lines `name` would receive from these effects.
    /// The lines told to `name` alone, as they leave.
    func told(_ name: String, _ effects: [RoomEffect]) -> [String] {
        effects.compactMap { if case .told(name, let line) = $0 { line.text } else { nil } }
    }

    func seen(by name: String, _ effects: [RoomEffect]) -> [RoomLine] {
        effects.compactMap { if case .line(let line) = $0, line.visible(to: name) { line } else { nil } }
    }

    @Test func answersStayPrivateUntilEveryoneHasAnswered() {
        var room = openRoom()
        // When ana answers in Think
        let effects = logic.handle(.say("ana", "the tilt of the axis"), room: &room, now: t0 + 5)
        // Then ben sees nothing of it, and ana sees only her own answer acknowledged
        #expect(seen(by: "ben", effects).isEmpty)
        #expect(seen(by: "ana", effects).contains { $0.kind == .answer && $0.text == "the tilt of the axis" })
        #expect(room.phase == .think)
        _ = logic.handle(.say("ben", "we are closer to the sun"), room: &room, now: t0 + 6)
        // When the last one answers, all answers are revealed together, attributed
        let reveal = logic.handle(.say("cy", "more direct sunlight"), room: &room, now: t0 + 7)
        let shown = seen(by: "cy", reveal).filter { $0.kind == .answer && $0.to == nil }
        #expect(shown.map(\.from) == ["ana", "ben", "cy"])
        #expect(room.phase == .discuss)
        // and the misconception in ben's answer draws the tutor's question, to the room
        #expect(seen(by: "ana", reveal).contains { $0.kind == .tutor && $0.text.contains("both hemispheres") })
    }

    @Test func theThinkPhaseEndsAtItsDeadlineWithoutSomeAnswers() {
        var room = openRoom()
        _ = logic.handle(.say("ana", "tilt"), room: &room, now: t0 + 1)
        #expect(logic.handle(.tick, room: &room, now: t0 + 179).isEmpty)
        let effects = logic.handle(.tick, room: &room, now: t0 + 180)
        #expect(room.phase == .discuss)
        #expect(seen(by: "ben", effects).contains { $0.text.contains("No answer from ben, cy") })
    }

    @Test func aMisconceptionInTheChatIsAskedAboutOnceWithoutNamingTheLearner() {
        var room = discussing()
        let first = logic.handle(.say("ben", "I still think we're closer to the sun in summer"), room: &room, now: t0 + 20)
        let question = seen(by: "cy", first).filter { $0.kind == .tutor }
        #expect(question.count == 1)
        #expect(question.first?.from == nil)
        #expect(question.first?.text.contains("ben") == false)
        let again = logic.handle(.say("cy", "closer means hotter"), room: &room, now: t0 + 21)
        #expect(seen(by: "cy", again).filter { $0.kind == .tutor }.isEmpty)
    }

    @Test func readyMovesThroughShareAndReturnsEveryoneWithCredit() {
        var room = discussing()
        for name in ["ana", "ben", "cy"] { _ = logic.handle(.ready(name), room: &room, now: t0 + 30) }
        #expect(room.phase == .share)
        // /ready without a proposal is refused
        #expect(logic.handle(.ready("ana"), room: &room, now: t0 + 31)
                == [.refused("ana", code: "not-yet", message: "Nobody has proposed the group's answer yet: send it as a line.")])
        _ = logic.handle(.say("ana", "the tilt of the axis"), room: &room, now: t0 + 32)
        _ = logic.handle(.ready("ana"), room: &room, now: t0 + 33)
        _ = logic.handle(.ready("ben"), room: &room, now: t0 + 33)
        let feedback = logic.handle(.ready("cy"), room: &room, now: t0 + 34)
        #expect(room.phase == .closing)
        #expect(room.verdict == "correct")
        #expect(seen(by: "ana", feedback).contains { $0.kind == .tutor && $0.text == "Summary: the tilt." })
        _ = logic.handle(.ready("ana"), room: &room, now: t0 + 40)
        _ = logic.handle(.ready("ben"), room: &room, now: t0 + 40)
        let closing = logic.handle(.ready("cy"), room: &room, now: t0 + 41)
        #expect(closing.contains(.returned("ana", verdict: "correct")))
        #expect(closing.contains(.returned("cy", verdict: "correct")))
        #expect(closing.last == .closed)
        #expect(room.phase == .closed)
    }

    @Test func aNewProposalResetsAgreement() {
        var room = discussing()
        _ = logic.handle(.advance(by: "ms-k"), room: &room, now: t0)  // not a member: refused
        #expect(room.phase == .discuss)
        _ = logic.handle(.join("ms-k", .teacher), room: &room, now: t0 + 1)
        _ = logic.handle(.advance(by: "ms-k"), room: &room, now: t0 + 2)
        #expect(room.phase == .share)
        _ = logic.handle(.say("ana", "distance"), room: &room, now: t0 + 3)
        _ = logic.handle(.ready("ben"), room: &room, now: t0 + 4)
        _ = logic.handle(.say("cy", "the tilt"), room: &room, now: t0 + 5)
        #expect(room.members.allSatisfy { !$0.ready })
        #expect(room.proposal?.text == "the tilt")
    }

    @Test func anAwayMemberIsNotWaitedFor() {
        var room = openRoom()
        _ = logic.handle(.say("ana", "tilt"), room: &room, now: t0 + 1)
        _ = logic.handle(.say("ben", "tilt too"), room: &room, now: t0 + 2)
        _ = logic.handle(.away("cy"), room: &room, now: t0 + 3)
        #expect(room.phase == .think)
        // The next answer of someone present moves on without waiting for cy
        _ = logic.handle(.say("ben", "the tilt, really"), room: &room, now: t0 + 4)
        #expect(room.phase == .discuss)
        // cy comes back and sees what was said meanwhile
        let back = logic.handle(.join("cy", .learner), room: &room, now: t0 + 10)
        guard case .replay("cy", let lines)? = back.first(where: { if case .replay = $0 { true } else { false } }) else {
            Issue.record("no replay"); return
        }
        #expect(lines.contains { $0.kind == .answer && $0.from == "ana" && $0.to == nil })
        #expect(!lines.contains { $0.kind == .answer && $0.to == ["ana"] })
    }

    @Test func mutedLearnersCannotSpeakUntilUnmuted() {
        var room = discussing()
        _ = logic.handle(.join("sam", .tutor), room: &room, now: t0)
        _ = logic.handle(.mute("ben", minutes: 5, by: "sam"), room: &room, now: t0)
        let muted = logic.handle(.say("ben", "hello"), room: &room, now: t0 + 60)
        guard case .refused("ben", "muted", _)? = muted.first else { Issue.record("not refused: \(muted)"); return }
        #expect(muted.count == 1)
        // The mute ends by itself
        #expect(seen(by: "ana", logic.handle(.say("ben", "back"), room: &room, now: t0 + 301)).count == 1)
        _ = logic.handle(.mute("ben", minutes: 5, by: "sam"), room: &room, now: t0 + 302)
        _ = logic.handle(.unmute("ben", by: "sam"), room: &room, now: t0 + 303)
        #expect(seen(by: "ana", logic.handle(.say("ben", "again"), room: &room, now: t0 + 304)).count == 1)
    }

    @Test func learnersCannotModerate() {
        var room = discussing()
        let effects = logic.handle(.kick("ben", by: "ana"), room: &room, now: t0)
        guard case .refused("ana", "not-allowed", _)? = effects.first else { Issue.record("\(effects)"); return }
        #expect(room.member("ben") != nil)
    }

    @Test func kickSendsALearnerBackAndTheLastLeaverClosesTheRoom() {
        var room = discussing()
        _ = logic.handle(.join("sam", .tutor), room: &room, now: t0)
        let kicked = logic.handle(.kick("ben", by: "sam", reason: "off-topic links"), room: &room, now: t0 + 1)
        #expect(kicked.contains(.returned("ben", verdict: nil)))
        // ben, no longer in the room, is told who sent him back, and why
        #expect(told("ben", kicked) == ["Tutor sam sent ben back to their own dialogue: off-topic links."])
        #expect(room.member("ben") == nil)
        let quiet = logic.handle(.kick("ana", by: "sam"), room: &room, now: t0 + 2)
        #expect(told("ana", quiet) == ["Tutor sam sent ana back to their own dialogue (no reason given)."])
        // When the last learner leaves, the tutor still in the room is told that it closed, and why
        let last = logic.handle(.leave("cy"), room: &room, now: t0 + 3)
        #expect(told("sam", last) == ["The room has closed: every learner has left."])
        #expect(last.last == .closed)
    }

    @Test func whispersReachOnlyTheirTarget() {
        var room = discussing()
        let effects = logic.handle(.whisper("ana", to: "BEN", "psst"), room: &room, now: t0)
        #expect(seen(by: "ben", effects).map(\.text) == ["psst"])
        #expect(seen(by: "cy", effects).isEmpty)
        let nobody = logic.handle(.whisper("ana", to: "zed", "hi"), room: &room, now: t0)
        guard case .refused("ana", "no-such-member", _)? = nobody.first else { Issue.record("\(nobody)"); return }
    }

    func discussing() -> Room {
        var room = openRoom()
        for name in ["ana", "ben", "cy"] { _ = logic.handle(.say(name, "an answer"), room: &room, now: t0 + 1) }
        return room
    }
}

/// What the server stores of a room: its state without its lines, which it stores one by one.
struct RoomStorageTests {
    let t0 = Date(timeIntervalSince1970: 2_000_000)
    let logic = RoomLogic(settings: RoomSettings(), facilitator: ScriptedFacilitator())

    func discussing() -> Room {
        var room = logic.open(id: "r1", checkpoint: CheckpointKey(dialogueID: "seasons", stepID: "why"), title: "Seasons",
                              question: "Why is January summer in Australia?", learners: ["ana", "ben"], now: t0).0
        _ = logic.handle(.say("ana", "the tilt"), room: &room, now: t0 + 1)
        _ = logic.handle(.say("ben", "more direct sunlight"), room: &room, now: t0 + 2)
        return room
    }

    @Test func aChatLineChangesOnlyTheLinesWhileReadinessChangesTheState() {
        let before = discussing()
        #expect(before.phase == .discuss)
        // A chat line adds a line and nothing else
        var room = before
        _ = logic.handle(.say("ana", "what about the equator?"), room: &room, now: t0 + 3)
        _ = logic.handle(.me("ben", "thinks"), room: &room, now: t0 + 4)
        #expect(room.history.count == before.history.count + 2)
        #expect(room.differsOnlyInLines(from: before))
        // /ready, a misconception raised and a pin change the state
        var ready = room
        _ = logic.handle(.ready("ana"), room: &ready, now: t0 + 5)
        #expect(!ready.differsOnlyInLines(from: room))
        var raised = room
        _ = logic.handle(.say("ben", "we are closer to the sun"), room: &raised, now: t0 + 5)
        #expect(!raised.differsOnlyInLines(from: room))
    }

    @Test func theEncodedStateLeavesTheLinesOutAndTheStoredLinesComeBack() throws {
        // Given a room in Discuss with a few lines said
        var room = discussing()
        for i in 1...3 { _ = logic.handle(.say("ana", "line \(i)"), room: &room, now: t0 + Double(10 + i)) }
        // When it is encoded and decoded
        let data = try JSONEncoder().encode(room)
        var decoded = try JSONDecoder().decode(Room.self, from: data)
        // Then the state is all there but the lines are not
        #expect(!String(decoding: data, as: UTF8.self).contains("history"))
        #expect(decoded.history.isEmpty)
        #expect(decoded.differsOnlyInLines(from: room))
        // and once given back its stored lines it is the same room, numbering on after the last
        decoded.restore(history: room.history, keeping: logic.keptLines)
        #expect(decoded == room)
        #expect(decoded.nextLine == room.history.last!.number + 1)
    }

    @Test func aStateStoredWithItsLinesByAnEarlierVersionStillDecodes() throws {
        // Given a state as the earlier version stored it: with "history" and a stale "nextLine"
        let room = discussing()
        var object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(room)) as? [String: Any])
        object["history"] = try JSONSerialization.jsonObject(with: JSONEncoder().encode(room.history))
        object["nextLine"] = 2
        let old = try JSONSerialization.data(withJSONObject: object)
        // When it is decoded and given the lines from the line table
        var decoded = try JSONDecoder().decode(Room.self, from: old)
        decoded.restore(history: room.history, keeping: logic.keptLines)
        // Then it is the room, and new lines are numbered after the stored ones
        #expect(decoded == room)
    }

    @Test func onlyTheLatestLinesAreKept() {
        var room = discussing()
        let lines = (1...120).map { RoomLine(number: $0, at: t0, from: "ana", role: .learner, kind: .say, text: "\($0)") }
        room.restore(history: lines, keeping: 50)
        #expect(room.history.map(\.number) == Array(71...120))
        #expect(room.nextLine == 121)
    }
}
