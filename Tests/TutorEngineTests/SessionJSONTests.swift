import Foundation
import Testing
@testable import TutorEngine

/// The hand-written session JSON the server stores on every answer must read back as the same
/// session, and carry every field `JSONEncoder` would write.
@Suite struct SessionJSONTests {
    /// A session with every field set, optionals included, so no key is missing by chance.
    static var everyField: TutorSession {
        var session = TutorSession(dialogueID: "sky \"quoted\"", mastery: ["scatter": 0.4123456789, "sum": 1],
                                   seed: UInt64.max - 12_345, now: Date(timeIntervalSinceReferenceDate: 783_000_123.25))
        session.phase = .awaitingConfidence
        session.stepIndex = 2
        session.goal = "learn\nwhy \\ the sky é 🌤"
        session.finished = ["why-blue", "info"]
        session.reflection = "tabs\tand \u{1} controls"
        session.lastVariant = ["pump": 2, "hint": 0]
        session.lastActiveAt = Date(timeIntervalSinceReferenceDate: 783_000_456.5)
        var step = StepProgress()
        step.covered = ["scatter"]; step.asserted = ["short"]; step.rung = ["short": 3]
        step.attempts = 4; step.helped = true; step.observed = true
        step.misconceptions = ["reflects-ocean": 2]; step.lastMisconception = "reflects-ocean"
        step.pendingPrompt = .init(expectation: "scatter", index: 1)
        step.confidence = 5; step.credited = true; step.skipped = true; step.complete = true
        step.lastAnswer = "the \"ocean\""; step.firstVerdict = .misconception; step.held = ["short"]; step.stalled = 2
        step.discussion = GroupDiscussion(room: "r7", verdict: "correct")
        session.steps = ["why-blue": step, "add": StepProgress()]
        return session
    }

    @Test func aSessionWithEveryFieldSetReadsBackEqualAndHasJSONEncodersKeys() throws {
        let session = Self.everyField
        let hand = try session.json()
        #expect(try JSONDecoder().decode(TutorSession.self, from: hand) == session)
        #expect(try Self.keyPaths(hand) == Self.keyPaths(JSONEncoder().encode(session)))
    }

    @Test func everySessionOfAPlayedDialogueReadsBackEqual() throws {
        // Given a learner working through the fixture dialogue with help, mistakes and a skip
        var (tutor, session) = Fixture.started(seed: 9)
        var seen: [TutorSession] = [session]
        for line in ["the ocean", "hint", "it scatters", "scatter", "next", "next", "/progress", "5", "3", "2+3 is 5", "next",
                     "it was fun"] {
            _ = tutor.say(line, &session)
            seen.append(session)
        }
        _ = tutor
        // Then each session on the way reads back as it was, with the keys JSONEncoder writes
        for session in seen {
            let hand = try session.json()
            #expect(try JSONDecoder().decode(TutorSession.self, from: hand) == session)
            #expect(try Self.keyPaths(hand) == Self.keyPaths(JSONEncoder().encode(session)))
        }
    }

    /// Every key path in a JSON document ("steps.why-blue.rung.short").
    static func keyPaths(_ data: Data) throws -> Set<String> {
        var paths: Set<String> = []
        func walk(_ value: Any, _ prefix: String) {
            if let object = value as? [String: Any] {
                for (key, inner) in object {
                    paths.insert(prefix + key)
                    walk(inner, prefix + key + ".")
                }
            }
        }
        walk(try JSONSerialization.jsonObject(with: data), "")
        return paths
    }
}
