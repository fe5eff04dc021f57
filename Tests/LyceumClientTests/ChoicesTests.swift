import LyceumClient
import Testing

@Suite struct ServerAddressTests {
    static let valid: [(String, String, Int)] = [
        ("", "127.0.0.1", 4242),
        ("example.org", "example.org", 4242),
        ("example.org:5000", "example.org", 5000),
        (":5000", "127.0.0.1", 5000),
        ("[::1]:4243", "::1", 4243),
        ("[::1]", "::1", 4242),
        ("::1", "::1", 4242),
        (" 10.0.0.2:80 ", "10.0.0.2", 80),
    ]

    @Test(arguments: valid)
    func parses(_ text: String, _ host: String, _ port: Int) throws {
        let address = try ServerAddress(parsing: text, defaultHost: "127.0.0.1", defaultPort: 4242)
        #expect(address == ServerAddress(host: host, port: port))
    }

    @Test(arguments: ["host:0", "host:70000", "host:http", "[::1", "[::1]x"])
    func refuses(_ text: String) {
        #expect(throws: ServerAddress.Problem.self) {
            try ServerAddress(parsing: text, defaultHost: "127.0.0.1", defaultPort: 4242)
        }
    }

    @Test func describesIPv6InBrackets() {
        #expect(ServerAddress(host: "::1", port: 4242).description == "[::1]:4242")
        #expect(ServerAddress(host: "127.0.0.1", port: 4242).description == "127.0.0.1:4242")
    }
}

@Suite struct OutputChoiceTests {
    /// (--no-color, environment, stdin tty, stdout tty, interactive, color)
    static let cases: [(Bool, [String: String], Bool, Bool, Bool, Bool)] = [
        (false, [:], true, true, true, true),
        (true, [:], true, true, true, false),
        (false, ["NO_COLOR": "1"], true, true, true, false),
        (false, ["NO_COLOR": ""], true, true, true, true),
        (false, ["TERM": "dumb"], true, true, false, false),
        (false, [:], false, true, false, false),
        (false, [:], true, false, false, false),
        (false, [:], false, false, false, false),
    ]

    @Test(arguments: cases)
    func decides(_ flag: Bool, _ environment: [String: String], _ stdin: Bool, _ stdout: Bool,
                 _ interactive: Bool, _ color: Bool) {
        let choice = OutputChoice.decide(noColorFlag: flag, environment: environment,
                                         stdinIsTerminal: stdin, stdoutIsTerminal: stdout)
        #expect(choice == OutputChoice(interactive: interactive, color: color))
    }
}
