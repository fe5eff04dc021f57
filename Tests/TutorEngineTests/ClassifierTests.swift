import DialogueKit
import Testing
@testable import TutorEngine

struct Example: Sendable, CustomTestStringConvertible {
    var step: String
    var answer: String
    var verdict: Verdict
    var misconception: String? = nil
    var testDescription: String { "\(step): \(answer) -> \(verdict.rawValue)" }

    init(_ step: String, _ answer: String, _ verdict: Verdict, _ misconception: String? = nil) {
        self.step = step; self.answer = answer; self.verdict = verdict; self.misconception = misconception
    }
}

@Suite("Classifier")
struct ClassifierTests {
    static let examples: [Example] = [
        // 1/2 + 1/3: numbers by value; the question's own numbers are ignored beside others.
        Example("add", "5/6", .correct),
        Example("add", "1/2 + 1/3 = 5/6", .correct),
        Example("add", "it is 5/6 not 2/5", .correct),
        Example("add", "five sixths", .correct),
        Example("add", "10/12", .correct),
        Example("add", "0.83", .correct),
        Example("add", "3/6 + 2/6 = 5/6", .correct),
        Example("add", "2/5", .misconception, "add-across"),
        Example("add", "1/2 + 1/3 = 2/5", .misconception, "add-across"),
        Example("add", "two fifths", .misconception, "add-across"),
        Example("add", "2/6", .misconception, "numerators-not-scaled"),
        Example("add", "1/3", .misconception, "numerators-not-scaled"),
        Example("add", "5/6 or maybe 2/5", .misconception, "add-across"),
        Example("add", "0.8", .unrecognized),
        Example("add", "I don't know", .dontKnow),
        Example("add", "idk", .dontKnow),
        Example("add", "?", .dontKnow),
        Example("add", "no se", .dontKnow),
        Example("add", "0,83", .correct),
        Example("add", "3/6 + 2/6 = 5/6 so not 2/6", .correct),
        Example("add", "1/2 + 1/3 = 2/6", .misconception, "numerators-not-scaled"),
        // Which is larger, 0.25 or 0.3?
        Example("compare", "0.3", .correct),
        Example("compare", "point three", .correct),
        Example("compare", "0.30", .correct),
        Example("compare", "0.25 is smaller than 0.3", .correct),
        Example("compare", "0.3 > 0.25", .correct),
        Example("compare", "0.25 is not bigger than 0.3", .correct),
        Example("compare", "0.3 because 3 tenths is more than 25 hundredths", .correct),
        Example("compare", "0.25", .misconception, "longer-is-larger"),
        Example("compare", "0.25 because 25 is more than 3", .misconception, "longer-is-larger"),
        Example("compare", "0.25 is bigger, it has more digits", .misconception, "longer-is-larger"),
        Example("compare", "no idea", .dontKnow),
        // Falling balls.
        Example("drop", "They land at the same time", .correct),
        Example("drop", "both hit the ground together", .correct),
        Example("drop", "the bowling ball lands first", .misconception, "heavier-falls-faster"),
        Example("drop", "the heavier one falls faster", .misconception, "heavier-falls-faster"),
        Example("drop", "No, the heavier one falls faster", .misconception, "heavier-falls-faster"),
        Example("drop", "the heavyer ball falls fastr", .misconception, "heavier-falls-faster"),
        Example("drop", "heavier objects do not fall faster, they land at the same time", .correct),
        Example("drop", "the bowling ball because it weighs more", .unrecognized),
        // Hockey puck.
        Example("puck", "nothing", .correct),
        Example("puck", "inertia", .correct),
        Example("puck", "no force is needed", .correct),
        Example("puck", "Nothing, it keeps going by itself because there is no friction", .correct),
        Example("puck", "the force of the push keeps it moving", .misconception, "motion-needs-force"),
        Example("puck", "it needs a force to keep moving", .misconception, "motion-needs-force"),
        Example("puck", "it does not need a force to keep moving", .correct),
        Example("puck", "it keeps moving", .unrecognized),
        // Tree mass.
        Example("mass", "carbon dioxide from the air", .correct),
        Example("mass", "CO2", .correct),
        Example("mass", "not from the soil, from the air", .correct),
        Example("mass", "it comes from the soil", .misconception, "mass-from-soil"),
        Example("mass", "from the water it drinks", .misconception, "mass-from-water"),
        Example("mass", "sunlight", .misconception, "mass-from-sunlight"),
        Example("mass", "from the air, not the soil or water", .correct),
        Example("mass", "carbon dioxide from the air and also the soil", .misconception, "mass-from-soil"),
        // Seasons.
        Example("why-warmer", "Because Earth is closer to the Sun in summer.", .misconception, "distance-to-sun"),
        Example("why-warmer", "its not that were closer to the sun, its the tilt", .correct),
        Example("why-warmer", "it's not because we're closer to the sun, it's the tilt", .correct),
        Example("why-warmer", "the earth is tilted", .correct),
        Example("why-warmer", "the earths axis is tillted", .correct),
        Example("why-warmer", "we are nearer the sun", .misconception, "distance-to-sun"),
        Example("why-warmer", "it is the tilt, not the distance from the sun", .correct),
        Example("why-warmer", "because it is hotter", .unrecognized),
        // Circuit.
        Example("current", "the same", .correct),
        Example("current", "they are equal", .correct),
        Example("current", "the current is not used up, it is the same", .correct),
        Example("current", "the bulb uses up the current", .misconception, "current-used-up"),
        Example("current", "less current comes out", .misconception, "current-used-up"),
        Example("current", "some of it is used up by the bulb", .misconception, "current-used-up"),
        // Two expectations: partial and correct.
        Example("two", "the tree needs carbon dioxide", .partial),
        Example("two", "sunlight energy and carbon dioxide", .correct),
        Example("two", "it gets food from the soil and carbon dioxide", .misconception, "soil"),
        Example("two", "   ", .unrecognized),
        Example("two", "I have no idea", .dontKnow),
        Example("two", "help", .dontKnow),
        // One-word "I don't know"s match exactly: "lost" is not "a lot", "stuck" is not "struck".
        Example("two", "lost", .dontKnow),
        Example("two", "a lot of things", .unrecognized),
        Example("two", "lots", .unrecognized),
        Example("two", "struck", .unrecognized),
        Example("two", "i am lost", .dontKnow),
        Example("two", "the tree needs help from its leaves", .unrecognized),
    ]

