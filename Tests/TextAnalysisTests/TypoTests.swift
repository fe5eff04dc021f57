import Testing
@testable import TextAnalysis

/// Whether the author's word matches the answer's single word.
func termMatches(_ pattern: String, _ answer: String) -> Bool {
    let term = PatternTerm(AnalyzedText(pattern).tokens[0])
    return AnalyzedText(answer).tokens.contains { term.matches($0) }
}

@Suite("Typos")
struct TypoTests {
    @Test(arguments: [
        ("tilt", 0, "tilt"), ("tilt", 1, "tilr"), ("kitten", 3, "sitting"), ("ab", 1, "ba"),
        ("gravity", 1, "gravtiy"), ("ca", 3, "abc"),
    ])
    func distance(_ a: String, _ expected: Int, _ b: String) {
        #expect(EditDistance.bounded(a, b, limit: 3) == min(expected, 4))
    }

    @Test func earlyExitCapsTheDistance() {
        #expect(EditDistance.bounded("photosynthesis", "sun", limit: 2) == 3)
    }

    @Test(arguments: [
        ("tilt", "tilr"),                 // 4 letters: one substitution
        ("axis", "axsi"),                 // transposition
        ("gravity", "gravty"),            // 7 letters: one deletion
        ("friction", "fritcion"),         // 8 letters: transposition
        ("photosynthesis", "fotosynthesis"),  // two edits on a long word
        ("carbon", "carbn"),
        ("heavier", "heavyer"),
        ("dioxide", "dioxid"),
        ("tilt", "tillt"),
        ("axis", "axsis"),
        ("gravity", "gravaty"),
        ("photosynthesis", "photosynthisis"),
        ("simultaneously", "simultaniously"),
        ("battery", "batery"),
        ("current", "curent"),
    ])
    func tolerated(_ pattern: String, _ typo: String) {
        #expect(termMatches(pattern, typo))
    }

    @Test(arguments: [
        ("sun", "sin"),                    // under 4 letters: exact only
        ("air", "ait"),
        ("tilt", "tints"),                 // two edits on a short word
        ("gravity", "grvty"),
        ("photosynthesis", "photographs"),
        ("soil", "so"),
        ("note", "not"),                   // never typo-match a function word or negator
        ("these", "those"),                // function words are exact
        ("friction", "fraction"),          // a real word is taken as written, never as a typo
    ])
    func rejected(_ pattern: String, _ answer: String) {
        #expect(!termMatches(pattern, answer))
    }
}

@Suite("Typos: real words")
struct RealWordTests {
    /// A correctly spelled common word is not a typo of the author's word.
    @Test(arguments: [("light", "right"), ("same", "came"), ("light", "night"), ("later", "water"), ("fail", "fall"),
                      ("false", "falls"), ("power", "lower"), ("more", "move"), ("more", "moving"), ("lost", "lots"),
                      ("friction", "fraction")])
    func commonWordsAreNotTypos(_ pattern: String, _ answer: String) {
        #expect(!termMatches(pattern, answer))
    }
}

@Suite("Typos: short words keep their first letter")
struct FirstLetterTests {
    @Test(arguments: [("power", "tower"), ("tilt", "kilt"), ("mass", "bass"), ("soil", "boil")])
    func firstLetterMustMatch(_ pattern: String, _ answer: String) {
        #expect(!termMatches(pattern, answer))
    }

    @Test(arguments: [("tilt", "tilr"), ("soil", "soli"), ("water", "watre")])
    func laterLettersMayBeWrong(_ pattern: String, _ answer: String) {
        #expect(termMatches(pattern, answer))
    }
}
