/// Pure text rules for grouping stored answers (`lyceum answers`).
public enum AnswerText {
    /// The punctuation trimmed from the end of an answer: "the tilt." and "the tilt?!" group with
    /// "the tilt". Brackets, quotes and symbols stay ("(1/2)", ":)").
    static let trailingPunctuation: Set<Character> = [".", ",", ";", ":", "!", "?", "…"]

    /// The key answers are grouped by: lower-cased, every run of whitespace (newlines included)
    /// one space, no space at either end, and no trailing sentence punctuation.
    public static func normalized(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(character)
        }
        while let last = result.last, trailingPunctuation.contains(last) || last == " " {
            result.removeLast()
        }
        return result
    }

    /// What replaces an account's name found in an answer.
    public static let namePlaceholder = "[name]"

    /// `text` with every whole word that is one of `names` (compared without regard to case)
    /// replaced by ``namePlaceholder``. A word is a run of the characters a name may hold
    /// (ASCII letters, digits, `-`, `_`), so "alice's" loses "alice" but "malice" is kept.
    /// `names` must be lower-cased.
    public static func redacting(_ names: Set<String>, in text: String) -> String {
        guard !names.isEmpty else { return text }
        var result = ""
        var word = ""
        func flush() {
            result += names.contains(word.lowercased()) ? namePlaceholder : word
            word = ""
        }
        for character in text {
            if character.isASCII && (character.isLetter || character.isNumber) || character == "-" || character == "_" {
                word.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
