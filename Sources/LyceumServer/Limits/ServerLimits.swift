/// Every per-connection and server-wide limit, with its default, in one place.
///
/// The config layer fills this from the configuration file; anything it leaves
/// out keeps the default documented here. `problems` gives one sentence per
/// inconsistent value so the loader can refuse a bad file with a clear message.
public struct ServerLimits: Sendable, Equatable {
    // MARK: Input framing

    /// Longest accepted input line in bytes, not counting the newline.
    /// Default 2048. A longer line is answered with `InboundLine.tooLong` and
    /// discarded without being buffered, so memory per connection stays bounded.
    public var maxLineBytes: Int

    // MARK: Input rate

    /// Sustained input rate in lines per second. Default 5: faster than anyone
    /// types, slow enough that a pasted file cannot monopolise the tutor.
    public var linesPerSecond: Double
    /// Lines accepted at once before pacing starts. Default 10, so pasting a
    /// short multi-line answer is never delayed.
    public var lineBurst: Int
    /// Longest delay a paced line may accumulate before the connection is
    /// closed as a flood. Default 10 seconds.
    public var floodLimit: Duration
    /// Most lines that may wait for pacing at once before the connection is
    /// closed as a flood. Default 50.
    public var maxQueuedLines: Int

    // MARK: Connections

    /// Open connections allowed from one address. Default 64: a whole
    /// classroom behind one NAT router must fit.
    public var maxConnectionsPerAddress: Int
    /// Open connections allowed in total. Default 10,000.
    public var maxConnections: Int

    // MARK: Timeouts

    /// Time allowed from connecting to logging in. Default 120 seconds; it is
    /// not extended by typing, so half-open logins cannot pile up.
    public var loginTimeout: Duration
    /// How long before the login timeout the user is warned. Default 60 seconds.
    public var loginWarning: Duration
    /// Time without input after which a logged-in session is closed. Default 30 minutes.
    public var idleTimeout: Duration
    /// How long before the idle timeout the user is warned. Default 2 minutes.
    public var idleWarning: Duration

    // MARK: Output

    /// Unsent output bytes allowed per connection before a client that stopped
    /// reading is disconnected. Default 256 KiB.
    public var maxOutputBytes: Int
    /// Unsent output messages allowed per connection. Default 1000.
    public var maxOutputMessages: Int

    public init(
        maxLineBytes: Int = 2048,
        linesPerSecond: Double = 5,
        lineBurst: Int = 10,
        floodLimit: Duration = .seconds(10),
        maxQueuedLines: Int = 50,
        maxConnectionsPerAddress: Int = 64,
        maxConnections: Int = 10_000,
        loginTimeout: Duration = .seconds(120),
        loginWarning: Duration = .seconds(60),
        idleTimeout: Duration = .seconds(30 * 60),
        idleWarning: Duration = .seconds(2 * 60),
        maxOutputBytes: Int = 256 * 1024,
        maxOutputMessages: Int = 1000
    ) {
        self.maxLineBytes = maxLineBytes
        self.linesPerSecond = linesPerSecond
        self.lineBurst = lineBurst
        self.floodLimit = floodLimit
        self.maxQueuedLines = maxQueuedLines
        self.maxConnectionsPerAddress = maxConnectionsPerAddress
        self.maxConnections = maxConnections
        self.loginTimeout = loginTimeout
        self.loginWarning = loginWarning
        self.idleTimeout = idleTimeout
        self.idleWarning = idleWarning
        self.maxOutputBytes = maxOutputBytes
        self.maxOutputMessages = maxOutputMessages
    }

    /// One sentence per value that cannot work; empty when the limits are usable.
    public var problems: [String] {
        var problems: [String] = []
        func positive(_ value: Int, _ name: String) {
            if value < 1 { problems.append("\(name) must be at least 1, but is \(value).") }
        }
        func positive(_ value: Duration, _ name: String) {
            if value <= .zero { problems.append("\(name) must be longer than zero.") }
        }
        positive(maxLineBytes, "limits.max_line_bytes")
        if !(linesPerSecond > 0 && linesPerSecond.isFinite) {
            problems.append("limits.lines_per_second must be a positive number, but is \(linesPerSecond).")
        }
        positive(lineBurst, "limits.line_burst")
        positive(floodLimit, "limits.flood_limit_seconds")
        positive(maxQueuedLines, "limits.max_queued_lines")
        positive(maxConnectionsPerAddress, "limits.max_connections_per_address")
        positive(maxConnections, "limits.max_connections")
        if maxConnectionsPerAddress > maxConnections {
            problems.append("limits.max_connections_per_address (\(maxConnectionsPerAddress)) cannot exceed limits.max_connections (\(maxConnections)).")
        }
        positive(loginTimeout, "limits.login_timeout_seconds")
        positive(idleTimeout, "limits.idle_timeout_seconds")
        if loginWarning < .zero || loginWarning >= loginTimeout {
            problems.append("limits.login_warning_seconds must be shorter than limits.login_timeout_seconds, so the warning comes before the disconnect.")
        }
        if idleWarning < .zero || idleWarning >= idleTimeout {
            problems.append("limits.idle_warning_seconds must be shorter than limits.idle_timeout_seconds, so the warning comes before the disconnect.")
        }
        positive(maxOutputBytes, "limits.max_output_bytes")
        positive(maxOutputMessages, "limits.max_output_messages")
        return problems
    }
}
