import Foundation
@testable import DialogueKit

/// Files written to a fresh temporary folder, loaded with `ContentLoader`; diagnostics are
/// shown as printed, with the folder removed from their paths.
struct Workspace {
    let root: String

    init(_ files: [String: String]) throws {
        root = NSTemporaryDirectory() + "dialoguekit-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        for (name, text) in files {
            let path = self.path(name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                    withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
    }

    func path(_ name: String) -> String { root + "/" + name }

    /// Loads `paths` (default: the whole folder) without prompts.
    func load(_ paths: [String] = [""], prompts: String? = nil) -> (content: Content, diagnostics: [String]) {
        let (content, diagnostics) = ContentLoader.load(paths: paths.map { $0.isEmpty ? root : path($0) },
                                                        prompts: prompts.map(path))
        return (content, printed(diagnostics))
    }

    func printed(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { $0.description.replacingOccurrences(of: root + "/", with: "") }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
}

/// A small valid dialogue, `d.yaml`; cases replace parts of it.
///
///     1 id: d
///     2 title: Tilt
///     3 subject: Earth science
///     4 skills:
///     5   - id: tilt
///     6     name: Tilt causes seasons
///     7 steps:
///     8   - id: why
///     9     question: Why is summer warm?
///    10     expectations:
///    11       - id: e
///    12         match: tilt
///    13         assertion: Earth is tilted.
let small = """
    id: d
    title: Tilt
    subject: Earth science
    skills:
      - id: tilt
        name: Tilt causes seasons
    steps:
      - id: why
        question: Why is summer warm?
        expectations:
          - id: e
            match: tilt
            assertion: Earth is tilted.

    """

extension String {
    /// This text with `old` (which must occur) replaced by `new`.
    func with(_ old: String, _ new: String) -> String {
        precondition(contains(old), "'\(old)' is not in the text")
        return replacingOccurrences(of: old, with: new)
    }
}

/// `SourceLocation` is also a type of the Testing library.
typealias Location = DialogueKit.SourceLocation

enum FixturePaths {
    /// The package root, from this file's path.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()
}
