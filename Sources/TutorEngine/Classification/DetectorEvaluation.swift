import TextAnalysis

/// Where a detector matched: tokens lo...hi of the answer, or the whole answer (lo = -1).
struct Hit: Equatable {
    var lo: Int32
    var hi: Int32
    static let global = Hit(lo: -1, hi: -1)
    var isGlobal: Bool { lo < 0 }
}

/// Runs compiled detectors against one analyzed answer. Word matches are computed for every
/// program word in one pass over the answer and kept as bit masks over the answer's tokens.
final class DetectorEvaluation {
    let text: AnalyzedText
    let program: DetectorProgram
    let question: [NumberMention]
    let answer: String
    let vocabulary: Vocabulary?
    private let chunks: Int
    /// Per program word, the answer tokens it matches (bit masks, `chunks` words each); filled in
    /// `init` and only read after, so reading it needs no exclusivity check.
    private let masks: UnsafeMutableBufferPointer<UInt64>
    var echoIgnored: [Bool]?
    var lowercased: String?
    /// Whether the answer is ASCII without a backtick (then lower-casing changes nothing a pattern sees).
    var plainASCII: Bool?
    var normalizedString: String?
    /// Each pattern's matches in this answer (up to 16), once asked for.
    var regexHits: [ObjectIdentifier: [Hit]] = [:]

    init(text: AnalyzedText, program: DetectorProgram, question: [NumberMention], answer: String,
         vocabulary: Vocabulary? = nil) {
        self.text = text; self.program = program; self.question = question; self.answer = answer
        self.vocabulary = vocabulary
        chunks = max(1, (text.tokens.count + 63) / 64)
        masks = .allocate(capacity: max(1, program.terms.count * chunks))
        masks.initialize(repeating: 0)
        computeMasks()
    }

    deinit { masks.deallocate() }

    // MARK: Detectors

    /// Non-negated matches; with `all` false, at most one.
    func evaluate(_ node: CompiledDetector, all: Bool = false) -> [Hit] {
        switch node {
        case .phrase(let p): return matchPhrase(program.phrases[p], limit: all ? 16 : 1)
        case .whole(let p): return matchWhole(p)
        case .concept(_, let inner): return evaluate(inner, all: all)
        case .unknownConcept: return []
        case .any(let parts):
            var hits: [Hit] = []
            for part in parts {
                let found = evaluate(part, all: all)
                if !found.isEmpty {
                    if !all { return found }
                    hits.append(contentsOf: found)
                }
            }
            return hits
        case .all(let parts):
            var union = Hit.global
            for part in parts {
                guard let hit = evaluate(part).first else { return [] }
                union = DetectorEvaluation.union(union, hit)
            }
            return [union]
        case .not(let inner):
            return evaluate(inner).isEmpty ? [.global] : []
        case .near(let parts, let within):
            return matchNear(parts, within: within, limit: all ? 16 : 1)
        case .number(let value, let tolerance, _):
            return matchNumber(value, tolerance: tolerance, limit: all ? 16 : 1)
        case .compare(let greater, let lesser, _):
            guard let decision = Comparison.decide(greater, lesser, in: text), decision.larger == 0 else { return [] }
            return [Hit(lo: Int32(decision.lo), hi: Int32(decision.hi))]
        case .regex(let box):
            return matchRegex(box, limit: all ? 16 : 1)
        case .symbols(let marks, _):
            let used = text.normalized.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
            return !marks.isEmpty && !used.isEmpty && used.allSatisfy { marks.contains($0) } ? [.global] : []
        case .claim(let about, let holds, let unless):
            return matchClaim(about: about, holds: holds, unless: unless, limit: all ? 16 : 1)
        case .only(let inner):
            return matchOnly(inner)
        }
    }

    static func union(_ a: Hit, _ b: Hit) -> Hit {
        if a.isGlobal { return b }
        if b.isGlobal { return a }
        return Hit(lo: min(a.lo, b.lo), hi: max(a.hi, b.hi))
    }

    // MARK: Words

    /// Whether program word `term` matches token `token`.
    @inline(__always) private func termMatches(_ term: Int, _ token: Int) -> Bool {
        return masks[term * chunks + token >> 6] & (1 << UInt64(token & 63)) != 0
    }

    @inline(__always) private func set(_ term: Int32, _ token: Int) {
        masks[Int(term) * chunks + token >> 6] |= 1 << UInt64(token & 63)
    }

    /// Every program word's matches, in one pass over the answer: the same test as
    /// `PatternTerm.matches`. An answer word finds the words spelled like it, or with its stem,
    /// through the program's index (no string is compared); negators are compared by word; and an
    /// answer word that is not itself a real word or a pattern word is tried as a typo of each word
    /// that allows typos (`TypoScreen`, then `isWithinTypoLimit`).
    private func computeMasks() {
        let tokens = text.tokens
        for i in tokens.indices {
            let token = TokenKey(tokens[i], program)
            if token.text >= 0 {
                for t in program.termsByText[Int(token.text)] where program.keys[Int(t)].kind == token.kind { set(t, i) }
            }
            if token.stem >= 0 {
                for t in program.termsByStem[Int(token.stem)] where program.keys[Int(t)].kind == token.kind { set(t, i) }
            }
            if token.isNegator {
                for t in program.negatorTerms {
                    let term = program.terms[Int(t)]
                    guard term.kind == token.kind,
                          PatternTerm.negatorsMatch(term.text, tokens[i].text, loose: term.looseNegator) else { continue }
                    // "not the weight" denies a claim about the weight; it is not "no weight".
                    if term.text != tokens[i].text && i + 1 < tokens.count
                        && DetectorEvaluation.contrastDeterminers.contains(tokens[i + 1].text) {
                        continue
                    }
                    set(t, i)
                }
            }
            // A typo only when the answer word is not itself a real word or a pattern word.
            guard token.screen.allowsTypos, !program.typoTerms.isEmpty,
                  !(PatternTerm.isKnownWord(tokens[i]) || (vocabulary?.contains(tokens[i]) ?? false)) else { continue }
            for t in program.typoTerms {
                let key = program.keys[Int(t)]
                guard key.kind == token.kind, !termMatches(Int(t), i), key.screen.admits(token.screen),
                      program.terms[Int(t)].isWithinTypoLimit(tokens[i]) else { continue }
                set(t, i)
            }
        }
    }

