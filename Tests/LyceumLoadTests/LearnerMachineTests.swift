import Testing
@testable import LyceumLoad

@Suite struct LearnerMachineTests {
    static let second: UInt64 = 1_000_000_000

    static func plan(_ behaviour: LearnerMachine.Plan.Behaviour, mix: AnswerMix = .standard) -> LearnerMachine.Plan {
        .init(name: "load00001", passphrase: "pass-word", behaviour: behaviour, mix: mix,
              thinkNanos: 5 * second, chatNanos: second, seed: 3)
    }

    static func event(_ json: String) -> LearnerMachine.Input { .line(ServerLine(parsing: json)) }

    /// Logs in: welcome, /mode json, /login, passphrase, status; returns the actions after the login.
    static func logIn(_ machine: inout LearnerMachine) -> [LearnerMachine.Action] {
        #expect(machine.handle(.line(nil), now: 0) == [.send("/mode json")])
        #expect(machine.handle(event(#"{"type":"system","text":"Output mode: json."}"#), now: 1000)
                == [.record(.mode, nanos: 1000), .send("/login load00001")])
        #expect(machine.handle(event(#"{"type":"ask","field":"passphrase","text":"?"}"#), now: 2000)
                == [.record(.loginName, nanos: 1000), .send("pass-word")])
        _ = machine.handle(event(#"{"type":"system","text":"Welcome back"}"#), now: 2500)
        return machine.handle(event(#"{"type":"status","step":null,"room":null,"phase":null}"#), now: 3000)
    }

    @Test func anAnsweringLearnerLogsInGoesSoloStartsAndAnswersAfterTheThinkTime() {
        // Given a learner who answers only correctly
        var machine = LearnerMachine(plan: Self.plan(.answering, mix: AnswerMix([.correct: 1])))
        // When it logs in
        #expect(Self.logIn(&machine) == [.record(.login, nanos: 1000), .count("logged-in"), .send("/solo")])
        #expect(machine.handle(Self.event(#"{"type":"system","text":"You work alone"}"#), now: 4000)
                == [.record(.grouping, nanos: 1000), .send("/start decimals-compare")])
        // Then the start's reply (a goal request) is answered with an empty line after the think time
        #expect(machine.handle(Self.event(#"{"type":"tutor","move":"dialogue-start","text":"x"}"#), now: 6000)
                == [.record(.start, nanos: 2000)])
        _ = machine.handle(Self.event(#"{"type":"tutor","move":"goal-request","text":"x"}"#), now: 6100)
        #expect(machine.handle(Self.event(#"{"type":"status","step":1}"#), now: 7000)
                == [.schedule(afterNanos: 5 * Self.second - 3000)])
        #expect(machine.handle(.timer, now: 5 * Self.second + 4000) == [.send("")])
        // And the question is answered with a correct answer for step 1
        _ = machine.handle(Self.event(#"{"type":"tutor","move":"question","text":"x"}"#), now: 5 * Self.second + 5000)
        _ = machine.handle(Self.event(#"{"type":"status","step":1}"#), now: 5 * Self.second + 6000)
        let sent = machine.handle(.timer, now: 10 * Self.second + 4000)
        guard case .send(let answer) = sent.first else { Issue.record("no answer sent"); return }
        #expect(DialogueScript.decimals.steps[0][.correct]?.contains(answer) == true)
        // A completed step (a transition) is followed by /next, and its latency is that of a correct answer
        #expect(machine.handle(Self.event(#"{"type":"verdict","verdict":"correct"}"#), now: 10 * Self.second + 5000) == [])
        #expect(machine.handle(Self.event(#"{"type":"tutor","move":"transition","text":"x"}"#), now: 10 * Self.second + 9000)
                == [.record(.answer(.correct), nanos: 5000)])
        _ = machine.handle(Self.event(#"{"type":"status","step":1}"#), now: 10 * Self.second + 9500)
        #expect(machine.handle(.timer, now: 15 * Self.second + 4000) == [.send("/next")])
    }

    @Test func theEndOfTheDialogueAsksForAReflectionThenStartsAgain() {
        var machine = LearnerMachine(plan: Self.plan(.answering))
        _ = Self.logIn(&machine)
        _ = machine.handle(Self.event(#"{"type":"system","text":"alone"}"#), now: 4000)
        _ = machine.handle(Self.event(#"{"type":"tutor","move":"reflection-request","text":"x"}"#), now: 5000)
        _ = machine.handle(Self.event(#"{"type":"status","step":4}"#), now: 5000)
        #expect(machine.handle(.timer, now: 6 * Self.second) == [.send(DialogueScript.decimals.reflection)])
        _ = machine.handle(Self.event(#"{"type":"tutor","move":"dialogue-complete","text":"x"}"#), now: 6 * Self.second + 10)
        _ = machine.handle(Self.event(#"{"type":"status","step":4}"#), now: 6 * Self.second + 20)
        #expect(machine.handle(.timer, now: 11 * Self.second) == [.send("/start decimals-compare")])
    }

    @Test func aRoomLearnerWaitsAtTheCheckpointAnswersTheThinkQuestionThenChats() {
        var machine = LearnerMachine(plan: Self.plan(.room))
        #expect(Self.logIn(&machine).last == .send("/group"))
        _ = machine.handle(Self.event(#"{"type":"system","text":"Group discussions are on"}"#), now: 4000)
        // Completing the checkpoint step: told to wait, so it sends nothing more
        _ = machine.handle(Self.event(#"{"type":"tutor","move":"checkpoint","text":"x"}"#), now: 5000)
        _ = machine.handle(Self.event(#"{"type":"system","text":"You're waiting for others who reach this checkpoint"}"#), now: 5000)
        #expect(machine.handle(Self.event(#"{"type":"status","step":3,"room":null}"#), now: 5000) == [])
        #expect(machine.stage == .waitingForRoom)
        // When the room forms, it answers the Think question after a short pause
        let entered = machine.handle(Self.event(#"{"type":"status","step":3,"room":"r1","phase":"think"}"#), now: 6000)
        #expect(entered.first == .count("in-room"))
        #expect(machine.handle(.timer, now: 7000) == [.send(DialogueScript.decimals.thinkAnswer)])
        // In Discuss it chats, each line stamped with its send time
        _ = machine.handle(Self.event(#"{"type":"status","step":3,"room":"r1","phase":"discuss"}"#), now: 8000)
        #expect(machine.stage == .discussing)
        let chat = machine.handle(.timer, now: 9000)
        #expect(chat.first == .send("lt 9000 1 is 0.30 the same as 0.3?"))
        #expect(chat.last == .schedule(afterNanos: Self.second))
        // Another member's line is a delivery; its own echo is not
        #expect(machine.handle(Self.event(#"{"type":"chat","room":"r1","from":"load00002","role":"learner","kind":"say","text":"lt 8500 3 x"}"#), now: 9500)
                == [.record(.chatDelivery, nanos: 1000)])
        #expect(machine.handle(Self.event(#"{"type":"chat","room":"r1","from":"load00001","role":"learner","kind":"say","text":"lt 9000 1 x"}"#), now: 9600) == [])
    }

    @Test func anIdleLearnerLogsInAndStaysSilent() {
        var machine = LearnerMachine(plan: Self.plan(.idle))
        #expect(Self.logIn(&machine) == [.record(.login, nanos: 1000), .count("logged-in")])
        #expect(machine.stage == .idle)
        #expect(machine.handle(.timer, now: 10 * Self.second) == [])
    }

    @Test func aNewAccountTypesItsPassphraseTwice() {
        var machine = LearnerMachine(plan: Self.plan(.idle))
        _ = machine.handle(.line(nil), now: 0)
        _ = machine.handle(Self.event(#"{"type":"system","text":"Output mode: json."}"#), now: 1)
        #expect(machine.handle(Self.event(#"{"type":"ask","field":"new-passphrase","text":"?"}"#), now: 2).last == .send("pass-word"))
        #expect(machine.handle(Self.event(#"{"type":"ask","field":"confirm-passphrase","text":"?"}"#), now: 3) == [.send("pass-word")])
        #expect(machine.handle(Self.event(#"{"type":"system","text":"Your account load00001 is ready."}"#), now: 10)
                == [.record(.login, nanos: 8), .count("logged-in")])
    }

    @Test func errorsAndGoodbyesAreCounted() {
        var machine = LearnerMachine(plan: Self.plan(.idle))
        _ = machine.handle(.line(nil), now: 0)
        _ = machine.handle(Self.event(#"{"type":"system","text":"Output mode: json."}"#), now: 1)
        #expect(machine.handle(Self.event(#"{"type":"error","code":"throttled","text":"x"}"#), now: 2) == [.count("error.throttled"), .close])
        var other = LearnerMachine(plan: Self.plan(.idle))
        #expect(other.handle(Self.event(#"{"type":"goodbye","text":"bye"}"#), now: 2) == [.count("goodbye")])
        #expect(other.stage == .done)
    }
}
