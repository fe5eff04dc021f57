import Foundation
import LyceumStore
import Testing

extension LiveTests {
    /// A learner with `nc`: signing up, a whole dialogue, coming back, their own data.
    @Suite struct Learner {
        /// decimals-compare answered right first time at every step: (answer, a phrase of the step's summary).
        static let rightAnswers = [
            ("0.3 is larger", "0.3 is larger than 0.25"),
            ("tenths, and 0.3 has more tenths", "The first place after the point is tenths."),
            ("30 and 25", "0.3 is 30 small squares out of 100"),
            ("0.45, because both have 4 tenths and 0.45 has 5 more hundredths", "0.45 is larger than 0.4."),
        ]

        @Test func aNewLearnerGoesFromLoginToMasteryInOneDialogue() throws {
            // Given a fresh server and a new learner who chooses a passphrase, typed twice
            let server = try LiveServer()
            let learner = try server.connect()
            try learner.signUp("ada")

            // When they list the topics and start decimals-compare
            let topics = try learner.say("/topics", until: "decimals-compare")
            #expect(topics.contains("Dialogues you can start with /start ID:"))
            #expect(try learner.readUntil("seasons").isEmpty == false)
            try learner.startDecimals(goal: "be sure about decimals")

            // And answer every step right, going on with /next
            for (number, (answer, summary)) in Self.rightAnswers.enumerated() {
                let reply = try learner.say(answer, until: "/next")
                #expect(reply.contains(summary), "step \(number + 1): \(reply)")
                if number == 1 {
                    // Then step 3 first asks how sure they are; answering straight away is fine
                    try learner.say("/next", until: "Type a number, or just answer.")
                } else if number < 3 {
                    try learner.say("/next", until: "Step \(number + 2) of 4")
                }
            }
            try learner.say("/next", until: "Write a rule, in your own words")
            let end = try learner.say("compare the tenths first, then the hundredths", until: "(mastered)")

            // Then the dialogue is finished, the goal recalled, and a skill mastered
            #expect(end.contains("Thank you for reflecting on that."))
            #expect(end.contains("You've finished \"Comparing decimals\". Your goal was: \"be sure about decimals\"."))
            let progress = try learner.say("/progress", until: "(mastered)")
            #expect(progress.contains("4 of 4 steps done"))
            #expect(progress.contains("Tenths and hundredths (mastered)"))
            let finished = try learner.say("/topics", until: "decimals-compare")
            #expect(finished.contains("Comparing decimals (Mathematics), finished"))
        }

        @Test func aLearnerResumesOnTheSameStepAfterARestart() throws {
            // Given a learner who finished step 1 and is looking at step 2
            let server = try LiveServer()
            let learner = try server.connect()
            try learner.signUp("bea")
            try learner.startDecimals()
            try learner.say(Self.rightAnswers[0].0, until: "/next")
            try learner.say("/next", until: "Step 2 of 4: Look at the first digit")

            // When the server is stopped (SIGTERM)
            let status = try server.stop()

            // Then the learner is told, the connection closes, and the server exits cleanly
            #expect(try learner.readUntilClosed().contains("The server is shutting down for now."))
            #expect(status == 0)

            // When it starts again on the same data and the learner logs in
            try server.start()
            let again = try server.connect()
            let welcome = try again.logIn("bea", until: "Step 2 of 4: Look at the first digit")

            // Then they are welcomed back on step 2, with its question shown again
            #expect(welcome.contains("Welcome back, bea. You were on step 2 of 4 of \"Comparing decimals\""))
            let reply = try again.say(Self.rightAnswers[1].0, until: "/next")
            #expect(reply.contains(Self.rightAnswers[1].1))
        }

        @Test func aSecondLoginTakesOverTheFirstConnection() throws {
            // Given a learner logged in on one connection
            let server = try LiveServer()
            let first = try server.connect()
            try first.signUp("dan")

            // When the same name logs in on a second connection
            let second = try server.connect()
            try second.logIn("dan")

            // Then the first is told why, and closed
            let goodbye = try first.readUntilClosed()
            #expect(goodbye.contains("You logged in from another connection, so this one is closing."))

            // And the second works
            #expect(try second.say("/topics", until: "decimals-compare").contains("Dialogues you can start"))
        }

        @Test func exportHasTheAnswersButNeverTheHashAndForgetDeletesAfterConfirming() throws {
            // Given a learner who answered a question
            let server = try LiveServer()
            let learner = try server.connect()
            try learner.signUp("eve")
            try learner.startDecimals()
            try learner.say("0.3 is larger", until: "/next")

            // When they export their data
            let export = try learner.say("/export", until: "End of your data.")

            // Then every record is a JSON object, the answer is there, and the passphrase hash is not
            let records = try export.split(separator: "\r\n").filter { $0.hasPrefix("{") }.map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "\(line)")
            }
            #expect(records.contains { $0["type"] as? String == "turn" && $0["input"] as? String == "0.3 is larger" })
            let account = try #require(records.first { $0["type"] as? String == "account" })
            #expect(account["name"] as? String == "eve")
            #expect(!account.keys.contains { $0.lowercased().contains("passphrase") || $0.lowercased().contains("hash") })
            let hash = try #require(try server.database().account(named: "eve")).passphraseHash
            #expect(!export.contains(hash))
            #expect(!export.contains(LiveClient.passphrase))
            #expect(!server.log.contains(LiveClient.passphrase), "the server log shows the passphrase")