    @Test(arguments: examples)
    func verdict(_ example: Example) {
        let result = ClassifierFixtures.classifier.classify(example.answer, dialogue: "fixtures", step: example.step)
        #expect(result.verdict == example.verdict, "\(result.why)")
        #expect(result.misconception == example.misconception, "\(result.why)")
    }

    /// Whatever else an answer says, a misconception it shows is never classified correct.
    /// (Not for 1/3 = 2/6: beside 5/6 it only repeats the question's own 1/3, and is ignored.)
    @Test(arguments: examples.filter { $0.verdict == .misconception && $0.misconception != "numerators-not-scaled" })
    func misconceptionIsNeverCorrect(_ example: Example) throws {
        let step = try #require(ClassifierFixtures.all.first { $0.id == example.step })
        // When: the right idea is added to the misconception.
        let padded = example.answer + " and " + (step.id == "add" ? "5/6" : "it is the same and the tilt and nothing")
        let result = ClassifierFixtures.classifier.classify(padded, step: step)
        // Then: the misconception still wins.
        #expect(result.verdict == .misconception, "\(result.why)")
    }

    @Test func stepsNotCompiledInInitAreCompiledOnTheFly() {
        let classifier = Classifier(concepts: ClassifierFixtures.concepts, dialogues: [])
        let result = classifier.classify("it's the tilt", step: ClassifierFixtures.seasons)
        #expect(result.verdict == .correct)
        #expect(result.expectations == ["tilt"])
    }

    @Test func unknownStepIsUnrecognized() {
        let result = ClassifierFixtures.classifier.classify("tilt", dialogue: "fixtures", step: "nope")
        #expect(result.verdict == .unrecognized)
    }

    @Test func unknownConceptMatchesNothing() {
        let step = ClassifierFixtures.step("x", "Why?", expectations: [("e", .concept("missing"))],
                                           misconceptions: [("m", .concept("missing"))])
        let result = ClassifierFixtures.classifier.classify("missing", step: step)
        #expect(result.verdict == .unrecognized)
    }

