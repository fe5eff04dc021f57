/// Everything the tutor needs: dialogues, shared concept sets and the tutor's wording.
public struct Content: Sendable {
    public var dialogues: [Dialogue]
    public var concepts: ConceptSets
    public var prompts: PromptLibrary
    /// Dialogue tests as data, keyed by dialogue id.
    public var tests: [String: DialogueTests]

    public init(dialogues: [Dialogue], concepts: ConceptSets, prompts: PromptLibrary,
                tests: [String: DialogueTests] = [:]) {
        self.dialogues = dialogues; self.concepts = concepts; self.prompts = prompts; self.tests = tests
    }

    public func dialogue(_ id: String) -> Dialogue? { dialogues.first { $0.id == id } }
}

/// A named set of alternatives (synonyms, word families, phrasings) shared by all dialogues.
public struct ConceptSet: Sendable, Equatable {
    public var name: String
    /// Any one of these matches the concept.
    public var alternatives: [Detector]
    public var source: SourceLocation
    public init(name: String, alternatives: [Detector], source: SourceLocation) {
        self.name = name; self.alternatives = alternatives; self.source = source
    }
}

/// All concept sets, by name.
public struct ConceptSets: Sendable, Equatable {
    public var sets: [String: ConceptSet]
    public init(_ sets: [ConceptSet] = []) {
        self.sets = Dictionary(sets.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }
    public subscript(name: String) -> ConceptSet? { sets[name] }
}
