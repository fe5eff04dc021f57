import Testing
@testable import TextAnalysis

/// The words of `text` that are negated, space-separated.
func negatedWords(_ text: String) -> String {
    AnalyzedText(text).tokens.filter { $0.negatedBy >= 0 }.map(\.text).joined(separator: " ")
}

@Suite("Negation")
struct NegationTests {
    @Test(arguments: [
        ("it's not because we're closer to the sun, it's the tilt", "because we are closer to the sun"),
        ("No, the heavier one falls faster", ""),
        ("no it is the tilt", ""),
        ("Nope, same time", ""),
        ("no force is needed", "force is needed"),
        ("not from the soil, from the air", "from the soil"),
        ("not from the soil but from the air", "from the soil"),
        ("it is not the distance the tilt", "the distance"),
        ("it does not come from the soil it comes from the air", "come from the soil"),
        ("the current is not used up so it is the same", "used up"),
        ("I don't think it's because we are closer", "think it is because we are closer"),
        ("nothing keeps it moving", "keeps"),
        ("it moves without a push because of inertia", "a push"),
        ("not one two three four five six seven eight nine ten eleven twelve", "one two three four five six seven eight nine ten"),
        ("heavier objects do not fall faster", "fall faster"),
        ("no", ""),
    ])
    func scope(_ text: String, _ expected: String) {
        #expect(negatedWords(text) == expected)
    }

    @Test func interjectionIsNotANegator() {
        let tokens = AnalyzedText("No, the heavier one falls faster").tokens
        #expect(!tokens[0].isNegator)
        let negator = AnalyzedText("no force").tokens
        #expect(negator[0].isNegator)
    }
}
