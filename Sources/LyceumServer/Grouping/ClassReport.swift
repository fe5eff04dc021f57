import DialogueKit
import Foundation
import LyceumCore
import LyceumStore
import TutorEngine

/// `lyceum report --class ID`: a class's progress for a gradebook, one row per learner and skill
/// of each dialogue they started (a learner who started none has one row without a skill). Pure.
public enum ClassReport {
    public struct Row: Sendable, Equatable {
        public var classID: String
        public var learner: String
        public var dialogue: String
        public var skill: String
        public var skillTitle: String
        /// The mastery estimate, 0 to 1 (nil: no dialogue started).
        public var mastery: Double?
        public var mastered: Bool
        public var stepsDone: Int
        public var steps: Int
        /// not-started, in-progress or finished.
        public var status: String
        public var lastActive: Date?

        public init(classID: String, learner: String, dialogue: String, skill: String, skillTitle: String, mastery: Double?,
                    mastered: Bool, stepsDone: Int, steps: Int, status: String, lastActive: Date?) {
            self.classID = classID; self.learner = learner; self.dialogue = dialogue; self.skill = skill
            self.skillTitle = skillTitle; self.mastery = mastery; self.mastered = mastered; self.stepsDone = stepsDone
            self.steps = steps; self.status = status; self.lastActive = lastActive
        }
    }

    /// One learner's stored data.
    public struct Learner: Sendable {
        public var name: String
        public var sessions: [StoredSession]
        public var mastery: [String: Double]
        public init(name: String, sessions: [StoredSession], mastery: [String: Double]) {
            self.name = name; self.sessions = sessions; self.mastery = mastery
        }
    }

    public static func rows(classID: String, learners: [Learner], content: Content) -> [Row] {
        learners.flatMap { learner -> [Row] in
            let started = learner.sessions.sorted { $0.dialogueID < $1.dialogueID }.compactMap { stored -> [Row]? in
                guard let dialogue = content.dialogue(stored.dialogueID) else { return nil }
                let session = try? JSONDecoder().decode(TutorSession.self, from: stored.state)
                let done = session?.finished.count ?? 0
                let finished = session?.phase == .finished
                return dialogue.skills.map { skill in
                    let p = learner.mastery[skill.id] ?? session?.mastery[skill.id] ?? skill.bkt.prior
                    return Row(classID: classID, learner: learner.name, dialogue: dialogue.id, skill: skill.id, skillTitle: skill.name,
                               mastery: p, mastered: Mastery.isMastered(p), stepsDone: done, steps: dialogue.steps.count,
                               status: finished ? "finished" : "in-progress", lastActive: stored.updatedAt)
                }
            }.flatMap { $0 }
            guard started.isEmpty else { return started }
            return [Row(classID: classID, learner: learner.name, dialogue: "", skill: "", skillTitle: "", mastery: nil, mastered: false,
                        stepsDone: 0, steps: 0, status: "not-started", lastActive: nil)]
        }
    }

    static let columns = ["class", "learner", "dialogue", "skill", "skill_title", "mastery", "mastered", "steps_done", "steps",
                          "status", "last_active"]

    static func fields(_ row: Row) -> [String] {
        [row.classID, row.learner, row.dialogue, row.skill, row.skillTitle, row.mastery.map { String(format: "%.2f", $0) } ?? "",
         row.mastered ? "yes" : "no", "\(row.stepsDone)", "\(row.steps)", row.status,
         row.lastActive.map { Date.ISO8601FormatStyle().format($0) } ?? ""]
    }

    /// RFC 4180 CSV with a header line; a field with a comma, quote or line break is quoted.
    public static func csv(_ rows: [Row]) -> String {
        func quoted(_ field: String) -> String {
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }
        return ([columns] + rows.map(fields)).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// A JSON array of objects with the CSV's columns as keys; numbers and booleans as such.
    public static func json(_ rows: [Row]) -> String {
        let objects = rows.map { row in
            let f = fields(row)
            let values: [String] = [JSON.string(f[0]), JSON.string(f[1]), JSON.string(f[2]), JSON.string(f[3]), JSON.string(f[4]),
                                    row.mastery.map { String(format: "%.2f", $0) } ?? "null", row.mastered ? "true" : "false",
                                    "\(row.stepsDone)", "\(row.steps)", JSON.string(f[9]), row.lastActive == nil ? "null" : JSON.string(f[10])]
            return "{" + zip(columns, values).map { "\(JSON.string($0)):\($1)" }.joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",\n ") + "]\n"
    }
}
