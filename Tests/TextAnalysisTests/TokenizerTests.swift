import Testing
@testable import TextAnalysis

/// The words an answer reads as, space-separated.
func words(_ text: String) -> String { AnalyzedText(text).tokens.map(\.text).joined(separator: " ") }

@Suite("Tokenizer")
struct TokenizerTests {
    @Test(arguments: [
        ("Don't know", "do not know"),
        ("It isn't", "it is not"),
        ("I can't", "i can not"),
        ("It won't", "it will not"),
        ("It's the tilt", "it is the tilt"),
        ("We're closer", "we are closer"),
        ("I'm sure they're wrong", "i am sure they are wrong"),
        ("We'll see, I've seen, I'd say", "we will see i have seen i would say"),
        ("Earth's axis", "earth axis"),
        ("dont doesnt isnt cant wont didnt arent wasnt", "do not does not is not can not will not did not are not was not"),
        ("idk", "i do not know"),
        ("dunno", "do not know"),
        ("its axis", "its axis"),
        ("It’s NOT “closer”", "it is not closer"),
        ("Café naïve", "cafe naive"),
        ("five-sixths", "five sixths"),
        ("0.25 > 0.3", "0.25 > 0.3"),
        ("1/2+1/3=5/6", "1 / 2 + 1 / 3 = 5 / 6"),
        ("83%", "83 %"),
        (".3 and 1,000", ".3 and 1000"),
        ("500kg of CO2", "500 kg of co2"),
        ("x >= y", "x >= y"),
        ("½", "1 / 2"),
        ("0,3", "0.3"),                      // a decimal comma
        ("0,25 or 0,3", "0.25 or 0.3"),
        ("1,5 kg", "1.5 kg"),
        ("0,250", "0.250"),
        ("1,000 and 10,000", "1000 and 10000"),  // thousands separators stay
        ("1,2,3", "1 2 3"),                  // a list, not decimals
        ("2, 3", "2 3"),
    ])
    func tokens(_ input: String, _ expected: String) {
        #expect(words(input) == expected)
    }

    @Test func punctuationSeparatesClauses() {
        let tokens = AnalyzedText("not the soil, the air. Yes").tokens
        #expect(tokens.map(\.clause) == [0, 0, 0, 1, 1, 2])
        #expect(tokens.map(\.sentenceStart) == [true, false, false, false, false, true])
    }

    @Test func parenthesesAreRecorded() {
        let tokens = AnalyzedText("(much) closer").tokens
        #expect(tokens.map(\.inParentheses) == [true, false])
    }
}
