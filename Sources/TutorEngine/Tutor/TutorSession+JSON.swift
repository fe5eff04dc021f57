import Foundation
import LyceumCore

/// A session's JSON written by hand, for the server's per-answer write: the same document
/// `JSONEncoder` makes from the synthesized `Codable` (same keys, dates as seconds since the
/// reference date, absent optionals left out), so `JSONDecoder` reads it back as it is. Foundation's
/// encoder spent about a tenth of the server's time on this at 2,000 answers a second; this does
/// the same in a few string appends. A test compares both, key for key, so a new field cannot be
/// forgotten here.
extension TutorSession {
    public func json() throws -> Data {
        guard mastery.values.allSatisfy(\.isFinite) else { return try JSONEncoder().encode(self) }
        var out = JSONWriter()
        out.open()
        out.field("dialogueID", dialogueID)
        out.field("phase", phase.rawValue)
        out.field("stepIndex", stepIndex)
        out.field("goal", goal)
        out.key("mastery"); out.dictionary(mastery) { $0.number($1) }
        out.key("steps"); out.dictionary(steps) { $0.step($1) }
        out.key("finished"); out.strings(finished)
        out.field("reflection", reflection)
        out.key("rng"); out.open(); out.key("state"); out.raw("\(rng.state)"); out.close()
        out.key("lastVariant"); out.dictionary(lastVariant) { $0.raw("\($1)") }
        out.key("stepStartedAt"); out.number(stepStartedAt.timeIntervalSinceReferenceDate)
        if let lastActiveAt { out.key("lastActiveAt"); out.number(lastActiveAt.timeIntervalSinceReferenceDate) }
        out.close()
        return Data(out.text.utf8)
    }
}

/// Appends JSON to a string; keeps track of the commas.
private struct JSONWriter {
    var text = ""
    private var first = true

    init() { text.reserveCapacity(1024) }

    mutating func open() { text += "{"; first = true }
    mutating func close() { text += "}"; first = false }
    mutating func raw(_ value: String) { text += value; first = false }
    mutating func key(_ name: String) {
        if !first { text += "," }
        text += JSON.string(name) + ":"
        first = true
    }
    mutating func number(_ value: Double) { raw(value.isFinite ? "\(value)" : "0") }
    mutating func string(_ value: String) { raw(JSON.string(value)) }
    mutating func strings(_ values: [String]) { raw(JSON.array(values.map(JSON.string))) }

    mutating func field(_ name: String, _ value: String?) { if let value { key(name); string(value) } }
    mutating func field(_ name: String, _ value: Int?) { if let value { key(name); raw("\(value)") } }
    mutating func field(_ name: String, _ value: Bool) { key(name); raw(value ? "true" : "false") }

    mutating func dictionary<Value>(_ values: [String: Value], _ write: (inout JSONWriter, Value) -> Void) {
        open()
        for (name, value) in values { key(name); write(&self, value) }
        close()
    }

    mutating func step(_ step: StepProgress) {
        open()
        key("covered"); strings(step.covered)
        key("asserted"); strings(step.asserted)
        key("rung"); dictionary(step.rung) { $0.raw("\($1)") }
        field("attempts", step.attempts)
        field("helped", step.helped)
        field("observed", step.observed)
        key("misconceptions"); dictionary(step.misconceptions) { $0.raw("\($1)") }
        field("lastMisconception", step.lastMisconception)
        if let prompt = step.pendingPrompt {
            key("pendingPrompt"); open(); field("expectation", prompt.expectation); field("index", prompt.index); close()
        }
        field("confidence", step.confidence)
        field("credited", step.credited)
        field("skipped", step.skipped)
        field("complete", step.complete)
        field("lastAnswer", step.lastAnswer)
        field("stalled", step.stalled)
        if let held = step.held { key("held"); strings(held) }
        field("firstVerdict", step.firstVerdict?.rawValue)
        if let discussion = step.discussion {
            key("discussion"); open(); field("room", discussion.room); field("verdict", discussion.verdict); close()
        }
        close()
    }
}
