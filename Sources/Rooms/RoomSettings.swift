/// How rooms are formed and paced. The defaults are here, once; Config/lyceum.yaml shows them
/// again, with comments, under `rooms:`.
public struct RoomSettings: Sendable, Equatable, Codable {
    /// The size the matchmaker aims for. Default 3.
    public var targetSize = 3
    /// The smallest room it forms. Default 2.
    public var minimumSize = 2
    /// The largest room it forms. Default 4.
    public var maximumSize = 4
    /// How long a room of the target size may wait for more learners, so the matchmaker has a
    /// wider pool to mix mastery levels in. A pool of the maximum size forms at once. Default 15 s.
    public var gatherSeconds = 15
    /// How long a learner waits for partners before going on alone. Default 120 s.
    public var maximumWaitSeconds = 120
    /// For how long after going on alone a learner may still be pulled into a room that forms at
    /// the same checkpoint. Default 600 s.
    public var lateJoinSeconds = 600
    /// The Think phase ends when every member present has answered, or after this long. Default 180 s.
    public var thinkSeconds = 180
    /// The Discuss phase ends when every member present is `/ready`, or after this long. Default 600 s.
    public var discussSeconds = 600
    /// Lines replayed to a member who joins or rejoins. Default 50.
    public var replayLines = 50
    /// Who may share a room: learners of one class (`class`, the default; a learner in no class
    /// is pooled with the others in none) or anyone at the checkpoint (`school`).
    public var scope: Scope = .class

    public enum Scope: String, Sendable, Equatable, Codable, CaseIterable {
        case `class`, school
    }

    public init() {}

    /// One sentence per value that cannot work (keys as in Config/lyceum.yaml).
    public var problems: [String] {
        var problems: [String] = []
        if minimumSize < 2 { problems.append("rooms.min_size must be at least 2 (it is \(minimumSize)).") }
        if targetSize < minimumSize || targetSize > maximumSize {
            problems.append("rooms.target_size must be between rooms.min_size and rooms.max_size (it is \(targetSize); min \(minimumSize), max \(maximumSize)).")
        }
        for (key, value) in [("rooms.gather_seconds", gatherSeconds), ("rooms.max_wait_seconds", maximumWaitSeconds),
                             ("rooms.late_join_seconds", lateJoinSeconds), ("rooms.think_seconds", thinkSeconds),
                             ("rooms.discuss_seconds", discussSeconds)] where value < 0 {
            problems.append("\(key) must be 0 or more (it is \(value)).")
        }
        if replayLines < 0 { problems.append("rooms.replay_lines must be 0 or more (it is \(replayLines)).") }
        return problems
    }
}
