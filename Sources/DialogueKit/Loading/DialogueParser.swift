import Yams

/// A piece of author text the tutor says through prompt templates, and where it was written,
/// for the checks of how it reads inside them (`WordingCheck`).
struct AuthoredText: Sendable, Equatable {
    var text: String
    /// The templates it is said through (an assertion is also said through `prompt-completion`
    /// when a prompt of its expectation has no `completion`).
    var kinds: [PromptKind]
    var location: SourceLocation
    /// What it is, for messages: "the remediation of misconception 'm'".
    var what: String
}

/// A dialogue as read from its file, with the positions the validator needs to point at
/// ids and references that the model itself does not keep.
struct ParsedDialogue {
    struct StepIndex {
        var id: Located
        var skills: [Located] = []
        var next: Located?
        var expectations: [Located] = []
        var misconceptions: [Located] = []
        /// The ids of the checkpoint discussion's expectations and misconceptions (the mapping form).
        var discussionExpectations: [Located] = []
        var discussionMisconceptions: [Located] = []
        /// The question (or an info step's text).
        var question: AuthoredText?
        var check: AuthoredText?
        /// Per expectation, in order: its hints, its prompts (each followed by its completion) and its assertion.
        var ladders: [(expectation: String, rungs: [AuthoredText])] = []
        /// Per misconception: its remediation, then its explanation.
        var remediations: [[AuthoredText]] = []
    }

    var dialogue: Dialogue
    var file: String
    /// The `id:` value as written (or the file's name when it is missing).
    var id: Located
    var skills: [Located] = []
    var steps: [StepIndex] = []
    var conceptReferences: [Located] = []
    var reflection: AuthoredText?

    /// Every author text said through a template.
    var wording: [AuthoredText] {
        steps.flatMap { step in
            [step.question, step.check].compactMap { $0 } + step.ladders.flatMap(\.rungs) + step.remediations.joined()
        } + [reflection].compactMap { $0 }
    }
}

/// Reads `Dialogues/ID.yaml` into a `Dialogue`; shape errors go to the reader's diagnostics.
struct DialogueParser {
    static let topKeys = ["id", "title", "subject", "intro", "skills", "reflection", "steps"]
    static let skillKeys = ["id", "name", "bkt"]
    static let bktKeys = ["prior", "learn", "guess", "slip"]
    static let questionKeys = ["id", "type", "skill", "skills", "question", "expectations", "misconceptions",
                               "pumps", "summary", "check", "checkpoint", "next"]
    static let infoKeys = ["id", "type", "skill", "skills", "text", "checkpoint", "next"]
    static let expectationKeys = ["id", "match", "keywords", "probe", "hints", "prompts", "assertion"]
    static let promptKeys = ["ask", "answer", "completion"]
    static let misconceptionKeys = ["id", "match", "source", "remediation", "explanation"]
    static let discussionKeys = ["question", "expectations", "misconceptions", "summary"]

    let reader: YAMLReader
    /// The id the file name implies (`seasons` for `Dialogues/seasons.yaml`).
    let fileID: String

    static func parse(yaml: String, file: String, fileID: String) -> (ParsedDialogue?, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        let parsed = reader.compose(yaml).flatMap { DialogueParser(reader: reader, fileID: fileID).dialogue($0) }
        return (parsed, reader.diagnostics)
    }

    func dialogue(_ root: Node) -> ParsedDialogue? {
        guard let fields = reader.mapping(root, "a dialogue", allowed: Self.topKeys) else { return nil }
        let id = fields.required("id") == nil ? nil : fields.located("id")
        let title = fields.requiredText("title")
        let subject = fields.requiredText("subject")
        let intro = fields.text("intro")
        let reflection = fields.text("reflection")

        var skills: [Skill] = []
        var skillIDs: [Located] = []
        if let node = fields.required("skills"), let items = reader.sequence(node, "skills") {
            if items.isEmpty { reader.error("a dialogue needs at least one skill", at: node) }
            for item in items {
                guard let (skill, id) = skill(item) else { continue }
                skills.append(skill)
                skillIDs.append(id)
            }
        }

        var steps: [Step] = []
        var indexes: [ParsedDialogue.StepIndex] = []
        if let node = fields.required("steps"), let items = reader.sequence(node, "steps") {
            if items.isEmpty { reader.error("a dialogue needs at least one step", at: node) }
            for item in items {
                guard let (step, index) = step(item) else { continue }
                steps.append(step)
                indexes.append(index)
            }
        }

        let located = id ?? Located(name: fileID, location: fields.location)
        let dialogue = Dialogue(id: located.name, title: title ?? "", subject: subject ?? "", intro: intro,
                                skills: skills, steps: steps, reflection: reflection, source: fields.location)
        return ParsedDialogue(dialogue: dialogue, file: reader.file, id: located, skills: skillIDs,
                              steps: indexes, conceptReferences: reader.conceptReferences,
                              reflection: authored(fields["reflection"], [.reflectionRequest], "the reflection"))
    }

