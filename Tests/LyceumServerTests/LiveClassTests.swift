import Foundation
import LyceumCore
import LyceumStore
import Testing

extension LiveTests {
    /// Classes over real sockets: a teacher creates one, a learner joins it with its code.
    @Suite struct Classes {
        @Test func aTeacherCreatesAClassAndALearnerJoinsItWithTheCode() throws {
            // Given a teacher and a learner
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            let teacher = try server.connect(), ana = try server.connect()
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try ana.signUp("ana")

            // When the teacher creates a class
            let created = try teacher.say("/class new 7B Science", until: "Learners join it with: /join-class ")
            #expect(created.contains("Class 7b-science (\"7B Science\") is ready, with you as its teacher."))
            let code = try #require(created.components(separatedBy: "/join-class ").last?.prefix(6)).description
            #expect(code.count == 6)

            // Then the learner joins it, typing the code in lower case with a space
            let lower = code.lowercased()
            let typed = lower.prefix(3) + " " + lower.dropFirst(3)
            let joined = try ana.say("/join-class \(typed)", until: "You joined class 7b-science")
            #expect(joined.contains("Its teachers can now follow your progress."))
            // And joining again changes nothing
            _ = try ana.say("/join-class \(code)", until: "You are already in class 7b-science")
            // And both see the class in /classes: the teacher with its code and one learner
            let mine = try teacher.say("/classes", until: "teacher: ms-k")
            #expect(mine.contains("7b-science  \"7B Science\"  code \(code)  1 learner, 0 tutors"))
            let hers = try ana.say("/classes", until: "teacher: ms-k")
            #expect(hers.contains("7b-science  \"7B Science\""))
            #expect(!hers.contains(code))
            // And it is stored
            let members = try server.database().classMembers("7b-science")
            #expect(members.map(\.name) == ["ana", "ms-k"])
            #expect(members.map(\.role) == [.learner, .teacher])
        }

        @Test func aWrongCodeOrAMissingTitleIsAClearRefusalAndChangesNothing() throws {
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            let teacher = try server.connect(), ana = try server.connect()
            try teacher.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try ana.signUp("ana")

            _ = try ana.say("/join-class QQQQQQ", until: "No class has the code QQQQQQ. Check it with your teacher; nothing was changed.")
            _ = try ana.say("/join-class 12", until: "12 is not a class code: a code has 6 letters and digits")
            _ = try ana.say("/classes", until: "You are in no class yet. Join yours with /join-class CODE")
            _ = try teacher.say("/class new", until: "Usage: /class new TITLE")
            _ = try teacher.say("/class rename x", until: "Usage: /class new TITLE")
            _ = try teacher.say("/classes", until: "You are in no class yet. Create one with /class new TITLE.")
            // A learner cannot create a class, and a teacher does not join one by code
            _ = try ana.say("/class new Mine", until: "teacher")
            _ = try teacher.say("/join-class QQQQQQ", until: "learner")
            #expect(try server.database().classSummaries().isEmpty)
        }

