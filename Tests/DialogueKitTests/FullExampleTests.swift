import Testing
@testable import DialogueKit

/// The full example of Dialogues/README.md loads into exactly the model it describes.
@Suite struct FullExampleTests {
    static let dialogue = """
        id: seasons                          # required; the file must be named seasons.yaml
        title: Why do we have seasons?       # required
        subject: Earth science               # required
        intro: >                             # optional; shown when the dialogue starts
          We'll work out what really causes summer and winter.
        skills:                              # required: at least one
          - id: axial-tilt
            name: Earth's tilt causes the seasons
            bkt: {prior: 0.2, learn: 0.2, guess: 0.15, slip: 0.1}   # optional; defaults below
          - id: sunlight-angle
            name: Direct sunlight heats more
        reflection: What surprised you most about the seasons?     # optional end-of-dialogue question

        steps:
          - id: why-warmer                   # unique within the dialogue
            skill: axial-tilt                # or `skills: [a, b]`; default: the first skill
            question: Why is it warmer in summer than in winter?
            expectations:                    # the ideas a complete answer covers (at least one)
              - id: tilt
                match: "@tilt"               # a detector, see "Detectors"
                hints:                       # climbed in order
                  - Think about how Earth's axis points as it goes round the Sun.
                prompts:                     # questions answered by one word or number
                  - ask: Earth's axis is not straight up and down; it is ...?
                    answer: "@tilt"
                assertion: Earth's axis is tilted, so for half the year our hemisphere leans toward the Sun.
            misconceptions:
              - id: distance-to-sun
                match:
                  near: ["@closer", sun]
                  within: 6
                source: Sadler (1987); Private Universe Project, Harvard-Smithsonian
                remediation: >
                  When it is summer in New York it is winter in Sydney, at the same moment.
                  If distance caused summer, how could that be?
                explanation: >                # optional; said if the idea comes back
                  Earth is actually closest to the Sun in early January.
            pumps: [What else can you say about that?]   # optional; default from Prompts/pump.mustache
            summary: Seasons come from the tilt of Earth's axis, not from our distance to the Sun.
            check:                           # optional; /skip asks it
              ask: In June, which hemisphere leans toward the Sun?
              answer: [northern, north]
            checkpoint:                      # optional: a progress point where group rooms form
              discussion: If Earth had no tilt at all, what would the year feel like where you live?
              confidence: true               # ask for a 1-5 confidence rating first (default true)

          - id: day-length
            type: info                       # `question` (default) or `info`: text, then /next
            text: Now let's look at the length of the day.
            next: end                        # optional: a step id, or `end`; default the next step

        """

    static let concepts = """
        concepts:
          closer:                     # a name, referenced as "@closer"
            - closer
            - nearer
            - "less far"
            - distance                # any detector may be an alternative
          tilt: [tilt, axis, slant, "@sunlight-angle"]   # sets may include other sets
          sunlight-angle: {near: [direct, sunlight]}

        """

    static let tests = """
        examples:                     # the classifier must give these verdicts
          - answer: Because Earth is closer to the Sun in summer.
            verdict: misconception
            misconception: distance-to-sun
          - answer: its not that were closer to the sun, its the tilt
            verdict: correct
            expectations: [tilt]      # optional: exactly these are covered
          - step: day-length          # optional; default the first question step
            answer: no idea
            verdict: dont-know
        conversations:                # scripted turns; each reply must contain a listed move
          - name: a learner who needs a hint
            seed: 1                   # optional (default 1): makes template choices repeatable
            turns:
              - say: /start           # the dialogue starts; commands begin with /
                expect: [goal-request]
              - say: ""               # an empty line skips the goal
                expect: question
              - say: I don't know
                expect: [pump, hint]  # a list means any of these

        """

