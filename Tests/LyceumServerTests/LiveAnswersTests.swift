import Foundation
import Testing

extension LiveTests {
    /// `lyceum answers` on the database a real server wrote: what an author sees of learners' answers.
    @Suite struct Answers {
        @Test func anAuthorSeesTheAnswersGroupedWithoutNamesOrCommands() throws {
            // Given two learners who gave the same answer in different ways, one naming the other,
            // among commands and a goal, on a real server that is then stopped
            let server = try LiveServer()
            let ana = try server.connect(), ben = try server.connect()
            try ana.signUp("ana42")
            try ben.signUp("ben42")
            try ana.startDecimals()
            try ben.startDecimals()
            try ana.send("0.25 because it has more digits")
            try ana.say("/progress", until: "steps done")
            try ben.send("0.25 because it has MORE   digits.")
            try ben.say("/progress", until: "steps done")
            try ana.say("0.3 is larger", until: "/next")
            try ben.send("ana42 told me 0.3 is larger")
            try ben.say("/progress", until: "steps done")
            _ = try server.stop()

            // When the author lists the answers
            let listing = try server.command(["answers", "--data", server.dataDirectory.path])
            // Then the two alike are one group, first, with the tutor's verdict; no name, command or goal is shown
            #expect(listing.status == 0)
            let lines = listing.output.split(separator: "\n").map(String.init)
            #expect(lines.first?.hasPrefix("count  dialogue") == true)
            #expect(lines.dropFirst().first
                    == "    2  decimals-compare  which-larger  misconception longer-is-larger  0.25 because it has more digits")
            #expect(listing.output.contains("  0.3 is larger\n"))
            #expect(listing.output.contains("[name] told me 0.3 is larger"))
            for hidden in ["ana42", "ben42", "/progress", "/start", "/goal", "understand decimals"] {
                #expect(!listing.output.contains(hidden), "\(hidden) in:\n\(listing.output)")
            }

            // And as tests: examples to paste, with how often each was seen
            let tests = try server.command(["answers", "--data", server.dataDirectory.path, "--tests", "--limit", "1"])
            #expect(tests.output == """
                # From `lyceum answers --tests`: the verdicts the tutor gave. Correct them, then paste under `examples:`.
                # dialogue: decimals-compare
                  # seen 2 times
                  - {step: which-larger, answer: "0.25 because it has more digits", verdict: misconception, misconception: longer-is-larger}

                """)

            // And an unknown dialogue lists nothing but says so; a bad date is refused with the format expected
            let unknown = try server.command(["answers", "--data", server.dataDirectory.path, "--dialogue", "nope"])
            #expect(unknown.status == 0)
            #expect(unknown.output == "No stored answers for dialogue 'nope'.\n")
            let badDate = try server.command(["answers", "--data", server.dataDirectory.path, "--since", "29/11/2026"])
            #expect(badDate.status != 0)
            #expect(badDate.errors.contains("--since '29/11/2026' is not a date; expected YYYY-MM-DD"))
            let badVerdict = try server.command(["answers", "--data", server.dataDirectory.path, "--verdict", "wrong"])
            #expect(badVerdict.status != 0)
            #expect(badVerdict.errors.contains("correct, partial, misconception, dont-know, unrecognized, vague"))
        }
    }
}

extension LiveServer {
    /// Runs `lyceum ARGUMENTS` to its end: its exit status, standard output and standard error.
    func command(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Both are short; standard error is read once standard output has ended.
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
