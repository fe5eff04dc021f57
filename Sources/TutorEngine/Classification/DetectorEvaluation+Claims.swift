import TextAnalysis

/// Claims and whole answers: what is said of what within one statement (Dialogues/README.md, "Claims").
extension DetectorEvaluation {
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
    func matchClaim(about: CompiledDetector?, holds: CompiledDetector, unless: CompiledDetector?,
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
    func matchOnly(_ inner: CompiledDetector) -> [Hit] {
        let tokens = text.tokens
        for hit in evaluate(inner, all: true) {
            if hit.isGlobal { return [hit] }
            let outside = tokens.indices.contains { i in tokens[i].isContent && (i < Int(hit.lo) || i > Int(hit.hi)) }
            if !outside { return [hit] }
        }
        return []
    }

    /// Words that attach a subject after what is said of it: "the tilt of Earth's axis", "it stops
    /// because of friction", "the angle of the rays".
    static let attaching: Set<String> = ["of", "in", "on", "the", "a", "an", "its", "their", "our", "to", "for", "from",
                                         "at", "by", "because", "with", "due"]
}
