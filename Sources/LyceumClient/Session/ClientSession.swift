import LyceumCore

/// The client's decisions, as a value: what to show, what to send and what the status line says,
/// given the lines the server sends and the lines the user types. It also follows the login, so
/// that after a dropped connection it can log back in with the name and passphrase given at start
/// (kept in this value only: never written anywhere).
public struct ClientSession: Sendable {
    public enum Output: Sendable, Equatable {
        /// Print these lines above the input line (or on standard output).
        case show([StyledLine])
        /// Send this line to the server.
        case send(String)
        /// The status line changed.
        case status
        /// The next typed line is a passphrase (no echo, no history), or no longer.
        case secretInput(Bool)
    }

    /// What to do when the connection closes.
    public enum AfterClose: Sendable, Equatable {
        case reconnect
        case exit
    }

    /// A name to log in with on every connect; the passphrase once a login with it succeeded.
    public struct Credentials: Sendable, Equatable {
        public var name: String
        public var secret: String?
        public init(name: String, secret: String? = nil) { self.name = name; self.secret = secret }
    }

    public private(set) var statusLine: StatusLine
    public private(set) var completer = Completer()
    public private(set) var credentials: Credentials?
    public private(set) var isConnected = false
    /// The user asked to leave (/quit): when the connection closes, the client exits.
    public private(set) var quitting = false
    /// The next typed line is a passphrase.
    public private(set) var awaitingSecret = false

    /// Show what the user typed above the input line (interactive use).
    let echoInput: Bool
    /// Answer "type the same passphrase again" with the one just sent (scripts give it once).
    let confirmsBySelf: Bool

    /// A `/login` was sent and neither an ask nor an error has answered it yet.
    private var loginPending = false
    private var loginName: String?
    /// A passphrase was sent; the next event tells whether it worked.
    private var sentSecret: String?
    /// This connection logs in by itself (with `credentials`).
    private var autoLogin = false
    private var autoSecretSent = false
    private var modeAckPending = false
    /// On a reconnect, the server's text greeting (before `/mode json` takes effect) is not shown again.
    private var quietUntilJSON = false
    private var goodbye: String?
    private var connections = 0
    private var names: [String] = []

    public init(address: String, name: String? = nil, echoInput: Bool, confirmsBySelf: Bool) {
        statusLine = StatusLine(address: address)
        credentials = name.map { Credentials(name: $0) }
        self.echoInput = echoInput
        self.confirmsBySelf = confirmsBySelf
    }

    public var context: EventRenderer.Context { .init(me: statusLine.name, room: statusLine.status.room) }

    /// Whether a script's next line may be sent now: connected, and not in the middle of a login
    /// (unless the server is waiting for the passphrase, which is that next line).
    public var readyForInput: Bool {
        isConnected && (awaitingSecret || (!loginPending && sentSecret == nil))
    }

    /// The connection is open: switch it to JSON, and log in if a name is known.
    public mutating func connected() -> [Output] {
        isConnected = true
        connections += 1
        goodbye = nil
        modeAckPending = true
        quietUntilJSON = connections > 1
        statusLine.connection = .connected
        completer.commands = Completer.builtInCommands
        var out: [Output] = [.send("/mode json"), .status]
        if let credentials {
            loginPending = true
            loginName = credentials.name
            autoLogin = true
            autoSecretSent = false
            out.append(.send("/login \(credentials.name)"))
        }
        return out
    }

    /// The connection closed (or could not be opened). Forgets this connection's login state.
    public mutating func disconnected(retryIn seconds: Int?) -> [Output] {
        let wasSecret = awaitingSecret
        isConnected = false
        awaitingSecret = false
        loginPending = false
        sentSecret = nil
        autoLogin = false
        modeAckPending = false
        statusLine.connection = seconds.map { .reconnecting(seconds: $0) } ?? .connecting
        statusLine.status.room = nil
        statusLine.status.phase = nil
        var out: [Output] = [.status]
        if wasSecret { out.append(.secretInput(false)) }
        return out
    }

    /// After a close: leave when the user quit or the server said goodbye for good; a server
    /// that is shutting down, or a connection that just dropped, is worth trying again.
    public var afterClose: AfterClose {
        if quitting { return .exit }
        if let goodbye, !goodbye.lowercased().contains("shutting down") { return .exit }
        return .reconnect
    }

