import DialogueKit
import Foundation
import LyceumCore
import LyceumStore
import TutorEngine

/// A teacher's views, computed from stored snapshots: pure, so tests need no server.
enum Oversight {
    struct LearnerRow: Equatable {
        var name: String
        var online: Bool
        /// "in r3", "waiting", or nil.
        var group: String?
        var dialogue: String?
        /// "2/5".
        var step: String?
        /// The step's index (from 0), and whether the dialogue is finished.
        var stepIndex: Int?
        var finished = false
        /// Per skill of the dialogue, by its title.
        var mastery: [(skill: String, p: Double)]
        var onStep: TimeInterval?
        var lastMisconception: String?
        /// Why the learner counts as stuck, or nil.
        var stuck: String?

        static func == (a: LearnerRow, b: LearnerRow) -> Bool {
            a.name == b.name && a.online == b.online && a.group == b.group && a.dialogue == b.dialogue && a.step == b.step
                && a.mastery.map(\.skill) == b.mastery.map(\.skill) && a.mastery.map(\.p) == b.mastery.map(\.p)
                && a.onStep == b.onStep && a.lastMisconception == b.lastMisconception && a.stuck == b.stuck
        }
    }

    static func rows(_ snapshots: [LearnerSnapshot], online: Set<String>, groups: [String: String], tutor: Tutor,
                     settings: TeachingSettings, now: Date) -> [LearnerRow] {
        snapshots.map { snapshot in
            let key = snapshot.account.name.lowercased()
            var row = LearnerRow(name: snapshot.account.name, online: online.contains(key), group: groups[key],
                                 mastery: [], lastMisconception: snapshot.lastMisconception?.id)
            guard let stored = snapshot.session,
                  let session = try? JSONDecoder().decode(TutorSession.self, from: stored.state),
                  let dialogue = tutor.content.dialogue(session.dialogueID) else { return row }
            row.dialogue = dialogue.id
            row.step = "\(min(session.stepIndex + 1, dialogue.steps.count))/\(dialogue.steps.count)"
            row.stepIndex = session.stepIndex
            row.finished = session.phase == .finished
            row.mastery = dialogue.skills.map { ($0.name, snapshot.mastery[$0.id] ?? session.mastery[$0.id] ?? $0.bkt.prior) }
            // The step's clock runs only while the learner is on this dialogue (online: it is their current one).
            let here = row.online
            if session.phase != .finished { row.onStep = session.secondsOnStep(now: now, here: here) }
            row.stuck = stuckReason(session, dialogue: dialogue, settings: settings, now: now, here: here)
            return row
        }
    }

    /// Why a learner counts as stuck on their current step: several answers in a row that made no
    /// progress (an answer that covers a new expectation starts the count again), or a long time
    /// on it, counted only while they are on this dialogue (`here`). Nil when they are not stuck.
    static func stuckReason(_ session: TutorSession, dialogue: DialogueKit.Dialogue, settings: TeachingSettings, now: Date,
                            here: Bool = true) -> String? {
        guard [.answering, .awaitingConfidence, .checkingSkip].contains(session.phase),
              dialogue.steps.indices.contains(session.stepIndex) else { return nil }
        let step = dialogue.steps[session.stepIndex]
        let progress = session.steps[step.id] ?? StepProgress()
        guard !progress.complete else { return nil }
        let stalled = progress.stalled ?? progress.attempts
        if stalled >= settings.stuckAttempts { return "\(stalled) answers in a row on step \(session.stepIndex + 1) without progress" }
        let seconds = session.secondsOnStep(now: now, here: here)
        if seconds >= settings.stuckMinutes * 60 { return "\(DurationText.short(seconds: seconds)) on step \(session.stepIndex + 1)" }
        return nil
    }

    /// Per dialogue, above the learners: how many are on each step, how many finished it, and
    /// the most frequent misconceptions of the last hour.
    struct DialogueSummary: Equatable {
        var dialogue: String
        var title: String
        /// Learners whose current step is each step (index 0 first); finished ones are not counted here.
        var onStep: [Int]
        var finished: Int
        var misconceptions: [(id: String, count: Int)]

        static func == (a: DialogueSummary, b: DialogueSummary) -> Bool {
            a.dialogue == b.dialogue && a.onStep == b.onStep && a.finished == b.finished
                && a.misconceptions.map(\.id) == b.misconceptions.map(\.id) && a.misconceptions.map(\.count) == b.misconceptions.map(\.count)
        }
    }

