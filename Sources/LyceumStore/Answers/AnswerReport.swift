/// What `lyceum answers` prints: a table of answer groups, or a fragment of a dialogue tests file
/// (`Dialogues/ID.tests.yaml`) for an author to correct and paste under `examples:`. Pure.
public enum AnswerReport {
    /// One line a group, aligned, with a header and a closing count; or the sentence saying there is nothing.
    public static func listing(_ groups: [AnswerGroup], filter: AnswerFilter) -> String {
        guard !groups.isEmpty else { return nothingFound(filter) }
        let rows = [["count", "dialogue", "step", "verdict", "answer"]] + groups.map { group in
            [String(group.count), group.dialogueID, group.stepID ?? "-", verdicts(group), group.text]
        }
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            let count = String(repeating: " ", count: widths[0] - row[0].count) + row[0]
            let middle = (1..<4).map { row[$0] + String(repeating: " ", count: widths[$0] - row[$0].count) }
            return ([count] + middle + [row[4]]).joined(separator: "  ")
        }
        let answers = groups.reduce(0) { $0 + $1.count }
        lines.append("\(plural(groups.count, "group", "groups")), \(plural(answers, "answer", "answers"))"
                     + (filter.limit.map { " (at most \($0) groups: --limit)" } ?? "") + ".")
        return lines.joined(separator: "\n")
    }

    /// Examples in the tests file's flow style, one a line, indented to go under `examples:`, each
    /// after a `# seen N times` comment, grouped by dialogue under a `# dialogue: ID` comment.
    /// The verdict is the one the tutor gave most often (the comment lists the others): it is what
    /// the tutor said then, not necessarily right.
    public static func testsFragment(_ groups: [AnswerGroup], filter: AnswerFilter) -> String {
        guard !groups.isEmpty else { return "# " + nothingFound(filter) }
        var lines = ["# From `lyceum answers --tests`: the verdicts the tutor gave. Correct them, then paste under `examples:`."]
        let dialogues = Dictionary(grouping: groups, by: \.dialogueID)
        for dialogueID in dialogues.keys.sorted() {
            lines.append("# dialogue: \(commentSafe(dialogueID))")
            for group in dialogues[dialogueID] ?? [] {
                var seen = "  # seen \(plural(group.count, "time", "times"))"
                if group.verdicts.count > 1 { seen += ": " + verdicts(group) }
                lines.append(seen)
                lines.append("  - " + example(group))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "No stored answers for dialogue 'seasons', step 'nope' with verdict 'vague' since 2026-11-01T00:00:00Z."
    /// (each part only when filtered by it), or "No stored answers yet."
    public static func nothingFound(_ filter: AnswerFilter) -> String {
        let place = [filter.dialogueID.map { "dialogue '\($0)'" }, filter.stepID.map { "step '\($0)'" }].compactMap { $0 }
        var sentence = "No stored answers"
        if !place.isEmpty { sentence += " for " + place.joined(separator: ", ") }
        if let verdict = filter.verdict { sentence += " with verdict '\(verdict)'" }
        if let since = filter.since { sentence += " since \(since.formatted(.iso8601))" }
        return sentence + (sentence == "No stored answers" ? " yet." : ".")
    }

    /// `{step: why-warmer, answer: "the tilt", verdict: correct}`, with `misconception:` for one.
    static func example(_ group: AnswerGroup) -> String {
        let given = group.verdicts.first ?? VerdictCount(verdict: "unrecognized", count: 0)
        var fields: [String] = []
        if let step = group.stepID { fields.append("step: \(yamlScalar(step))") }
        fields.append("answer: \(doubleQuoted(group.typed))")
        fields.append("verdict: \(yamlScalar(given.verdict))")
        if let misconception = given.misconception { fields.append("misconception: \(yamlScalar(misconception))") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// "correct", or "correct (2), partial (1)" when the tutor judged the same answer differently.
    static func verdicts(_ group: AnswerGroup) -> String {
        guard group.verdicts.count > 1 else { return group.verdicts.first?.label ?? "" }
        return group.verdicts.map { "\($0.label) (\($0.count))" }.joined(separator: ", ")
    }

    /// An id as a plain scalar when YAML would read it back as that same string, else double-quoted.
    static func yamlScalar(_ text: String) -> String {
        let plain = text.first.map { $0.isASCII && $0.isLetter } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
            && !yamlWords.contains(text.lowercased())
        return plain ? text : doubleQuoted(text)
    }

    /// Words YAML (1.1 or 1.2) reads as booleans or null.
    static let yamlWords: Set<String> = ["true", "false", "yes", "no", "on", "off", "y", "n", "null"]

    /// A YAML double-quoted scalar: `"` and `\` escaped, and every character YAML does not allow
    /// as it is (controls, line and paragraph separators, the byte order mark) as `\uXXXX`.
    static func doubleQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                switch scalar.value {
                case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF:
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                default:
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    /// A comment stays on its line: control characters become spaces.
    static func commentSafe(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map {
            $0.properties.generalCategory == .control || $0.value == 0x2028 || $0.value == 0x2029 ? " " : $0
        }))
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
}
