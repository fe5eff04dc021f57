import DialogueKit
@testable import TutorEngine

/// Small steps in the spirit of the bundled dialogues, built in Swift so classifier tests
/// do not depend on the YAML loader.
enum ClassifierFixtures {
    static func step(_ id: String, _ question: String, expectations: [(String, Detector)],
                     misconceptions: [(String, Detector)], keywords: [String: Detector] = [:]) -> Step {
        Step(id: id, text: question,
             expectations: expectations.map {
                 Expectation(id: $0.0, match: $0.1, assertion: "", keywords: keywords[$0.0], source: .unknown)
             },
             misconceptions: misconceptions.map {
                 Misconception(id: $0.0, match: $0.1, source: "test", remediation: "?", location: .unknown)
             },
             source: .unknown)
    }

    static func number(_ text: String) -> Detector {
        let parts = text.split(separator: "/").compactMap { Double($0) }
        let value = parts.count == 2 ? parts[0] / parts[1] : (Double(text) ?? .nan)
        return .number(NumberLiteral(text: text, value: value), tolerance: nil)
    }

    static func literal(_ text: String) -> NumberLiteral { NumberLiteral(text: text, value: Double(text) ?? .nan) }

    static let concepts = ConceptSets([
        ConceptSet(name: "closer", alternatives: [.phrase("closer"), .phrase("nearer"), .phrase("less far"),
                                                  .phrase("distance"), .phrase("close")], source: .unknown),
        ConceptSet(name: "tilt", alternatives: [.phrase("tilt"), .phrase("axis"), .phrase("slant"),
                                                .phrase("angle"), .concept("sunlight-angle")], source: .unknown),
        ConceptSet(name: "sunlight-angle", alternatives: [.phrase("direct sunlight"), .concept("tilt")],
                   source: .unknown),
        ConceptSet(name: "heavier", alternatives: [.phrase("heavier"), .phrase("more mass"), .phrase("more massive"),
                                                   .phrase("bowling ball"), .phrase("weighs more")], source: .unknown),
        ConceptSet(name: "dont-know", alternatives: [.phrase("no se")], source: .unknown),
    ])

    static let fractions = step("add", "What is 1/2 + 1/3?",
        expectations: [("sum", number("5/6"))],
        misconceptions: [("add-across", number("2/5")), ("numerators-not-scaled", number("2/6"))])

    static let decimals = step("compare", "Which is larger, 0.25 or 0.3?",
        expectations: [("larger", .compare(greater: literal("0.3"), lesser: literal("0.25")))],
        misconceptions: [("longer-is-larger", .compare(greater: literal("0.25"), lesser: literal("0.3")))])

    static let falling = step("drop", "A bowling ball and a tennis ball are dropped together. Which lands first?",
        expectations: [("same-time", .any([.phrase("same time"), .phrase("together"), .phrase("at once"),
                                          .phrase("neither"), .phrase("same speed"), .phrase("both land")]))],
        misconceptions: [("heavier-falls-faster", .any([
            .near([.concept("heavier"), .any([.phrase("faster"), .phrase("first"), .phrase("quicker")])], within: 6),
        ]))])

    static let puck = step("puck", "A hockey puck slides on frictionless ice. What keeps it moving?",
        expectations: [("no-force", .any([.phrase("nothing"), .phrase("inertia"), .phrase("no force (is) (needed)"),
                                          .phrase("keeps going by itself"), .phrase("no friction")]))],
        misconceptions: [("motion-needs-force", .any([.phrase("force keeps it moving"), .phrase("needs a force"),
                                                      .phrase("push keeps it going"), .phrase("force of the push")]))])

    static let tree = step("mass", "A 500 kg tree grew from a tiny seed. Where did its mass come from?",
        expectations: [("carbon-dioxide", .any([.phrase("carbon dioxide"), .phrase("co2"), .phrase("(the) air"),
                                                .regex("\\bco₂\\b")]))],
        misconceptions: [("mass-from-soil", .any([.phrase("soil"), .phrase("dirt"), .phrase("ground")])),
                         ("mass-from-water", .phrase("water")),
                         ("mass-from-sunlight", .any([.phrase("sunlight"), .phrase("sun"), .phrase("light")]))])

    static let seasons = step("why-warmer", "Why is it warmer in summer than in winter?",
        expectations: [("tilt", .concept("tilt"))],
        misconceptions: [("distance-to-sun", .near([.concept("closer"), .phrase("sun")], within: 6))])

    static let circuit = step("current", "Is the current coming out of the bulb smaller, bigger or the same as going in?",
        expectations: [("same", .any([.phrase("same"), .phrase("equal"), .phrase("not used up")]))],
        misconceptions: [("current-used-up", .any([.phrase("used up"), .phrase("less current"), .phrase("smaller"),
                                                   .phrase("bulb uses (the) current"), .phrase("more goes in")]))])

    static let twoIdeas = step("two", "Why does a tree need light and air?",
        expectations: [("light", .phrase("sunlight energy")), ("air", .phrase("carbon dioxide"))],
        misconceptions: [("soil", .phrase("food from the soil"))])

    static let all = [fractions, decimals, falling, puck, tree, seasons, circuit, twoIdeas]

    static let dialogue = Dialogue(id: "fixtures", title: "Fixtures", subject: "Tests",
                                   skills: [Skill(id: "s", name: "s")], steps: all, source: .unknown)

    static let classifier = Classifier(concepts: concepts, dialogues: [dialogue])
}
