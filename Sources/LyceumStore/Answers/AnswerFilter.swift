import Foundation

/// Which stored answers `lyceum answers` lists. Every field left `nil` means "any".
public struct AnswerFilter: Sendable, Equatable {
    public var dialogueID: String?
    public var stepID: String?
    /// Stored verdicts are compared as text, so a verdict newer than this code still matches.
    public var verdict: String?
    /// Only answers given at or after this moment.
    public var since: Date?
    /// At most this many groups, the most frequent.
    public var limit: Int?

    public init(dialogueID: String? = nil, stepID: String? = nil, verdict: String? = nil, since: Date? = nil,
                limit: Int? = nil) {
        self.dialogueID = dialogueID
        self.stepID = stepID
        self.verdict = verdict
        self.since = since
        self.limit = limit
    }

    /// What `--since` accepts, for the error message.
    public static let expectedDate = "YYYY-MM-DD (midnight UTC) or an ISO 8601 date-time such as 2026-11-29T14:30:00Z"

    /// Reads `YYYY-MM-DD` (midnight UTC) or an ISO 8601 date-time: `YYYY-MM-DDTHH:MM[:SS[.fff]]`
    /// with `Z`, `±HH:MM` or `±HHMM` (no zone: UTC; a space may stand for the `T`).
    /// `nil` for anything else, an impossible date such as 2026-02-30 included.
    public static func date(from text: String) -> Date? {
        let pattern = #/(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?)?/#
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        let (_, year, month, day, hour, minute, second, fraction, zone) = match.output
        let components = DateComponents(
            year: Int(year), month: Int(month), day: Int(day),
            hour: hour.flatMap { Int($0) } ?? 0, minute: minute.flatMap { Int($0) } ?? 0,
            second: second.flatMap { Int($0) } ?? 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let date = calendar.date(from: components) else { return nil }
        // Foundation rolls 2026-02-30 over into March; an impossible date is refused instead.
        let back = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard back.year == components.year, back.month == components.month, back.day == components.day,
              back.hour == components.hour, back.minute == components.minute, back.second == components.second
        else { return nil }
        var offset = 0
        if let zone, zone != "Z" {
            let digits = zone.dropFirst().filter(\.isNumber)
            guard let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2)), hours <= 18, minutes < 60 else {
                return nil
            }
            offset = (hours * 3600 + minutes * 60) * (zone.first == "-" ? -1 : 1)
        }
        let seconds = fraction.flatMap { Double("0.\($0)") } ?? 0
        return date.addingTimeInterval(seconds - TimeInterval(offset))
    }
}
