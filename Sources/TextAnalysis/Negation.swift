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
                if sawContent && (t.wordClass.contains(.conjunction) || t.wordClass.contains(.subject)) { break }
                if end > i + 1, let firstWord, t.text == firstWord { break }
                if t.isContent { sawContent = true }
                end += 1
            }
            tokens[i].scopeEnd = Int32(end)
            for k in (i + 1)..<max(i + 1, end) where tokens[k].negatedBy < 0 { tokens[k].negatedBy = Int32(i) }
        }
    }

    /// "No, the heavier one ...", "no it is the tilt", "nope the same": not a negator.
    static func isInterjection(_ tokens: [Token], _ i: Int) -> Bool {
        let t = tokens[i]
        guard t.text == "no", t.sentenceStart else { return false }
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1]
        return next.clause != t.clause || next.wordClass.contains(.interjectionFollower)
    }
}
