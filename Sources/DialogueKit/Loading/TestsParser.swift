import Yams

/// Dialogue tests as read from `ID.tests.yaml`, with where each reference was written.
struct ParsedTests {
    struct ExampleIndex {
        var step: Located?
        var discussion: Located?
        var misconception: Located?
        var expectations: [Located] = []
        var nearMiss: Located?
        var named: [Located] = []
    }

    var tests: DialogueTests
    var file: String
    /// One entry per example in `tests.examples`, in the same order.
    var examples: [ExampleIndex] = []
}

/// Reads `Dialogues/ID.tests.yaml`: `examples` for the classifier, `conversations` for the tutor.
struct TestsParser {
    static let exampleKeys = ["step", "discussion", "answer", "verdict", "misconception", "expectations", "near-miss", "named"]
    static let conversationKeys = ["name", "seed", "turns"]

    let reader: YAMLReader

    static func parse(yaml: String, file: String, dialogueID: String) -> (ParsedTests, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        var parsed = ParsedTests(tests: DialogueTests(dialogueID: dialogueID, examples: [], conversations: [],
                                                      source: SourceLocation(file: file)), file: file)
        guard let root = reader.compose(yaml),
              let fields = reader.mapping(root, "a tests file", allowed: ["examples", "conversations"])
        else { return (parsed, reader.diagnostics) }
        parsed.tests.source = fields.location
        let parser = TestsParser(reader: reader)
        if !fields.has("examples"), !fields.has("conversations") {
            reader.error("a tests file needs 'examples', 'conversations' or both", at: root)
        }
        for item in fields["examples"].flatMap({ reader.sequence($0, "examples") }) ?? [] {
            guard let (example, index) = parser.example(item) else { continue }
            parsed.tests.examples.append(example)
            parsed.examples.append(index)
        }
        for item in fields["conversations"].flatMap({ reader.sequence($0, "conversations") }) ?? [] {
            if let conversation = parser.conversation(item) { parsed.tests.conversations.append(conversation) }
        }
        return (parsed, reader.diagnostics)
    }

    func example(_ node: Node) -> (ExampleAnswer, ParsedTests.ExampleIndex)? {
        guard let fields = reader.mapping(node, "an example", allowed: Self.exampleKeys) else { return nil }
        var index = ParsedTests.ExampleIndex()
        index.step = fields.located("step")
        index.discussion = fields.located("discussion")
        if index.step != nil, let discussion = index.discussion {
            reader.error("use either 'step' or 'discussion' (the checkpoint step whose discussion is answered), not both",
                         at: discussion.location)
        }
        index.misconception = fields.located("misconception")
        let answer = fields.required("answer").flatMap { rawText($0, "'answer'") }
        var verdict = fields.required("verdict") == nil ? nil : fields.located("verdict")
        if let given = verdict, !knownVerdicts.contains(given.name) {
            reader.error("unknown verdict '\(given.name)'\(suggestionOrList(given.name, knownVerdicts))",
                         at: given.location)
            verdict = nil
        }
        if let verdict {
            if verdict.name == "misconception", index.misconception == nil, !fields.has("misconception") {
                reader.error("an example with verdict 'misconception' needs 'misconception: ID'", at: node)
            }
            if verdict.name != "misconception", let misconception = index.misconception {
                reader.error("'misconception' only goes with verdict 'misconception', found verdict '\(verdict.name)'",
                             at: misconception.location)
            }
        }
        if let node = fields["expectations"], let items = reader.sequence(node, "expectation ids", single: true) {
            index.expectations = items.compactMap { item in
                reader.text(item, "an expectation id").map { Located(name: $0, location: reader.location(item)) }
            }
        }
        if let node = fields["named"], let items = reader.sequence(node, "expectation ids", single: true) {
            index.named = items.compactMap { item in
                reader.text(item, "an expectation id").map { Located(name: $0, location: reader.location(item)) }
            }
        }
        index.nearMiss = fields.located("near-miss")
        if let nearMiss = index.nearMiss, verdict?.name == "correct" {
            reader.error("a near-miss is a wrong answer: its verdict cannot be 'correct' (near-miss of '\(nearMiss.name)')",
                         at: nearMiss.location)
        }
        guard let answer, let verdict else { return nil }
        let example = ExampleAnswer(step: index.step?.name, discussion: index.discussion?.name, answer: answer, verdict: verdict.name,
                                    misconception: index.misconception?.name,
                                    expectations: fields.has("expectations") ? index.expectations.map(\.name) : nil,
                                    nearMiss: index.nearMiss?.name,
                                    named: fields.has("named") ? index.named.map(\.name) : nil,
                                    source: fields.location)
        return (example, index)
    }

    func conversation(_ node: Node) -> Conversation? {
        guard let fields = reader.mapping(node, "a conversation", allowed: Self.conversationKeys) else { return nil }
        let name = fields.requiredText("name")
        var seed: UInt64 = 1
        if let node = fields["seed"] {
            if let value = node.scalar.flatMap({ UInt64($0.string) }) {
                seed = value
            } else {
                reader.error("expected a whole number from 0 up for 'seed', found '\(node.scalar?.string ?? YAMLReader.kind(of: node))'",
                             at: node)
            }
        }
        var turns: [Conversation.Turn] = []
        if let node = fields.required("turns"), let items = reader.sequence(node, "turns") {
            if items.isEmpty { reader.error("a conversation needs at least one turn", at: node) }
            turns = items.compactMap { turn($0) }
        }
        guard let name else { return nil }
        return Conversation(name: name, seed: seed, turns: turns, source: fields.location)
    }

    func turn(_ node: Node) -> Conversation.Turn? {
        guard let fields = reader.mapping(node, "a turn", allowed: ["say", "expect", "says"]) else { return nil }
        let say = fields.required("say").flatMap { rawText($0, "'say'", allowEmpty: true) }
        var expect: [String] = []
        if let node = fields.required("expect"), let items = reader.sequence(node, "moves", single: true) {
            if items.isEmpty { reader.error("'expect' needs at least one move", at: node) }
            for item in items {
                guard let move = reader.text(item, "a move") else { continue }
                if knownMoves.contains(move) {
                    expect.append(move)
                } else {
                    reader.error("unknown move '\(move)'" + suggestionOrList(
                        move, knownMoves, otherwise: "the moves are listed at the end of Dialogues/README.md"), at: item)
                }
            }
        }
        let says = fields.text("says")
        guard let say else { return nil }
        return Conversation.Turn(say: say, expect: expect, says: says, source: fields.location)
    }

    /// A learner's line exactly as written (only a trailing newline is dropped); `""` is allowed
    /// where `allowEmpty` says so, and a missing value never is.
    func rawText(_ node: Node, _ what: String, allowEmpty: Bool = false) -> String? {
        guard case .scalar(let scalar) = node, !YAMLReader.isNull(node) else {
            let hint = allowEmpty ? " (write \"\" for an empty line)" : ""
            reader.error("expected text for \(what), found \(YAMLReader.kind(of: node))\(hint)", at: node)
            return nil
        }
        var text = scalar.string
        while text.hasSuffix("\n") { text.removeLast() }
        if text.isEmpty, !allowEmpty { reader.error("\(what) is empty", at: node) }
        return text.isEmpty && !allowEmpty ? nil : text
    }
}
