import LyceumCore
import DialogueKit
import Mustache

/// The tutor's wording: Prompts/ compiled once, rendered as plain text.
public struct Wording: Sendable {
    private let templates: [PromptKind: [MustacheTemplate]]

    /// Compiles every variant; a variant that does not parse is left out
    /// (`lyceum check` reports it with its position).
    public init(_ library: PromptLibrary) {
        var templates: [PromptKind: [MustacheTemplate]] = [:]
        for kind in PromptKind.allCases {
            templates[kind] = library[kind].compactMap {
                try? MustacheTemplate(string: "{{% CONTENT_TYPE: TEXT}}" + $0.template)
            }
        }
        self.templates = templates
    }

    /// Renders one variant of `kind`, chosen at random but never the one used last time.
    /// A kind without templates falls back to the `text` variable, so the learner still sees the content.
    public func render(_ kind: PromptKind, _ values: [String: Any] = [:],
                       rng: inout SeededRandom, lastVariant: inout [String: Int]) -> String {
        let variants = templates[kind] ?? []
        guard !variants.isEmpty else { return (values["text"] as? String) ?? kind.rawValue }
        var index = variants.count == 1 ? 0 : Int(rng.next() % UInt64(variants.count))
        if variants.count > 1, index == lastVariant[kind.rawValue] {
            index = (index + 1 + Int(rng.next() % UInt64(variants.count - 1))) % variants.count
        }
        lastVariant[kind.rawValue] = index
        return Self.tidy(variants[index].render(values))
    }

    /// Trims the blank lines that optional sections leave behind.
    static func tidy(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingTrailingSpaces() }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}

private extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var s = self
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return s
    }
}