        /// Two classes on one server: each teacher sees, watches, coaches, groups, announces to and
        /// hears alerts about only the learners of their own class; the admin sees the whole school.
        @Test func aTeacherOverseesOnlyTheLearnersOfTheirClassesAndAnAdminTheWholeSchool() throws {
            // Given ms-k teaching ana and ben in 7B, mr-o teaching cy in 8C, and an admin
            let server = try LiveServer()
            try server.addAccount("ms-k", role: .teacher)
            try server.addAccount("mr-o", role: .teacher)
            try server.addAccount("head", role: .admin)
            try server.addAccount("sam", role: .tutor)
            let ana = try server.connect(), ben = try server.connect(), cy = try server.connect(), dee = try server.connect()
            for (client, name) in [(ana, "ana"), (ben, "ben"), (cy, "cy"), (dee, "dee")] {
                try client.signUp(name)
                try client.startDecimals()
            }
            try server.addClass("7B", ["ms-k", "ana", "ben"])
            try server.addClass("8C", ["mr-o", "cy", "sam"])
            let msK = try server.connect(), mrO = try server.connect(), head = try server.connect(), sam = try server.connect()
            try msK.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try mrO.logIn("mr-o", until: "Logged in as mr-o (teacher)")
            try head.logIn("head", until: "Logged in as head (admin)")
            try sam.logIn("sam", until: "Logged in as sam (tutor)")

            // The dashboard lists only the teacher's learners; the admin's lists everyone
            let kLines = try msK.say("/dashboard", until: "* Dashboard: 2 learners, 2 online") + (try msK.readUntil("ben  online"))
            #expect(!kLines.contains("cy ") && !kLines.contains("dee"))
            _ = try mrO.say("/dashboard", until: "* Dashboard: 1 learner, 1 online")
            _ = try head.say("/dashboard", until: "* Dashboard: 4 learners, 4 online")

            // Another class's learner is refused as if they did not exist
            _ = try msK.say("/watch cy", until: "There is no learner called cy.")
            _ = try msK.say("/coach cy hello", until: "cy is not an online learner")
            _ = try msK.say("/group ana cy", until: "cy is not an online learner")
            _ = try msK.say("/watch dee", until: "There is no learner called dee.")
            // while the admin may watch anyone
            _ = try head.say("/watch dee", until: "Watching dee")

            // A room of another class is not there for ms-k
            try server.addClass("8C extra", ["mr-o", "dee"])
            _ = try mrO.say("/group cy dee", until: "Room r1 formed")
            let rooms = try msK.say("/rooms", until: "No rooms are open.")
            #expect(!rooms.contains("r1"))
            _ = try msK.say("/join r1", until: "There is no open room r1. No rooms are open.")
            _ = try msK.say("/assign sam r1", until: "There is no open room r1")
            _ = try head.say("/rooms", until: "r1  decimals-compare/hundred-grid")

            // An announcement outside a room reaches only the teacher's own learners
            _ = try msK.say("/announce Ten minutes left", until: "Announced to 2 other users online.")
            _ = try ana.readUntil("[announcement] ms-k (teacher): Ten minutes left")
            let cySaw = try cy.say("/who", until: "dee")
            #expect(!cySaw.contains("Ten minutes left"))

            // A tutor's flag about cy reaches mr-o and the admin, not ms-k; /alerts agrees
            _ = try mrO.say("/assign sam r1", until: "sam moderates room r1.")
            _ = try sam.say("/flag cy shouting", until: "Your flag about cy went to the teachers.")
            _ = try mrO.readUntil("* ALERT: Tutor sam flagged cy in room r1: shouting")
            _ = try head.readUntil("* ALERT: Tutor sam flagged cy in room r1: shouting")
            let kAlerts = try msK.say("/alerts", until: "Nothing needs your attention now.")
            #expect(!kAlerts.contains("shouting"))
            _ = try mrO.say("/alerts", until: "flagged: cy by tutor sam in room r1: shouting")
            try server.stop()

            // And the audit names exactly the learners each view showed: ms-k never saw cy or dee
            let audit = try server.run(["audit", "--data", server.dataDirectory.path])
            #expect(audit.contains("ms-k viewed ana  (dashboard)"))
            #expect(!audit.contains("ms-k viewed cy") && !audit.contains("ms-k viewed dee"))
            #expect(audit.contains("mr-o viewed cy  (alerts)"))
            #expect(audit.contains("head viewed dee  (watch)"))
            let msKAlerts = audit.split(separator: "\n").filter { $0.contains("ms-k viewed") && $0.contains("(alerts)") }
            #expect(msKAlerts.isEmpty, "\(msKAlerts)")
        }

        @Test func aClassReportHasARowPerLearnerAndSkillForAGradebook() throws {
            // Given a class with one learner who answered the first decimals question, and one who started nothing
            let server = try LiveServer()
            let ana = try server.connect(), ben = try server.connect()
            try ana.signUp("ana")
            try ben.signUp("ben")
            try ana.startDecimals()
            try ana.say("0.3 is larger", until: "/next")
            try server.addClass("7B, Science", ["ana", "ben"])
            try server.stop()
            // When the teacher exports the class as CSV
            let csv = try server.run(["report", "--class", "7b-science", "--data", server.dataDirectory.path])
            let lines = csv.split(separator: "\r\n").map(String.init)
            // Then each skill of the started dialogue is a row, titles quoted when they hold a comma, and ben is listed too
            #expect(lines.first == "class,learner,dialogue,skill,skill_title,mastery,mastered,steps_done,steps,status,last_active")
            #expect(lines.contains { $0.hasPrefix("7b-science,ana,decimals-compare,compare-decimals,Comparing decimals by place value,") && $0.contains(",1,4,in-progress,") })
            #expect(lines.contains { $0.hasPrefix("7b-science,ana,decimals-compare,place-value,Tenths and hundredths,") })
            #expect(lines.contains("7b-science,ben,,,,,no,0,0,not-started,"))
            #expect(lines.count == 4)
            // And as JSON, with numbers as numbers
            let json = try server.run(["report", "--class", "7b-science", "--format", "json", "--data", server.dataDirectory.path])
            let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
            #expect(rows.count == 3)
            #expect(rows.first?["mastery"] is Double)
            #expect(rows.last?["status"] as? String == "not-started")
        }

