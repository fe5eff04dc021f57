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
        // A pronoun before the dismissal stands for the statement before it
        ("the earth is tilted but that doesnt matter", "the earth is tilted but that does matter"),
        ("it is tilted, it does not matter", "it is tilted it does matter"),
        ("the tilt, the distance does not matter", "the distance does matter"),
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

/// The statements (segments) of `text`, separated by " | ".
func segments(_ text: String) -> String {
    let tokens = AnalyzedText(text).tokens
    var parts: [[String]] = []
    for token in tokens {
        if parts.isEmpty || Int(token.segment) >= parts.count { parts.append([]) }
        parts[parts.count - 1].append(token.text)
    }
    return parts.map { $0.joined(separator: " ") }.joined(separator: " | ")
}

@Suite("Dismissals and statements")
struct DismissalTests {
    @Test(arguments: [
        // What is dismissed is denied: the words of its statement before the denial.
        ("the tilt doesn't matter, it's the distance", "the tilt does matter"),
        ("the distance is irrelevant", "the distance is"),
        ("weight makes no difference", "weight makes difference"),
        ("distance has nothing to do with it", "distance has to do with it"),
        ("the tilt is not the reason", "the tilt is the reason"),
        ("the tilt isnt why", "the tilt is why"),
        // Not dismissals: a verb "point", a negated object, "nothing to do with" a named thing.
        ("the axis does not point toward the sun", "point toward the sun"),
        ("it has nothing to do with distance", "to do with distance"),
        ("the reason is not the tilt", "the tilt"),
        // Contractions typed without the apostrophe negate too.
        ("the bowling ball wont hit first", "hit first"),
        ("it doesnt need a push", "need a push"),
        ("the current isnt used up", "used up"),
        // "no matter" is "whatever"; "without" governs one noun phrase; a dash ends a clause.
        ("they fall at the same rate no matter their weight", "matter their weight"),
        ("without friction the puck would keep going", "friction"),
        ("without air resistance the feather falls as fast", "air resistance"),
        ("neither - they land together", ""),
    ])
    func denied(_ text: String, _ expected: String) {
        #expect(negatedWords(text) == expected)
    }

    @Test(arguments: [
        ("the earth spins on its axis and the sun is tilted", "the earth spins on its axis | and the sun is tilted"),
        ("the earth is tilted and leans toward the sun", "the earth is tilted and leans toward the sun"),
        ("the puck stops because of friction", "the puck stops because of friction"),
        ("when it's summer here it's winter there", "when it is summer here it is winter there"),
        ("it is summer here, while it is winter there", "it is summer here | while it is winter there"),
        ("not the distance but the tilt", "not the distance | but the tilt"),
        ("australia is in the southern half which is tilted away", "australia is in the southern half which is tilted away"),
    ])
    func statements(_ text: String, _ expected: String) {
        #expect(segments(text) == expected)
    }
}
