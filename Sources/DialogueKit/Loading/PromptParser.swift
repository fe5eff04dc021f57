import Foundation
import Mustache

/// Reads `Prompts/KIND.mustache` files: variants split at lines holding only `---`, each
/// checked for Mustache syntax and for variables its kind does not have.
enum PromptParser {
    /// The kind a template file is for, from its name (`hint.mustache` -> `.hint`).
    static func kind(forFile path: String) -> PromptKind? {
        let name = (path as NSString).lastPathComponent
        guard name.hasSuffix(".mustache") else { return nil }
        return PromptKind(rawValue: String(name.dropLast(".mustache".count)))
    }

    /// The variants of one file, with their diagnostics. An unknown file name is a diagnostic.
    static func parse(text: String, file: String) -> (PromptKind?, [PromptVariant], [Diagnostic]) {
        guard let kind = kind(forFile: file) else {
            let name = String((file as NSString).lastPathComponent.dropLast(".mustache".count))
            let kinds = PromptKind.allCases.map(\.rawValue)
            return (nil, [], [Diagnostic("unknown prompt kind '\(name)'" + suggestionOrList(name, kinds),
                                         at: SourceLocation(file: file))])
        }
        var diagnostics: [Diagnostic] = []
        let variants = split(text, file: file, diagnostics: &diagnostics)
        for variant in variants { diagnostics += check(variant, kind: kind) }
        return (kind, variants, diagnostics)
    }

    /// Splits at lines holding only `---`. Blank lines around a variant are dropped and its
    /// location is the line of its first text.
    static func split(_ text: String, file: String, diagnostics: inout [Diagnostic]) -> [PromptVariant] {
        var variants: [PromptVariant] = []
        var lines: [Substring] = []
        var start = 1
        func finish(at lineNumber: Int) {
            let first = lines.firstIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            let last = lines.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
            if let first, let last {
                variants.append(PromptVariant(template: lines[first...last].joined(separator: "\n"),
                                              source: SourceLocation(file: file, line: start + first)))
            } else {
                diagnostics.append(Diagnostic("empty variant (nothing between two '---' lines)",
                                              at: SourceLocation(file: file, line: lineNumber)))
            }
            lines = []
        }
        let all = text.split(separator: "\n", omittingEmptySubsequences: false)
        let count = all.last?.isEmpty == true ? all.count - 1 : all.count
        for (offset, line) in all.prefix(count).enumerated() {
            let lineNumber = offset + 1
            if line.trimmingCharacters(in: .whitespaces) == "---" {
                finish(at: lineNumber)
                start = lineNumber + 1
            } else {
                lines.append(line.hasSuffix("\r") ? line.dropLast() : line)
            }
        }
        finish(at: count + 1)
        return variants
    }

    /// Syntax errors and unknown variables in one variant, at their line and column in the file.
    static func check(_ variant: PromptVariant, kind: PromptKind) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let origin = variant.source
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: origin.file, line: origin.line + line - 1, column: column)
        }
        do {
            _ = try MustacheTemplate(string: variant.template)
        } catch let error as MustacheTemplate.ParserError {
            diagnostics.append(Diagnostic("template syntax error: \(describe(error.error))",
                                          at: at(error.context.lineNumber, error.context.columnNumber)))
        } catch {
            diagnostics.append(Diagnostic("template syntax error: \(error)", at: origin))
        }
        let available = kind.variables.sorted()
        for tag in TemplateTag.scan(variant.template) {
            switch tag.kind {
            case .variable(let name):
                let root = String(name.split(separator: ".", maxSplits: 1).first ?? "")
                if name != ".", !kind.variables.contains(root) {
                    let list = available.isEmpty ? "none" : available.joined(separator: ", ")
                    diagnostics.append(Diagnostic(
                        "template variable '\(root)' does not exist for prompt kind '\(kind.rawValue)'"
                            + suggestionOrList(root, available, otherwise: "available: \(list)"),
                        at: at(tag.line, tag.column)))
                }
            case .unsupported(let what):
                diagnostics.append(Diagnostic("\(what) are not supported in prompt templates", at: at(tag.line, tag.column)))
            case .comment:
                break
            }
        }
        return diagnostics
    }

    static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return "\(error)" }
        return switch error {
        case .sectionCloseNameIncorrect: "a section is closed with a name other than the one it opened with"
        case .unfinishedName: "a tag is not finished (missing '}}')"
        case .expectedSectionEnd: "a section is never closed (missing '{{/name}}')"
        case .invalidSetDelimiter: "invalid set-delimiter tag"
        default: "\(error)"
        }
    }
}

/// A `{{...}}` tag found in a template, at its 1-based line and column.
struct TemplateTag: Equatable {
    enum Kind: Equatable {
        /// `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}`, `{{^name}}` or `{{/name}}`.
        case variable(String)
        case comment
        /// Partials, delimiter changes and inheritance, named for the message.
        case unsupported(String)
    }

    var kind: Kind
    var line: Int
    var column: Int

    /// The tags of `template` with the standard `{{ }}` delimiters. Transforms such as
    /// `{{uppercase(name)}}` report the inner name.
    static func scan(_ template: String) -> [TemplateTag] {
        var tags: [TemplateTag] = []
        let characters = Array(template)
        var index = 0, line = 1, column = 1
        func advance() {
            if characters[index] == "\n" { line += 1; column = 1 } else { column += 1 }
            index += 1
        }
        func starts(with text: String, at position: Int) -> Bool {
            let text = Array(text)
            return position + text.count <= characters.count && Array(characters[position..<position + text.count]) == text
        }
        while index < characters.count {
            guard starts(with: "{{", at: index) else { advance(); continue }
            let (tagLine, tagColumn) = (line, column)
            let triple = starts(with: "{{{", at: index)
            let close = triple ? "}}}" : "}}"
            var end = index + (triple ? 3 : 2)
            while end < characters.count, !starts(with: close, at: end) { end += 1 }
            guard end < characters.count else { break }
            let body = String(characters[(index + (triple ? 3 : 2))..<end]).trimmingCharacters(in: .whitespaces)
            if let kind = classify(body, triple: triple) {
                tags.append(TemplateTag(kind: kind, line: tagLine, column: tagColumn))
            }
            while index < end + close.count { advance() }
        }
        return tags
    }

    private static func classify(_ body: String, triple: Bool) -> Kind? {
        var name = Substring(body)
        if !triple, let sigil = name.first {
            switch sigil {
            case "!": return .comment
            case ">": return .unsupported("partials ({{> name}})")
            case "=": return .unsupported("delimiter changes ({{=<% %>=}})")
            case "$", "<": return .unsupported("template inheritance ({{$name}}, {{<name}})")
            case "#", "^", "/", "&": name = name.dropFirst()
            default: break
            }
        }
        name = Substring(name.trimmingCharacters(in: .whitespaces))
        // A transform: `func(name)`; the variable is the innermost argument.
        while let open = name.lastIndex(of: "("), let shut = name.lastIndex(of: ")"), open < shut {
            name = name[name.index(after: open)..<shut]
        }
        return name.isEmpty ? nil : .variable(String(name))
    }
}
