import DialogueKit
import Foundation
import LyceumCore
import Testing
import TutorEngine
@testable import Rooms

/// The real room tutor (`TutorFacilitator`) over the bundled dialogues: it listens with each
/// checkpoint's discussion question, not with the checkpoint step's own detectors.
@Suite struct DiscussionFacilitatorTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let tutor = Tutor(content: ContentLoader.load(dialogues: root.appendingPathComponent("Dialogues").path,
                                                         prompts: root.appendingPathComponent("Prompts").path).content)
    static let decimals = CheckpointKey(dialogueID: "decimals-compare", stepID: "hundred-grid")
    static let seasons = CheckpointKey(dialogueID: "seasons", stepID: "long-days")

    let t0 = Date(timeIntervalSince1970: 2_000_000)
    let facilitator = TutorFacilitator(tutor: Self.tutor)
    var logic: RoomLogic { RoomLogic(settings: RoomSettings(), facilitator: facilitator) }

    /// A room at `checkpoint`, past Think and in Discuss, with these first answers.
    func discussing(_ checkpoint: CheckpointKey, answers: [String] = ["hmm", "not sure yet", "let's see"]) -> Room {
        let question = Self.tutor.content.dialogue(checkpoint.dialogueID)!.step(checkpoint.stepID)!.checkpoint!.discussion
        var room = logic.open(id: "r1", checkpoint: checkpoint, title: "T", question: question,
                              learners: ["ana", "ben", "cy"], now: t0).0
        for (name, answer) in zip(["ana", "ben", "cy"], answers) {
            _ = logic.handle(.say(name, answer), room: &room, now: t0 + 1)
        }
        return room
    }

    func tutorLines(_ effects: [RoomEffect], seenBy name: String = "cy") -> [RoomLine] {
        effects.compactMap { if case .line(let line) = $0, line.kind == .tutor, line.visible(to: name) { line } else { nil } }
    }

    func notices(_ effects: [RoomEffect]) -> [String] {
        effects.compactMap { if case .line(let line) = $0, line.kind == .notice { line.text } else { nil } }
    }

    @Test(arguments: [
        (DiscussionFacilitatorTests.decimals, "Priya is wrong, they are the same"),
        (DiscussionFacilitatorTests.decimals, "0.30 is not ten times bigger than 0.3"),
        (DiscussionFacilitatorTests.decimals, "the zero on the end doesn't make it bigger"),
        (DiscussionFacilitatorTests.seasons, "Australia isn't closer to the sun than Canada"),
        (DiscussionFacilitatorTests.seasons, "it's not because they're closer to the sun, it's the tilt"),
    ])
    func aLineDenyingAMisconceptionDoesNotDrawTheQuestion(checkpoint: CheckpointKey, line: String) {
        var room = discussing(checkpoint)
        // When a learner denies the misconception in Discuss
        let effects = logic.handle(.say("ben", line), room: &room, now: t0 + 10)
        // Then the tutor asks nothing
        #expect(tutorLines(effects).isEmpty)
        #expect(room.raised.isEmpty)
    }

    @Test func aLineAssertingAMisconceptionDrawsItsQuestionOnceNamingNobody() throws {
        var room = discussing(Self.decimals)
        // When ben says Priya's idea
        let first = logic.handle(.say("ben", "Priya is right, 30 is ten times 3"), room: &room, now: t0 + 10)
        // Then the room gets the discussion misconception's question, from the tutor, naming nobody
        let asked = tutorLines(first)
        #expect(asked.count == 1)
        let question = try #require(asked.first)
        #expect(question.from == nil && question.to == nil)
        #expect(question.text.hasPrefix("A question for the whole room: Shade 0.3 on one 100-square grid"))
        for name in ["ana", "ben", "cy"] { #expect(!question.text.lowercased().contains(name)) }
        #expect(room.raised == ["trailing-zero-bigger"])
        // And when the idea comes back, from anyone, it is not asked again
        let again = logic.handle(.say("cy", "i think 0.30 is ten times bigger"), room: &room, now: t0 + 11)
        #expect(tutorLines(again).isEmpty)
        // while another misconception still gets its own question, once
        let other = logic.handle(.say("ana", "for 0.3 you shade 3 squares"), room: &room, now: t0 + 12)
        #expect(tutorLines(other).map(\.text).first?.contains("how many squares would one tenth") == true)
        #expect(room.raised == ["trailing-zero-bigger", "three-squares"])
    }

    @Test func aMisconceptionInTheRevealedAnswersIsAskedOnceForAllWhoHoldIt() {
        // Given two learners who both answered with Priya's idea in Think
        var room = logic.open(id: "r1", checkpoint: Self.decimals, title: "T", question: "Q",
                              learners: ["ana", "ben", "cy"], now: t0).0
        _ = logic.handle(.say("ana", "Priya is right"), room: &room, now: t0 + 1)
        _ = logic.handle(.say("ben", "0.30 is ten times bigger"), room: &room, now: t0 + 2)
        // When the last answer reveals them all
        let reveal = logic.handle(.say("cy", "they're the same"), room: &room, now: t0 + 3)
        // Then the question comes once
        #expect(tutorLines(reveal).count == 1)
    }

    @Test func theDecimalsRoomRecognisesThatTheyAreTheSame() throws {
        let result = facilitator.feedback(on: "0.30 and 0.3 are the same", at: Self.decimals, seed: 1)
        #expect(result.verdict == "partial")
        let text = result.lines.joined(separator: "\n")
        #expect(!text.contains("couldn't match"))
        #expect(text.contains("What it leaves out: On the grid both are 30 small squares"))
        #expect(text.contains("Summary: Ben is right: 0.30 and 0.3 are equal."))
        // and a full answer is correct, with the discussion's summary, not the checkpoint step's
        let full = facilitator.feedback(on: "Ben is right, 0.30 and 0.3 are both 30 squares on the grid",
                                        at: Self.decimals, seed: 1)
        #expect(full.verdict == "correct")
        #expect(full.lines.last == "Summary: " + (Self.tutor.content.dialogue("decimals-compare")?
            .step("hundred-grid")?.checkpoint?.question.summary ?? "?"))
        #expect(!full.lines.joined().contains("shade"))
    }

    @Test func anUnrecognizedGroupAnswerGetsTheSummaryWithoutCouldntMatch() {
        let result = facilitator.feedback(on: "we talked about pizza", at: Self.decimals, seed: 1)
        #expect(result.verdict == "unrecognized")
        #expect(result.lines == ["Here is how I would sum up the question: Ben is right: 0.30 and 0.3 are equal. "
                                 + "On a 100-square grid both are 30 squares, and in money both are 30p, because a zero at "
                                 + "the end of a decimal adds nothing. 0.5 and 0.50 (50p) are another example."])
    }

    @Test func aMisconceivedGroupAnswerGetsTheExplanationAndTheSummary() {
        let result = facilitator.feedback(on: "Priya is right", at: Self.decimals, seed: 1)
        #expect(result.verdict == "misconception")
        #expect(result.lines.first?.contains("The zero on the end adds nothing") == true)
        #expect(result.lines.last?.hasPrefix("Summary: Ben is right") == true)
    }

    @Test func advancePastShareWithNoProposalClosesClearly() {
        // Given a room in Share where nobody has proposed an answer, and a teacher in it
        var room = discussing(Self.decimals)
        _ = logic.handle(.join("ms-k", .teacher), room: &room, now: t0 + 5)
        _ = logic.handle(.advance(by: "ms-k"), room: &room, now: t0 + 6)
        #expect(room.phase == .share)
        // When the teacher moves the room on
        let effects = logic.handle(.advance(by: "ms-k"), room: &room, now: t0 + 7)
        // Then it closes without feedback on an answer nobody gave, and without contradicting itself
        #expect(room.phase == .closing)
        #expect(room.verdict == nil)
        let said = (notices(effects) + tutorLines(effects).map(\.text)).joined(separator: "\n")
        #expect(!said.contains("couldn't match"))
        #expect(!said.contains("Well discussed"))
        #expect(!said.contains("did not agree"))
        #expect(notices(effects).contains("Share ends without a proposed answer, so there is no group answer to give feedback on."))
        #expect(tutorLines(effects).map(\.text) == ["Here is how I would sum up the question: "
            + (Self.tutor.content.dialogue("decimals-compare")!.step("hundred-grid")!.checkpoint!.question.summary ?? "")])
        #expect(notices(effects).last == "/ready goes back to your own dialogue.")
    }

    @Test func aPlainQuestionDiscussionMakesTheTutorSayNothingMisleading() {
        // Given a dialogue whose checkpoint discussion is a plain string (no detectors)
        let here = SourceLocation(file: "old.yaml")
        let dialogue = Dialogue(id: "old", title: "Old", subject: "S", skills: [Skill(id: "s", name: "S")], steps: [
            Step(id: "q", text: "Why?", expectations: [Expectation(id: "e", match: .phrase("tilt"), assertion: "Tilt.", source: here)],
                 misconceptions: [Misconception(id: "m", match: .phrase("closer"), source: "x", remediation: "Really closer?",
                                                location: here)],
                 summary: "The tilt.", checkpoint: Checkpoint(discussion: "What if there were no tilt?"), source: here),
        ], source: here)
        let tutor = Tutor(content: Content(dialogues: [dialogue], concepts: ConceptSets(), prompts: Self.tutor.content.prompts))
        let facilitator = TutorFacilitator(tutor: tutor)
        let key = CheckpointKey(dialogueID: "old", stepID: "q")
        // Then the step's own misconceptions are not read in the discussion
        #expect(facilitator.misconception(in: "we are closer to the sun", at: key) == nil)
        // and the group's answer gets no verdict about the step's ideas, only the question again
        let result = facilitator.feedback(on: "the tilt", at: key, seed: 1)
        #expect(result.lines == ["Something to keep thinking about: What if there were no tilt?"])
        #expect(facilitator.closing(at: key) == result.lines)
    }
}
