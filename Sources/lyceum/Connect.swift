import ArgumentParser
import Foundation
import LyceumClient
import LyceumCore
import LyceumServer

/// `lyceum connect [HOST[:PORT]]`: the terminal client.
struct Connect: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Connect to a Lyceum server: a chat-style terminal client.",
        discussion: """
            On a terminal: messages scroll above a status line and the input line. Keys: Left/Right, \
            Home/End (Ctrl-A/Ctrl-E), Backspace, Delete, Up/Down for earlier lines, Tab completes commands \
            and names, Ctrl-U/Ctrl-K/Ctrl-W delete, Ctrl-L redraws, Ctrl-C, Ctrl-D on an empty line or /quit \
            leave. A dropped connection is retried, logging back in with the passphrase typed this session \
            (kept in memory only). Colors are off with --no-color or NO_COLOR.

            In a pipe, lines are read from standard input and events printed as plain lines, e.g.
              printf '%s\\n' "$PASS" /topics | lyceum connect --name ada
            With --name, the first line is the passphrase (given once, also for a new account).
            """
    )

    @Argument(help: ArgumentHelp("The server (default \(ServerSettings().host):\(ServerSettings().port)).",
                                 valueName: "host[:port]"))
    var address: String?

    @Option(help: "Log in as NAME at start; the passphrase is asked without echo (or read from the first line of a pipe).")
    var name: String?

    @Flag(name: .customLong("no-color"), help: "No colors (also when NO_COLOR is set, or output is not a terminal).")
    var noColor = false

    func validate() throws {
        if let name {
            do { _ = try UserName(validating: name) } catch { throw ValidationError(error.description) }
        }
        do { _ = try target() } catch { throw ValidationError(error.description) }
    }

    /// The server's address; what is left out is the server's own default.
    func target() throws(ServerAddress.Problem) -> ServerAddress {
        let defaults = ServerSettings()
        return try ServerAddress(parsing: address ?? "", defaultHost: defaults.host, defaultPort: defaults.port)
    }

    func run() async throws {
        let target = try target()
        let output = OutputChoice.decide(noColorFlag: noColor, environment: ProcessInfo.processInfo.environment,
                                         stdinIsTerminal: Terminal.isInputTerminal,
                                         stdoutIsTerminal: Terminal.isOutputTerminal)
        let status = await TerminalClient.run(.init(address: target, name: name, output: output))
        if status != 0 { throw ExitCode(status) }
    }
}
