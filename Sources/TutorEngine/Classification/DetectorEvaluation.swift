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
    private var echoIgnored: [Bool]?
    private var lowercased: String?
    private var normalizedString: String?
    /// Each pattern's matches in this answer (up to 16), once asked for.
    private var regexHits: [ObjectIdentifier: [Hit]] = [:]

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

    // MARK: Claims

    /// The segment a hit lies in, or nil when it spans two (or is the whole answer).
    private func segment(of hit: Hit) -> Int32? {
        if hit.isGlobal { return nil }
        let lo = text.tokens[Int(hit.lo)].segment, hi = text.tokens[Int(hit.hi)].segment
        return lo == hi ? lo : nil
    }

    /// What is said (`holds`) and what it is said of (`about`) in one segment, with nothing in
    /// that segment that contradicts it (`unless`). `about` is the subject: it comes before what
    /// is said of it ("Earth's axis is tilted"), or right after it joined by function words only
    /// ("the tilt of Earth's axis"); "the Sun tilts toward Earth" is not a claim about Earth.
    /// A `holds` that matches the whole answer (a `not:`, an unplaced regex) needs no segment.
    private func matchClaim(about: CompiledDetector?, holds: CompiledDetector, unless: CompiledDetector?,
                            limit: Int) -> [Hit] {
        let said = evaluate(holds, all: true)
        if said.isEmpty { return [] }
        let subjects = about.map { evaluate($0, all: true) }
        if let subjects, subjects.isEmpty { return [] }
        // What contradicts the claim is looked for only once a claim has been found.
        var found: [Hit]?
        var contradictions: [Hit] {
            if found == nil { found = unless.map { evaluate($0, all: true) } ?? [] }
            return found!
        }
        let tokens = text.tokens
        // A contradiction touching the segment cancels the claim there; without a segment (a
        // claim on the whole answer), any contradiction does.
        func contradicted(_ segment: Int32?) -> Bool {
            contradictions.contains { c in
                c.isGlobal || segment == nil
                    || tokens[Int(c.lo)].segment == segment || tokens[Int(c.hi)].segment == segment
            }
        }
        func isSubject(_ subject: Hit, of claim: Hit) -> Bool {
            if subject.hi < claim.lo || (subject.lo <= claim.hi && claim.lo <= subject.hi) { return true }
            for k in Int(claim.hi + 1)..<Int(subject.lo) where !DetectorEvaluation.attaching.contains(tokens[k].text) {
                return false
            }
            return true
        }
        var hits: [Hit] = []
        for claim in said where hits.count < limit {
            let place = segment(of: claim)
            if !claim.isGlobal && place == nil { continue }
            guard let subjects else {
                if !contradicted(place), !hits.contains(claim) { hits.append(claim) }
                continue
            }
            for subject in subjects where hits.count < limit {
                guard let home = segment(of: subject) else { continue }
                if claim.isGlobal ? contradicted(home) : (place != home || !isSubject(subject, of: claim) || contradicted(home)) {
                    continue
                }
                let hit = DetectorEvaluation.union(claim, subject)
                if !hits.contains(hit) { hits.append(hit) }
            }
        }
        return hits
    }

    /// The inner detector matches and no content word of the answer lies outside the match.
    private func matchOnly(_ inner: CompiledDetector) -> [Hit] {
        let tokens = text.tokens
        for hit in evaluate(inner, all: true) {
            if hit.isGlobal { return [hit] }
            let outside = tokens.indices.contains { i in tokens[i].isContent && (i < Int(hit.lo) || i > Int(hit.hi)) }
            if !outside { return [hit] }
        }
        return []
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
    /// An echo is a number written exactly as in the question ("1/3" for 1/3, not "2/6" or "one
    /// third"); a conversion of an echo ("1/2 is 3/6", "1/3 = 2/6", but not "1/2 + 1/3 = 2/6")
    /// is ignored with it.
    private func echoIgnoredMentions() -> [Bool] {
        if let echoIgnored { return echoIgnored }
        let mentions = text.numbers
        var echo = mentions.map { mention in
            question.contains { $0.form == mention.form && mention.value.equals($0.value) }
        }
        for m in mentions.indices where !echo[m] && m > 0 && echo[m - 1] && isConversion(m - 1, m) { echo[m] = true }
        // The addends of a worked sum ("3/6 + 2/6 = 5/6") are working; the result is the answer.
        var m = 0
        while m < mentions.count {
            var k = m
            while k + 1 < mentions.count, between(k, k + 1, ["+", "plus"]) { k += 1 }
            if k > m, k + 1 < mentions.count, between(k, k + 1, ["=", "equals", "is", "makes"]) {
                for w in m...k { echo[w] = true }
            }
            m = k + 1
        }
        if !echo.contains(false) { echo = echo.map { _ in false } }
        echoIgnored = echo
        return echo
    }

    /// Whether exactly one token, one of `words`, lies between mentions `a` and `b`.
    private func between(_ a: Int, _ b: Int, _ words: Set<String>) -> Bool {
        let x = text.numbers[a], y = text.numbers[b]
        return y.lo == x.hi + 2 && words.contains(text.tokens[x.hi + 1].text)
    }

    /// "X is Y", "X = Y", "X is the same as Y": Y has X's value and X is not the end of a sum.
    private func isConversion(_ x: Int, _ y: Int) -> Bool {
        let tokens = text.tokens
        let a = text.numbers[x], b = text.numbers[y]
        guard a.value.equals(b.value), b.lo - a.hi - 1 >= 1, b.lo - a.hi - 1 <= 4 else { return false }
        for k in (a.hi + 1)..<b.lo {
            guard DetectorEvaluation.conversionWords.contains(tokens[k].text), tokens[k].clause == tokens[a.hi].clause
            else { return false }
        }
        if a.lo > 0 {
            let before = tokens[a.lo - 1].text
            if before == "+" || before == "plus" || before == "add" {
                return false
            }
        }
        return true
    }

    /// Words that attach a subject after what is said of it: "the tilt of Earth's axis", "it stops
    /// because of friction", "the angle of the rays".
    static let attaching: Set<String> = ["of", "in", "on", "the", "a", "an", "its", "their", "our", "to", "for", "from",
                                         "at", "by", "because", "with", "due"]

    /// After `not`, these make it a contrast ("not the weight") rather than "no ...".
    static let contrastDeterminers: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "its", "their",
                                                   "his", "her", "our", "my", "your"]

    static let conversionWords: Set<String> = ["is", "=", "equals", "equal", "to", "the", "same", "as", "are", "becomes"]

    // MARK: Regular expressions

    /// Matched against the normalized answer, where a match reports the words it covers; an answer
    /// that only matches as typed (lower-cased, unfolded) matches as a whole.
    private func matchRegex(_ box: RegexBox, limit: Int) -> [Hit] {
        // A concept's pattern is often asked for by several detectors: match it once per answer.
        let key = ObjectIdentifier(box)
        if let known = regexHits[key] { return Array(known.prefix(limit)) }
        let hits = computeRegexHits(box)
        regexHits[key] = hits
        return Array(hits.prefix(limit))
    }

    private func computeRegexHits(_ box: RegexBox) -> [Hit] {
        let limit = 16
        if normalizedString == nil { normalizedString = String(decoding: text.normalized, as: UTF8.self) }
        var hits: [Hit] = []
        let admitted = box.prefilter.map { RegexPrefilter.admits(text.normalized, $0) } ?? true
        for range in admitted ? box.ranges(in: normalizedString!, limit: limit) : [] {
            var lo = -1, hi = -1
            for (i, token) in text.tokens.enumerated() where Int(token.start) < range.upperBound && Int(token.end) > range.lowerBound {
                if lo < 0 { lo = i }
                hi = i
            }
            let hit = lo < 0 ? Hit.global : Hit(lo: Int32(lo), hi: Int32(hi))
            if !hits.contains(hit) { hits.append(hit) }
        }
        if !hits.isEmpty { return hits }
        // Plain ASCII reads the same normalized as lower-cased: no second try needed.
        if answer.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) { return [] }
        if lowercased == nil { lowercased = answer.lowercased() }
        return box.matches(lowercased!) ? [.global] : []
    }
}

/// An answer's token reduced to numbers for `computeMask`: its spellings' ids in one program
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
