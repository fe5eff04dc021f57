/// How the client talks to the user, decided once at start.
public struct OutputChoice: Sendable, Equatable {
    /// Raw-mode line editing with a status line; otherwise plain lines in, plain lines out.
    public var interactive: Bool
    public var color: Bool

    public init(interactive: Bool, color: Bool) { self.interactive = interactive; self.color = color }

    /// Interactive only when both standard input and standard output are terminals (and the terminal
    /// is not "dumb"); colors only then, unless `--no-color` or NO_COLOR (any non-empty value).
    public static func decide(noColorFlag: Bool, environment: [String: String],
                              stdinIsTerminal: Bool, stdoutIsTerminal: Bool) -> OutputChoice {
        let dumb = environment["TERM"] == "dumb"
        let interactive = stdinIsTerminal && stdoutIsTerminal && !dumb
        let noColor = noColorFlag || !(environment["NO_COLOR"] ?? "").isEmpty
        return OutputChoice(interactive: interactive, color: interactive && !noColor)
    }
}
