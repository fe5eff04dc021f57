import Foundation
import Yams

/// A name and where it was written: a step id, a `next:` target, an `@concept` reference.
struct Located: Sendable, Equatable {
    var name: String
    var location: SourceLocation
}

/// Walks Yams nodes of one file and collects diagnostics instead of throwing, so one pass
/// reports every problem with its `file:line:col`.
final class YAMLReader {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every `@name` (and `concept: name`) met while reading detectors, for the validator.
    private(set) var conceptReferences: [Located] = []

    init(file: String) { self.file = file }

    // MARK: Diagnostics and positions

    func location(_ node: Node) -> SourceLocation {
        guard let mark = node.mark else { return SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    func error(_ message: String, at node: Node) { error(message, at: location(node)) }

    func error(_ message: String, at location: SourceLocation) {
        diagnostics.append(Diagnostic(message, at: location))
    }

    func referenceConcept(_ name: String, at node: Node) {
        conceptReferences.append(Located(name: name, location: location(node)))
    }

    // MARK: Documents

    /// The root node of `yaml`, or nil (with a diagnostic) when it is not valid YAML or empty.
    func compose(_ yaml: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: yaml) else {
                error("the file is empty", at: SourceLocation(file: file))
                return nil
            }
            return root
        } catch let yamlError as YamlError {
            let (message, mark) = Self.describe(yamlError)
            error(message, at: SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1))
            return nil
        } catch {
            self.error("invalid YAML: \(error)", at: SourceLocation(file: file))
            return nil
        }
    }

    private static func describe(_ error: YamlError) -> (String, Mark?) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let context = context.map { " (\($0.text))" } ?? ""
            return ("invalid YAML: \(problem)\(context)", mark)
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            return ("duplicate key \(keys) in a mapping", context.mark)
        case let .reader(problem, _, _, _):
            return ("the file cannot be read as UTF-8 text: \(problem)", nil)
        default:
            return ("invalid YAML: \(error)", nil)
        }
    }

    // MARK: Shapes

    static func kind(of node: Node) -> String {
        switch node {
        case .scalar: isNull(node) ? "nothing" : "text"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    static func isNull(_ node: Node) -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return scalar.style == .plain && ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    /// The fields of a mapping, after checking its keys against `allowed`.
    /// `what` names the mapping in messages ("a step", "a skill").
    func mapping(_ node: Node, _ what: String, allowed: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            error("expected \(what) (a mapping with keys: \(allowed.joined(separator: ", "))), found \(Self.kind(of: node))",
                  at: node)
            return nil
        }
        var entries: [Fields.Entry] = []
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("a key must be plain text, found \(Self.kind(of: key))", at: key)
                continue
            }
            guard allowed.contains(scalar.string) else {
                error("unknown key '\(scalar.string)' (expected one of: \(allowed.joined(separator: ", ")))", at: key)
                continue
            }
            entries.append(Fields.Entry(key: scalar.string, keyNode: key, value: value))
        }
        return Fields(node: node, entries: entries, reader: self)
    }

    /// A list's items; a single item where a list is expected counts as a list of one
    /// only when `single` is true.
    func sequence(_ node: Node, _ what: String, single: Bool = false) -> [Node]? {
        switch node {
        case .sequence(let sequence): return Array(sequence)
        case .scalar where single && !Self.isNull(node): return [node]
        default:
            if Self.isNull(node) { return [] }
            error("expected a list of \(what), found \(Self.kind(of: node))", at: node)
            return nil
        }
    }

    /// Text from a scalar; other shapes are diagnostics. Surrounding whitespace (such as the
    /// newline a folded `>` block ends with) is removed.
    func text(_ node: Node, _ what: String) -> String? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            error("expected text for \(what), found \(Self.kind(of: node))", at: node)
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { error("\(what) is empty", at: node) }
        return text.isEmpty ? nil : text
    }

    /// The texts of a list of scalars (or of a single scalar).
    func texts(_ node: Node, _ what: String) -> [String] {
        (sequence(node, what, single: true) ?? []).compactMap { text($0, what) }
    }

    func bool(_ node: Node, _ what: String) -> Bool? {
        if case .scalar(let scalar) = node {
            switch scalar.string.lowercased() {
            case "true", "yes", "on": return true
            case "false", "no", "off": return false
            default: break
            }
        }
        error("expected true or false for \(what), found '\(node.scalar?.string ?? Self.kind(of: node))'", at: node)
        return nil
    }

    func double(_ node: Node, _ what: String) -> Double? {
        if case .scalar(let scalar) = node, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)),
           value.isFinite {
            return value
        }
        error("expected a number for \(what), found '\(node.scalar?.string ?? Self.kind(of: node))'", at: node)
        return nil
    }

    func int(_ node: Node, _ what: String) -> Int? {
        if case .scalar(let scalar) = node, let value = Int(scalar.string.trimmingCharacters(in: .whitespaces)) {
            return value
        }
        error("expected a whole number for \(what), found '\(node.scalar?.string ?? Self.kind(of: node))'", at: node)
        return nil
    }
}

/// The checked keys of one YAML mapping.
struct Fields {
    struct Entry {
        var key: String
        var keyNode: Node
        var value: Node
    }

    let node: Node
    let entries: [Entry]
    let reader: YAMLReader

    var location: SourceLocation { reader.location(node) }

    subscript(key: String) -> Node? { entries.first { $0.key == key }?.value }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func keyLocation(_ key: String) -> SourceLocation? {
        entries.first { $0.key == key }.map { reader.location($0.keyNode) }
    }

    /// The value of a key that must be present; reports "missing required key" otherwise.
    func required(_ key: String) -> Node? {
        if let value = self[key] { return value }
        reader.error("missing required key '\(key)'", at: node)
        return nil
    }

    func text(_ key: String) -> String? { self[key].flatMap { reader.text($0, "'\(key)'") } }

    func requiredText(_ key: String) -> String? { required(key).flatMap { reader.text($0, "'\(key)'") } }

    /// A scalar value and where it was written, for names the validator resolves later.
    func located(_ key: String) -> Located? {
        guard let node = self[key], let name = reader.text(node, "'\(key)'") else { return nil }
        return Located(name: name, location: reader.location(node))
    }
}
