import Foundation

/// The files to load, sorted into kinds by name, each once, with paths kept as given.
struct ContentFiles {
    enum Kind { case dialogue, concepts, tests, template, other }

    private(set) var dialogues: [String] = []
    private(set) var concepts: [String] = []
    private(set) var tests: [String] = []
    private(set) var templates: [String] = []
    /// Folders loaded as the prompt library: every prompt kind must be there.
    private(set) var promptFolders: [String] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var seen: Set<String> = []

    /// Leaves the tests files out (content for serving, not for checking).
    mutating func dropTests() { tests = [] }

    static func kind(of path: String) -> Kind {
        let name = (path as NSString).lastPathComponent
        if name.hasSuffix(".mustache") { return .template }
        guard name.hasSuffix(".yaml") || name.hasSuffix(".yml") else { return .other }
        if name == "concepts.yaml" || name == "concepts.yml" || name.hasSuffix(".concepts.yaml")
            || name.hasSuffix(".concepts.yml") { return .concepts }
        if name.hasSuffix(".tests.yaml") || name.hasSuffix(".tests.yml") { return .tests }
        return .dialogue
    }

    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }

    static func isFolder(_ path: String) -> Bool? {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        return isDirectory.boolValue
    }

    static func contents(of folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted().map { join(folder, $0) }
    }

    /// A folder (its dialogues, concepts, tests and templates) or a single file.
    mutating func add(_ path: String) {
        switch Self.isFolder(path) {
        case nil:
            diagnostics.append(Diagnostic("no such file or folder", at: SourceLocation(file: path)))
        case true?:
            for file in Self.contents(of: path) where Self.isFolder(file) == false { add(file: file) }
        case false?:
            let kind = Self.kind(of: path)
            if kind == .other {
                diagnostics.append(Diagnostic("not a dialogue, concepts, tests or template file "
                                              + "(expected .yaml or .mustache)", at: SourceLocation(file: path)))
            }
            add(file: path)
            // What a lone file needs from its folder: the concept sets, and its tests or dialogue.
            let folder = (path as NSString).deletingLastPathComponent
            let siblings = Self.contents(of: folder.isEmpty ? "." : folder)
                .map { folder.isEmpty ? String($0.dropFirst(2)) : $0 }
            if kind == .dialogue || kind == .tests {
                for file in siblings where Self.kind(of: file) == .concepts { add(file: file) }
            }
            let id = Validator.fileID(path, dropping: kind == .tests ? [".tests.yaml", ".tests.yml"] : [".yaml", ".yml"])
            let partner = kind == .dialogue ? ["\(id).tests.yaml", "\(id).tests.yml"]
                : kind == .tests ? ["\(id).yaml", "\(id).yml"] : []
            for file in siblings where partner.contains((file as NSString).lastPathComponent) { add(file: file) }
        }
    }

    /// The prompt library: every `.mustache` file in `folder` (other files, such as a README, are skipped).
    mutating func addPrompts(folder: String) {
        guard Self.isFolder(folder) == true else {
            diagnostics.append(Diagnostic("no such prompts folder", at: SourceLocation(file: folder)))
            return
        }
        promptFolders.append(folder)
        for file in Self.contents(of: folder) where Self.kind(of: file) == .template { add(file: file) }
    }

    private mutating func add(file: String) {
        guard seen.insert(URL(fileURLWithPath: file).standardizedFileURL.path).inserted else { return }
        switch Self.kind(of: file) {
        case .dialogue: dialogues.append(file)
        case .concepts: concepts.append(file)
        case .tests: tests.append(file)
        case .template: templates.append(file)
        case .other: break
        }
    }
}
