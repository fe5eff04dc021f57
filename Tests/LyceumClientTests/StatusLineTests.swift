import LyceumClient
import Testing

@Suite struct StatusLineTests {
    static func line(_ status: ClientEvent.Status = .init(), connection: StatusLine.Connection = .connected,
                     name: String? = "ana") -> StatusLine {
        var line = StatusLine(address: "127.0.0.1:4242")
        line.connection = connection
        line.name = name
        line.status = status
        return line
    }

    static let seasons = ClientEvent.Status(dialogue: "seasons", title: "Why seasons?", step: 2, steps: 5,
                                            mastery: [.init(skill: "tilt", p: 0.42)], room: "r3", phase: "think", role: .learner)

    static let longTitle = {
        var status = seasons
        status.title = "Why do we have seasons?"
        return status
    }()

    static let cases: [(StatusLine, Int, String)] = [
        (line(connection: .connecting, name: nil), 80, " connecting to 127.0.0.1:4242… "),
        (line(connection: .connected, name: nil), 80, " not logged in "),
        (line(connection: .reconnecting(seconds: 4)), 80, " offline: reconnecting in 4s… · ana "),
        (line(seasons), 100, " ana (learner) · Why seasons? · step 2/5 · room r3: think · tilt ████░░░░░░ 42% "),
        (line(seasons), 50, " ana (learner) · Why seasons? · step 2/5 "),
        (line(longTitle), 80, " ana (learner) · Why do we h… · step 2/5 · room r3: think · tilt ████░░░░░░ 42% "),
        (line(.init(dialogue: "seasons", step: 1)), 80, " ana · seasons · step 1 "),
        (line(name: "a-very-long-name-indeed"), 12, " a-very-lo… "),
    ]

    @Test(arguments: cases)
    func shows(_ line: StatusLine, _ width: Int, _ expected: String) {
        #expect(line.text(width: width) == expected)
    }

    static let bars: [(Double, String)] = [
        (0, "░░░░░░░░░░ 0%"),
        (0.42, "████░░░░░░ 42%"),
        (0.96, "██████████ 96%"),
        (1.7, "██████████ 100%"),
        (-1, "░░░░░░░░░░ 0%"),
        (.nan, "░░░░░░░░░░ 0%"),
    ]

    @Test(arguments: bars)
    func masteryBar(_ p: Double, _ expected: String) {
        #expect(StatusLine.bar(p) == expected)
    }
}
