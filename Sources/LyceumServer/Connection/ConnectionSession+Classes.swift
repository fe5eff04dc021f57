import LyceumCore
import LyceumStore

/// Classes: a teacher creates one and hands out its join code; a learner joins with it.
extension ConnectionSession {
    /// `/class new TITLE`.
    func newClass(_ command: ParsedCommand) -> Reply {
        guard let account else { return refuse("not-logged-in", "Log in first: /login NAME.") }
        guard command.words.first?.lowercased() == "new", !command.rest.isEmpty else {
            return refuse("usage", "Usage: /class new TITLE, for example: /class new 7B Science")
        }
        do {
            let created = try services.database.createClass(title: command.rest, teacher: account, now: services.clock())
            logger.info("class created", metadata: ["class": "\(created.id)"])
            return Reply(events: [.system("""
                Class \(created.id) ("\(created.title)") is ready, with you as its teacher.
                Learners join it with: /join-class \(created.code)
                """)])
        } catch let error as StoreError {
            return refuse("bad-class", error.description)
        } catch {
            logger.error("class creation failed", metadata: ["error": "\(error)"])
            return refuse("storage", "The class could not be created just now. Please try again.")
        }
    }

    /// `/join-class CODE`.
    func joinClass(_ typed: String) -> Reply {
        guard let account else { return refuse("not-logged-in", "Log in first: /login NAME.") }
        let code = ClassNaming.normalizedCode(typed)
        guard code.count == ClassNaming.codeLength, code.allSatisfy(ClassNaming.codeAlphabet.contains) else {
            return refuse("bad-class-code", "\(typed) is not a class code: a code has \(ClassNaming.codeLength) letters and digits, "
                          + "such as K7Q2MX. Ask your teacher for it.")
        }
        do {
            guard let found = try services.database.schoolClass(code: code) else {
                return refuse("no-such-class", "No class has the code \(code). Check it with your teacher; nothing was changed.")
            }
            guard try services.database.enrol(account, inClass: found.id, now: services.clock()) else {
                return Reply(events: [.system("You are already in class \(found.id) (\"\(found.title)\").")])
            }
            logger.info("joined class", metadata: ["class": "\(found.id)"])
            return Reply(events: [.system("You joined class \(found.id) (\"\(found.title)\"). Its teachers can now follow your progress.")])
        } catch {
            logger.error("joining a class failed", metadata: ["error": "\(error)"])
            return refuse("storage", "You could not join the class just now. Please try again.")
        }
    }

    /// `/classes`.
    func classes() -> Reply {
        guard let account else { return refuse("not-logged-in", "Log in first: /login NAME.") }
        do {
            let mine = try services.database.classSummaries(member: account.name)
            guard !mine.isEmpty else {
                let hint = account.role == .teacher ? "Create one with /class new TITLE."
                    : account.role == .learner ? "Join yours with /join-class CODE (your teacher has the code)." : "A teacher can add you to one."
                return Reply(events: [.system("You are in no class yet. \(hint)")])
            }
            var lines = ["Your classes:"]
            for summary in mine {
                let item = summary.schoolClass
                var line = "  \(item.id)  \"\(item.title)\""
                if account.role == .teacher {
                    line += "  code \(item.code)  \(summary.learners) learner\(summary.learners == 1 ? "" : "s")"
                        + ", \(summary.tutors) tutor\(summary.tutors == 1 ? "" : "s")"
                }
                if !summary.teachers.isEmpty { line += "  teacher\(summary.teachers.count == 1 ? "" : "s"): \(summary.teachers.joined(separator: ", "))" }
                lines.append(line)
            }
            return Reply(events: [.help(lines)])
        } catch {
            logger.error("listing classes failed", metadata: ["error": "\(error)"])
            return refuse("storage", "Your classes could not be read just now. Please try again.")
        }
    }
}