    /// A line the user typed (Enter) or a script gave.
    public mutating func typed(_ line: String) -> [Output] {
        let command = line.trimmingWhitespace.lowercased()
        if isConnected && awaitingSecret {
            awaitingSecret = false
            sentSecret = line
            return [.send(line), .secretInput(false)]
        }
        if command == "/quit" || command == "/exit" { quitting = true }
        guard isConnected else {
            if quitting { return [] }
            return [.show(EventRenderer.notice("Not connected: that line was not sent. /quit leaves."))]
        }
        if command == "/mode" || command.hasPrefix("/mode ") {
            return [.show(EventRenderer.notice("This client always speaks JSON with the server, so /mode is not sent."))]
        }
        var out: [Output] = echoInput ? [.show(EventRenderer.echo(line))] : []
        if command.hasPrefix("/login ") {
            loginPending = true
            loginName = String(line.trimmingWhitespace.dropFirst("/login ".count)).trimmingWhitespace
        }
        out.append(.send(command == "/exit" ? "/quit" : line))
        return out
    }

    /// A line from the server.
    public mutating func received(_ line: String) -> [Output] {
        guard let event = EventDecoder.decode(line) else { return [] }
        if case .plain = event, quietUntilJSON { return [] }
        if case .system(let text) = event, modeAckPending, text.hasPrefix("Output mode: json") {
            modeAckPending = false
            quietUntilJSON = false
            return []
        }
        var out = followLogin(event)
        if out.contains(where: { if case .send = $0 { true } else { false } }) { return out }
        out += update(with: event)
        let lines = EventRenderer.lines(for: event, in: context)
        if !lines.isEmpty { out.insert(.show(lines), at: 0) }
        return out
    }

    // MARK: Following the login

    private mutating func followLogin(_ event: ClientEvent) -> [Output] {
        switch event {
        case .ask(let field, _) where ClientEvent.secretFields.contains(field):
            loginPending = false
            if field == "passphrase", autoLogin, !autoSecretSent, let secret = credentials?.secret {
                autoSecretSent = true
                sentSecret = secret
                return [.send(secret)]
            }
            if field == "confirm-passphrase", confirmsBySelf, let chosen = sentSecret {
                return [.send(chosen)]
            }
            awaitingSecret = true
            return [.secretInput(true)]
        case .ask:
            loginPending = false
            return []
        case .error(let code, _):
            loginPending = false
            guard sentSecret != nil else {
                if autoLogin { autoLogin = false }
                return []
            }
            sentSecret = nil
            if code == "weak-passphrase" || code == "passphrase-mismatch" {
                awaitingSecret = true  // the server asks for a new one in the same message
                return [.secretInput(true)]
            }
            if autoLogin, let name = credentials?.name {
                autoLogin = false
                credentials = nil
                return [.show(EventRenderer.notice("Could not log in as \(name) again; /login \(name) tries once more."))]
            }
            return []
        case .plain, .verdict:
            return []
        default:
            guard let secret = sentSecret, let name = loginName else { return [] }
            // Anything but a question or a refusal after the passphrase: it worked.
            sentSecret = nil
            autoLogin = false
            credentials = Credentials(name: name, secret: secret)
            statusLine.name = name
            completer.commands = Completer.builtInCommands
            return [.status]
        }
    }

    // MARK: What events change

    private mutating func update(with event: ClientEvent) -> [Output] {
        switch event {
        case .status(let status):
            if status.role != statusLine.status.role { completer.commands = Completer.builtInCommands }
            statusLine.status = status
            return [.status]
        case .room(let notice):
            if let members = notice.members { remember(members) }
            guard let room = notice.room, statusLine.status.room == nil || statusLine.status.room == room,
                  notice.phase != nil else { return [] }
            statusLine.status.room = room
            statusLine.status.phase = notice.phase
            return [.status]
        case .chat(let chat):
            remember([chat.from])
        case .help(let lines):
            if let commands = Completer.commands(fromHelp: lines) { completer.commands = commands }
        case .topics(let topics):
            completer.topics = topics.map(\.id)
        case .goodbye(let text):
            goodbye = text
        default:
            break
        }
        return []
    }

    /// Names for tab completion: the newest first, never the user's own.
    private mutating func remember(_ newNames: [String]) {
        let me = statusLine.name?.lowercased()
        for name in newNames.reversed() where name.lowercased() != me {
            names.removeAll { $0.lowercased() == name.lowercased() }
            names.insert(name, at: 0)
        }
        if names.count > 200 { names.removeLast(names.count - 200) }
        completer.names = names
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
