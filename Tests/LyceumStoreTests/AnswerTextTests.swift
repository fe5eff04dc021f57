import Foundation
@testable import LyceumStore
import Testing

@Suite struct AnswerTextTests {
    @Test(arguments: [
        ("the tilt", "the tilt"),
        ("The Tilt", "the tilt"),
        ("  the   tilt  ", "the tilt"),
        ("the\ttilt\nof the axis", "the tilt of the axis"),
        ("the tilt.", "the tilt"),
        ("the tilt?!", "the tilt"),
        ("the tilt ...", "the tilt"),
        ("the tilt, ", "the tilt"),
        ("the tilt…", "the tilt"),
        ("5/6.", "5/6"),
        ("0.3", "0.3"),
        ("it's 0.25.", "it's 0.25"),
        ("(1/2)", "(1/2)"),
        ("\"the tilt\"", "\"the tilt\""),
        ("maybe? the tilt", "maybe? the tilt"),
        ("ÉNERGIE", "énergie"),
        ("?!.", ""),
        ("", ""),
        ("   ", ""),
    ])
    func normalized(_ typed: String, _ expected: String) {
        #expect(AnswerText.normalized(typed) == expected)
    }

    @Test(arguments: [
        ("alice thinks it's the tilt", "[name] thinks it's the tilt"),
        ("ask ALICE", "ask [name]"),
        ("alice's idea", "[name]'s idea"),
        ("malice is not alice-like", "malice is not alice-like"),
        ("bob-7 and alice", "[name] and [name]"),
        ("bob", "bob"),
        ("the tilt", "the tilt"),
    ])
    func redacting(_ typed: String, _ expected: String) {
        #expect(AnswerText.redacting(["alice", "bob-7"], in: typed) == expected)
    }

    @Test(arguments: [
        ("2026-11-29", "2026-11-29T00:00:00.000Z"),
        ("2026-11-29T14:30:00Z", "2026-11-29T14:30:00.000Z"),
        ("2026-11-29T14:30Z", "2026-11-29T14:30:00.000Z"),
        ("2026-11-29T14:30:00", "2026-11-29T14:30:00.000Z"),
        ("2026-11-29 14:30:00", "2026-11-29T14:30:00.000Z"),
        ("2026-11-29T14:30:00.250Z", "2026-11-29T14:30:00.250Z"),
        ("2026-11-29T14:30:00+02:00", "2026-11-29T12:30:00.000Z"),
        ("2026-11-29T14:30:00-0130", "2026-11-29T16:00:00.000Z"),
        ("2024-02-29", "2024-02-29T00:00:00.000Z"),
    ])
    func datesAccepted(_ text: String, _ expected: String) throws {
        let date = try #require(AnswerFilter.date(from: text))
        let format = ISO8601DateFormatter()
        format.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        #expect(format.string(from: date) == expected)
    }

    @Test(arguments: [
        "yesterday", "29/11/2026", "2026-11", "2026-13-01", "2026-02-30", "2025-02-29", "2026-11-29T25:00:00Z",
        "2026-11-29T14:61:00Z", "2026-11-29T14:30:00+25:00", "2026-11-29Z", " 2026-11-29", "2026-11-29T", "",
    ])
    func datesRefused(_ text: String) {
        #expect(AnswerFilter.date(from: text) == nil)
    }
}
