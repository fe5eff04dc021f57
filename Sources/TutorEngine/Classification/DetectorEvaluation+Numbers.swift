import TextAnalysis

/// Numbers: equal in value, and the echo rule for the question's own numbers.
extension DetectorEvaluation {
    func matchNumber(_ value: NumberValue, tolerance: Double?, limit: Int) -> [Hit] {
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

    static let conversionWords: Set<String> = ["is", "=", "equals", "equal", "to", "the", "same", "as", "are", "becomes"]
}
