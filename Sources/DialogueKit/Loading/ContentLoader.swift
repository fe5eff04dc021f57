import Foundation
import Yams

/// Loads Dialogues/ and Prompts/ into `Content`, with every problem as a `Diagnostic`.
///
/// The pipeline: find the files (`ContentFiles`), parse each one alone (`DialogueParser`,
/// `ConceptParser`, `TestsParser`, `PromptParser`), then check what spans files (`Validator`,
/// and `WordingCheck` for author text said through the templates).
public struct ContentLoader {
    /// Loads dialogues, concepts and tests from `dialogues` (a folder) and templates from `prompts` (a folder);
    /// returns the content (possibly partial) and every diagnostic found. Never throws for content problems.
    /// Without `tests`, the tests files are not read: a server or a learner's session does not need
    /// them (2,000 examples are a third of the loading time).
    public static func load(dialogues: String, prompts: String, tests: Bool = true) -> (content: Content, diagnostics: [Diagnostic]) {
        var files = ContentFiles()
        files.add(dialogues)
        files.addPrompts(folder: prompts)
        if !tests { files.dropTests() }
        return load(files)
    }

    /// Loads explicit paths: folders or single files (a dialogue, a concepts file, a tests file, a .mustache file).
    ///
    /// A single dialogue or tests file brings along what it needs from its own folder: the concept
    /// files, and its tests or its dialogue. With `prompts`, every prompt kind must have its templates.
    public static func load(paths: [String], prompts: String?) -> (content: Content, diagnostics: [Diagnostic]) {
        var files = ContentFiles()
        for path in paths { files.add(path) }
        if let prompts { files.addPrompts(folder: prompts) }
        return load(files)
    }

    /// Parses one detector written in YAML (`"@tilt"`, `[a, b]`, `{near: [a, b], within: 3}`);
    /// throws the first diagnostic if it is not valid. Concept names are not resolved.
    public static func parseDetector(yaml: String, file: String) throws -> Detector {
        let reader = YAMLReader(file: file)
        let detector = reader.compose(yaml).flatMap { reader.detector($0, "the detector") }
        if let first = reader.diagnostics.first { throw first }
        guard let detector else { throw Diagnostic("expected a detector", at: SourceLocation(file: file)) }
        return detector
    }

    static func load(_ files: ContentFiles) -> (content: Content, diagnostics: [Diagnostic]) {
        var diagnostics = files.diagnostics
        var validator = Validator()
        for file in files.concepts {
            guard let text = read(file, &diagnostics) else { continue }
            let (parsed, found) = ConceptParser.parse(yaml: text, file: file)
            validator.concepts.append(parsed)
            diagnostics += found
        }
        for file in files.dialogues {
            guard let text = read(file, &diagnostics) else { continue }
            let id = Validator.fileID(file, dropping: [".yaml", ".yml"])
            let (parsed, found) = DialogueParser.parse(yaml: text, file: file, fileID: id)
            if let parsed { validator.dialogues.append(parsed) }
            diagnostics += found
        }
        for file in files.tests {
            guard let text = read(file, &diagnostics) else { continue }
            let id = Validator.fileID(file, dropping: [".tests.yaml", ".tests.yml"])
            let (parsed, found) = TestsParser.parse(yaml: text, file: file, dialogueID: id)
            validator.tests.append(parsed)
            diagnostics += found
        }
        var variants: [PromptKind: [PromptVariant]] = [:]
        for file in files.templates {
            guard let text = read(file, &diagnostics) else { continue }
            let (kind, found, problems) = PromptParser.parse(text: text, file: file)
            diagnostics += problems
            guard let kind else { continue }
            variants[kind, default: []] += found
            if !found.isEmpty, found.count < kind.minimumVariants {
                diagnostics.append(Diagnostic("prompt kind '\(kind.rawValue)' has \(found.count) variant"
                                              + "\(found.count == 1 ? "" : "s"); it needs at least \(kind.minimumVariants) "
                                              + "(separated by lines holding only '---') so the tutor does not repeat itself",
                                              at: SourceLocation(file: file)))
            }
            if found.isEmpty {
                diagnostics.append(Diagnostic("prompt kind '\(kind.rawValue)' has no variants", at: SourceLocation(file: file)))
            }
        }
        for folder in files.promptFolders {
            for kind in PromptKind.allCases where variants[kind] == nil {
                diagnostics.append(Diagnostic("missing template for prompt kind '\(kind.rawValue)' "
                                              + "(add \(kind.rawValue).mustache)",
                                              at: SourceLocation(file: ContentFiles.join(folder, "\(kind.rawValue).mustache"))))
            }
        }
        diagnostics += validator.validate()
        diagnostics += WordingCheck.doubledOpenings(validator.dialogues.flatMap(\.wording), prompts: variants)

        var dialogues: [Dialogue] = []
        for parsed in validator.dialogues where !dialogues.contains(where: { $0.id == parsed.dialogue.id }) {
            dialogues.append(parsed.dialogue)
        }
        var tests: [String: DialogueTests] = [:]
        for parsed in validator.tests where tests[parsed.tests.dialogueID] == nil
            && dialogues.contains(where: { $0.id == parsed.tests.dialogueID }) {
            tests[parsed.tests.dialogueID] = parsed.tests
        }
        let content = Content(dialogues: dialogues, concepts: ConceptSets(validator.concepts.flatMap(\.sets)),
                              prompts: PromptLibrary(variants), tests: tests)
        return (content, diagnostics)
    }

    private static func read(_ file: String, _ diagnostics: inout [Diagnostic]) -> String? {
        do {
            return try String(contentsOfFile: file, encoding: .utf8)
        } catch {
            diagnostics.append(Diagnostic("cannot read the file as UTF-8 text", at: SourceLocation(file: file)))
            return nil
        }
    }
}
