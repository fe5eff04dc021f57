import Foundation

extension ConceptSets {
    /// Concept sets the engine defines itself; a dialogue may use them without defining them.
    public static let builtInNames: Set<String> = ["dont-know"]
}

/// Checks what one file cannot check alone: ids and references across steps, dialogues,
/// concept sets and tests. Reports every problem; never stops at the first.
struct Validator {
    var dialogues: [ParsedDialogue] = []
    var concepts: [ParsedConcepts] = []
    var tests: [ParsedTests] = []

    func validate() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        diagnostics += dialogueIDs()
        for dialogue in dialogues { diagnostics += Self.check(dialogue) }
        diagnostics += conceptReferences()
        diagnostics += testReferences()
        return diagnostics
    }

    // MARK: Dialogues

    /// The id a file's name implies: `seasons` for `Dialogues/seasons.yaml` or `seasons.tests.yaml`.
    static func fileID(_ path: String, dropping suffixes: [String]) -> String {
        let name = (path as NSString).lastPathComponent
        for suffix in suffixes where name.hasSuffix(suffix) { return String(name.dropLast(suffix.count)) }
        return name
    }

    func dialogueIDs() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var first: [String: SourceLocation] = [:]
        for parsed in dialogues {
            let expected = Self.fileID(parsed.file, dropping: [".yaml", ".yml"])
            if parsed.id.name != expected {
                diagnostics.append(Diagnostic("dialogue id '\(parsed.id.name)' does not match the file name "
                                              + "'\((parsed.file as NSString).lastPathComponent)' (rename one to match)",
                                              at: parsed.id.location))
            }
            diagnostics += Self.duplicate(parsed.id, "dialogue id", in: &first)
        }
        return diagnostics
    }

    static func duplicate(_ id: Located, _ what: String, in first: inout [String: SourceLocation]) -> [Diagnostic] {
        if let earlier = first[id.name] {
            return [Diagnostic("duplicate \(what) '\(id.name)' (first at \(earlier))", at: id.location)]
        }
        first[id.name] = id.location
        return []
    }

    static func check(_ parsed: ParsedDialogue) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var skills: [String: SourceLocation] = [:]
        for id in parsed.skills { diagnostics += duplicate(id, "skill id", in: &skills) }
        var steps: [String: SourceLocation] = [:]
        for step in parsed.steps where !step.id.name.isEmpty {
            diagnostics += duplicate(step.id, "step id", in: &steps)
            var expectations: [String: SourceLocation] = [:]
            for id in step.expectations { diagnostics += duplicate(id, "expectation id", in: &expectations) }
            var misconceptions: [String: SourceLocation] = [:]
            for id in step.misconceptions { diagnostics += duplicate(id, "misconception id", in: &misconceptions) }
            var discussionExpectations: [String: SourceLocation] = [:]
            for id in step.discussionExpectations {
                diagnostics += duplicate(id, "discussion expectation id", in: &discussionExpectations)
            }
            var discussionMisconceptions: [String: SourceLocation] = [:]
            for id in step.discussionMisconceptions {
                diagnostics += duplicate(id, "discussion misconception id", in: &discussionMisconceptions)
            }
            if step.id.name.contains("#") {
                diagnostics.append(Diagnostic("step id '\(step.id.name)' contains '#', which is reserved "
                                              + "('STEPID#discussion' names a checkpoint's discussion)", at: step.id.location))
            }
            for skill in step.skills where skills[skill.name] == nil {
                diagnostics.append(Diagnostic("unknown skill '\(skill.name)'"
                                              + suggestionOrList(skill.name, parsed.skills.map(\.name)), at: skill.location))
            }
        }
        for step in parsed.steps {
            if let next = step.next, next.name != "end", steps[next.name] == nil {
                diagnostics.append(Diagnostic("'next' names unknown step '\(next.name)'" + suggestionOrList(
                    next.name, steps.keys.sorted(), otherwise: "use a step id or 'end'"), at: next.location))
            }
        }
        diagnostics += unreachable(parsed.steps)
        for step in parsed.steps { diagnostics += WordingCheck.foreignReferences(step) }
        return diagnostics
    }

    /// Steps no path reaches from the first step, following `next` (default: the following step).
    static func unreachable(_ steps: [ParsedDialogue.StepIndex]) -> [Diagnostic] {
        guard !steps.isEmpty else { return [] }
        let position = Dictionary(steps.enumerated().map { ($1.id.name, $0) }, uniquingKeysWith: { first, _ in first })
        func successor(_ index: Int) -> Int? {
            guard let next = steps[index].next?.name else { return index + 1 < steps.count ? index + 1 : nil }
            return next == "end" ? nil : position[next]
        }
        var reached: Set<Int> = [0]
        var pending = [0]
        while let index = pending.popLast() {
            if let next = successor(index), reached.insert(next).inserted { pending.append(next) }
        }
        var diagnostics: [Diagnostic] = []
        for index in steps.indices where !reached.contains(index) && !steps[index].id.name.isEmpty {
            let leaders = steps.indices.filter { successor($0) == index }
            let why = leaders.isEmpty ? "no step leads to it"
                : "only \(leaders.map { "'\(steps[$0].id.name)'" }.joined(separator: ", ")) lead\(leaders.count == 1 ? "s" : "") to it, "
                  + "and no path from the first step reaches \(leaders.count == 1 ? "it" : "them")"
            diagnostics.append(Diagnostic("step '\(steps[index].id.name)' is unreachable: \(why)",
                                          at: steps[index].id.location))
        }
        return diagnostics
    }

    // MARK: Concepts

    func conceptReferences() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var defined: [String: SourceLocation] = [:]
        var includes: [String: [Located]] = [:]
        for file in concepts {
            for set in file.sets {
                diagnostics += Self.duplicate(Located(name: set.name, location: set.source), "concept", in: &defined)
                if includes[set.name] == nil { includes[set.name] = file.references[set.name] ?? [] }
            }
        }
        let known = Set(defined.keys).union(ConceptSets.builtInNames)
        let references = dialogues.flatMap(\.conceptReferences) + concepts.flatMap { $0.references.values.joined() }
        for reference in references where !known.contains(reference.name) {
            diagnostics.append(Diagnostic("unknown concept '@\(reference.name)'"
                                          + "\(suggestion(reference.name, known.sorted(), prefix: "@"))", at: reference.location))
        }
        diagnostics += Self.cycles(includes)
        return diagnostics
    }

    /// Concept sets that include themselves, directly or through others.
    static func cycles(_ includes: [String: [Located]]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var done: Set<String> = []
        var path: [String] = []
        func visit(_ name: String) {
            path.append(name)
            for reference in includes[name] ?? [] {
                if let start = path.firstIndex(of: reference.name) {
                    let cycle = (path[start...] + [reference.name]).map { "@\($0)" }.joined(separator: " -> ")
                    diagnostics.append(Diagnostic("concept '@\(reference.name)' includes itself: \(cycle)",
                                                  at: reference.location))
                } else if !done.contains(reference.name), includes[reference.name] != nil {
                    visit(reference.name)
                }
            }
            path.removeLast()
            done.insert(name)
        }
        for name in includes.keys.sorted() where !done.contains(name) { visit(name) }
        return diagnostics
    }

    // MARK: Tests

    func testReferences() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var byID: [String: Dialogue] = [:]
        for parsed in dialogues where byID[parsed.dialogue.id] == nil { byID[parsed.dialogue.id] = parsed.dialogue }
        var first: [String: SourceLocation] = [:]
        for parsed in tests {
            let id = parsed.tests.dialogueID
            diagnostics += Self.duplicate(Located(name: id, location: parsed.tests.source), "tests for dialogue", in: &first)
            guard let dialogue = byID[id] else {
                diagnostics.append(Diagnostic("tests for unknown dialogue '\(id)'" + suggestionOrList(
                    id, byID.keys.sorted(), otherwise: "no dialogue '\(id)' was loaded; tests are named ID.tests.yaml"),
                                              at: parsed.tests.source))
                continue
            }
            for (example, index) in zip(parsed.tests.examples, parsed.examples) {
                diagnostics += Self.check(example, index, in: dialogue)
            }
        }
        return diagnostics
    }

    static func check(_ example: ExampleAnswer, _ index: ParsedTests.ExampleIndex, in dialogue: Dialogue) -> [Diagnostic] {
        let step: Step
        if let name = index.discussion {
            guard let found = dialogue.step(name.name) else {
                return [Diagnostic("unknown step '\(name.name)' in dialogue '\(dialogue.id)'"
                                   + "\(suggestion(name.name, dialogue.steps.map(\.id)))", at: name.location)]
            }
            guard let discussion = dialogue.discussionStep(found.id) else {
                let withDiscussion = dialogue.discussionSteps.map { String($0.id.dropLast(Discussion.suffix.count)) }
                return [Diagnostic("step '\(found.id)' has no discussion with expectations to test (write its "
                                   + "checkpoint's 'discussion' as a mapping with 'question', 'expectations' and 'summary')"
                                   + (withDiscussion.isEmpty ? "" : "; steps with one: \(withDiscussion.joined(separator: ", "))"),
                                   at: name.location)]
            }
            step = discussion
        } else if let name = index.step {
            guard let found = dialogue.step(name.name) else {
                return [Diagnostic("unknown step '\(name.name)' in dialogue '\(dialogue.id)'"
                                   + "\(suggestion(name.name, dialogue.steps.map(\.id)))", at: name.location)]
            }
            step = found
        } else {
            guard let found = dialogue.firstQuestion else {
                return [Diagnostic("dialogue '\(dialogue.id)' has no question step for this example", at: example.source)]
            }
            step = found
        }
        var diagnostics: [Diagnostic] = []
        if let misconception = index.misconception, !step.misconceptions.contains(where: { $0.id == misconception.name }) {
            let ids = step.misconceptions.map(\.id)
            diagnostics.append(Diagnostic("unknown misconception '\(misconception.name)' in step '\(step.id)'"
                                          + suggestionOrList(misconception.name, ids, otherwise:
                                              "its misconceptions: \(ids.isEmpty ? "none" : ids.joined(separator: ", "))"),
                                          at: misconception.location))
        }
        for expectation in index.expectations + index.named + (index.nearMiss.map { [$0] } ?? [])
            where !step.expectations.contains(where: { $0.id == expectation.name }) {
            let ids = step.expectations.map(\.id)
            diagnostics.append(Diagnostic("unknown expectation '\(expectation.name)' in step '\(step.id)'"
                                          + suggestionOrList(expectation.name, ids,
                                                             otherwise: "its expectations: \(ids.joined(separator: ", "))"),
                                          at: expectation.location))
        }
        return diagnostics
    }
}
