import Foundation
import DialogueKit
import TextAnalysis

/// A detector prepared for fast matching: phrase words analyzed and stemmed once,
/// concept sets expanded, numbers parsed.
indirect enum CompiledDetector: Sendable {
    /// Index into `DetectorProgram.phrases`.
    case phrase(Int)
    case concept(String, CompiledDetector)
    /// A concept name with no set (or a cycle): matches nothing; validation reports it.
    case unknownConcept(String)
    case any([CompiledDetector])
    case all([CompiledDetector])
    case not(CompiledDetector)
    case near([CompiledDetector], within: Int)
    case number(NumberValue, tolerance: Double?, text: String)
    case compare(greater: NumberValue, lesser: NumberValue, text: String)
    case regex(RegexBox)
    /// A phrase of punctuation only, such as "?": the answer is made of those marks.
    case symbols([UInt8], text: String)
    /// A phrase that must be the whole answer, apart from function words ("help", "pass").
    case whole(Int)
    /// `holds` and `about` in one statement (segment), `unless` not in it.
    case claim(about: CompiledDetector?, holds: CompiledDetector, unless: CompiledDetector?)
    /// The inner detector covers every content word of the answer.
    case only(CompiledDetector)
}

/// A regular expression, compiled once with ICU (`NSRegularExpression`, the engine `lyceum check`
/// validates patterns with). It is only read after `init`, so it is shared across threads.
final class RegexBox: @unchecked Sendable {
    let pattern: String
    let regex: NSRegularExpression?
    /// Literals of which every match contains one (`RegexPrefilter`), as UTF-8; nil: always run it.
    let prefilter: [[UInt8]]?
    init(_ pattern: String) {
        self.pattern = pattern
        regex = try? NSRegularExpression(pattern: pattern)
        prefilter = RegexPrefilter.requiredLiterals(pattern)?.map { Array($0.utf8) }
    }

    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The UTF-8 offsets of up to `limit` matches.
    func ranges(in text: String, limit: Int) -> [Range<Int>] {
        guard let regex else { return [] }
        var result: [Range<Int>] = []
        regex.enumerateMatches(in: text, range: NSRange(text.startIndex..., in: text)) { match, _, stop in
            guard let match, let range = Range(match.range, in: text) else { return }
            let lo = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
            let hi = text.utf8.distance(from: text.startIndex, to: range.upperBound)
            result.append(lo..<hi)
            if result.count >= limit { stop.pointee = true }
        }
        return result
    }
}

/// A phrase: the words that must appear (by index into `DetectorProgram.terms`), in phrase order.
/// A class, immutable: matching reads it many times per answer, and one reference is cheaper to
/// hand around than three arrays.
final class CompiledPhrase: Sendable {
    let text: String
    let terms: [Int32]
    /// For a negator at position k: the position of the word it must negate, else -1.
    let negates: [Int32]
    /// All required words lie within this many tokens.
    let window: Int

    init(text: String, terms: [Int32], negates: [Int32], window: Int) {
        self.text = text; self.terms = terms; self.negates = negates; self.window = window
    }
}

/// The words and phrases of a group of detectors (one step), deduplicated.
struct DetectorProgram: Sendable {
    var terms: [PatternTerm] = []
    /// Per term, what matching needs without touching a string (same order as `terms`).
    var keys: [TermKey] = []
    var phrases: [CompiledPhrase] = []
    var usesRegex = false
    /// Every spelling (surface form or stem) of the terms, numbered: an answer's word is looked up
    /// here once, and then compared with each term as a number.
    private(set) var spellings: [String: Int32] = [:]
    private var termIndex: [String: Int32] = [:]
    /// Per spelling id, the (non-negator) terms spelled so, and those whose stem is spelled so:
    /// an answer's word finds the terms it matches exactly in two look-ups.
    private(set) var termsByText: [[Int32]] = []
    private(set) var termsByStem: [[Int32]] = []
    /// Negator terms, matched by word (`PatternTerm.negatorsMatch`); terms that allow typos.
    private(set) var negatorTerms: [Int32] = []
    private(set) var typoTerms: [Int32] = []

