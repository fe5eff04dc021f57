import LyceumCore

/// The line above the input: who you are, the dialogue and step, mastery as bars, the room and
/// its phase, or the state of the connection when it is down.
public struct StatusLine: Sendable, Equatable {
    public enum Connection: Sendable, Equatable {
        case connecting
        case connected
        /// Down; the next attempt is in this many seconds.
        case reconnecting(seconds: Int)
    }

    public var connection: Connection = .connecting
    public var name: String?
    public var status = ClientEvent.Status()
    /// "host:port", shown while not connected.
    public var address: String

    public init(address: String) { self.address = address }

    /// Each part, most important first; `text(width:)` drops from the end to fit.
    public var parts: [String] {
        var parts: [String] = []
        switch connection {
        case .connecting: parts.append("connecting to \(address)…")
        case .reconnecting(let seconds): parts.append("offline: reconnecting in \(seconds)s…")
        case .connected: break
        }
        if let name {
            let role = status.role.map { " (\($0.rawValue))" } ?? ""
            parts.append(name + role)
        } else if connection == .connected {
            parts.append("not logged in")
        }
        if let title = status.title ?? status.dialogue {
            parts.append(title)
        }
        if let step = status.step {
            parts.append(status.steps.map { "step \(step)/\($0)" } ?? "step \(step)")
        }
        if let room = status.room {
            parts.append("room \(room)" + (status.phase.map { ": \($0)" } ?? ""))
        }
        parts += status.mastery.map { "\($0.skill) \(Self.bar($0.p))" }
        return parts
    }

    /// The parts joined and cut to fit `width` columns: first the dialogue's title is shortened (to
    /// 12 columns at least), then parts are dropped from the end; the first part always shows.
    public func text(width: Int) -> String {
        let separator = " · "
        var parts = self.parts
        let room = width - 2
        func total(_ parts: [String]) -> Int {
            TextWidth.columns(parts.joined(separator: separator))
        }
        if total(parts) > room, let title = status.title ?? status.dialogue, let index = parts.firstIndex(of: title) {
            let shorter = TextWidth.columns(title) - (total(parts) - room)
            parts[index] = Self.truncate(title, to: max(12, shorter))
        }
        var fitted: [String] = []
        for part in parts {
            if total(fitted + [part]) <= room {
                fitted.append(part)
            } else {
                if fitted.isEmpty { fitted.append(Self.truncate(part, to: max(1, room))) }
                break
            }
        }
        return " " + fitted.joined(separator: separator) + " "
    }

    /// A mastery probability as a ten-cell bar and a percentage: "████░░░░░░ 35%".
    public static func bar(_ p: Double, cells: Int = 10) -> String {
        let p = min(1, max(0, p.isFinite ? p : 0))
        let filled = Int((p * Double(cells)).rounded())
        return String(repeating: "█", count: filled) + String(repeating: "░", count: cells - filled)
            + " \(Int((p * 100).rounded()))%"
    }

    static func truncate(_ text: String, to width: Int) -> String {
        guard TextWidth.columns(text) > width else { return text }
        var out = ""
        for character in text {
            if TextWidth.columns(out) + TextWidth.columns(character) > width - 1 { break }
            out.append(character)
        }
        return out + "…"
    }
}