            // When they ask to forget, then type anything but the confirmation
            try learner.say("/forget", until: "Anything else cancels.")
            let cancelled = try learner.say("no, keep it", until: "Cancelled")

            // Then nothing is deleted
            #expect(cancelled.contains("Cancelled: nothing was deleted."))
            #expect(try server.database().account(named: "eve") != nil)

            // When they confirm with `forget NAME`
            try learner.say("/forget", until: "To confirm, type: forget eve")
            try learner.readUntil("Anything else cancels.")
            try learner.send("forget eve")

            // Then the account is gone and the connection closes
            #expect(try learner.readUntilClosed().contains("Your account and all your data have been deleted."))
            #expect(try server.database().account(named: "eve") == nil)

            // And logging in as eve again starts a new account
            let newcomer = try server.connect()
            #expect(try newcomer.say("/login eve", until: "Choose a passphrase").contains("You're new here"))
        }

        @Test func jsonModeSendsOneObjectWithATypePerLineIncludingVerdicts() throws {
            // Given a connection switched to JSON Lines
            let server = try LiveServer()
            let client = try server.connect()
            var received = try client.say("/mode json", until: "Output mode: json.")

            // When a new learner signs up, starts a dialogue and answers twice
            received += try client.say("/login fay", until: #""field":"new-passphrase""#)
            received += try client.say(LiveClient.passphrase, until: #""field":"confirm-passphrase""#)
            received += try client.say(LiveClient.passphrase, until: "Your account fay is ready.")
            received += try client.say("/topics", until: #""type":"topics""#)
            received += try client.say("/start decimals-compare", until: #""move":"goal-request""#)
            received += try client.say("", until: #""move":"question""#)
            received += try client.say("0.25 because it has more digits", until: #""move":"remediation""#)
            received += try client.say("0.3 is larger", until: #""move":"transition""#)
            received += try client.say("/quit", until: #""type":"goodbye""#)
            received += try client.readUntilClosed()

            // Then every line is one JSON object with a type
            let objects = try received.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            }
            let types = objects.map { $0["type"] as? String }
            #expect(!types.contains(nil))
            #expect(Set(types.compactMap { $0 }).isSuperset(of: ["system", "ask", "topics", "tutor", "verdict", "goodbye"]))

            // And the answers got verdicts: a misconception, then correct
            let verdicts = objects.filter { $0["type"] as? String == "verdict" }
            #expect(verdicts.map { $0["verdict"] as? String } == ["misconception", "correct"])
            #expect(verdicts.first?["misconception"] as? String == "longer-is-larger")
            #expect(verdicts.last?["expectations"] as? [String] == ["point-three"])
        }

        @Test func aRightResultOnAnUnknownReasonIsQuestionedThenCreditedForAKnownOne() throws {
            // Given a learner in JSON mode on the first question of falling-objects
            let server = try LiveServer()
            let client = try server.connect()
            try client.startInJSONMode("hal", dialogue: "falling-objects")

            // When the right result comes with a reason no step teaches
            let doubted = try client.say("they land together because they are both round balls", until: #""move":"pump""#)

            // Then the tutor quotes the reason and asks about it, with no praise; the verdict says what it held back
            #expect(doubted.contains(#""verdict":"vague""#))
            #expect(doubted.contains(#""held":["same-time"]"#))
            #expect(doubted.contains(#""doubted":"they are both round balls""#))
            #expect(doubted.contains("they are both round balls\\\""))
            #expect(!doubted.contains("positive-feedback"))

            // And a reason the dialogue teaches earns the held result
            let reason = try client.say("because without air everything falls with the same acceleration",
                                        until: #""move":"transition""#)
            #expect(reason.contains(#""verdict":"correct""#))
            #expect(reason.contains("positive-feedback"))
        }

        @Test func aWrongAnswerThatReusesTheRightWordsIsNeverPraised() throws {
            // Given a learner in JSON mode on the first question of seasons
            let server = try LiveServer()
            let client = try server.connect()
            try client.startInJSONMode("gus", dialogue: "seasons")

            // When the answer reuses the right word in a wrong claim
            let wrong = try client.say("the sun is tilted", until: #""move":"pump""#)

            // Then the tutor asks for the idea, with no praise, and the verdict says why
            #expect(wrong.contains(#""verdict":"vague""#))
            #expect(wrong.contains(#""named":["tilt"]"#))
            #expect(wrong.contains("what is tilted"))
            #expect(!wrong.contains("positive-feedback"))

            // And the idea itself, stated, is praised
            let right = try client.say("the earth's axis is tilted, so our half leans toward the sun", until: #""move":"transition""#)
            #expect(right.contains(#""verdict":"correct""#))
            #expect(right.contains("positive-feedback"))
        }
    }
}