    // MARK: Skills

    func skill(_ node: Node) -> (Skill, Located)? {
        guard let fields = reader.mapping(node, "a skill", allowed: Self.skillKeys) else { return nil }
        let id = fields.required("id") == nil ? nil : fields.located("id")
        let name = fields.requiredText("name")
        let bkt = fields["bkt"].flatMap { self.bkt($0) } ?? BKTParameters.default
        guard let id else { return nil }
        return (Skill(id: id.name, name: name ?? id.name, bkt: bkt), id)
    }

    /// BKT parameters; missing ones take their defaults. Each must lie strictly between 0 and 1,
    /// and guess + slip must stay below 1, or a right answer would be evidence of not knowing.
    func bkt(_ node: Node) -> BKTParameters? {
        guard let fields = reader.mapping(node, "BKT parameters", allowed: Self.bktKeys) else { return nil }
        var parameters = BKTParameters.default
        let keyPaths: [(String, WritableKeyPath<BKTParameters, Double>)] =
            [("prior", \.prior), ("learn", \.learn), ("guess", \.guess), ("slip", \.slip)]
        var valid = true
        for (key, keyPath) in keyPaths {
            guard let value = fields[key] else { continue }
            guard let number = reader.double(value, "'\(key)'") else { valid = false; continue }
            if number <= 0 || number >= 1 {
                reader.error("BKT '\(key)' must be between 0 and 1 (exclusive), found \(value.scalar?.string ?? "")",
                             at: value)
                valid = false
            }
            parameters[keyPath: keyPath] = number
        }
        if valid, parameters.guess + parameters.slip >= 1 {
            reader.error("BKT 'guess' + 'slip' must be below 1, found \(parameters.guess) + \(parameters.slip) "
                         + "(a right answer would then suggest the skill is not known)", at: node)
            valid = false
        }
        return valid ? parameters : nil
    }

    // MARK: Steps

    func step(_ node: Node) -> (Step, ParsedDialogue.StepIndex)? {
        let allKeys = Self.questionKeys + Self.infoKeys.filter { !Self.questionKeys.contains($0) }
        guard let fields = reader.mapping(node, "a step", allowed: allKeys) else { return nil }
        var kind = Step.Kind.question
        var knownType = true
        if let typeNode = fields["type"], let type = reader.text(typeNode, "'type'") {
            if let parsed = Step.Kind(rawValue: type) {
                kind = parsed
            } else {
                reader.error("unknown step type '\(type)' (expected one of: question, info)", at: typeNode)
                knownType = false
            }
        }
        let own = kind == .question ? Self.questionKeys : Self.infoKeys
        for entry in fields.entries where knownType && !own.contains(entry.key) {
            reader.error("key '\(entry.key)' is not used by \(kind == .question ? "a question" : "an info") step "
                         + "(expected one of: \(own.joined(separator: ", ")))", at: entry.keyNode)
        }

        let id = fields.required("id") == nil ? nil : fields.located("id")
        let text = fields.requiredText(kind == .question ? "question" : "text")
        var index = ParsedDialogue.StepIndex(id: id ?? Located(name: "", location: fields.location))
        index.skills = skillReferences(fields)
        index.next = fields.located("next")
        let stepName = "step '\(id?.name ?? "")'"
        index.question = kind == .question
            ? authored(fields["question"], [.question, .nextRefused], "the question of \(stepName)")
            : authored(fields["text"], [.question], "the text of \(stepName)")

        var expectations: [Expectation] = []
        var misconceptions: [Misconception] = []
        if kind == .question {
            if let node = fields["expectations"], let items = reader.sequence(node, "expectations") {
                for item in items {
                    guard let (expectation, id, rungs) = expectation(item) else { continue }
                    expectations.append(expectation)
                    index.expectations.append(id)
                    index.ladders.append((id.name, rungs))
                }
                if items.isEmpty {
                    reader.error("question step '\(id?.name ?? "")' has no expectations (at least one is needed)", at: node)
                }
            } else if fields["expectations"] == nil {
                reader.error("question step '\(id?.name ?? "")' has no expectations (add 'expectations:')", at: node)
            }
            if let node = fields["misconceptions"], let items = reader.sequence(node, "misconceptions") {
                for item in items {
                    guard let (misconception, id, texts) = misconception(item) else { continue }
                    misconceptions.append(misconception)
                    index.misconceptions.append(id)
                    index.remediations.append(texts)
                }
            }
        }
        let pumps = fields["pumps"].map { reader.texts($0, "a pump") } ?? []
        let summary = fields.text("summary")
        let check = fields["check"].flatMap { self.check($0) }
        if case .mapping(let mapping)? = fields["check"] {
            index.check = authored(Self.value(mapping, "ask"), [.skipCheck], "the check question of \(stepName)")
        }
        let checkpoint = fields["checkpoint"].flatMap { self.checkpoint($0, &index) }

        guard let id else { return nil }
        let step = Step(id: id.name, kind: kind, text: text ?? "", skills: index.skills.map(\.name),
                        expectations: expectations, misconceptions: misconceptions, pumps: pumps,
                        summary: summary, check: check, checkpoint: checkpoint, next: index.next?.name,
                        source: fields.location)
        return (step, index)
    }

