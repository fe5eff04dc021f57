import DialogueKit

/// One thing the tutor says.
public struct TutorEvent: Sendable, Equatable, Codable {
    public var move: Move
    public var text: String
    public init(_ move: Move, _ text: String) { self.move = move; self.text = text }
}

/// The tutor's reply to one input: the verdict on an answer (if the input was one) and what it says.
public struct TutorTurn: Sendable, Equatable, Codable {
    public var classification: Classification?
    public var events: [TutorEvent]
    /// Set when this turn completed a checkpoint step: the group-discussion question.
    public var checkpoint: String?
    public init(classification: Classification? = nil, events: [TutorEvent] = [], checkpoint: String? = nil) {
        self.classification = classification; self.events = events; self.checkpoint = checkpoint
    }
    public var moves: [Move] { events.map(\.move) }
    /// The whole reply as plain text, one event a paragraph.
    public var text: String { events.map(\.text).joined(separator: "\n") }
}
