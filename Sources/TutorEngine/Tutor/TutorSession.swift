import Foundation
import LyceumCore

/// One learner's progress through one dialogue: everything needed to resume exactly.
/// Codable so the server can store it as it is.
public struct TutorSession: Sendable, Equatable, Codable {
    public enum Phase: String, Sendable, Equatable, Codable {
        /// Waiting for an optional goal (an empty line skips it).
        case awaitingGoal
        /// Waiting for an optional confidence rating, 1 to 5, before a checkpoint answer.
        case awaitingConfidence
        /// Waiting for an answer to the current question.
        case answering
        /// Waiting for the answer to the check question that lets the learner skip.
        case checkingSkip
        /// The current step is complete; `/next` moves on.
        case stepComplete
        /// The last step is done; waiting for the reflection.
        case awaitingReflection
        case finished
    }

    public var dialogueID: String
    public var phase: Phase
    public var stepIndex: Int
    public var goal: String?
    /// P(L) per skill id.
    public var mastery: [String: Double]
    /// Progress per step id.
    public var steps: [String: StepProgress]
    /// Ids of the steps the learner has finished, in order.
    public var finished: [String]
    public var reflection: String?
    public var rng: SeededRandom
    /// The variant last used per prompt kind, so the tutor doesn't repeat itself.
    public var lastVariant: [String: Int]
    public var stepStartedAt: Date
    /// The learner's last input to this dialogue: time away from it (another dialogue, logged
    /// out) does not count as time on the step (`resume(now:)`).
    public var lastActiveAt: Date?

    public init(dialogueID: String, mastery: [String: Double], seed: UInt64, now: Date) {
        self.dialogueID = dialogueID; self.phase = .awaitingGoal; self.stepIndex = 0
        self.mastery = mastery; self.steps = [:]; self.finished = []
        self.rng = SeededRandom(seed: seed); self.lastVariant = [:]; self.stepStartedAt = now
    }

    /// The learner comes back to this dialogue (logging in, `/start`): the time since their last
    /// input here was spent elsewhere, so the step's clock moves on by it.
    public mutating func resume(now: Date) {
        if let last = lastActiveAt, now > last { stepStartedAt = stepStartedAt.addingTimeInterval(now.timeIntervalSince(last)) }
        lastActiveAt = now
    }

    /// Seconds on the current step: up to `now` while the learner is on this dialogue, else up
    /// to their last input here.
    public func secondsOnStep(now: Date, here: Bool) -> TimeInterval {
        max(0, (here ? now : lastActiveAt ?? now).timeIntervalSince(stepStartedAt))
    }
}

/// What happened on one step.
public struct StepProgress: Sendable, Equatable, Codable {
    /// Expectation ids covered so far (by the learner, by a prompt, or asserted by the tutor).
    public var covered: [String] = []
    /// Expectation ids the tutor had to assert.
    public var asserted: [String] = []
    /// The next rung of the hint ladder, per expectation id.
    public var rung: [String: Int] = [:]
    public var attempts = 0
    /// Whether the learner got a hint, prompt or assertion on this step.
    public var helped = false
    /// Whether this step's BKT observation has been made.
    public var observed = false
    /// Misconception ids seen, with how often.
    public var misconceptions: [String: Int] = [:]
    public var lastMisconception: String?
    /// The prompt awaiting an answer: expectation id and prompt index.
    public var pendingPrompt: PendingPrompt?
    public var confidence: Int?
    /// Whether the learner answered correctly (not asserted, not skipped by mastery alone).
    public var credited = false
    public var skipped = false
    public var complete = false
    public var lastAnswer: String?
    /// Answers since the learner last made progress on this step (an expectation newly covered):
    /// what "stuck" counts. Nil in sessions stored before it existed.
    public var stalled: Int?
    /// Expectations the last answer stated but on a reason the tutor doubted; credited when the
    /// next answer states an idea the tutor knows.
    public var held: [String]?
    public var firstVerdict: Verdict?
    /// The group discussion of this checkpoint, once the learner took part in one to its end.
    public var discussion: GroupDiscussion?

    public struct PendingPrompt: Sendable, Equatable, Codable {
        public var expectation: String
        public var index: Int
    }
    public init() {}
}

/// Credit for a checkpoint's group discussion: the room and the verdict on the group's final answer.
public struct GroupDiscussion: Sendable, Equatable, Codable {
    public var room: String
    public var verdict: String
    public init(room: String, verdict: String) { self.room = room; self.verdict = verdict }
}