    /// `skill: a` or `skills: [a, b]`, as written.
    func skillReferences(_ fields: Fields) -> [Located] {
        if fields.has("skill"), fields.has("skills") {
            reader.error("use either 'skill' or 'skills', not both", at: fields.keyLocation("skills") ?? fields.location)
        }
        guard let node = fields["skills"] ?? fields["skill"] else { return [] }
        let items = reader.sequence(node, "skill ids", single: true) ?? []
        return items.compactMap { item in
            reader.text(item, "a skill id").map { Located(name: $0, location: reader.location(item)) }
        }
    }

    func expectation(_ node: Node) -> (Expectation, Located, [AuthoredText])? {
        guard let fields = reader.mapping(node, "an expectation", allowed: Self.expectationKeys) else { return nil }
        let id = fields.required("id") == nil ? nil : fields.located("id")
        let match = fields.required("match").flatMap { reader.detector($0, "'match'") }
        let hints = fields["hints"].map { reader.texts($0, "a hint") } ?? []
        let promptNodes = fields["prompts"].flatMap { reader.sequence($0, "prompts") } ?? []
        let prompts = promptNodes.compactMap { prompt($0) }
        let assertion = fields.requiredText("assertion")
        let keywords = fields["keywords"].map { reader.detector($0, "'keywords'") }
        let probe = fields.text("probe")
        guard let id, let match, keywords != .some(nil) else { return nil }
        // The ladder's texts as the learner meets them, for WordingCheck.
        let name = "expectation '\(id.name)'"
        var rungs = Self.items(fields["hints"]).enumerated().compactMap { offset, item in
            authored(item, [.hint], "hint \(offset + 1) of \(name)")
        }
        var completed = true
        for (offset, item) in promptNodes.enumerated() {
            guard case .mapping(let mapping) = item else { continue }
            rungs += [authored(Self.value(mapping, "ask"), [.prompt], "prompt \(offset + 1) of \(name)"),
                      authored(Self.value(mapping, "completion"), [.promptCompletion], "the completion of prompt \(offset + 1) of \(name)")]
                .compactMap { $0 }
            if Self.value(mapping, "completion") == nil { completed = false }
        }
        if let text = authored(fields["assertion"], completed ? [.assertion] : [.assertion, .promptCompletion],
                               "the assertion of \(name)") {
            rungs.append(text)
        }
        return (Expectation(id: id.name, match: match, hints: hints, prompts: prompts, assertion: assertion ?? "",
                            keywords: keywords ?? nil, probe: probe, source: fields.location), id, rungs)
    }

