import DialogueKit
import Foundation
import Testing
@testable import TutorEngine

@Suite struct TutorTests {
    @Test func startingAsksForAGoalThenPosesTheFirstQuestion() throws {
        let tutor = Fixture.tutor
        var (session, turn) = try tutor.start("sky", seed: 1, now: Fixture.now)
        #expect(turn.moves == [.dialogueStart, .goalRequest])
        let reply = tutor.say("understand light", &session)
        #expect(reply.moves == [.goalSet, .question])
        #expect(session.goal == "understand light")
        #expect(reply.text.contains("Why is the sky blue?"))
    }

    @Test func anEmptyLineSkipsTheGoal() throws {
        let tutor = Fixture.tutor
        var (session, _) = try tutor.start("sky", seed: 1, now: Fixture.now)
        #expect(tutor.say("", &session).moves == [.question])
        #expect(session.goal == nil)
    }

    @Test func unknownDialogueIsAClearError() {
        #expect(throws: Tutor.Failure.unknownDialogue("nope")) {
            try Fixture.tutor.start("nope", seed: 1, now: Fixture.now)
        }
    }

    @Test func aCompleteAnswerGetsFeedbackSummaryAndTheWayOn() {
        var (tutor, session) = Fixture.started()
        let before = session.mastery["scatter"]!
        let reply = tutor.say("scattering of short wavelengths", &session)
        #expect(reply.classification?.verdict == .correct)
        #expect(reply.moves == [.positiveFeedback, .summary, .transition])
        #expect(session.phase == .stepComplete)
        #expect(session.mastery["scatter"]! > before)
        #expect(session.steps["why-blue"]?.credited == true)
        _ = tutor
    }

    @Test func anAnswerThatOnlyNamesTheIdeaGetsItsProbeNeverPraise() {
        // Given: a learner on a step whose first expectation has key words and a probe.
        var (tutor, session) = Fixture.started()
        // When: the answer names the key word ("air") without the idea.
        let vague = tutor.say("the air", &session)
        // Then: the tutor asks for the idea with the probe, and does not confirm anything.
        #expect(vague.classification?.verdict == .vague)
        #expect(vague.moves == [.pump])
        #expect(vague.text == "What does the air do to the light?")
        #expect(session.steps["why-blue"]?.covered == [])
        // And the idea itself is then praised.
        let full = tutor.say("the air is scattering short wavelengths", &session)
        #expect(full.moves == [.positiveFeedback, .summary, .transition])
        _ = tutor
    }

    @Test func aPartialAnswerThatNamesTheOtherIdeaGetsThatProbe() {
        var (tutor, session) = Fixture.started()
        // The second expectation is covered; the first is only named ("air"): its probe comes next.
        let reply = tutor.say("short wavelength and the air", &session)
        #expect(reply.classification?.verdict == .partial)
        #expect(reply.classification?.named == ["scatter"])
        #expect(reply.moves == [.partialFeedback, .pump])
        #expect(reply.text.hasSuffix("What does the air do to the light?"))
        _ = tutor
    }

    @Test func onlyAnswersWithoutProgressCountTowardBeingStuck() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("I like pizza", &session)
        _ = tutor.say("the air", &session)
        #expect(session.steps["why-blue"]?.stalled == 2)
        // An answer that covers a new expectation starts the count again
        _ = tutor.say("short wavelength", &session)
        #expect(session.steps["why-blue"]?.stalled == 0)
        // Saying the same thing again is no new progress
        _ = tutor.say("short wavelength", &session)
        #expect(session.steps["why-blue"]?.stalled == 1)
        #expect(session.steps["why-blue"]?.attempts == 4)
        _ = tutor
    }

    @Test func timeAwayFromADialogueDoesNotCountAsTimeOnItsStep() {
        var (tutor, session) = Fixture.started()
        let start = session.stepStartedAt
        _ = tutor.handle(.line("I like pizza"), session: &session, now: start.addingTimeInterval(60))
        #expect(session.secondsOnStep(now: start.addingTimeInterval(90), here: true) == 90)
        // Away (another dialogue, logged out): the clock stops at the last input
        #expect(session.secondsOnStep(now: start.addingTimeInterval(3600), here: false) == 60)
        // Back after an hour: the hour is not counted
        session.resume(now: start.addingTimeInterval(3660))
        #expect(session.secondsOnStep(now: start.addingTimeInterval(3690), here: true) == 90)
        _ = tutor
    }

    @Test func aSecondVagueAnswerClimbsToAHint() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("air", &session)
        #expect(tutor.say("air again", &session).moves == [.hint])
        _ = tutor
    }

    @Test func nextIsRefusedUntilTheStepIsComplete() {
        var (tutor, session) = Fixture.started()
        #expect(tutor.say("/next", &session).moves == [.nextRefused])
        _ = tutor.say("scattering and short wavelength", &session)
        let reply = tutor.say("/next", &session)
        #expect(reply.moves == [.question, .transition])  // the info step
        #expect(reply.text.contains("Now some arithmetic."))
        _ = tutor
    }

    @Test func aPartialAnswerIsAcknowledgedAndPumpedForTheRest() {
        var (tutor, session) = Fixture.started()
        let first = tutor.say("scattering", &session)
        #expect(first.classification?.verdict == .partial)
        #expect(first.moves == [.partialFeedback, .pump])
        let second = tutor.say("blue has a short wavelength", &session)
        #expect(second.moves.starts(with: [.positiveFeedback, .summary]))
        // Credit for the step, but the first answer was not right: mastery went down, not up.
        #expect(session.steps["why-blue"]?.credited == true)
        #expect(session.mastery["scatter"]! < BKTParameters.default.prior + 0.01)
        _ = tutor
    }

    @Test func aMisconceptionGetsTheRemediationThenTheExplanationThenAHint() {
        var (tutor, session) = Fixture.started()
        #expect(tutor.say("it reflects the ocean", &session).moves == [.remediation])
        #expect(tutor.say("the ocean reflects up", &session).moves == [.explanation])
        #expect(tutor.say("the ocean!", &session).moves == [.hint])
        #expect(session.steps["why-blue"]?.lastMisconception == "reflects-ocean")
        _ = tutor
    }

    @Test func troubleClimbsTheLadderUpToTheAssertion() {
        var (tutor, session) = Fixture.started()
        #expect(tutor.say("purple elephants", &session).moves == [.unrecognized, .pump])
        #expect(tutor.say("dunno really something", &session).moves.last == .hint)
        let prompt = tutor.say("something else", &session)
        #expect(prompt.moves.last == .prompt)
        let assertion = tutor.say("more nonsense", &session)
        #expect(assertion.moves.contains(.assertion))
        #expect(session.steps["why-blue"]?.asserted == ["scatter"])
        _ = tutor
    }

    @Test func aRightAnswerToAPromptCoversItsExpectation() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("/hint", &session)          // hint
        let prompt = tutor.say("/hint", &session)  // prompt
        #expect(prompt.moves == [.prompt])
        let reply = tutor.say("scatter", &session)
        #expect(reply.moves.first == .promptCompletion)
        #expect(session.steps["why-blue"]?.covered == ["scatter"])
        _ = tutor
    }

    @Test func hintOnDemandSkipsThePumpAndCountsAsHelp() {
        var (tutor, session) = Fixture.started()
        #expect(tutor.say("/hint", &session).moves == [.hint])
        _ = tutor.say("scattering of short wavelengths", &session)
        #expect(session.steps["why-blue"]?.helped == true)
        // The first answer came after a hint, so it is observed as not known.
        #expect(session.mastery["scatter"]! < BKTParameters.default.prior + 0.01)
        _ = tutor
    }

    @Test func aCheckpointAsksForConfidenceAndAnnouncesTheDiscussion() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("scattering, short wavelength", &session)
        _ = tutor.say("/next", &session)
        let question = tutor.say("/next", &session)
        #expect(question.moves == [.question, .confidenceRequest])
        #expect(tutor.say("4", &session).moves == [.confidenceSet])
        let reply = tutor.say("5", &session)
        #expect(reply.moves == [.positiveFeedback, .summary, .checkpoint, .transition])
        #expect(reply.checkpoint == "Is 2 + 3 always 3 + 2?")
        #expect(session.steps["add"]?.confidence == 4)
        _ = tutor
    }

    @Test func anAnswerInsteadOfAConfidenceRatingIsTakenAsTheAnswer() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("scattering, short wavelength", &session)
        _ = tutor.say("/next", &session)
        _ = tutor.say("/next", &session)
        #expect(tutor.say("it is 5", &session).classification?.verdict == .correct)
        _ = tutor
    }

    @Test func skipAsksTheCheckQuestionAndARightAnswerSkipsWithCredit() {
        var (tutor, session) = Fixture.started()
        #expect(tutor.say("/skip", &session).moves == [.skipCheck])
        let reply = tutor.say("blue", &session)
        #expect(reply.moves.starts(with: [.skipGranted, .question]))
        #expect(session.steps["why-blue"]?.credited == true)
        #expect(session.stepIndex == 1)
        _ = tutor
    }

    @Test func aWrongCheckAnswerReturnsToTheQuestion() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("/skip", &session)
        #expect(tutor.say("red", &session).moves == [.skipRefused, .question])
        #expect(session.phase == .answering)
        #expect(session.stepIndex == 0)
        _ = tutor
    }

    @Test func aFailedSkipCheckWhileAskedForConfidenceAsksForItAgain() {
        // Given a checkpoint step that asks for a confidence rating
        var (tutor, session) = Fixture.started()
        _ = tutor.say("scattering, short wavelength", &session)
        _ = tutor.say("/next", &session)
        #expect(tutor.say("/next", &session).moves == [.question, .confidenceRequest])
        // When the learner asks to skip and answers the check question wrongly
        #expect(tutor.say("/skip", &session).moves == [.skipCheck])
        #expect(tutor.say("7", &session).moves == [.skipRefused, .question, .confidenceRequest])
        #expect(session.phase == .awaitingConfidence)
        // Then "4" is their confidence, not an answer, and the question still waits
        #expect(tutor.say("4", &session).moves == [.confidenceSet])
        #expect(session.steps["add"]?.confidence == 4)
        #expect(session.steps["add"]?.attempts == 0)
        #expect(tutor.say("5", &session).moves.starts(with: [.positiveFeedback]))
        _ = tutor
    }

    @Test func aFailedSkipCheckAfterAnAnswerReturnsToTheQuestionNotTheConfidence() {
        // Given a checkpoint step where the learner answered instead of giving a rating
        var (tutor, session) = Fixture.started()
        _ = tutor.say("scattering, short wavelength", &session)
        _ = tutor.say("/next", &session)
        _ = tutor.say("/next", &session)
        _ = tutor.say("it is 6", &session)
        // When a /skip check fails
        _ = tutor.say("/skip", &session)
        #expect(tutor.say("7", &session).moves == [.skipRefused, .question])
        // Then the next line is an answer again
        #expect(session.phase == .answering)
        #expect(tutor.say("4", &session).classification != nil)
        _ = tutor
    }

    @Test func aMasteredSkillIsSkippedAtOnce() {
        var (tutor, session) = Fixture.started()
        session.mastery["scatter"] = 0.97
        let reply = tutor.say("/skip", &session)
        #expect(reply.moves.starts(with: [.skipCheck, .skipGranted, .question]))
        _ = tutor
    }

    @Test func reviewShowsAFinishedStepWithTheLearnersAnswer() {
        var (tutor, session) = Fixture.started()
        #expect(tutor.say("/review", &session).text.contains("missing=true"))
        _ = tutor.say("scattering and short wavelength", &session)
        let reply = tutor.say("/review 1", &session)
        #expect(reply.moves == [.review])
        #expect(reply.text.contains("answer=scattering and short wavelength"))
        _ = tutor
    }

    @Test func theEndAsksForAReflectionAndShowsProgress() {
        var (tutor, session) = Fixture.started()
        _ = tutor.say("scattering, short wavelength", &session)
        _ = tutor.say("/next", &session)
        _ = tutor.say("/next", &session)
        _ = tutor.say("it is 5", &session)
        let end = tutor.say("/next", &session)
        #expect(end.moves == [.reflectionRequest])
        #expect(end.text.contains("What surprised you?"))
        let last = tutor.say("that the sky scatters", &session)
        #expect(last.moves == [.reflectionThanks, .dialogueComplete, .progress])
        #expect(session.phase == .finished)
        #expect(session.reflection == "that the sky scatters")
        _ = tutor
    }

    @Test func theSameSeedRepeatsTheSameWording() {
        func run(_ seed: UInt64) -> [String] {
            var (tutor, session) = Fixture.started(seed: seed)
            return ["blah", "blah blah", "scattering", "/next"].map { tutor.say($0, &session).text }
        }
        #expect(run(7) == run(7))
    }

    @Test func variantsAreNotRepeatedBackToBack() {
        var (tutor, session) = Fixture.started()
        var last = ""
        for _ in 0..<12 {
            let text = tutor.wording.render(.pump, rng: &session.rng, lastVariant: &session.lastVariant)
            #expect(text != last)
            last = text
        }
        _ = tutor
    }

    @Test func aStoredSessionResumesExactly() throws {
        var (tutor, session) = Fixture.started(seed: 3)
        _ = tutor.say("scattering", &session)
        var restored = try JSONDecoder().decode(TutorSession.self, from: JSONEncoder().encode(session))
        #expect(restored == session)
        #expect(tutor.say("short wavelength", &restored) == tutor.say("short wavelength", &session))
        _ = tutor
    }
}

@Suite struct RecapTests {
    @Test func recapShowsTheCurrentQuestionAgainWithoutChangingTheSession() {
        var (tutor, session) = Fixture.started()
        let before = session
        let recap = tutor.recap(session)
        #expect(recap.moves == [.question])
        #expect(recap.text.contains("Why is the sky blue?"))
        #expect(session == before)
        _ = tutor.say("/hint", &session)
        #expect(tutor.say("/hint", &session).moves == [.prompt])
        #expect(tutor.recap(session).moves == [.question, .prompt])
        _ = tutor.say("scattering, short wavelength", &session)
        #expect(tutor.recap(session).moves == [.transition])
    }
}

@Suite struct EmptyLineTests {
    @Test func aStrayEnterIsNotAnAnswer() {
        var (tutor, session) = Fixture.started()
        let before = session
        let reply = tutor.say("   ", &session)
        #expect(reply.moves == [.question])
        #expect(reply.classification == nil)
        #expect(session.steps == before.steps)
        #expect(session.mastery == before.mastery)
    }
}
