/// Everything one run of `lyceum loadtest` needs to know.
public struct LoadSettings: Sendable {
    public var host = "127.0.0.1"
    public var port = 4242
    public var clients = 100
    public var rampUpSeconds = 10.0
    /// How long to measure after the ramp-up (and the settle wait).
    public var durationSeconds = 30.0
    /// Longest wait after the ramp-up for every client to log in before measuring starts.
    public var settleSeconds = 15.0
    public var thinkSeconds = 5.0
    public var chatSeconds = 0.8
    public var mix = AnswerMix.standard
    /// The share of learners who go to the checkpoint and into rooms (rounded down to a multiple of 4).
    public var roomShare = 0.0
    public var idle = false
    public var namePrefix = "load"
    public var passphrase = "loadtest-passphrase"
    public var threads = 1
    public var serverPID: Int32?
    public var seed: UInt64 = 1
    public var script = DialogueScript.decimals

    public init() {}

    /// How many learners go into rooms: a multiple of 4, so rooms fill without waiting.
    public var roomLearners: Int { idle ? 0 : Int(Double(clients) * roomShare) / 4 * 4 }

    /// The name of learner `index` (from 0): prefix and a zero-padded number, as `lyceum loadtest seed` creates them.
    public func name(_ index: Int) -> String {
        let number = String(index + 1)
        return namePrefix + String(repeating: "0", count: max(0, 5 - number.count)) + number
    }

    /// Room learners are spread evenly among the others, so rooms form all through the ramp-up.
    public func behaviour(_ index: Int) -> LearnerMachine.Plan.Behaviour {
        if idle { return .idle }
        let rooms = roomLearners
        return (index + 1) * rooms / clients > index * rooms / clients ? .room : .answering
    }

    public func plan(_ index: Int) -> LearnerMachine.Plan {
        LearnerMachine.Plan(name: name(index), passphrase: passphrase, behaviour: behaviour(index), script: script, mix: mix,
                            thinkNanos: UInt64(thinkSeconds * 1e9), chatNanos: UInt64(chatSeconds * 1e9),
                            seed: seed &* 1_000_003 &+ UInt64(index))
    }

    /// One sentence per value that cannot work.
    public var problems: [String] {
        var problems: [String] = []
        if clients < 1 { problems.append("--clients must be at least 1.") }
        if rampUpSeconds < 0 || durationSeconds <= 0 || thinkSeconds < 0 || chatSeconds <= 0 || settleSeconds < 0 {
            problems.append("--ramp-up, --settle and --think must not be negative; --duration and --chat-interval must be above 0.")
        }
        if !(0...1).contains(roomShare) { problems.append("--room-share is a fraction from 0 to 1.") }
        if threads < 1 { problems.append("--threads must be at least 1.") }
        if namePrefix.count + 5 > 24 { problems.append("--prefix is too long: names have at most 24 characters.") }
        return problems
    }
}
