import Testing
@testable import DialogueKit

/// A template's opening, an author text said after it, and the words the check finds repeated.
struct LeadCase: CustomTestStringConvertible, Sendable {
    var opening: String
    var text: String
    var repeated: [String]?
    var testDescription: String { "\"\(opening)\" + \"\(text)\"" }
}

let leadCases: [LeadCase] = [
    // The doubled openings the tutor used to say
    LeadCase(opening: "Let's test that idea.", text: "Let's test 2/5. Is 2/5 more or less than 1/2?", repeated: ["let", "test"]),
    LeadCase(opening: "Interesting, let's check it.", text: "Let's test 2/5. Is 2/5 more?", repeated: ["let", "test"]),
    LeadCase(opening: "Interesting, let's check it.", text: "Let's test that. If the stick's force ...", repeated: ["let", "test"]),
    LeadCase(opening: "Let's test that idea.", text: "Let\u{2019}s test the idea that more digits means bigger.",
             repeated: ["let", "test"]),
    LeadCase(opening: "Let's test that idea.", text: "Let's try it with money.", repeated: ["let", "try"]),
    LeadCase(opening: "Let's look at it another way.", text: "Look at it this way: ...", repeated: ["look", "way"]),
    // An opening of one content word: the text's first content word decides
    LeadCase(opening: "Think about this:", text: "Think of the ground as a battery.", repeated: ["think"]),
    LeadCase(opening: "Hint:", text: "Hints help. Try this.", repeated: ["hints"]),
    LeadCase(opening: "Right.", text: "Right, 6 is the smallest.", repeated: ["right"]),
    // Texts that begin another way
    LeadCase(opening: "Let's test that idea.", text: "Is 2/5 more or less than 1/2?", repeated: nil),
    LeadCase(opening: "Let's test that idea.", text: "Here's a puzzle. Let's test it.", repeated: nil),
    LeadCase(opening: "Let's test that idea.", text: "If more digits meant bigger, 0.25 would win.", repeated: nil),
    LeadCase(opening: "Let's test that idea.", text: "Let's think about the Moon.", repeated: nil),
    LeadCase(opening: "Interesting, let's check it.", text: "Interesting facts first: ...", repeated: nil),
    LeadCase(opening: "Think about this:", text: "Earth spins around an imaginary line.", repeated: nil),
    LeadCase(opening: "Here's a hint:", text: "Here is a table of values.", repeated: nil),
    // No opening: nothing can repeat
    LeadCase(opening: "", text: "Let's test 2/5.", repeated: nil),
    LeadCase(opening: "The idea to hold on to:", text: "0.3 is larger. The idea is ...", repeated: nil),
]

@Suite struct WordingRulesTests {
    @Test(arguments: leadCases)
    func aTextRepeatsAnOpeningWhenItsFirstContentWordsAreInIt(_ example: LeadCase) {
        #expect(WordingRules.repeatedLead(opening: example.opening, text: example.text) == example.repeated)
    }

    @Test(arguments: [
        ("Let's test that idea. {{text}}", "Let's test that idea."),
        ("{{text}}", ""),
        ("Step {{stepNumber}} of {{stepCount}}: {{text}}", "Step  of :"),
        ("{{#mastered}}You've mastered it.{{/mastered}}{{^mastered}}Answer one check question: {{text}}{{/mastered}}",
         "Answer one check question:"),
        ("Before you go: {{#text}}{{text}}{{/text}}{{^text}}what is one idea?{{/text}}", "Before you go:"),
        ("Said {{{ text }}} raw", "Said"),
    ])
    func theOpeningIsWhatTheTemplateSaysBeforeTheText(template: String, opening: String) {
        #expect(WordingRules.opening(ofTemplate: template) == opening)
    }

    @Test func aTemplateWithoutTheTextHasNoOpening() {
        #expect(WordingRules.opening(ofTemplate: "Yes, exactly.") == nil)
    }

    @Test func theFirstSentenceEndsAtAStopBeforeASpace() {
        #expect(WordingRules.firstSentence("0.3 is 3 tenths. So it wins.") == "0.3 is 3 tenths.")
        #expect(WordingRules.firstSentence("Is 2/5 more? Or less?") == "Is 2/5 more?")
        #expect(WordingRules.firstSentence("No stop at all") == "No stop at all")
    }

    @Test func definiteReferencesAreTheWordsAfterThePointer() {
        let words = WordingRules.words("When you tilt the torch, the spot of light gets bigger. The same patch.")
        #expect(WordingRules.definiteReferences(words).map(\.word.text) == ["torch", "spot", "patch"])
        let possessive = WordingRules.words("If the stick's force were stored in the two pucks")
        #expect(WordingRules.definiteReferences(possessive).map(\.word.text) == ["stick", "pucks"])
    }

    @Test func introductionsAreTheWordsAfterAnIndefiniteDeterminer() {
        let words = WordingRules.words("Shine a torch at a tilted globe. One ingredient is a gas.")
        #expect(WordingRules.introductions(words).map(\.text) == ["torch", "tilted", "globe", "ingredient", "gas"])
    }

    // MARK: In `lyceum check`

    @Test func aRemediationThatRepeatsATemplateOpeningIsAnErrorAtTheRemediation() throws {
        // Given a remediation that begins the way a remediation variant opens
        let folder = try Workspace(validPrompts(replacing: [
            "remediation.mustache": "{{text}}\n---\nLet's test that idea. {{text}}\n",
        ]).merging(["d.yaml": withMisconception("""
                  - id: m
                    match: closer
                    source: Sadler (1987)
                    remediation: Let's test 2/5. Is it more than a half?

            """)]) { $1 })
        defer { folder.remove() }

        // When the dialogue is checked with the templates
        let (_, diagnostics) = folder.load(["d.yaml"], prompts: "P")

        // Then the error is at the remediation and names the variant
        #expect(diagnostics == [
            "d.yaml:18:22: error: the remediation of misconception 'm' begins with what variant 2 of "
                + "P/remediation.mustache (line 3) "
                + "already says: the tutor would say \"Let's test that idea. Let's test 2/5.\" ('let test' twice); "
                + "begin it another way or reword that variant",
        ])
    }

    @Test func aHintThatRefersToAThingOnlyAnotherLadderIntroducesIsAWarning() throws {
        // Given a second expectation whose hint speaks of "the torch" that only the first one's hint introduces
        let text = small.with("        assertion: Earth is tilted.\n",
                              "        hints: [\"Shine a torch at a table. Which way is it brighter?\"]\n"
                                  + "        assertion: Earth is tilted.\n"
                                  + "      - id: spread\n"
                                  + "        match: spread\n"
                                  + "        hints: [\"When you tilt the torch, the spot gets bigger. Brighter or dimmer?\"]\n"
                                  + "        assertion: Tilted light is spread out.\n")
        let folder = try Workspace(["d.yaml": text])
        defer { folder.remove() }

        // When it is checked
        let (_, diagnostics) = folder.load()

        // Then the hint is warned about, at its position
        #expect(diagnostics == [
            "d.yaml:17:17: warning: hint 1 of expectation 'spread' refers to \"the torch\" as known, but only the "
                + "ladder of expectation 'e' brings in \"torch\"; a learner who covered it first never saw that (rely only "
                + "on the question and the earlier rungs of this ladder)",
        ])
    }
}