    @Test func conceptCyclesDoNotHang() {
        let concepts = ConceptSets([
            ConceptSet(name: "a", alternatives: [.concept("b"), .phrase("apple")], source: .unknown),
            ConceptSet(name: "b", alternatives: [.concept("a"), .phrase("banana")], source: .unknown),
        ])
        let classifier = Classifier(concepts: concepts, dialogues: [])
        let step = ClassifierFixtures.step("x", "Fruit?", expectations: [("e", .concept("a"))], misconceptions: [])
        #expect(classifier.classify("a banana", step: step).verdict == .correct)
        #expect(classifier.classify("a cherry", step: step).verdict == .unrecognized)
    }

    @Test func whyNamesTheRuleAndTheWords() {
        let result = ClassifierFixtures.classifier.classify("Because Earth is closer to the Sun in summer.",
                                                            dialogue: "fixtures", step: "why-warmer")
        #expect(result.why == "misconception distance-to-sun: near(@closer, \"sun\"; within 6) matched \"closer to the sun\"; expectation tilt: not matched")
    }

    static let detectorCases: [(Detector, String, Bool)] = [
        // A phrase's words in its order; `near` takes either order.
        (.phrase("(much) closer to the sun"), "the sun is closer", false),
        (.near([.phrase("closer"), .phrase("sun")], within: 3), "the sun is closer", true),
        (.phrase("toward the sun"), "the sun tilts toward the earth", false),
        (.phrase("less focused"), "the heat is focused on less ground", false),
        (.phrase("(much) closer to the sun"), "we get much closer to it", false),
        (.phrase("no force"), "no force is needed", true),
        (.phrase("force"), "no force is needed", false),
        (.phrase("no force"), "No, force is needed", false),
        (.phrase("no"), "No, force is needed", true),
        (.phrase("no"), "no", true),
        (.phrase("not used up"), "the current isn't used up", true),
        (.phrase("used up"), "the current isn't used up", false),
        (.phrase("the same"), "same", true),
        (.phrase("it is"), "it is", true),
        (.all([.phrase("tilt"), .phrase("sun")]), "the sun and the tilt", true),
        (.all([.phrase("tilt"), .phrase("sun")]), "the tilt", false),
        (.not(.phrase("soil")), "the air", true),
        (.not(.phrase("soil")), "not the soil", true),
        (.not(.phrase("soil")), "the soil", false),
        (.near([.phrase("closer"), .phrase("sun")], within: 3), "closer to the sun", true),
        (.near([.phrase("closer"), .phrase("sun")], within: 3), "closer to the big bright sun", false),
        (.near([.phrase("closer"), .phrase("sun")], within: 3), "the sun is closer", true),
        (.regex("\\bco2\\b"), "It's CO2!", true),
        (.regex("\\bco2\\b"), "co22", false),
        (.number(NumberLiteral(text: "0.3", value: 0.3), tolerance: 0.05), "about 0.32", true),
        (.phrase("5/6"), "five sixths", true),
        (.phrase("photosynthesis"), "fotosynthesis", true),
        (.phrase("sun"), "son", false),
        // A phrase is negated when any of its words is negated by a negator it did not ask for.
        (.phrase("uses current"), "the bulb uses energy, not current", false),
        (.phrase("uses current"), "the bulb uses current", true),
        (.phrase("force keeps moving"), "it keeps moving, no force", false),
        (.phrase("force keeps moving"), "the force keeps it moving", true),
        (.phrase("energy not current"), "the bulb uses energy, not current", true),
        // A negator matches the same word; beside the word it negates, not/no/never/without are one.
        (.phrase("neither"), "I don't know", false),
        (.phrase("neither"), "neither, they land together", true),
        (.phrase("none"), "not any", false),
        (.phrase("not any"), "none", false),
        (.phrase("nothing"), "no", false),
        (.phrase("not"), "isn't", true),
        (.phrase("no force"), "it does not need a force", true),
        (.phrase("no force"), "neither force", false),
        // Real words are not typos.
        (.phrase("false"), "it falls", false),
        (.phrase("power"), "it is lower", false),
        (.phrase("more"), "it keeps moving", false),
        (.phrase("gravity"), "gravaty", true),
        // Near: parts match disjoint words.
        (.near([.any([.phrase("same"), .phrase("as bright")]), .phrase("brighter")], within: 5), "brighter", false),
        (.near([.any([.phrase("same"), .phrase("as bright")]), .phrase("brighter")], within: 5),
         "brighter? no, the same", true),
        (.near([.phrase("closer"), .phrase("closer to the sun")], within: 5), "closer to the sun", false),
        // Regex parts report the words they cover.
        (.near([.regex("\\bco2\\b"), .phrase("air")], within: 3), "co2 from the air", true),
        (.near([.regex("\\bco2\\b"), .phrase("air")], within: 3), "co2 is a gas, plants also need water and air", false),
        (.near([.regex("\\bbright"), .phrase("brighter")], within: 3), "brighter", false),
        (.regex("1/2"), "½", true),
        // A `not` nested at any depth of any/all.
        (.any([.all([.phrase("summer"), .not(.phrase("winter"))]), .phrase("same season")]), "summer winter", false),
        (.any([.all([.phrase("summer"), .not(.phrase("winter"))]), .phrase("same season")]), "summer", true),
        (.all([.any([.not(.phrase("winter")), .phrase("snow")]), .phrase("summer")]), "summer and winter", false),
        (.all([.any([.not(.phrase("winter")), .phrase("snow")]), .phrase("summer")]), "summer, snow and winter", true),
        // "not the weight" is a contrast, not "no weight"; "no weight" still reads "there is no weight".
        (.phrase("no weight"), "the shape changes, not the weight", false),
        (.phrase("no weight"), "there is no weight on the moon", true),
        (.phrase("no force"), "it is not a force", false),
        // A dismissal denies what came before it.
        (.phrase("tilt"), "the tilt doesn't matter", false),
        (.phrase("weight"), "the weight is irrelevant", false),
        (.phrase("distance"), "it's the distance", true),
        // Only: the detector is the whole answer.
        (.only(.phrase("bowling ball")), "the bowling ball", true),
        (.only(.phrase("bowling ball")), "maybe the bowling ball?", true),
        (.only(.phrase("bowling ball")), "the bowling ball lands last", false),
    ] + claimCases

