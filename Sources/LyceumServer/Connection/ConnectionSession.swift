import Foundation
import Logging
import LyceumCore
import LyceumStore
import TutorEngine

/// One connection's conversation: login, commands, answers. An actor, so the short-lived tasks
/// that process the connection's lines (one at a time, see `Connection`) can each use it; it never
/// touches the socket: it returns events, and the connection writes them.
public actor ConnectionSession {
    public struct Reply: Sendable, Equatable {
        public var events: [ServerEvent] = []
        /// Close the connection after sending the events, with this reason.
        public var close: String?
        /// The next line is a passphrase (a telnet client is asked not to echo it; see `TelnetEcho`).
        public var passphraseNext = false
    }

    let services: Services
    let handle: ConnectionHandle
    var login: LoginFlow
    var account: Account?
    var tutorSession: TutorSession?
    var confirmingForget = false
    /// `/passphrase` under way: the lines it reads are secrets.
    var change: PassphraseChange?
    /// The room this user was in when the last line was handled: leaving one means the stored
    /// dialogue (with any credit the room gave) is read again.
    var lastRoom: String?
    /// The server's logger with this connection's peer, number and user. Made when something is
    /// logged (rarely), so an idle connection does not hold its own copy of the metadata.
    var logger: Logger {
        var logger = services.logger
        logger[metadataKey: "peer"] = "\(handle.address)"
        logger[metadataKey: "connection"] = "\(handle.id)"
        if let account { logger[metadataKey: "user"] = "\(account.name)" }
        return logger
    }

    public init(services: Services, handle: ConnectionHandle) {
        self.services = services
        self.handle = handle
        var login = LoginFlow()
        login.minimumPassphraseLength = services.minimumPassphraseLength
        login.signup = services.signup
        self.login = login
    }

    public var accountName: String? { account?.name }
    public var isLoggedIn: Bool { account != nil }

    public nonisolated func greeting() -> [ServerEvent] {
        [.welcome("Welcome to Lyceum, a Socratic tutor.\nLog in with /login NAME (a new name creates a learner account). /help lists the commands.")]
    }

    /// Handles one input from the line framer; `loggedIn` is true when it logged the user in.
    public func respond(to input: InboundLine) async -> (reply: Reply, loggedIn: Bool) {
        let wasLoggedIn = isLoggedIn
        var reply: Reply
        switch input {
        case .line(let raw):
            reply = await handle(TextSanitizer.clean(raw).text)
        case .tooLong(let limit):
            reply = Reply(events: [.error(code: "line-too-long",
                message: "That line was longer than \(limit) bytes, so it was ignored. Please send shorter lines.")])
        case .invalidUTF8:
            reply = Reply(events: [.error(code: "invalid-utf8",
                message: "That line was not valid UTF-8 text, so it was ignored.")])
        }
        reply.passphraseNext = login.expectsPassphrase || change != nil
        return (reply, !wasLoggedIn && isLoggedIn)
    }

    /// Handles one sanitized line.
    public func handle(_ line: String) async -> Reply {
        if login.expectsSecret { return await secret(line) }
        if change != nil { return await changeLine(line) }
        if confirmingForget { return await confirmForget(line) }
        if line.hasPrefix("/") { return await command(line, place: await currentPlace()) }
        guard let account else {
            return Reply(events: [.error(code: "not-logged-in", message: "Log in first: /login NAME. /help lists the commands.")])
        }
        // A line in a room, the commonest line there is, takes one call to the rooms, not two.
        let said = await services.rooms.say(account.name, line)
        noteRoom(said?.room)
        if let said { return Reply(events: said.events) }
        guard account.role == .learner else {
            return refuse("not-in-room", "Lines that are not commands go to a discussion room, and you are not in one. /help lists your commands.")
        }
        guard tutorSession != nil else {
            return Reply(events: [.error(code: "no-dialogue", message: "You're not in a dialogue yet. /topics lists them; /start ID begins one.")])
        }
        return await tutorInput(.line(line), typed: line)
    }

    /// Called when the connection ends, however it ends.
    public func disconnected() async {
        if let name = account?.name {
            await services.rooms.depart(name, handle)
            await services.hub.release(name, handle)
        }
    }

    /// The room the user is in now. Coming back from one, the learner's dialogue is read again.
    func currentPlace() async -> (room: String, phase: String)? {
        guard let account else { return nil }
        let place = await services.rooms.place(of: account.name)
        noteRoom(place?.room)
        return place.map { ($0.room, $0.phase.rawValue) }
    }

    /// Notes the room the user is in now (nil: none); a learner just back from one gets their dialogue read again.
    func noteRoom(_ room: String?) {
        if room == nil, lastRoom != nil, account?.role == .learner {
            reloadDialogue()
        }
        lastRoom = room
    }

    // MARK: - Commands

    func command(_ line: String, place: (room: String, phase: String)?) async -> Reply {
        guard let command = CommandParser.parse(line) else { return refuse(CommandParser.unknown("")) }
        let name = command.name, argument = command.argument
        let spec: CommandSpec
        switch CommandParser.check(command, in: .init(role: account?.role, room: place?.room)) {
        case .success(let found):
            spec = found
        case .failure(let refusal):
            switch refusal.code {
            case "not-allowed":
                logger.notice("refused command", metadata: ["command": "\(name)", "role": "\(account?.role.rawValue ?? "")"])
            case "not-in-room":
                logger.notice("refused command outside a room", metadata: ["command": "\(name)"])
            default:
                break
            }
            return refuse(refusal)
        }
        if let reply = await roomCommand(spec.name, command) { return reply }
        switch spec.name {
        case .help: return help(argument)
        case .login: return await begin(login: argument)
        case .quit: return Reply(events: [], close: "Goodbye! Your progress is saved.")
        case .mode: return mode(argument)
        case .topics: return await topics()
        case .start: return await start(argument)
        case .hint: return await tutorInput(.hint, typed: line)
        case .next: return await tutorInput(.next, typed: line)
        case .skip: return await tutorInput(.skip, typed: line)
        case .review: return await tutorInput(.review(argument.isEmpty ? nil : argument), typed: line)
        case .progress: return await tutorInput(.progress, typed: line)
        case .goal: return await tutorInput(.goal(argument), typed: line)
        case .privacy: return privacy()
        case .export: return export()
        case .forget: return askForget()
        case .classes: return classes()
        case .joinClass: return joinClass(argument)
        case .schoolClass: return newClass(command)
        case .passphrase: return beginChange()
        case .reset: return await reset(command)
        default: return refuse(CommandParser.unknown(name))
        }
    }

    func refuse(_ code: String, _ message: String) -> Reply {
        Reply(events: [.error(code: code, message: message)])
    }

    func refuse(_ refusal: CommandParser.Refusal) -> Reply {
        refuse(refusal.code, refusal.message)
    }

    func help(_ argument: String) -> Reply {
        let role = account?.role
        if !argument.isEmpty {
            let name = argument.hasPrefix("/") ? String(argument.dropFirst()) : argument
            let specs = CommandSpec.all.filter { $0.name.rawValue == name.lowercased() }
            guard !specs.isEmpty else {
                return refuse("unknown-command", "There is no command /\(name). /help lists the commands you can use.")
            }
            let shown = specs.filter { $0.allows(role) }
            return Reply(events: [.help((shown.isEmpty ? specs : shown).map { "\($0.usage): \($0.details)" })])
        }
        let usable = CommandSpec.all.filter { $0.allows(role) }
        let width = usable.map(\.usage.count).max() ?? 0
        var lines = ["Commands you can use\(role == nil ? " before logging in" : ""):"]
        lines += usable.map { "  \($0.usage.padding(toLength: width, withPad: " ", startingAt: 0))  \($0.summary)" }
        if account?.role == .learner { lines.append("Any line that doesn't start with / is your answer to the tutor (in a discussion room: to the room).") }
        if let role = account?.role, role != .learner { lines.append("In a room, any line that doesn't start with / is chat.") }
        lines.append("/help COMMAND explains one command.")
        return Reply(events: [.help(lines)])
    }

    func mode(_ argument: String) -> Reply {
        guard let mode = OutputMode(rawValue: argument.lowercased()) else {
            return refuse("usage", "Usage: /mode text|json")
        }
        handle.setMode(mode)
        return Reply(events: [.system("Output mode: \(mode.rawValue).")])
    }

    // MARK: - Login

    func begin(login name: String) async -> Reply {
        if let account { return refuse("already-logged-in", "You are already logged in as \(account.name).") }
        let userName: UserName
        do { userName = try UserName(validating: name) } catch {
            return refuse("bad-name", error.description)
        }
        if let wait = services.throttle.withLock({ $0.wait(name: userName.display, address: handle.address, now: services.clock()) }) {
            return refuse("throttled", "Too many failed logins. Try again in \(wait) seconds.")
        }
        do {
            let existing = try services.database.account(named: userName.display)
            return say(login.begin(name: existing?.name ?? userName.display, exists: existing != nil))
        } catch {
            logger.error("account look-up failed", metadata: ["error": "\(error)"])
            return refuse("storage", "The server could not read its accounts just now. Please try again.")
        }
    }

    func secret(_ line: String) async -> Reply {
        switch login.secret(line) {
        case .say(let event):
            return Reply(events: [event])
        case .quit:
            return Reply(events: [], close: "Goodbye! Nothing was changed.")
        case .restart(let name):
            guard !name.isEmpty else { return refuse("usage", "Usage: /login NAME") }
            return await begin(login: name)
        case .verify(let name, let secret):
            let now = services.clock()
            if let wait = services.throttle.withLock({ $0.wait(name: name, address: handle.address, now: now) }) {
                login.failed()
                return refuse("throttled", "Too many failed logins. Try again in \(wait) seconds.")
            }
            let found = try? services.database.account(named: name)
            var right = false
            if let hash = found?.passphraseHash { right = await services.hasher.verify(secret, against: hash) }
            guard let account = found, right else {
                login.failed()
                services.throttle.withLock { $0.failed(name: name, address: handle.address, now: now) }
                logger.notice("failed login", metadata: ["name": "\(name)"])
                return refuse("login-failed", "That passphrase is not right for \(name). Try /login \(name) again.")
            }
            services.throttle.withLock { $0.succeeded(name: name, address: handle.address) }
            if account.mustChangePassphrase { return say(login.mustRenew(name: account.name, oneTime: secret)) }
            return await loggedIn(account, new: false)
        case .renew(let name, let secret):
            return await renew(name: name, secret: secret)
        case .checkCode(_, let typed):
            let code = ClassNaming.normalizedCode(typed)
            do {
                guard let found = try services.database.schoolClass(code: code) else { return say(login.codeRefused(code)) }
                return say(login.codeAccepted(classID: found.id, title: "class \(found.id) (\"\(found.title)\")"))
            } catch {
                logger.error("class look-up failed", metadata: ["error": "\(error)"])
                login.failed()
                return refuse("storage", "The server could not read its classes just now. Please try /login again.")
            }
        case .create(let name, let secret, let classID):
            do {
                let userName = try UserName(validating: name)
                let hash = try await services.hasher.hash(secret)
                let account = try services.database.createAccount(name: userName, role: .learner,
                                                                   passphraseHash: hash, now: services.clock())
                if let classID { try services.database.enrol(account, inClass: classID, now: services.clock()) }
                return await loggedIn(account, new: true, classID: classID)
            } catch let error as StoreError {
                login.failed()
                return refuse("name-taken", "\(error)")
            } catch {
                login.failed()
                logger.error("account creation failed", metadata: ["error": "\(error)"])
                return refuse("storage", "Your account could not be created just now. Please try again.")
            }
        }
    }

    func loggedIn(_ account: Account, new: Bool, classID: String? = nil) async -> Reply {
        self.account = account
        login.succeeded(name: account.name)
        logger.info("logged in", metadata: ["role": "\(account.role.rawValue)"])
        if let previous = await services.hub.claim(account.name, handle) {
            previous.close("You logged in from another connection, so this one is closing.")
        }
        var reply = Reply()
        guard account.role == .learner else {
            reply.events.append(.system("Logged in as \(account.name) (\(account.role.rawValue)). /help lists what you can do."))
            reply.events += await services.rooms.arrive(account, handle)
            reply.events.append(await status())
            return reply
        }
        if new {
            let joined = classID.map { "You are in class \($0). " } ?? "If your teacher gave you a class code, type /join-class CODE. "
            reply.events.append(.system("Your account \(account.name) is ready. \(joined)/topics lists the dialogues; /start ID begins one."))
            reply.events += await services.rooms.arrive(account, handle)
            return reply
        }
        reply.events.append(contentsOf: resume())
        reply.events += await services.rooms.arrive(account, handle)
        lastRoom = await services.rooms.place(of: account.name)?.room
        reply.events.append(await status())
        return reply
    }

    func say(_ action: LoginFlow.Action) -> Reply {
        if case .say(let event) = action { return Reply(events: [event]) }
        return Reply()
    }
}
