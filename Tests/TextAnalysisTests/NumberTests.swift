import Testing
@testable import TextAnalysis

/// The values an answer mentions, as exact fractions or decimals.
func values(_ text: String) -> [Double] { AnalyzedText(text).numbers.map(\.value.value) }

func value(_ text: String) -> NumberValue? {
    let numbers = AnalyzedText(text).numbers
    return numbers.count == 1 ? numbers[0].value : nil
}

@Suite("Numbers")
struct NumberTests {
    static let readings: [(String, Double)] = [
        ("5", 5.0), ("0.3", 0.3), (".3", 0.3), ("0.30", 0.3), ("5/6", 5.0 / 6), ("5 over 6", 5.0 / 6),
        ("5 out of 6", 5.0 / 6), ("1 1/2", 1.5), ("one and a half", 1.5), ("2 and 3/4", 2.75),
        ("83%", 0.83), ("83 percent", 0.83), ("five sixths", 5.0 / 6), ("five-sixths", 5.0 / 6),
        ("a third", 1.0 / 3), ("one half", 0.5), ("zero point three", 0.3), ("point two five", 0.25),
        ("three tenths", 0.3), ("twenty-five hundredths", 0.25), ("twenty five", 25), ("a half", 0.5),
        ("two and three quarters", 2.75), ("one hundred and five", 105), ("1,000", 1000),
        ("two thirds", 2.0 / 3), ("10/12", 10.0 / 12), ("-3", -3), ("three fifths", 0.6), ("25 hundredths", 0.25),
    ]

    @Test(arguments: readings)
    func reads(_ text: String, _ expected: Double) throws {
        let v = try #require(value(text), "\(text) -> \(values(text))")
        #expect(abs(v.value - expected) < 1e-12)
    }

    @Test(arguments: [
        ("10/12", "5/6"), ("5/6", "0.8333"), ("5/6", "0.83"), ("1/3", "2/6"), ("five sixths", "5/6"),
        ("zero point three", "0.3"), ("0.3", ".30"), ("point three", "0.30"), ("83%", "5/6"),
        ("one half", "0.5"), ("50%", "1/2"), ("2/3", "0.67"), ("three tenths", ".3"),
    ])
    func equal(_ a: String, _ b: String) throws {
        let x = try #require(value(a)), y = try #require(value(b))
        #expect(x.equals(y) && y.equals(x))
    }

    @Test(arguments: [
        ("5/6", "0.8"), ("5/6", "0.84"), ("0.25", "0.3"), ("1/3", "0.3"), ("2/5", "5/6"), ("2/3", "0.66"),
    ])
    func notEqual(_ a: String, _ b: String) throws {
        let x = try #require(value(a)), y = try #require(value(b))
        #expect(!x.equals(y) && !y.equals(x))
    }

    @Test func toleranceIsAbsolute() throws {
        let x = try #require(value("0.3")), y = try #require(value("0.31"))
        #expect(x.equals(y, tolerance: 0.02))
        #expect(!x.equals(y, tolerance: 0.001))
    }

    @Test func keepsExactFractions() throws {
        let v = try #require(value("10/12"))
        #expect(v.numerator == 10 && v.denominator == 12)
    }

    static let mentionCases: [(String, [Double])] = [
        ("1/2 + 1/3 = 5/6", [0.5, 1.0 / 3, 5.0 / 6]),
        ("the heavier one falls faster", []),
        ("which one is it", []),
        ("one of them", []),
        ("the third planet", []),
        ("1/2 and 1/3", [0.5, 1.0 / 3]),
        ("3 4", [3, 4]),
        ("0.25 because 25 is more than 3", [0.25, 25, 3]),
        ("2 seconds", [2]),
    ]

    @Test(arguments: mentionCases)
    func mentions(_ text: String, _ expected: [Double]) {
        let found = values(text)
        #expect(found.count == expected.count && zip(found, expected).allSatisfy { abs($0 - $1) < 1e-12 }, "\(found)")
    }

    @Test(arguments: [
        ("it is 5/6 not 2/5", [false, true]),
        ("not 2/5, 5/6", [true, false]),
        ("no it is 5/6", [false]),
    ])
    func negatedMentions(_ text: String, _ expected: [Bool]) {
        #expect(AnalyzedText(text).numbers.map(\.negated) == expected)
    }
}