    @Test func theExampleLoadsWithoutDiagnosticsIntoTheDocumentedModel() throws {
        // Given the README's dialogue, concept sets and tests in one folder
        let folder = try Workspace(["seasons.yaml": Self.dialogue, "concepts.yaml": Self.concepts,
                                    "seasons.tests.yaml": Self.tests])
        defer { folder.remove() }

        // When it is loaded
        let (content, diagnostics) = folder.load()

        // Then nothing is reported and every field is read
        #expect(diagnostics == [])
        let file = folder.path("seasons.yaml")
        func at(_ line: Int, _ column: Int) -> Location { Location(file: file, line: line, column: column) }
        let expected = Dialogue(
            id: "seasons", title: "Why do we have seasons?", subject: "Earth science",
            intro: "We'll work out what really causes summer and winter.",
            skills: [
                Skill(id: "axial-tilt", name: "Earth's tilt causes the seasons",
                      bkt: BKTParameters(prior: 0.2, learn: 0.2, guess: 0.15, slip: 0.1)),
                Skill(id: "sunlight-angle", name: "Direct sunlight heats more"),
            ],
            steps: [
                Step(id: "why-warmer", text: "Why is it warmer in summer than in winter?", skills: ["axial-tilt"],
                     expectations: [
                        Expectation(id: "tilt", match: .concept("tilt"),
                                    hints: ["Think about how Earth's axis points as it goes round the Sun."],
                                    prompts: [Prompt(ask: "Earth's axis is not straight up and down; it is ...?",
                                                     answer: .concept("tilt"))],
                                    assertion: "Earth's axis is tilted, so for half the year our hemisphere leans toward the Sun.",
                                    source: at(19, 9)),
                     ],
                     misconceptions: [
                        Misconception(id: "distance-to-sun", match: .near([.concept("closer"), .phrase("sun")], within: 6),
                                      source: "Sadler (1987); Private Universe Project, Harvard-Smithsonian",
                                      remediation: "When it is summer in New York it is winter in Sydney, at the same moment. "
                                          + "If distance caused summer, how could that be?",
                                      explanation: "Earth is actually closest to the Sun in early January.",
                                      location: at(28, 9)),
                     ],
                     pumps: ["What else can you say about that?"],
                     summary: "Seasons come from the tilt of Earth's axis, not from our distance to the Sun.",
                     check: CheckQuestion(ask: "In June, which hemisphere leans toward the Sun?",
                                          answer: .any([.phrase("northern"), .phrase("north")])),
                     checkpoint: Checkpoint(discussion: "If Earth had no tilt at all, what would the year feel like where you live?",
                                            askConfidence: true),
                     source: at(15, 5)),
                Step(id: "day-length", kind: .info, text: "Now let's look at the length of the day.",
                     next: "end", source: at(47, 5)),
            ],
            reflection: "What surprised you most about the seasons?",
            source: at(1, 1))
        #expect(content.dialogues == [expected])

        let concepts = folder.path("concepts.yaml")
        #expect(content.concepts == ConceptSets([
            ConceptSet(name: "closer", alternatives: [.phrase("closer"), .phrase("nearer"), .phrase("less far"), .phrase("distance")],
                       source: Location(file: concepts, line: 2, column: 3)),
            ConceptSet(name: "tilt", alternatives: [.phrase("tilt"), .phrase("axis"), .phrase("slant"), .concept("sunlight-angle")],
                       source: Location(file: concepts, line: 7, column: 3)),
            ConceptSet(name: "sunlight-angle", alternatives: [.near([.phrase("direct"), .phrase("sunlight")], within: 5)],
                       source: Location(file: concepts, line: 8, column: 3)),
        ]))

        let tests = folder.path("seasons.tests.yaml")
        func test(_ line: Int, _ column: Int) -> Location { Location(file: tests, line: line, column: column) }
        #expect(content.tests == ["seasons": DialogueTests(
            dialogueID: "seasons",
            examples: [
                ExampleAnswer(step: nil, answer: "Because Earth is closer to the Sun in summer.", verdict: "misconception",
                              misconception: "distance-to-sun", source: test(2, 5)),
                ExampleAnswer(step: nil, answer: "its not that were closer to the sun, its the tilt", verdict: "correct",
                              expectations: ["tilt"], source: test(5, 5)),
                ExampleAnswer(step: "day-length", answer: "no idea", verdict: "dont-know", source: test(8, 5)),
            ],
            conversations: [
                Conversation(name: "a learner who needs a hint", seed: 1, turns: [
                    .init(say: "/start", expect: ["goal-request"], source: test(15, 9)),
                    .init(say: "", expect: ["question"], source: test(17, 9)),
                    .init(say: "I don't know", expect: ["pump", "hint"], source: test(19, 9)),
                ], source: test(12, 5)),
            ],
            source: test(1, 1))])
    }

    @Test func aLoneDialogueFileBringsItsConceptsAndTests() throws {
        // Given the example folder
        let folder = try Workspace(["seasons.yaml": Self.dialogue, "concepts.yaml": Self.concepts,
                                    "seasons.tests.yaml": Self.tests])
        defer { folder.remove() }

        // When only the dialogue file is named
        let (content, diagnostics) = folder.load(["seasons.yaml"])

        // Then its concept sets and its tests come along, and nothing is reported
        #expect(diagnostics == [])
        #expect(content.concepts.sets.keys.sorted() == ["closer", "sunlight-angle", "tilt"])
        #expect(content.tests.keys.sorted() == ["seasons"])
    }
}
