import Testing
@testable import TextAnalysis

/// Which of 0.3 and 0.25 the answer says is larger: "0.3", "0.25" or nil.
func larger(_ text: String, _ a: String = "0.3", _ b: String = "0.25") -> String? {
    let analyzed = AnalyzedText(text)
    let first = AnalyzedText(a).numbers[0].value, second = AnalyzedText(b).numbers[0].value
    return Comparison.decide(first, second, in: analyzed).map { $0.larger == 0 ? a : b }
}

@Suite("Comparisons")
struct ComparisonTests {
    @Test(arguments: [
        "0.3", "0.3 is larger", "0.25 is smaller than 0.3", "0.3 > 0.25", "0.25 < 0.3",
        "0.25 is not bigger than 0.3", "0.25 isn't larger", "the larger one is 0.3", "0.3 is bigger than 0.25",
        "it is bigger than 0.25", "point three", "0.30", "zero point three", "three tenths",
        "0.3 because 30 hundredths is more than 25 hundredths", "not 0.25, 0.3", "0.3 not 0.25",
        "0.3 is the biggest", "I think .3 is greater", "0.3 exceeds 0.25", "0.3 is biger",
        "0.3 because 3 tenths is more than 2 tenths", "0.25 is less than 0.3",
        "0.3 is not smaller than 0.25", "30%",
        // A comparative about a noun ("more digits") says nothing about size; size words outrank "more".
        "0.3, even though 0.25 has more digits", "0.3 is bigger even though 0.25 has more numbers",
        "0.3 is bigger, 0.25 has more digits than 0.3", "0.3 because 0.25 only has more decimal places",
        "0,3", "0,3 is bigger than 0,25", "0.3 has more tenths",
    ])
    func saysPointThree(_ text: String) {
        #expect(larger(text) == "0.3")
    }

    @Test(arguments: [
        "0.25", "0.25 because 25 is more than 3", "0.25 is larger", "0.25 > 0.3", "0.3 is smaller",
        "0.25 is bigger than 0.3", "0.25 has more digits so it is bigger", "it is 0.25 not 0.3",
        "twenty five hundredths",
        "0,25", "0.25 has more digits so it is bigger", "0.25 is bigger, it has more digits",
    ])
    func saysPointTwoFive(_ text: String) {
        #expect(larger(text) == "0.25")
    }

    @Test(arguments: [("1/2 is bigger even though 1/3 has more slices", "1/2"),
                      ("1/3 has more slices but 1/2 is larger", "1/2"),
                      ("1/2 because 1/3 has more pieces", "1/2"),
                      ("1/3 is bigger because it has more pieces", "1/3"),
                      ("1/3 is more", "1/3")])
    func halfOrThird(_ text: String, _ expected: String) {
        #expect(larger(text, "1/2", "1/3") == expected)
    }

    @Test(arguments: ["", "25 is more than 3", "both", "0.25 or 0.3", "I do not know", "0.2",
                      "0.25 has more digits than 0.3"])
    func undecided(_ text: String) {
        #expect(larger(text) == nil)
    }
}
