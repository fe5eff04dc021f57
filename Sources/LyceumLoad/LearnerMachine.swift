import LyceumCore

/// One kind of exchange whose latency is measured: from writing a line to the reply's first
/// event that answers it (for tutor turns, the first `tutor` event; the server commits a turn
/// before it replies, so the commit is included). `chatDelivery` is from a member writing a room
/// line to another member receiving it.
public enum Exchange: Hashable, Sendable, Comparable {
    case mode, loginName, login, grouping, start, goal
    case answer(AnswerKind)
    case next, reflection, thinkAnswer, chatDelivery

    public var name: String {
        switch self {
        case .mode: "mode"
        case .loginName: "login-name"
        case .login: "login"
        case .grouping: "solo-or-group"
        case .start: "start"
        case .goal: "goal"
        case .answer(let kind): "answer-\(kind.rawValue)"
        case .next: "next"
        case .reflection: "reflection"
        case .thinkAnswer: "room-think-answer"
        case .chatDelivery: "room-chat-delivery"
        }
    }

    /// Answers and chat deliveries are the steady-state exchanges the targets are about.
    public var isSteady: Bool {
        switch self {
        case .answer, .next, .reflection, .start, .goal, .chatDelivery, .thinkAnswer: true
        default: false
        }
    }

    static var order: [Exchange] {
        [.mode, .loginName, .login, .grouping, .start, .goal] + AnswerKind.allCases.map(Exchange.answer)
            + [.next, .reflection, .thinkAnswer, .chatDelivery]
    }

    public static func < (a: Exchange, b: Exchange) -> Bool {
        (order.firstIndex(of: a) ?? 0) < (order.firstIndex(of: b) ?? 0)
    }
}

/// What one simulated learner does, and what it does next. Pure: the I/O layer feeds it the
/// server's events, its timer and the time (monotonic nanoseconds), and carries out its actions.
public struct LearnerMachine: Sendable {
    public struct Plan: Sendable, Equatable {
        public enum Behaviour: String, Sendable, Equatable, Codable {
            /// Works through the dialogue alone (`/solo`), answering with the mix.
            case answering
            /// Answers correctly to the checkpoint, meets others in a room, answers the Think question, then chats.
            case room
            /// Logs in and stays silent.
            case idle
        }
        public var name: String
        public var passphrase: String
        public var behaviour: Behaviour
        public var script: DialogueScript
        public var mix: AnswerMix
        /// Time between one line and the next (a fixed rate: a slow reply shortens the next wait).
        public var thinkNanos: UInt64
        /// Time between one room chat line and the next.
        public var chatNanos: UInt64
        public var seed: UInt64

        public init(name: String, passphrase: String, behaviour: Behaviour, script: DialogueScript = .decimals,
                    mix: AnswerMix = .standard, thinkNanos: UInt64, chatNanos: UInt64, seed: UInt64) {
            self.name = name; self.passphrase = passphrase; self.behaviour = behaviour; self.script = script
            self.mix = mix; self.thinkNanos = thinkNanos; self.chatNanos = chatNanos; self.seed = seed
        }
    }

    public enum Input: Sendable, Equatable {
        case connected
        /// One line from the server: a JSON event, or nil for a plain text line.
        case line(ServerLine?)
        /// The timer the machine asked for went off.
        case timer
    }

    public enum Action: Sendable, Equatable {
        case send(String)
        /// Call back with `.timer` after this long (replacing any timer set before).
        case schedule(afterNanos: UInt64)
        case record(Exchange, nanos: UInt64)
        /// Count an occurrence: `error.CODE`, `goodbye`, `logged-in`, `in-room`, ...
        case count(String)
        case close
    }

    public enum Stage: Sendable, Equatable {
        case connecting, settingMode, sendingName, loggingIn, grouping, working, waitingForRoom, thinking, discussing, idle, done
    }

    public let plan: Plan
    public private(set) var stage: Stage = .connecting
    var pending: (exchange: Exchange, sentAt: UInt64, answered: Bool)?
    var moves: Set<String> = []
    var waitingNote = false
    var lastSentAt: UInt64 = 0
    var queued: (line: String, exchange: Exchange?)?
    var thinkAnswered = false
    var chatSequence = 0
    var random: SeededRandom

    public init(plan: Plan) {
        self.plan = plan
        self.random = SeededRandom(seed: plan.seed)
    }

    public mutating func handle(_ input: Input, now: UInt64) -> [Action] {
        switch input {
        case .connected: return []
        case .timer: return fire(now: now)
        case .line(nil):
            // The text-mode welcome: switch to JSON Lines once.
            guard stage == .connecting else { return [] }
            stage = .settingMode
            return send("/mode json", .mode, now: now)
        case .line(let event?): return receive(event, now: now)
        }
    }

    // MARK: Receiving

