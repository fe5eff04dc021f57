/// Marks which tokens each negator negates (see Dialogues/README.md, "Negation").
///
/// A negator (`not`, `no`, `never`, `none`, `nothing`, `neither`, `nor`, `without`; `n't` is
/// expanded to `not`) negates the words after it until punctuation; at `but`, `so`, `because`, ...
/// or a new subject (`it`, `they`, ...) once the scope holds a content word; where the first word
/// after the negator comes back ("not from the soil, from the air"); or after 10 words.
/// A sentence-initial `no` followed by a comma or a determiner/pronoun is an interjection.
enum Negation {
    static let maxScope = 10

    static func apply(_ tokens: inout [Token]) {
        let n = tokens.count
        for i in 0..<n where tokens[i].wordClass.contains(.negator) {
            if isInterjection(tokens, i) { continue }
            var end = i + 1
            var sawContent = false
            let firstWord = i + 1 < n && tokens[i + 1].clause == tokens[i].clause ? tokens[i + 1].text : nil
            while end < n && end - i <= maxScope {
                let t = tokens[end]
                if t.clause != tokens[i].clause { break }
                // "without air resistance the feather ...": "without" governs one noun phrase.
                if sawContent && tokens[i].text == "without" && !t.isContent { break }
                if sawContent && (t.wordClass.contains(.conjunction) || t.wordClass.contains(.subject)) { break }
                if end > i + 1, let firstWord, t.text == firstWord { break }
                if t.isContent { sawContent = true }
                end += 1
            }
            tokens[i].scopeEnd = Int32(end)
            for k in (i + 1)..<max(i + 1, end) where tokens[k].negatedBy < 0 { tokens[k].negatedBy = Int32(i) }
        }
        applyDismissals(&tokens)
    }

    /// "The distance doesn't matter", "the tilt is not the reason", "weight is irrelevant",
    /// "distance has nothing to do with it": the words of the statement (segment) before the
    /// denial are negated by it.
    /// When the statement names nothing before the denial but a pronoun ("..., but that doesn't
    /// matter"), the pronoun stands for the statement before it, which is denied instead.
    static func applyDismissals(_ tokens: inout [Token]) {
        let n = tokens.count
        for i in 0..<n {
            guard let denier = dismissal(tokens, at: i) else { continue }
            var k = i - 1
            var named = false
            while k >= 0 && tokens[k].segment == tokens[i].segment {
                if tokens[k].isContent { named = true }
                if tokens[k].negatedBy < 0 { tokens[k].negatedBy = Int32(denier) }
                k -= 1
            }
            guard !named, k >= 0, tokens[k + 1].wordClass.contains(.subject) || tokens[k + 1].wordClass.contains(.segmentBreak)
            else { continue }
            let previous = tokens[k].segment
            while k >= 0 && tokens[k].segment == previous {
                if tokens[k].negatedBy < 0 { tokens[k].negatedBy = Int32(denier) }
                k -= 1
            }
        }
    }

    /// Whether a denial of what came before starts at token `i`; returns the token that denies.
    static func dismissal(_ tokens: [Token], at i: Int) -> Int? {
        let t = tokens[i]
        if unaryDismissals.contains(t.text) { return i }
        guard t.wordClass.contains(.negator), !isInterjection(tokens, i) else { return nil }
        // "nothing to do with it", "not anything to do with that", "no difference".
        var j = i + 1
        var sawDeterminer = false
        while j < tokens.count && j <= i + 5 && tokens[j].segment == t.segment {
            let word = tokens[j]
            if word.text == "with" {
                let next = j + 1
                if next >= tokens.count || tokens[next].segment != t.segment || objectPronouns.contains(tokens[next].text) {
                    return i
                }
                return nil
            }
            if word.wordClass.contains(.dismissal) {
                if nounDismissals.contains(word.text) && !sawDeterminer { return nil }
                // "the same rate no matter their weight": "no matter" is "whatever", not a denial.
                if t.text == "no" && word.text == "matter" && j == i + 1 { return nil }
                return i
            }
            if word.text == "difference" { return i }
            if word.text == "the" || word.text == "a" || word.text == "an" { sawDeterminer = true }
            if !word.isStop && !fillers.contains(word.text) { return nil }
            j += 1
        }
        return nil
    }

    static let unaryDismissals: Set<String> = ["irrelevant", "irrelevent", "unimportant"]
    /// Nouns that dismiss only after a determiner: "not the reason", not "does not point".
    static let nounDismissals: Set<String> = ["reason", "reasons", "cause", "answer", "point"]
    static let objectPronouns: Set<String> = ["it", "this", "that", "them", "these", "those", "anything"]
    /// Words that may stand between a negator and what it dismisses: "does not have anything to do with".
    static let fillers: Set<String> = ["anything", "really", "much", "make", "makes", "have", "has", "do", "any"]

    /// "No, the heavier one ...", "no it is the tilt", "nope the same": not a negator.
    static func isInterjection(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.text == "no", t.sentenceStart else { return false }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.clause != t.clause || next.wordClass.contains(.interjectionFollower)
    }
}
