/// Durations as people say them in messages: "2 minutes", "1 minute 30 seconds".
enum SpokenDuration {
    /// Rounds up to whole seconds so "closing in 0 seconds" never appears early.
    static func text(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let total = max(0, seconds + (attoseconds > 0 ? 1 : 0))
        let hours = total / 3600, minutes = (total % 3600) / 60, rest = total % 60
        var parts: [String] = []
        if hours > 0 { parts.append(unit(hours, "hour")) }
        if minutes > 0 { parts.append(unit(minutes, "minute")) }
        if rest > 0 || parts.isEmpty { parts.append(unit(rest, "second")) }
        return parts.joined(separator: " ")
    }

    private static func unit(_ count: Int64, _ name: String) -> String {
        count == 1 ? "1 \(name)" : "\(count) \(name)s"
    }
}
