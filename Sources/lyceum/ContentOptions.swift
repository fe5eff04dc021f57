import ArgumentParser
import DialogueKit
import Foundation
import TutorEngine

/// Where the dialogues and the tutor's wording are read from.
struct ContentOptions: ParsableArguments {
    @Option(name: .long, help: "The folder of dialogues (default: ./Dialogues, else the bundled one).")
    var dialogues: String?

    @Option(name: .long, help: "The folder of prompt templates (default: ./Prompts, else the bundled one).")
    var prompts: String?

    /// Loads the content; prints every diagnostic to standard error. Errors stop the command.
    /// The tests files are read only when asked for (`lyceum bench` classifies their examples).
    func load(tests: Bool = false) throws -> Content { try Self.load(dialogues: dialogues, prompts: prompts, tests: tests) }

    /// Loads the content from these folders (nil: the bundled ones).
    static func load(dialogues: String?, prompts: String?, tests: Bool = false) throws -> Content {
        let (content, diagnostics) = ContentLoader.load(dialogues: dialogues ?? Bundled.path("Dialogues"),
                                                        prompts: prompts ?? Bundled.path("Prompts"), tests: tests)
        for diagnostic in diagnostics { Output.error("\(diagnostic)") }
        if diagnostics.contains(where: { $0.severity == .error }) {
            Output.error("lyceum: the content has errors; run `lyceum check` for details.")
            throw ExitCode(2)
        }
        return content
    }
}

/// The content bundled with this checkout: the folder in the working directory, or the one
/// beside the sources this binary was built from.
enum Bundled {
    static func path(_ folder: String) -> String {
        if FileManager.default.fileExists(atPath: folder) { return folder }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(folder).path
    }
}

enum Output {
    static func error(_ line: String, terminator: String = "\n") {
        FileHandle.standardError.write(Data((line + terminator).utf8))
    }
}