    static let tilted = Detector.claim(about: .any([.phrase("earth"), .phrase("axis"), .phrase("it")]),
                                       holds: .any([.phrase("tilted"), .phrase("leans")]),
                                       unless: .phrase("straight up and down"))

    /// What is said of what, within one statement.
    static let claimCases: [(Detector, String, Bool)] = [
        (tilted, "the earth is tilted", true),
        (tilted, "Earth's axis leans toward the sun", true),
        (tilted, "the tilt of the earth", true),
        (tilted, "its tilted", true),
        (tilted, "the sun is tilted", false),
        (tilted, "the sun tilts toward the earth", false),
        (tilted, "the earth spins on its axis", false),
        (tilted, "the earth spins on its axis and the sun is tilted", false),
        (tilted, "the earth's axis is not tilted", false),
        (tilted, "the tilt of the earth doesn't matter", false),
        (tilted, "the earth is tilted straight up and down", false),
        (tilted, "the earth is tilted, not straight up and down", true),
        (tilted, "the earth is tilted and leans toward the sun", true),
        (.claim(about: nil, holds: .phrase("friction"), unless: .phrase("no")), "friction slows it", true),
        // A phrase of a negator and function words needs all of them: "not quite" is not every "not".
        (.claim(about: nil, holds: ClassifierFixtures.number("5/6"), unless: .phrase("not quite")), "5/6 not 2/5", true),
        (.claim(about: nil, holds: ClassifierFixtures.number("5/6"), unless: .phrase("not quite")), "not quite 5/6", false),
        (.claim(about: .phrase("friction"), holds: .phrase("stops"), unless: nil), "it stops because of friction", true),
        (.claim(about: .phrase("friction"), holds: .phrase("stops"), unless: nil), "it stops so friction", false),
    ]

    @Test(arguments: detectorCases)
    func detector(_ detector: Detector, _ answer: String, _ matches: Bool) {
        let why = ClassifierFixtures.classifier.match(detector, in: answer, question: "")
        #expect((why != nil) == matches, "\(why ?? "no match")")
    }