    /// The value of `key` in a mapping not read through `Fields`.
    static func value(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.scalar?.string == key }?.value
    }

    /// The items of a list, or a single item; nothing for other shapes (already reported).
    static func items(_ node: Node?) -> [Node] {
        switch node {
        case .sequence(let sequence)?: Array(sequence)
        case .scalar(let scalar)?: [.scalar(scalar)]
        default: []
        }
    }

    /// A text as written, where it was written and the templates it is said through; no diagnostics
    /// (the field's own reading reports them).
    func authored(_ node: Node?, _ kinds: [PromptKind], _ what: String) -> AuthoredText? {
        guard let node, case .scalar(let scalar) = node, !YAMLReader.isNull(node) else { return nil }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? nil : AuthoredText(text: text, kinds: kinds, location: reader.location(node), what: what)
    }

    func prompt(_ node: Node) -> Prompt? {
        guard let fields = reader.mapping(node, "a prompt", allowed: Self.promptKeys) else { return nil }
        let ask = fields.requiredText("ask")
        let answer = fields.required("answer").flatMap { reader.detector($0, "'answer'") }
        let completion = fields.text("completion")
        guard let ask, let answer else { return nil }
        return Prompt(ask: ask, answer: answer, completion: completion)
    }

    func misconception(_ node: Node) -> (Misconception, Located, [AuthoredText])? {
        guard let fields = reader.mapping(node, "a misconception", allowed: Self.misconceptionKeys) else { return nil }
        let id = fields.required("id") == nil ? nil : fields.located("id")
        let match = fields.required("match").flatMap { reader.detector($0, "'match'") }
        let name = id?.name ?? ""
        var source = fields.text("source")
        if source == nil, !fields.has("source") {
            reader.error("misconception '\(name)' has no source (cite the study or resource that documents it)",
                         at: node)
            source = ""
        }
        var remediation = fields.text("remediation")
        if remediation == nil, !fields.has("remediation") {
            reader.error("misconception '\(name)' has no remediation (a question that lets the learner test the idea)",
                         at: node)
            remediation = ""
        }
        let explanation = fields.text("explanation")
        guard let id, let match else { return nil }
        let texts = [authored(fields["remediation"], [.remediation], "the remediation of misconception '\(id.name)'"),
                     authored(fields["explanation"], [.explanation], "the explanation of misconception '\(id.name)'")]
        return (Misconception(id: id.name, match: match, source: source ?? "", remediation: remediation ?? "",
                              explanation: explanation, location: fields.location), id, texts.compactMap { $0 })
    }

    func check(_ node: Node) -> CheckQuestion? {
        guard let fields = reader.mapping(node, "a check question", allowed: ["ask", "answer"]) else { return nil }
        let ask = fields.requiredText("ask")
        let answer = fields.required("answer").flatMap { reader.detector($0, "'answer'") }
        guard let ask, let answer else { return nil }
        return CheckQuestion(ask: ask, answer: answer)
    }

    func checkpoint(_ node: Node, _ index: inout ParsedDialogue.StepIndex) -> Checkpoint? {
        guard let fields = reader.mapping(node, "a checkpoint", allowed: ["discussion", "confidence"]) else { return nil }
        let confidence = fields["confidence"].flatMap { reader.bool($0, "'confidence'") } ?? true
        guard let value = fields["discussion"] else {
            reader.error("checkpoint has no discussion (the question the group discusses)", at: node)
            return nil
        }
        if case .mapping = value {
            guard let discussion = discussion(value, &index) else { return nil }
            return Checkpoint(question: discussion, askConfidence: confidence)
        }
        guard let discussion = reader.text(value, "'discussion'") else { return nil }
        return Checkpoint(discussion: discussion, askConfidence: confidence)
    }

    /// The mapping form of a checkpoint's discussion: a question with its own expectations
    /// (hints and prompts optional), misconceptions and summary, read like a step's.
    func discussion(_ node: Node, _ index: inout ParsedDialogue.StepIndex) -> Discussion? {
        guard let fields = reader.mapping(node, "a discussion", allowed: Self.discussionKeys) else { return nil }
        let text = fields.requiredText("question")
        var expectations: [Expectation] = []
        if let list = fields.required("expectations"), let items = reader.sequence(list, "expectations") {
            if items.isEmpty {
                reader.error("the discussion of step '\(index.id.name)' has no expectations (at least one is needed)", at: list)
            }
            for item in items {
                guard let (expectation, id, _) = expectation(item) else { continue }
                expectations.append(expectation)
                index.discussionExpectations.append(id)
            }
        }
        var misconceptions: [Misconception] = []
        if let list = fields["misconceptions"], let items = reader.sequence(list, "misconceptions") {
            for item in items {
                guard let (misconception, id, _) = misconception(item) else { continue }
                misconceptions.append(misconception)
                index.discussionMisconceptions.append(id)
            }
        }
        let summary = fields.requiredText("summary")
        guard let text else { return nil }
        return Discussion(text: text, expectations: expectations, misconceptions: misconceptions, summary: summary,
                          source: fields.location)
    }
}