    private func anyToken(_ term: Int) -> Bool {
        for c in 0..<chunks where masks[term * chunks + c] != 0 { return true }
        return false
    }

    // MARK: Phrases

    private func matchPhrase(_ phrase: CompiledPhrase, limit: Int) -> [Hit] {
        let count = phrase.terms.count
        for term in phrase.terms where !anyToken(Int(term)) { return [] }
        var hits: [Hit] = []
        var assigned = [Int](repeating: -1, count: count)
        search(phrase, 0, &assigned, &hits, limit)
        return hits
    }

    /// Backtracking: give each required word a token after the previous word's, all within the window.
    private func search(_ phrase: CompiledPhrase, _ k: Int, _ assigned: inout [Int], _ hits: inout [Hit], _ limit: Int) {
        if hits.count >= limit { return }
        let tokens = text.tokens
        if k == phrase.terms.count {
            var lo = Int.max, hi = -1
            for t in assigned { lo = min(lo, t); hi = max(hi, t) }
            // A negator of the phrase must negate the word after it.
            for (i, next) in phrase.negates.enumerated() where next >= 0 {
                let n = assigned[i], w = assigned[Int(next)]
                if !(n < w && w < Int(tokens[n].scopeEnd)) { return }
            }
            // A match is negated when one of its words is negated by a negator the phrase did not
            // ask for: "uses current" is not in "uses energy, not current".
            for t in assigned {
                let by = Int(tokens[t].negatedBy)
                if by >= 0 && !assigned.contains(by) { return }
            }
            let hit = Hit(lo: Int32(lo), hi: Int32(hi))
            if !hits.contains(hit) { hits.append(hit) }
            return
        }
        // The words in the phrase's order ("toward the sun" is not "the sun tilts toward"), all
        // within the window.
        let first = k > 0 ? assigned[0] : 0
        let start = k > 0 ? assigned[k - 1] + 1 : 0
        let term = Int(phrase.terms[k])
        for t in start..<max(start, tokens.count) where termMatches(term, t) {
            if k > 0 && t - first + 1 > phrase.window { break }
            assigned[k] = t
            search(phrase, k + 1, &assigned, &hits, limit)
            if hits.count >= limit { return }
        }
        assigned[k] = -1
    }

    /// "help", "pass": the phrase matches and the answer says nothing else of substance.
    private func matchWhole(_ p: Int) -> [Hit] {
        let phrase = program.phrases[p]
        guard let hit = matchPhrase(phrase, limit: 1).first else { return [] }
        for (i, token) in text.tokens.enumerated() where token.isContent {
            if !phrase.terms.contains(where: { termMatches(Int($0), i) }) { return [] }
        }
        return [hit]
    }

    // MARK: Near

    private func matchNear(_ parts: [CompiledDetector], within: Int, limit: Int) -> [Hit] {
        var lists: [[Hit]] = []
        for part in parts {
            let hits = evaluate(part, all: true)
            if hits.isEmpty { return [] }
            lists.append(hits)
        }
        var results: [Hit] = []
        var chosen: [Hit] = []
        func distance(_ a: Hit, _ b: Hit) -> Int32 {
            if a.isGlobal || b.isGlobal { return 0 }
            return max(0, b.lo - a.hi, a.lo - b.hi)
        }
        // Parts match disjoint words: "brighter" is not both "same as bright" and "brighter".
        func overlaps(_ a: Hit, _ b: Hit) -> Bool {
            !a.isGlobal && !b.isGlobal && a.lo <= b.hi && b.lo <= a.hi
        }
        func pick(_ k: Int) {
            if results.count >= limit { return }
            if k == lists.count {
                let union = chosen.reduce(Hit.global) { DetectorEvaluation.union($0, $1) }
                if !results.contains(union) { results.append(union) }
                return
            }
            for hit in lists[k] where chosen.allSatisfy({ distance($0, hit) <= Int32(within) && !overlaps($0, hit) }) {
                chosen.append(hit)
                pick(k + 1)
                chosen.removeLast()
            }
        }
        pick(0)
        return results
    }

    /// After `not`, these make it a contrast ("not the weight") rather than "no ...".
    static let contrastDeterminers: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their",
                                                   "his", "her", "our", "my", "your"]
}

/// An answer's token reduced to numbers for `computeMasks`: its spellings' ids in one program
/// (-1 when no term is spelled so) and its typo pre-checks.
private struct TokenKey {
    var text: Int32
    var stem: Int32
    var kind: Token.Kind
    var isNegator: Bool
    var screen: TypoScreen

    init(_ token: Token, _ program: DetectorProgram) {
        text = program.spelling(of: token.text)
        stem = token.stem == token.text ? text : program.spelling(of: token.stem)
        kind = token.kind
        isNegator = token.wordClass.contains(.negator)
        screen = TypoScreen(answer: token)
    }
}
