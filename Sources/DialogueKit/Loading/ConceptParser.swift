import Yams

/// Concept sets as read from `concepts.yaml` or `*.concepts.yaml`, with where each is defined
/// and which other sets each one includes.
struct ParsedConcepts {
    var file: String
    var sets: [ConceptSet] = []
    /// The `@name` references inside each set, by set name, for unknown names and cycles.
    var references: [String: [Located]] = [:]
}

/// Reads a concepts file: `concepts:` mapping each name to a detector or a list of them.
enum ConceptParser {
    static func parse(yaml: String, file: String) -> (ParsedConcepts, [Diagnostic]) {
        let reader = YAMLReader(file: file)
        var parsed = ParsedConcepts(file: file)
        guard let root = reader.compose(yaml),
              let fields = reader.mapping(root, "a concepts file", allowed: ["concepts"]),
              let node = fields.required("concepts") else { return (parsed, reader.diagnostics) }
        guard case .mapping(let mapping) = node else {
            reader.error("expected a mapping of concept names to detectors, found \(YAMLReader.kind(of: node))", at: node)
            return (parsed, reader.diagnostics)
        }
        for (key, value) in mapping {
            guard let name = reader.text(key, "a concept name") else { continue }
            if name.hasPrefix("@") || name.contains(where: \.isWhitespace) {
                reader.error("a concept name has no '@' and no spaces, found '\(name)' (it is used as \"@name\")",
                             at: key)
                continue
            }
            let before = reader.conceptReferences.count
            let items: [Node] = if case .sequence(let sequence) = value { Array(sequence) } else { [value] }
            if items.isEmpty { reader.error("concept '\(name)' has no alternatives", at: value) }
            let alternatives = items.compactMap { reader.detector($0, "concept '\(name)'") }
            parsed.references[name, default: []] += reader.conceptReferences[before...]
            parsed.sets.append(ConceptSet(name: name, alternatives: alternatives, source: reader.location(key)))
        }
        return (parsed, reader.diagnostics)
    }
}
