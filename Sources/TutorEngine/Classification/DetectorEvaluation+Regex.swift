import Foundation

/// Regular expressions: run once per answer, skipped when the answer lacks every literal a match needs.
extension DetectorEvaluation {
    /// Matched against the normalized answer, where a match reports the words it covers; an answer
    /// that only matches as typed (lower-cased, unfolded) matches as a whole.
    func matchRegex(_ box: RegexBox, limit: Int) -> [Hit] {
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
        // Plain ASCII reads the same normalized as lower-cased: no second try needed (decided once per answer).
        if plainASCII == nil { plainASCII = answer.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 }) }
        if plainASCII == true { return [] }
        if lowercased == nil { lowercased = answer.lowercased() }
        return box.matches(lowercased!) ? [.global] : []
    }
}
