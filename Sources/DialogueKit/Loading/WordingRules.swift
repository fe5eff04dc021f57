import Foundation
import TextAnalysis

/// Pure rules about how author text reads once the tutor says it: inside a template's
/// opening, and on a hint ladder. `WordingCheck` turns them into diagnostics.
public enum WordingRules {
    /// One word of a text: as written (lower-cased), its stem, and whether it carries meaning.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var stem: String
        public var isContent: Bool
        /// Punctuation stands between this word and the one before it (or it is the first word).
        public var afterBreak: Bool
    }

    /// Words that carry no meaning of their own for these rules. Not the classifier's list:
    /// `think` and `let` are function words in a learner's answer ("I think ...") but are
    /// exactly what repeats in "Think about this: Think of ...".
    static let functionWords: Set<String> = Set("""
        a an the to of in on at by for with from into onto as than then there here is are was were be been \
        being am it its itself they them their he him his she her we us our i me my you your yours and or \
        so but do does did has have had will would can could should shall may might must if what which who \
        whom whose how why when where some any one each every such this that these those about just very \
        also too well oh ok okay now
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Stems that say the same thing in an opening: "let's check it" and "let's test 2/5" both announce a test.
    static let sameStems: [String: String] = ["check": "test", "tri": "test", "try": "test", "examin": "test"]

    /// The words of `text`: letters and digits, with `/` and `.` inside numbers (`2/5`, `0.25`);
    /// a contraction keeps its first part (`let's` -> `let`, `Earth's` -> `earth`).
    public static func words(_ text: String) -> [Word] {
        var words: [Word] = []
        let characters = Array(text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'"))
        var index = 0
        var sawBreak = true
        while index < characters.count {
            let character = characters[index]
            guard character.isLetter || character.isNumber else {
                if !character.isWhitespace, character != "-" { sawBreak = true }
                index += 1
                continue
            }
            var word = ""
            while index < characters.count {
                let c = characters[index]
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                if c.isLetter || c.isNumber {
                    word.append(c)
                } else if (c == "/" || c == "."), word.last?.isNumber == true, next.isNumber {
                    word.append(c)
                } else if c == "'", next.isLetter {
                    // A contraction or possessive: skip its tail.
                    index += 1
                    while index < characters.count, characters[index].isLetter { index += 1 }
                    break
                } else {
                    break
                }
                index += 1
            }
            let stem = Stemmer.stem(word)
            words.append(Word(text: word, stem: sameStems[stem] ?? stem,
                              isContent: !functionWords.contains(word), afterBreak: sawBreak))
            sawBreak = false
        }
        return words
    }

    /// The text up to the end of its first sentence (`.`, `?` or `!` before a space or the end).
    public static func firstSentence(_ text: String) -> String {
        let characters = Array(text)
        for index in characters.indices where ".?!".contains(characters[index]) {
            if index + 1 == characters.count || characters[index + 1].isWhitespace {
                return String(characters[...index])
            }
        }
        return text
    }

    /// What a template says before it inserts `{{text}}`, as the learner reads it: sections
    /// closed before `{{text}}` and all tags removed. `nil` when the template has no `{{text}}`.
    public static func opening(ofTemplate template: String) -> String? {
        guard let insert = template.range(of: #"\{\{\{?\s*&?\s*text\s*\}?\}\}"#, options: .regularExpression) else {
            return nil
        }
        var before = String(template[..<insert.lowerBound])
        before = before.replacingOccurrences(of: #"\{\{[#^]\s*([\w.]+)\s*\}\}[\s\S]*?\{\{/\s*\1\s*\}\}"#, with: "",
                                             options: .regularExpression)
        before = before.replacingOccurrences(of: #"\{\{[^}]*\}\}\}?"#, with: "", options: .regularExpression)
        return before.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The words a text repeats from the opening it is said after, or `nil` when it does not.
    ///
    /// The rule: the first content words of the text's first sentence (two of them, or one when
    /// the opening has only one) all appear among the opening's content words, comparing stems,
    /// with `check`, `test` and `try` counted as one word. So "Let's test that idea." before
    /// "Let's test 2/5." repeats "let test", and "Interesting, let's check it." before "Let's test
    /// that." repeats it too; "Think about this:" before "Think of a battery" repeats "think".
    public static func repeatedLead(opening: String, text: String) -> [String]? {
        let openingStems = Set(words(opening).filter(\.isContent).map(\.stem))
        let count = min(2, openingStems.count)
        guard count > 0 else { return nil }
        let lead = words(firstSentence(text)).filter(\.isContent).prefix(count)
        guard lead.count == count, lead.allSatisfy({ openingStems.contains($0.stem) }) else { return nil }
        return lead.map(\.text)
    }

    /// Determiners that point back at something already named: "the torch", "that energy".
    public static let pointers: Set<String> = ["the", "that", "this", "those", "these"]
    /// Determiners that bring in something new: "a torch", "one ingredient".
    public static let introducers: Set<String> = ["a", "an", "one", "another", "some"]
    /// Words after a pointer that name no thing of their own ("the same amount", "the other one").
    static let modifiers: Set<String> = [
        "same", "other", "first", "second", "third", "next", "last", "whole", "new", "old", "different",
        "only", "main", "real", "exact", "one", "two", "both", "more", "most",
    ]

    /// The things a text refers to as already known: after "the", "that", "this", "those" or
    /// "these", the first content word that is not one of the `modifiers` ("the torch", "the two
    /// ingredients" -> `ingredients`; "the stick's force" -> `stick`). Each comes with the index of
    /// its determiner, so a caller can look at what the text said before it.
    public static func definiteReferences(_ words: [Word]) -> [(pointer: Int, word: Word)] {
        phrases(words, after: pointers, taking: 1)
    }

    /// The things a text brings in: after "a", "an", "one", "another" or "some", the next content
    /// words (at most two, so "a tilted globe" brings in `tilted` and `globe`).
    public static func introductions(_ words: [Word]) -> [Word] {
        phrases(words, after: introducers, taking: 2).map(\.word)
    }

    /// After each of `determiners`, up to `count` content words that are not modifiers, before
    /// punctuation or a function word.
    static func phrases(_ words: [Word], after determiners: Set<String>, taking count: Int) -> [(pointer: Int, word: Word)] {
        var found: [(Int, Word)] = []
        for (index, word) in words.enumerated() where determiners.contains(word.text) {
            var next = index + 1
            var taken = 0
            while next < words.count, taken < count, !words[next].afterBreak, words[next].isContent {
                if !modifiers.contains(words[next].text) {
                    found.append((index, words[next]))
                    taken += 1
                }
                next += 1
            }
        }
        return found
    }
}
