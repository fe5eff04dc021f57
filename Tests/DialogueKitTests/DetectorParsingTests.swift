import Testing
@testable import DialogueKit

private func number(_ text: String, _ value: Double) -> NumberLiteral { NumberLiteral(text: text, value: value) }

@Suite struct DetectorParsingTests {
    static let valid: [(yaml: String, detector: Detector)] = [
        ("closer to the sun", .phrase("closer to the sun")),
        (#""(much) closer""#, .phrase("(much) closer")),
        (#""@tilt""#, .concept("tilt")),
        ("[a, b, c]", .any([.phrase("a"), .phrase("b"), .phrase("c")])),
        ("{any: [a, \"@b\"]}", .any([.phrase("a"), .concept("b")])),
        ("{all: [a, b]}", .all([.phrase("a"), .phrase("b")])),
        ("{not: \"no force\"}", .not(.phrase("no force"))),
        ("{near: [\"@closer\", sun]}", .near([.concept("closer"), .phrase("sun")], within: 5)),
        ("{near: [a, b], within: 6}", .near([.phrase("a"), .phrase("b")], within: 6)),
        ("{number: 5/6}", .number(number("5/6", 5.0 / 6), tolerance: nil)),
        ("{number: 0.8333, tolerance: 0.01}", .number(number("0.8333", 0.8333), tolerance: 0.01)),
        ("{number: 1 1/2}", .number(number("1 1/2", 1.5), tolerance: nil)),
        ("{number: 40%}", .number(number("40%", 0.4), tolerance: nil)),
        ("{number: -3}", .number(number("-3", -3), tolerance: nil)),
        ("{number: 0.50}", .number(number("0.50", 0.5), tolerance: nil)),
        ("{compare: {greater: 0.3, lesser: 0.25}}", .compare(greater: number("0.3", 0.3), lesser: number("0.25", 0.25))),
        (#"{regex: "\\bco2\\b"}"#, .regex(#"\bco2\b"#)),
        ("{phrase: gravity}", .phrase("gravity")),
        ("{concept: tilt}", .concept("tilt")),
        ("{concept: \"@tilt\"}", .concept("tilt")),
        ("all: [photosynthesis, {not: soil}]", .all([.phrase("photosynthesis"), .not(.phrase("soil"))])),
        ("{claim: {about: \"@earth\", is: tilted, unless: upright}}",
         .claim(about: .concept("earth"), holds: .phrase("tilted"), unless: .phrase("upright"))),
        ("{claim: {is: [tilted, leans]}}", .claim(about: nil, holds: .any([.phrase("tilted"), .phrase("leans")]), unless: nil)),
        ("{only: bowling ball}", .only(.phrase("bowling ball"))),
    ]

    @Test(arguments: valid.indices)
    func readsEachForm(_ index: Int) throws {
        let (yaml, detector) = Self.valid[index]
        #expect(try ContentLoader.parseDetector(yaml: yaml, file: "t.yaml") == detector, "\(yaml)")
    }

    static let invalid: [(yaml: String, diagnostic: String)] = [
        ("[]", "t.yaml:1:1: error: an empty list in the detector matches nothing"),
        (#""@""#, "t.yaml:1:1: error: '@' must be followed by a concept name without spaces, found '@'"),
        ("{number: five}", "t.yaml:1:10: error: 'five' is not a number (write e.g. 5, -2, 0.25, 5/6, 1 1/2 or 40%)"),
        ("{number: 1/2/3}", "t.yaml:1:10: error: '1/2/3' is not a number (write e.g. 5, -2, 0.25, 5/6, 1 1/2 or 40%)"),
        ("{number: 1, tolerance: -1}", "t.yaml:1:24: error: 'tolerance' must not be negative, found -1"),
        ("{near: [a]}", "t.yaml:1:8: error: 'near' needs at least 2 detectors, found 1"),
        ("{near: [a, b], within: 0}", "t.yaml:1:24: error: 'within' must be at least 1, found 0"),
        ("{near: [a, b], within: far}", "t.yaml:1:24: error: expected a whole number for 'within', found 'far'"),
        ("{compare: {greater: 0.3, lesser: 0.30}}",
         "t.yaml:1:11: error: 'greater' (0.3) and 'lesser' (0.30) are the same number, so no answer can compare them"),
        ("{compare: {greater: 1}}", "t.yaml:1:11: error: missing required key 'lesser'"),
        (#"{regex: "[a-"}"#, "t.yaml:1:9: error: invalid regular expression '[a-'"),
        ("{within: 3}", "t.yaml:1:1: error: a detector mapping needs one of: any, all, not, near, number, compare, regex, phrase, concept, claim, only"),
        ("{nearby: [a, b]}",
         "t.yaml:1:2: error: unknown key 'nearby' (expected one of: any, all, not, near, number, compare, regex, phrase, concept, claim, only, within, tolerance)"),
        ("{claim: {about: earth}}", "t.yaml:1:9: error: missing required key 'is'"),
        ("{claim: {about: earth, is: tilted, says: no}}",
         "t.yaml:1:36: error: unknown key 'says' (expected one of: about, is, unless)"),
        ("{tolerance: 1, number: 2, all: [a]}",
         "t.yaml:1:27: error: a detector mapping has one form, found 'number' and 'all' (nest them, e.g. all: [..., {not: ...}])"),
    ]

    @Test(arguments: invalid.indices)
    func reportsEachMistake(_ index: Int) {
        let (yaml, expected) = Self.invalid[index]
        #expect(throws: Diagnostic.self, "\(yaml)") { try ContentLoader.parseDetector(yaml: yaml, file: "t.yaml") }
        do {
            _ = try ContentLoader.parseDetector(yaml: yaml, file: "t.yaml")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.description == expected)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    static let numbers: [(text: String, value: Double?)] = [
        ("5", 5), ("-3", -3), ("+2", 2), ("0.25", 0.25), (".3", 0.3), ("5/6", 5.0 / 6), ("10/12", 10.0 / 12),
        ("1 1/2", 1.5), ("-1 1/2", -1.5), ("40%", 0.4), ("12.5 %", 0.125), ("3.", 3),
        ("", nil), ("five", nil), ("1/0", nil), ("1 2", nil), ("1..2", nil), ("1/2/3", nil), ("1 1/2/3", nil),
        ("%", nil), ("-", nil), ("1e3", nil), ("0x10", nil), ("1 -1/2", nil),
    ]

    @Test(arguments: numbers.indices)
    func readsNumberLiterals(_ index: Int) {
        let (text, value) = Self.numbers[index]
        let literal = NumberLiteral(parsing: text)
        #expect(literal?.value == value, "'\(text)'")
        if literal != nil { #expect(literal?.text == text) }
    }
}