    mutating func term(_ token: Token, exact: Bool = false, looseNegator: Bool = false) -> Int32 {
        var key = token.kind == .word ? token.text : "\(token.kind.rawValue):\(token.text)"
        if exact { key = "=" + key }
        if looseNegator { key = "~" + key }
        if let index = termIndex[key] { return index }
        let index = Int32(terms.count)
        let term = PatternTerm(token, exact: exact, looseNegator: looseNegator)
        terms.append(term)
        let termKey = TermKey(term, text: spelling(term.text), stem: spelling(term.stem))
        keys.append(termKey)
        termIndex[key] = index
        if termKey.isNegator {
            negatorTerms.append(index)
        } else {
            termsByText[Int(termKey.text)].append(index)
            termsByStem[Int(termKey.stem)].append(index)
        }
        if termKey.screen.allowsTypos { typoTerms.append(index) }
        return index
    }

    private mutating func spelling(_ text: String) -> Int32 {
        if let id = spellings[text] { return id }
        let id = Int32(spellings.count)
        spellings[text] = id
        termsByText.append([])
        termsByStem.append([])
        return id
    }

    /// The number of an answer's spelling, or -1 when no term is spelled so.
    func spelling(of text: String) -> Int32 { spellings[text] ?? -1 }
}

/// A `PatternTerm` reduced to numbers: its spellings' ids and its typo pre-checks.
struct TermKey: Sendable {
    var text: Int32
    var stem: Int32
    var kind: Token.Kind
    /// Negators compare by word (`PatternTerm.negatorsMatch`), not by id.
    var isNegator: Bool
    var screen: TypoScreen

    init(_ term: PatternTerm, text: Int32, stem: Int32) {
        self.text = text; self.stem = stem; kind = term.kind
        isNegator = term.isNegator
        screen = term.screen
    }
}

/// Every word the detectors know (surface forms and stems). An answer word that is one of them
/// is taken as written: it matches exactly or by stem, never as a typo of another pattern word.
struct Vocabulary: Sendable {
    var words: Set<String> = []
    var stems: Set<String> = []

    mutating func add(_ program: DetectorProgram) {
        for term in program.terms where term.kind == .word {
            words.insert(term.text)
            stems.insert(term.stem)
        }
    }

    func contains(_ token: Token) -> Bool {
        token.kind == .word && (words.contains(token.text) || stems.contains(token.stem))
    }
}

/// Turns `Detector`s into `CompiledDetector`s that share one program.
struct DetectorCompiler {
    var program = DetectorProgram()
    let concepts: ConceptSets
    private var conceptCache: [String: CompiledDetector] = [:]
    private var expanding: Set<String> = []
    /// Phrases of one required word match it exactly (no typo tolerance): "lost" is not "lot".
    var exactSingleWords = false
    /// Every word of a phrase is required, function words too: "do not get it" is not "does not get smaller".
    var allWords = false

    init(concepts: ConceptSets) { self.concepts = concepts }

    mutating func compile(_ detector: Detector) -> CompiledDetector {
        switch detector {
        case .phrase(let text): return compilePhrase(text)
        case .concept(let name): return compileConcept(name)
        case .any(let parts): return .any(DetectorCompiler.cheapFirst(parts.map { compile($0) }))
        case .all(let parts): return .all(DetectorCompiler.cheapFirst(parts.map { compile($0) }))
        case .not(let inner): return .not(compile(inner))
        case .near(let parts, let within): return .near(parts.map { compile($0) }, within: within)
        case .number(let literal, let tolerance):
            return .number(DetectorCompiler.value(of: literal), tolerance: tolerance, text: literal.text)
        case .compare(let greater, let lesser):
            return .compare(greater: DetectorCompiler.value(of: greater), lesser: DetectorCompiler.value(of: lesser),
                            text: "compare(greater: \(greater.text), lesser: \(lesser.text))")
        case .regex(let pattern):
            program.usesRegex = true
            return .regex(RegexBox(pattern))
        case .claim(let about, let holds, let unless):
            return .claim(about: about.map { compile($0) }, holds: compile(holds), unless: unless.map { compile($0) })
        case .only(let inner):
            return .only(compile(inner))
        }
    }

    mutating func compileConcept(_ name: String) -> CompiledDetector {
        if let cached = conceptCache[name] { return cached }
        guard let set = concepts[name], !expanding.contains(name) else { return .unknownConcept(name) }
        expanding.insert(name)
        let compiled = CompiledDetector.concept(name, .any(set.alternatives.map { compile($0) }))
        expanding.remove(name)
        conceptCache[name] = compiled
        return compiled
    }

