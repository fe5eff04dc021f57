/// Earlier lines, browsed with Up and Down. The line being typed is kept aside while browsing
/// and comes back at the bottom. Lives in memory only; passphrases never enter it.
public struct History: Sendable, Equatable {
    public private(set) var entries: [String] = []
    public var limit: Int
    /// The entry shown while browsing; nil: the line being typed.
    private var position: Int?
    private var draft = ""

    public init(limit: Int = 500) { self.limit = limit }

    /// Remembers a submitted line, unless it is blank or repeats the last one; stops browsing.
    public mutating func add(_ line: String) {
        position = nil
        draft = ""
        guard !line.allSatisfy(\.isWhitespace), entries.last != line else { return }
        entries.append(line)
        if entries.count > limit { entries.removeFirst(entries.count - limit) }
    }

    /// The entry before the one shown; `current` is what the input line holds now. Nil at the oldest.
    public mutating func previous(current: String) -> String? {
        let target: Int
        if let position {
            guard position > 0 else { return nil }
            target = position - 1
        } else {
            guard !entries.isEmpty else { return nil }
            draft = current
            target = entries.count - 1
        }
        position = target
        return entries[target]
    }

    /// The entry after the one shown, or the line that was being typed. Nil when not browsing.
    public mutating func next() -> String? {
        guard let position else { return nil }
        if position + 1 < entries.count {
            self.position = position + 1
            return entries[position + 1]
        }
        self.position = nil
        return draft
    }
}
