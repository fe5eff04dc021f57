import DialogueKit
import Foundation
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
            row.mastery = dialogue.skills.map { ($0.id, snapshot.mastery[$0.id] ?? session.mastery[$0.id] ?? $0.bkt.prior) }
            if session.phase != .finished { row.onStep = max(0, now.timeIntervalSince(session.stepStartedAt)) }
            row.stuck = stuckReason(session, dialogue: dialogue, settings: settings, now: now)
            return row
        }
    }

    /// Why a learner counts as stuck on their current step: several answers without completing it,
    /// or a long time on it. Nil when they are not stuck.
    static func stuckReason(_ session: TutorSession, dialogue: DialogueKit.Dialogue, settings: TeachingSettings, now: Date) -> String? {
        guard [.answering, .awaitingConfidence, .checkingSkip].contains(session.phase),
              dialogue.steps.indices.contains(session.stepIndex) else { return nil }
        let step = dialogue.steps[session.stepIndex]
        let progress = session.steps[step.id] ?? StepProgress()
        guard !progress.complete else { return nil }
        if progress.attempts >= settings.stuckAttempts { return "\(progress.attempts) answers on step \(session.stepIndex + 1) without completing it" }
        let minutes = Int(now.timeIntervalSince(session.stepStartedAt) / 60)
        if minutes >= settings.stuckMinutes { return "\(minutes) minutes on step \(session.stepIndex + 1)" }
        return nil
    }

    static func dashboard(_ rows: [LearnerRow]) -> [String] {
        guard !rows.isEmpty else { return ["  No learner accounts yet."] }
        let width = rows.map(\.name.count).max() ?? 4
        return rows.map { row in
            var parts = [row.name.padding(toLength: width, withPad: " ", startingAt: 0), row.online ? "online " : "offline"]
            if let dialogue = row.dialogue, let step = row.step {
                parts.append("\(dialogue) step \(step)")
                if let onStep = row.onStep { parts.append("\(duration(onStep)) on step") }
            } else {
                parts.append("no dialogue yet")
            }
            if let group = row.group { parts.append(group) }
            var text = "  " + parts.joined(separator: "  ")
            for skill in row.mastery {
                text += "\n      \(Mastery.bar(skill.p)) \(Int((skill.p * 100).rounded()))% \(skill.skill)"
            }
            if let misconception = row.lastMisconception { text += "\n      last misconception: \(misconception)" }
            if let stuck = row.stuck { text += "\n      STUCK: \(stuck)" }
            return text
        }
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

    static func duration(_ seconds: TimeInterval) -> String {
        let s = Int(seconds)
        return s < 60 ? "\(s)s" : s < 3600 ? "\(s / 60)m" : "\(s / 3600)h\(s % 3600 / 60)m"
    }
}
