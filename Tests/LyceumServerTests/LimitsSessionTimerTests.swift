import Testing
@testable import LyceumServer

private typealias Timer = SessionTimer<ContinuousClock>
private let connected = ContinuousClock.Instant.now
private func at(_ seconds: Int) -> ContinuousClock.Instant { connected.advanced(by: .seconds(seconds)) }
private let minute = 60

/// One step of a scenario: at `second` (after connecting), `event` happens and `expected` are the actions.
struct TimerStep: Sendable {
    enum Kind: Sendable { case activity, loggedIn, tick }
    var kind: Kind
    var second: Int
    var expected: [Expected]

    enum Expected: Sendable, Equatable {
        case warn(String)
        case close(String)
        case schedule(Int)  // seconds after connecting
    }
}

struct TimerScenario: CustomTestStringConvertible, Sendable {
    var name: String
    var limits = ServerLimits()
    var steps: [TimerStep]
    var testDescription: String { name }
}

private func step(_ kind: TimerStep.Kind, _ second: Int, _ expected: TimerStep.Expected...) -> TimerStep {
    TimerStep(kind: kind, second: second, expected: expected)
}

private let loginWarning = "Please log in within 1 minute, or this connection will close."
private let loginClose = "No login within 2 minutes, so the connection is closing. Connect again when you are ready."
private let idleWarning = "You have been idle for 28 minutes. Type anything within 2 minutes to stay connected."
private let idleClose = "Closing the connection after 30 minutes without activity. Goodbye!"

private let scenarios: [TimerScenario] = [
    .init(name: "no login: warn, then close", steps: [
        step(.tick, 60, .warn(loginWarning), .schedule(120)),
        step(.tick, 120, .close(loginClose)),
        step(.tick, 180),
    ]),
    .init(name: "typing does not extend the login deadline", steps: [
        step(.activity, 30),
        step(.tick, 60, .warn(loginWarning), .schedule(120)),
        step(.activity, 100),
        step(.tick, 120, .close(loginClose)),
    ]),
    .init(name: "an early tick just reschedules", steps: [
        step(.tick, 10, .schedule(60)),
        step(.tick, 90, .warn("Please log in within 30 seconds, or this connection will close."), .schedule(120)),
        step(.tick, 100, .schedule(120)),
    ]),
    .init(name: "a very late tick closes without a warning", steps: [
        step(.tick, 500, .close(loginClose)),
    ]),
    .init(name: "logging in during the warning cancels the login timeout", steps: [
        step(.tick, 60, .warn(loginWarning), .schedule(120)),
        step(.loggedIn, 90, .schedule(90 + 28 * minute)),
        step(.tick, 120, .schedule(90 + 28 * minute)),
    ]),
    .init(name: "idle: warn, then close", steps: [
        step(.loggedIn, 30, .schedule(30 + 28 * minute)),
        step(.tick, 30 + 28 * minute, .warn(idleWarning), .schedule(30 + 30 * minute)),
        step(.tick, 30 + 30 * minute, .close(idleClose)),
        step(.activity, 31 + 30 * minute),
        step(.tick, 40 + 30 * minute),
    ]),
    .init(name: "activity after the idle warning keeps the session", steps: [
        step(.loggedIn, 0, .schedule(28 * minute)),
        step(.activity, 10 * minute),
        step(.tick, 28 * minute, .schedule(38 * minute)),
        step(.tick, 38 * minute, .warn(idleWarning), .schedule(40 * minute)),
        step(.activity, 39 * minute),
        step(.tick, 40 * minute, .schedule(67 * minute)),
        step(.tick, 67 * minute, .warn(idleWarning), .schedule(69 * minute)),
        step(.tick, 69 * minute, .close(idleClose)),
    ]),
    .init(name: "custom limits", limits: ServerLimits(loginTimeout: .seconds(90), loginWarning: .seconds(30)), steps: [
        step(.tick, 60, .warn("Please log in within 30 seconds, or this connection will close."), .schedule(90)),
        step(.tick, 90, .close("No login within 1 minute 30 seconds, so the connection is closing. Connect again when you are ready.")),
    ]),
]

@Suite("Limits: SessionTimer")
struct LimitsSessionTimerTests {
    @Test func startSchedulesTheLoginWarning() {
        let timer = Timer(connectedAt: connected)
        #expect(timer.start() == [.schedule(at: at(60))])
    }

    @Test(arguments: scenarios)
    func scenario(_ scenario: TimerScenario) {
        var timer = Timer(limits: scenario.limits, connectedAt: connected)
        for step in scenario.steps {
            let event: Timer.Event = switch step.kind {
            case .activity: .activity(at(step.second))
            case .loggedIn: .loggedIn(at(step.second))
            case .tick: .tick(at(step.second))
            }
            let expected: [Timer.Action] = step.expected.map {
                switch $0 {
                case .warn(let message): .warn(message)
                case .close(let reason): .close(reason: reason)
                case .schedule(let second): .schedule(at: at(second))
                }
            }
            #expect(timer.handle(event) == expected, "\(step.kind) at \(step.second) s")
        }
    }

    @Test func closedTimerIgnoresEverything() {
        var timer = Timer(connectedAt: connected)
        _ = timer.handle(.tick(at(120)))
        #expect(timer.isClosed)
        #expect(timer.handle(.loggedIn(at(121))) == [])
        #expect(timer.handle(.tick(at(10_000))) == [])
    }
}