    static func summaries(_ rows: [LearnerRow], finished: [String: Int], misconceptions: [FrequentMisconception],
                          tutor: Tutor) -> [DialogueSummary] {
        let ids = Set(rows.compactMap(\.dialogue)).union(finished.keys).union(misconceptions.map(\.dialogueID))
        return tutor.content.dialogues.filter { ids.contains($0.id) }.map { dialogue in
            var onStep = Array(repeating: 0, count: dialogue.steps.count)
            for row in rows where row.dialogue == dialogue.id && !row.finished {
                if let i = row.stepIndex, onStep.indices.contains(i) { onStep[i] += 1 }
            }
            let frequent = misconceptions.filter { $0.dialogueID == dialogue.id }.sorted { ($1.count, $0.misconception) < ($0.count, $1.misconception) }
            return DialogueSummary(dialogue: dialogue.id, title: dialogue.title, onStep: onStep, finished: finished[dialogue.id] ?? 0,
                                   misconceptions: frequent.prefix(3).map { ($0.misconception, $0.count) })
        }
    }

    /// The dashboard: each dialogue's summary, then one line per learner.
    static func dashboard(_ rows: [LearnerRow], summaries: [DialogueSummary] = []) -> [String] {
        guard !rows.isEmpty else { return ["  No learner accounts yet."] }
        var lines: [String] = []
        for summary in summaries {
            let steps = summary.onStep.enumerated().map { "step \($0.offset + 1): \($0.element)" }.joined(separator: ", ")
            var line = "  \(summary.dialogue) (\(summary.title)): \(steps); finished: \(summary.finished)"
            if !summary.misconceptions.isEmpty {
                line += "\n      frequent misconceptions in the last hour: "
                    + summary.misconceptions.map { "\($0.id) (\($0.count))" }.joined(separator: ", ")
            }
            lines.append(line)
        }
        if !summaries.isEmpty { lines.append("") }
        let width = rows.map(\.name.count).max() ?? 4
        lines += rows.map { row in
            var parts = [row.name.padding(toLength: width, withPad: " ", startingAt: 0), row.online ? "online " : "offline"]
            if let dialogue = row.dialogue, let step = row.step {
                parts.append(row.finished ? "\(dialogue) finished" : "\(dialogue) step \(step)")
                if !row.mastery.isEmpty {
                    let mean = row.mastery.map(\.p).reduce(0, +) / Double(row.mastery.count)
                    parts.append("\(Mastery.bar(mean, width: 5)) \(Int((mean * 100).rounded()))%")
                }
                if let onStep = row.onStep, !row.finished { parts.append("\(DurationText.short(seconds: onStep)) on step") }
            } else {
                parts.append("no dialogue yet")
            }
            if let group = row.group { parts.append(group) }
            if let misconception = row.lastMisconception { parts.append("last: \(misconception)") }
            if row.stuck != nil { parts.append("STUCK") }
            return "  " + parts.joined(separator: "  ")
        }
        lines.append("/dashboard NAME shows one learner in detail.")
        return lines
    }

    /// `/dashboard NAME`: one learner, every skill by its title, and why they are stuck.
    static func detail(_ row: LearnerRow, recent: [(id: String, count: Int)]) -> [String] {
        var lines = ["  \(row.name), \(row.online ? "online" : "offline")\(row.group.map { ", \($0)" } ?? "")"]
        if let dialogue = row.dialogue, let step = row.step {
            var line = "  " + (row.finished ? "\(dialogue): finished" : "\(dialogue): step \(step)")
            if let onStep = row.onStep, !row.finished { line += ", \(DurationText.short(seconds: onStep)) on this step" }
            lines.append(line)
            for skill in row.mastery {
                lines.append("    \(Mastery.bar(skill.p)) \(Int((skill.p * 100).rounded()))% \(skill.skill)")
            }
        } else {
            lines.append("  No dialogue started yet.")
        }
        if let stuck = row.stuck { lines.append("  STUCK: \(stuck)") }
        if !recent.isEmpty {
            lines.append("  Misconceptions shown: " + recent.map { "\($0.id) (\($0.count))" }.joined(separator: ", "))
        } else if let last = row.lastMisconception {
            lines.append("  Last misconception: \(last)")
        }
        return lines
    }

    static func alerts(_ rows: [LearnerRow], recurring: [RecurringMisconception], flags: [ModerationEntry]) -> [String] {
        var lines: [String] = []
        for row in rows where row.stuck != nil {
            lines.append("  stuck: \(row.name) (\(row.online ? "online" : "offline")) in \(row.dialogue ?? "?"): \(row.stuck!)")
        }
        for item in recurring {
            lines.append("  recurring misconception: \(item.learner) showed \(item.misconception) \(item.count) times in \(item.dialogueID)")
        }
        for flag in flags where flag.action == "flag" {
            lines.append("  flagged: \(flag.target ?? "?") by tutor \(flag.actor) in room \(flag.roomID ?? "?"): \(flag.detail ?? "")")
        }
        return lines.isEmpty ? ["  Nothing needs your attention now."] : lines
    }

}