    /// A step whose expectation is a claim with key words, and a misconception.
    static let claimStep = ClassifierFixtures.step("tilt-claim", "Why is it warmer in summer?",
        expectations: [("tilt", tilted)], misconceptions: [("distance", .concept("closer"))],
        keywords: ["tilt": .any([.phrase("tilt"), .phrase("axis")])])

    @Test(arguments: [
        ("the earth is tilted", Verdict.correct, ["tilt"], [String]()),
        ("axis", .vague, [], ["tilt"]),
        ("the sun is tilted", .vague, [], ["tilt"]),
        ("the earth spins on its axis", .vague, [], ["tilt"]),
        ("the tilt doesn't matter", .unrecognized, [], []),
        ("the earth is tilted so we are closer", .misconception, ["tilt"], []),
        ("axis, and we are closer", .misconception, [], ["tilt"]),
        ("I like pizza", .unrecognized, [], []),
    ])
    func verifyBeforePraising(_ answer: String, _ verdict: Verdict, _ covered: [String], _ named: [String]) {
        let result = ClassifierFixtures.classifier.classify(answer, step: Self.claimStep)
        #expect(result.verdict == verdict, "\(result.why)")
        #expect(result.expectations == covered, "\(result.why)")
        #expect(result.named == named, "\(result.why)")
    }

    @Test func whyNamesTheKeyWordsOfAVagueAnswer() {
        let result = ClassifierFixtures.classifier.classify("axis", step: Self.claimStep)
        #expect(result.why.contains("expectation tilt: not matched, but its key words any(\"tilt\", \"axis\") matched \"axis\""),
                "\(result.why)")
    }

    @Test func promptAnswersUseTheQuestionEchoRule() {
        let classifier = ClassifierFixtures.classifier
        let detector = ClassifierFixtures.number("1/2")
        #expect(classifier.match(detector, in: "1/2", question: "What is half of 1?") != nil)
        #expect(classifier.match(detector, in: "1/2 of 1 is 1/2", question: "What is 1/2 of 1?") != nil)
        #expect(classifier.match(detector, in: "1/2 of 1 is 3", question: "What is 1/2 of 1?") == nil)
    }

    /// (detector, answer, question, matches): only numbers written as in the question are echoes.
    static let echoCases: [(String, String, String, Bool)] = [
        ("2/6", "cut into 6: 3/6 and 2/6", "To add 1/2 and 1/3, what size of piece works?", true),
        ("3/6", "cut into 6: 3/6 and 2/6", "To add 1/2 and 1/3, what size of piece works?", true),
        ("1/3", "one third is 2 of 6 pieces", "To add 1/2 and 1/3, what size of piece works?", true),
        ("1/3", "1/3 and 6", "To add 1/2 and 1/3, what size of piece works?", false),
        ("1/3", "1/3", "What is 1/2 + 1/3?", true),
        ("1/2", "1/2 + 1/3 = 5/6", "What is 1/2 + 1/3?", false),
        ("5/6", "1/2 + 1/3 = 5/6", "What is 1/2 + 1/3?", true),
        // A conversion of an echo is ignored with it; the end of a sum is not a conversion.
        ("2/6", "5/6 because 1/2 is 3/6 and 1/3 is 2/6", "What is 1/2 + 1/3?", false),
        ("2/6", "5/6 since 1/3 = 2/6", "What is 1/2 + 1/3?", false),
        ("2/6", "1/2 + 1/3 = 2/6", "What is 1/2 + 1/3?", true),
        // The addends of a worked sum are working, the result the answer.
        ("2/6", "3/6 + 2/6 = 5/6", "What is 1/2 + 1/3?", false),
        ("2/6", "1/6 + 1/6 = 2/6", "What is 1/2 + 1/3?", true),
        ("2/6", "3/6 + 2/6", "What is 1/2 + 1/3?", true),
    ]

    @Test(arguments: echoCases)
    func echoRule(_ number: String, _ answer: String, _ question: String, _ matches: Bool) {
        let why = ClassifierFixtures.classifier.match(ClassifierFixtures.number(number), in: answer, question: question)
        #expect((why != nil) == matches, "\(why ?? "no match")")
    }
}