    mutating func receive(_ event: ServerLine, now: UInt64) -> [Action] {
        var actions: [Action] = []
        if event.type == "error" { actions.append(.count("error.\(event.code ?? "unknown")")) }
        if event.type == "goodbye" {
            stage = .done
            return actions + [.count("goodbye")]
        }
        if event.type == "chat", event.kind == "say", event.from != plan.name, let sent = Self.chatStamp(event.text) {
            actions.append(.record(.chatDelivery, nanos: now &- sent))
        }
        // Joining a room can happen at any time: when a fourth learner arrives, not only on our own turn.
        if event.type == "status", plan.behaviour == .room, event.room != nil {
            actions += enterRoomPhase(event.phase, now: now)
            if stage == .thinking || stage == .discussing || stage == .done { return actions }
        }
        switch stage {
        case .connecting, .idle, .done, .waitingForRoom, .discussing:
            return actions
        case .settingMode:
            guard event.type == "system" else { return actions }
            actions += answered(now: now)
            stage = .sendingName
            return actions + send("/login \(plan.name)", .loginName, now: now)
        case .sendingName:
            if event.type == "ask" {
                actions += answered(now: now)
                stage = .loggingIn
                return actions + send(plan.passphrase, .login, now: now)
            }
            if event.type == "error" { stage = .done; return actions + [.close] }
            return actions
        case .loggingIn:
            if event.type == "ask" { return actions + send(plan.passphrase, nil, now: now) }  // a new account: typed twice
            if event.type == "error" { stage = .done; return actions + [.close] }
            let isNew = event.type == "system" && (event.text?.hasPrefix("Your account") ?? false)
            guard event.type == "status" || isNew else { return actions }
            actions += answered(now: now) + [.count("logged-in")]
            if plan.behaviour == .idle {
                stage = .idle
                return actions
            }
            stage = .grouping
            return actions + send(plan.behaviour == .room ? "/group" : "/solo", .grouping, now: now)
        case .grouping:
            guard event.type == "system" || event.type == "error" else { return actions }
            actions += answered(now: now)
            stage = .working
            return actions + send("/start \(plan.script.dialogueID)", .start, now: now)
        case .working:
            return actions + work(event, now: now)
        case .thinking:
            if pending != nil, event.type != "status" { actions += answered(now: now) }
            return actions
        }
    }

    /// A reply to a tutoring line: its tutor events, then a status event that ends it.
    mutating func work(_ event: ServerLine, now: UInt64) -> [Action] {
        var actions: [Action] = []
        switch event.type {
        case "tutor":
            actions += answered(now: now)
            if let move = event.move { moves.insert(move) }
            return actions
        case "system":
            if event.text?.contains("waiting for others") == true { waitingNote = true }
            return actions
        case "error":
            actions += answered(now: now)
            pending = nil
            if event.code == "in-room" { stage = .waitingForRoom; return actions }
            return actions + plan(next: answerLine(step: nil), now: now)
        case "status":
            guard pending != nil || !moves.isEmpty else { return actions }
            actions += answered(now: now)
            pending = nil
            let seen = moves
            moves = []
            if plan.behaviour == .room, waitingNote {
                stage = .waitingForRoom
                return actions
            }
            let step = event.step.map { $0 - 1 }
            let next: (String, Exchange)
            if seen.contains("dialogue-complete") {
                next = ("/start \(plan.script.dialogueID)", .start)
            } else if seen.contains("reflection-request") {
                next = (plan.script.reflection, .reflection)
            } else if seen.contains("transition") {
                next = ("/next", .next)
            } else if seen.contains("goal-request") {
                next = ("", .goal)
            } else {
                next = answerLine(step: step)
            }
            return actions + plan(next: next, now: now)
        default:
            return actions
        }
    }

    mutating func answerLine(step: Int?) -> (String, Exchange) {
        let index = step ?? 0
        if plan.behaviour == .room {
            let path = plan.script.toCheckpoint
            return (path[min(index, path.count - 1)], .answer(.correct))
        }
        let wanted = plan.mix.pick(using: &random)
        let (kind, text) = plan.script.answer(step: index, kind: wanted, using: &random)
        return (text, .answer(kind))
    }

    mutating func enterRoomPhase(_ phase: String?, now: UInt64) -> [Action] {
        switch phase {
        case "think" where !thinkAnswered && stage != .thinking:
            stage = .thinking
            pending = nil; moves = []
            queued = (plan.script.thinkAnswer, .thinkAnswer)
            return [.count("in-room"), .schedule(afterNanos: random.next() % max(1, plan.thinkNanos / 4))]
        case "discuss" where stage != .discussing:
            stage = .discussing
            queued = nil
            return [.schedule(afterNanos: random.next() % max(1, plan.chatNanos))]
        case "share", "closing", "closed":
            guard stage == .discussing || stage == .thinking else { return [] }
            stage = .done
            return [.count("room-ended")]
        default:
            return []
        }
    }

    // MARK: Sending

    mutating func fire(now: UInt64) -> [Action] {
        if stage == .discussing {
            chatSequence += 1
            lastSentAt = now
            return [.send("lt \(now) \(chatSequence) is 0.30 the same as 0.3?"), .schedule(afterNanos: plan.chatNanos)]
        }
        guard let (line, exchange) = queued else { return [] }
        queued = nil
        if exchange == .thinkAnswer { thinkAnswered = true }
        return send(line, exchange, now: now)
    }

    /// Sends `next` once the think time since the last line has passed.
    mutating func plan(next: (String, Exchange), now: UInt64) -> [Action] {
        queued = next
        let due = lastSentAt &+ plan.thinkNanos
        return [.schedule(afterNanos: due > now ? due - now : 0)]
    }

    mutating func send(_ line: String, _ exchange: Exchange?, now: UInt64) -> [Action] {
        if let exchange { pending = (exchange, now, false) }
        moves = []
        waitingNote = false
        lastSentAt = now
        return [.send(line)]
    }

    /// The first event that answers the pending line: its latency.
    mutating func answered(now: UInt64) -> [Action] {
        guard let current = pending, !current.answered else { return [] }
        pending?.answered = true
        return [.record(current.exchange, nanos: now &- current.sentAt)]
    }

    /// The send time stamped into a chat line by `fire`: `lt NANOS SEQ ...`.
    static func chatStamp(_ text: String?) -> UInt64? {
        guard let text, text.hasPrefix("lt ") else { return nil }
        return UInt64(text.dropFirst(3).prefix { $0 != " " })
    }
}
