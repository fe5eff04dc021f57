import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `lyceum connect`: runs the client until the user leaves. Everything that happens (keys, lines
/// from the server, the connection opening or closing, timers) arrives on one stream and is
/// handled in order by one loop, which owns all state; `ClientSession` and `LineEditor` decide,
/// this file only carries their decisions out.
public enum TerminalClient {
    public struct Options: Sendable {
        public var address: ServerAddress
        /// Log in as this name on every connect.
        public var name: String?
        public var output: OutputChoice
        public init(address: ServerAddress, name: String?, output: OutputChoice) {
            self.address = address; self.name = name; self.output = output
        }
    }

    /// Something for the loop to handle.
    enum Input: Sendable {
        case keys([Key])
        /// A line of standard input (not a terminal).
        case line(String)
        case inputEnded
        case connected(ServerLink, generation: Int)
        case received(String, generation: Int)
        case closed(reason: String?, generation: Int)
        case retry
        case resized
        case tick
    }

    /// Runs the client; returns the exit status (0 when the user left, 1 when it could not connect).
    public static func run(_ options: Options) async -> Int32 {
        let (inputs, continuation) = AsyncStream.makeStream(of: Input.self)
        let client = Loop(options: options, continuation: continuation)
        let status = await client.run(inputs)
        continuation.finish()
        return status
    }
}

/// The state of one run, touched only by `run`'s loop.
private final class Loop {
    /// Script mode: after standard input ends, wait until the server has been quiet this long.
    static let grace: Duration = .milliseconds(1500)
    /// After /quit, leave anyway if the server has not closed the connection by then.
    static let quitTimeout: Duration = .seconds(3)

    let options: TerminalClient.Options
    let continuation: AsyncStream<TerminalClient.Input>.Continuation
    var session: ClientSession
    var editor = LineEditor()
    var link: ServerLink?
    var generation = 0
    var connection: Task<Void, Never>?
    var backoff = Backoff()
    var everConnected = false
    var connectedNow = false
    /// Script mode: lines read but not yet sent (waiting for the connection or a login).
    var queued: [String] = []
    var inputEnded = false
    var lastActivity = ContinuousClock.now
    var quitRequested: ContinuousClock.Instant?
    var timers: [Task<Void, Never>] = []
    var resizeSource: (any DispatchSourceSignal)?

    var interactive: Bool { options.output.interactive }

    init(options: TerminalClient.Options, continuation: AsyncStream<TerminalClient.Input>.Continuation) {
        self.options = options
        self.continuation = continuation
        session = ClientSession(address: options.address.description, name: options.name,
                                echoInput: options.output.interactive, confirmsBySelf: !options.output.interactive)
    }

    func run(_ inputs: AsyncStream<TerminalClient.Input>) async -> Int32 {
        if interactive {
            Terminal.enableRawMode()
            watchResizes()
            write(painter.start(status: session.statusLine, input: inputView, secret: editor.secret))
            show(EventRenderer.notice("Connecting to \(options.address)… Ctrl-C or /quit leaves; Tab completes; Up and Down recall earlier lines."))
            InputReader.startKeys(continuation)
        } else {
            InputReader.startLines(continuation)
        }
        connect()
        var status: Int32 = 0
        for await input in inputs {
            if let exit = await handle(input) {
                status = exit
                break
            }
        }
        finish()
        return status
    }

    // MARK: Handling

    func handle(_ input: TerminalClient.Input) async -> Int32? {
        switch input {
        case .connected(let link, let generation):
            guard generation == self.generation else { return nil }
            self.link = link
            everConnected = true
            connectedNow = true
            backoff.reset()
            await apply(session.connected())
            await sendQueued()
        case .received(let line, let generation):
            guard generation == self.generation else { return nil }
            lastActivity = .now
            await apply(session.received(line))
            await sendQueued()
        case .closed(let reason, let generation):
            guard generation == self.generation else { return nil }
            return await closed(reason: reason)
        case .retry:
            connect()
        case .keys(let keys):
            for key in keys {
                for action in editor.apply(key, completer: session.completer) {
                    if let exit = await perform(action) { return exit }
                }
            }
            drawInput()
        case .line(let line):
            queued.append(line)
            await sendQueued()
        case .inputEnded:
            if interactive { return 0 }
            inputEnded = true
            lastActivity = .now
            every(.milliseconds(200)) { .tick }
        case .tick:
            if let quitRequested, ContinuousClock.now - quitRequested >= Self.quitTimeout { return 0 }
            let quiet = ContinuousClock.now - lastActivity
            if inputEnded, quitRequested == nil, quiet >= Self.grace {
                // Done, or lines that can no longer be sent (offline, or a login that never ended).
                if queued.isEmpty { return 0 }
                if !session.isConnected || quiet >= Self.grace * 10 { return 1 }
            }
        case .resized:
            draw()
        }
        return nil
    }

    func perform(_ action: LineEditor.Action) async -> Int32? {
        switch action {
        case .submit(let line):
            await apply(session.typed(line))
            if session.quitting {
                if !session.isConnected { return 0 }
                noteQuit()
            }
        case .quit:
            return 0
        case .bell:
            write("\u{7}")
        case .showCandidates(let words):
            show(EventRenderer.candidates(words))
        case .clearScreen:
            write(painter.clearScreen(status: session.statusLine, input: inputView, secret: editor.secret))
        }
        return nil
    }

    /// The connection closed, or could not be opened: leave, or try again after a while.
    func closed(reason: String?) async -> Int32? {
        let wasConnected = connectedNow
        link = nil
        connectedNow = false
        if session.afterClose == .exit { return 0 }
        if !interactive && (!everConnected || inputEnded) {
            if !everConnected {
                FileHandle.standardError.write(Data("lyceum: Could not connect to \(options.address)\(reason.map { " (\($0))" } ?? "").\n".utf8))
                return 1
            }
            return queued.isEmpty ? 0 : 1
        }
        let delay = backoff.next(random: Double.random(in: 0..<1))
        let seconds = Backoff.seconds(delay)
        await apply(session.disconnected(retryIn: seconds))
        let why = reason.map { " (\($0))" } ?? ""
        show(EventRenderer.notice(wasConnected
            ? "Connection lost; reconnecting in \(seconds)s..."
            : "Could not connect to \(options.address)\(why); trying again in \(seconds)s..."))
        after(delay) { .retry }
        return nil
    }

    /// Script mode: sends the lines read so far, as far as the session is ready for them.
    func sendQueued() async {
        while !interactive, !queued.isEmpty, session.readyForInput {
            lastActivity = .now
            await apply(session.typed(queued.removeFirst()))
            if session.quitting { noteQuit() }
        }
    }

    func noteQuit() {
        guard quitRequested == nil else { return }
        quitRequested = .now
        after(Self.quitTimeout) { .tick }
    }

    func apply(_ outputs: [ClientSession.Output]) async {
        for output in outputs {
            switch output {
            case .show(let lines):
                show(lines)
            case .send(let line):
                lastActivity = .now
                if let link { _ = await link.send(line) }
            case .status:
                draw()
            case .secretInput(let secret):
                editor.setSecret(secret)
                drawInput()
            }
        }
    }

    // MARK: Connecting

    func connect() {
        generation += 1
        let generation = self.generation
        let address = options.address
        let continuation = self.continuation
        connection?.cancel()
        connection = Task { await ServerConnection.run(address, generation: generation, events: continuation) }
    }

    func after(_ delay: Duration, _ input: @escaping @Sendable () -> TerminalClient.Input) {
        let continuation = self.continuation
        timers.append(Task {
            try? await Task.sleep(for: delay)
            if !Task.isCancelled { continuation.yield(input()) }
        })
    }

    func every(_ interval: Duration, _ input: @escaping @Sendable () -> TerminalClient.Input) {
        let continuation = self.continuation
        timers.append(Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                continuation.yield(input())
            }
        })
    }

    func watchResizes() {
        signal(SIGWINCH, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGWINCH)
        let continuation = self.continuation
        source.setEventHandler { continuation.yield(.resized) }
        source.resume()
        resizeSource = source
    }

    func finish() {
        for timer in timers { timer.cancel() }
        connection?.cancel()
        resizeSource?.cancel()
        if interactive {
            write(painter.finish)
            Terminal.restore()
        }
    }

    // MARK: Drawing

    var painter: Painter { Painter(theme: Theme(color: options.output.color), width: Terminal.width) }

    var inputView: InputView {
        InputView(prompt: editor.secret ? "passphrase (hidden): " : "> ", editor: editor, width: painter.width)
    }

    func show(_ lines: [StyledLine]) {
        guard !lines.isEmpty else { return }
        if interactive {
            let painter = self.painter
            let text = painter.theme.format(lines, width: painter.width - 1)
            write(painter.messages(text, status: session.statusLine, input: inputView, secret: editor.secret))
        } else {
            write(Theme.plain.format(lines, width: nil).map { $0 + "\n" }.joined())
        }
    }

    func draw() {
        guard interactive else { return }
        write(painter.redraw(status: session.statusLine, input: inputView, secret: editor.secret))
    }

    func drawInput() {
        guard interactive else { return }
        write(painter.input(inputView, secret: editor.secret))
    }

    func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { writeOut($0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }
}

private func writeOut(_ bytes: UnsafeRawPointer?, _ count: Int) -> Int {
    write(STDOUT_FILENO, bytes, count)
}