        /// Rooms form within a class by default, and across the school with `rooms.scope: school`.
        @Test(arguments: [("", false), ("  scope: school\n", true)])
        func learnersOfTwoClassesMeetInARoomOnlyWhenRoomsAreSchoolWide(scope: String, together: Bool) throws {
            let server = try LiveServer(config: "rooms:\n  target_size: 2\n  min_size: 2\n  gather_seconds: 0\n" + scope)
            try server.addAccount("ana", role: .learner)
            try server.addAccount("ben", role: .learner)
            try server.addClass("7B", ["ana"])
            try server.addClass("8C", ["ben"])
            let ana = try server.connect(), ben = try server.connect()
            for (client, name) in [(ana, "ana"), (ben, "ben")] {
                try client.logIn(name, until: "Welcome back")
                try client.answerToCheckpoint()
            }
            if together {
                try ana.readUntil("Discussion room r1")
            } else {
                // Each waits for a partner of their own class; neither is put in a room
                let waiting = try ben.readUntil("You're waiting for others who reach this checkpoint")
                #expect(!waiting.contains("Discussion room"))
                try ana.say("/progress", until: "steps done")
                #expect(try server.database().openRooms().isEmpty)
            }
        }

        @Test func aRosterImportGivesOneTimePassphrasesThatLeadToTheLearnersOwn() throws {
            // Given a roster file for one class
            let server = try LiveServer()
            let file = server.dataDirectory.deletingLastPathComponent().appendingPathComponent("roster.csv")
            try Data("class,name,role\n7B Science,ms-k,teacher\n7B Science,ana,learner\n".utf8).write(to: file)
            // When it is imported, each new account's one-time passphrase is printed once
            let printed = try server.run(["classes", "import", file.path, "--data", server.dataDirectory.path])
            #expect(printed.contains("Classes: 1 created (7b-science), 0 already there. Accounts: 2 created, 0 already there."))
            let line = try #require(printed.split(separator: "\n").first { $0.contains(" ana ") })
            let oneTime = try #require(line.split(separator: " ").last.map(String.init))
            #expect(!printed.contains("hash"))
            // And importing again changes nothing
            let again = try server.run(["classes", "import", file.path, "--data", server.dataDirectory.path])
            #expect(again.contains("Accounts: 0 created, 2 already there. Memberships: 0 added, 2 already there."))
            // Then ana logs in with it, chooses her own, and is in the class
            let ana = try server.connect()
            _ = try ana.logIn("ana", passphrase: oneTime, until: "That was a one-time passphrase, so choose your own now")
            _ = try ana.say(LiveClient.passphrase, until: "Type the same passphrase again:")
            _ = try ana.say(LiveClient.passphrase, until: "Your new passphrase is saved")
            _ = try ana.say("/classes", until: "7b-science  \"7B Science\"  teacher: ms-k")
        }

        @Test func aLearnerTooLongOnAStepIsPushedToTheirTeacherOnly() throws {
            // Given stuck after a fraction of a minute, checked every second
            let server = try LiveServer(config: "teaching:\n  stuck_minutes: 0.02\n  stuck_check_seconds: 1\n")
            try server.addAccount("ms-k", role: .teacher)
            try server.addAccount("mr-o", role: .teacher)
            let ana = try server.connect()
            try ana.signUp("ana")
            try server.addClass("7B", ["ms-k", "ana"])
            try server.addClass("8C", ["mr-o"])
            let msK = try server.connect(), mrO = try server.connect()
            try msK.logIn("ms-k", until: "Logged in as ms-k (teacher)")
            try mrO.logIn("mr-o", until: "Logged in as mr-o (teacher)")
            // When ana sits on the first question without answering
            try ana.startDecimals()
            // Then her teacher is alerted without anyone asking, once
            let alert = try msK.readUntil("* ALERT: ana seems stuck in decimals-compare:")
            #expect(!alert.isEmpty)
            // and the other class's teacher hears nothing of it
            let other = try mrO.say("/alerts", until: "Nothing needs your attention now.")
            #expect(!other.contains("ana"))
        }
    }
}