    /// A phrase's words; a phrase that is one number is a number detector.
    mutating func compilePhrase(_ text: String, whole: Bool = false) -> CompiledDetector {
        let analyzed = AnalyzedText(text)
        let tokens = analyzed.tokens
        if tokens.isEmpty {
            let marks = analyzed.normalized.filter { $0 != 0x20 }
            return .symbols(marks, text: text)
        }
        if !whole, analyzed.numbers.count == 1, analyzed.numbers[0].lo == 0, analyzed.numbers[0].hi == tokens.count - 1 {
            return .number(analyzed.numbers[0].value, tolerance: nil, text: text)
        }
        let present = tokens.filter { !$0.inParentheses }
        var required = present.filter { $0.isContent || $0.wordClass.contains(.negator) || $0.kind == .symbol }
        // A phrase of function words, or of negators and function words ("not quite", "not at
        // all"), needs all its words: "not" alone would match every denial.
        if allWords || required.allSatisfy({ $0.wordClass.contains(.negator) }) { required = present }
        if required.isEmpty { required = tokens }
        var terms: [Int32] = []
        var negates: [Int32] = []
        let exact = exactSingleWords && required.count == 1
        for (k, token) in required.enumerated() {
            let negator = token.wordClass.contains(.negator) && k + 1 < required.count
            terms.append(program.term(token, exact: exact, looseNegator: negator))
            negates.append(negator ? Int32(k + 1) : -1)
        }
        program.phrases.append(CompiledPhrase(text: text, terms: terms, negates: negates, window: tokens.count + 4))
        let index = program.phrases.count - 1
        return whole ? .whole(index) : .phrase(index)
    }

    /// Parts without a regular expression first (stable otherwise): a pattern runs over the whole
    /// answer, so `all` and `any` try their word parts before it. The verdict does not depend on
    /// the order; only which match the "why" quotes may.
    static func cheapFirst(_ parts: [CompiledDetector]) -> [CompiledDetector] {
        parts.filter { !$0.usesRegex } + parts.filter(\.usesRegex)
    }

    /// The value of an author's number, read like an answer's so that `0.30` keeps its two places.
    static func value(of literal: NumberLiteral) -> NumberValue {
        let analyzed = AnalyzedText(literal.text)
        if analyzed.numbers.count == 1, analyzed.numbers[0].lo == 0, analyzed.numbers[0].hi == analyzed.tokens.count - 1 {
            return analyzed.numbers[0].value
        }
        return NumberValue(literal.value)
    }
}

extension CompiledDetector {
    /// Whether matching may run a regular expression.
    var usesRegex: Bool {
        switch self {
        case .regex: true
        case .concept(_, let inner), .not(let inner), .only(let inner): inner.usesRegex
        case .any(let parts), .all(let parts), .near(let parts, _): parts.contains { $0.usesRegex }
        case .claim(let about, let holds, let unless):
            holds.usesRegex || (about?.usesRegex ?? false) || (unless?.usesRegex ?? false)
        case .phrase, .unknownConcept, .number, .compare, .symbols, .whole: false
        }
    }

    /// How the detector reads in an explanation: `near(@closer, "sun")`.
    func describe(_ program: DetectorProgram) -> String {
        switch self {
        case .phrase(let i): return "\"\(program.phrases[i].text)\""
        case .whole(let i): return "\"\(program.phrases[i].text)\" (whole answer)"
        case .concept(let name, _), .unknownConcept(let name): return "@\(name)"
        case .any(let parts): return parts.count == 1 ? parts[0].describe(program) : "any(\(parts.map { $0.describe(program) }.joined(separator: ", ")))"
        case .all(let parts): return "all(\(parts.map { $0.describe(program) }.joined(separator: ", ")))"
        case .not(let inner): return "not(\(inner.describe(program)))"
        case .near(let parts, let within): return "near(\(parts.map { $0.describe(program) }.joined(separator: ", ")); within \(within))"
        case .number(_, let tolerance, let text): return tolerance.map { "number \(text) ± \($0)" } ?? "number \(text)"
        case .compare(_, _, let text): return text
        case .regex(let box): return "regex /\(box.pattern)/"
        case .symbols(_, let text): return "\"\(text)\""
        case .claim(let about, let holds, let unless):
            var parts: [String] = []
            if let about { parts.append("about: \(about.describe(program))") }
            parts.append("is: \(holds.describe(program))")
            if let unless { parts.append("unless: \(unless.describe(program))") }
            return "claim(\(parts.joined(separator: "; ")))"
        case .only(let inner): return "only(\(inner.describe(program)))"
        }
    }
}
