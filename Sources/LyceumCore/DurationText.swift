/// Durations as people read them, in one place. Pure.
public enum DurationText {
    /// A setting's length in words: "2 minutes", "1 minute", "90 seconds".
    public static func words(seconds: Int) -> String {
        seconds % 60 == 0 ? "\(seconds / 60) minute\(seconds == 60 ? "" : "s")" : "\(seconds) seconds"
    }

    /// A time spent, short, for tables: "45s", "12m", "1h5m".
    public static func short(seconds: Double) -> String {
        let s = Int(seconds)
        return s < 60 ? "\(s)s" : s < 3600 ? "\(s / 60)m" : "\(s / 3600)h\(s % 3600 / 60)m"
    }
}
