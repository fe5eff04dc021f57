import TextAnalysis

/// Where a detector matched: tokens lo...hi of the answer, or the whole answer (lo = -1).
struct Hit: Equatable {
    var lo: Int32
    var hi: Int32
    static let global = Hit(lo: -1, hi: -1)
    var isGlobal: Bool { lo < 0 }
}

/// Runs compiled detectors against one analyzed answer. Word matches are computed once per
/// program word and kept as bit masks over the answer's tokens.
final class DetectorEvaluation {
    let text: AnalyzedText
    let program: DetectorProgram
    let question: [NumberValue]
    let answer: String
    private let chunks: Int
    private var masks: [UInt64]
    private var computed: [Bool]
    private var echoIgnored: [Bool]?
    private var lowercased: String?

    init(text: AnalyzedText, program: DetectorProgram, question: [NumberValue], answer: String) {
        self.text = text; self.program = program; self.question = question; self.answer = answer
        chunks = max(1, (text.tokens.count + 63) / 64)
        masks = [UInt64](repeating: 0, count: program.terms.count * chunks)
        computed = [Bool](repeating: false, count: program.terms.count)
    }

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
            if lowercased == nil { lowercased = answer.lowercased() }
            return box.matches(lowercased!) ? [.global] : []
        case .symbols(let marks, _):
            let used = text.normalized.filter { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A }
            return !marks.isEmpty && !used.isEmpty && used.allSatisfy { marks.contains($0) } ? [.global] : []
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
        if !computed[term] { computeMask(term) }
        return masks[term * chunks + token >> 6] & (1 << UInt64(token & 63)) != 0
    }

    private func computeMask(_ term: Int) {
        let pattern = program.terms[term]
        let base = term * chunks
        for (i, token) in text.tokens.enumerated() where pattern.matches(token) {
            masks[base + i >> 6] |= 1 << UInt64(i & 63)
        }
        computed[term] = true
    }

    private func anyToken(_ term: Int) -> Bool {
        if !computed[term] { computeMask(term) }
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

    /// Backtracking: give each required word a distinct token, all within the window.
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
            // A match is negated when a negator before it covers one of its words.
            for t in assigned {
                let by = tokens[t].negatedBy
                if by >= 0 && Int(by) < lo { return }
            }
            let hit = Hit(lo: Int32(lo), hi: Int32(hi))
            if !hits.contains(hit) { hits.append(hit) }
            return
        }
        var lo = Int.max, hi = -1
        for i in 0..<k { lo = min(lo, assigned[i]); hi = max(hi, assigned[i]) }
        let term = Int(phrase.terms[k])
        for t in 0..<tokens.count where termMatches(term, t) {
            if k > 0 && (max(hi, t) - min(lo, t) + 1 > phrase.window) { continue }
            var taken = false
            for i in 0..<k where assigned[i] == t { taken = true; break }
            if taken { continue }
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
        func pick(_ k: Int) {
            if results.count >= limit { return }
            if k == lists.count {
                let union = chosen.reduce(Hit.global) { DetectorEvaluation.union($0, $1) }
                if !results.contains(union) { results.append(union) }
                return
            }
            for hit in lists[k] where chosen.allSatisfy({ distance($0, hit) <= Int32(within) }) {
                chosen.append(hit)
                pick(k + 1)
                chosen.removeLast()
            }
        }
        pick(0)
        return results
    }

    // MARK: Numbers

    private func matchNumber(_ value: NumberValue, tolerance: Double?, limit: Int) -> [Hit] {
        let ignored = echoIgnoredMentions()
        var hits: [Hit] = []
        for (m, mention) in text.numbers.enumerated() where !mention.negated && !ignored[m] {
            if mention.value.equals(value, tolerance: tolerance) {
                hits.append(Hit(lo: Int32(mention.lo), hi: Int32(mention.hi)))
                if hits.count >= limit { break }
            }
        }
        return hits
    }

    /// Numbers that only repeat the question's numbers are ignored, unless the answer has no others.
    private func echoIgnoredMentions() -> [Bool] {
        if let echoIgnored { return echoIgnored }
        var echo = text.numbers.map { mention in question.contains { mention.value.equals($0) } }
        if !echo.contains(false) { echo = echo.map { _ in false } }
        echoIgnored = echo
        return echo
    }
}
