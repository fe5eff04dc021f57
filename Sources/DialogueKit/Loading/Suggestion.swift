/// " (did you mean 'x'?)" when one of `candidates` is a likely typo of `name`, else "".
func suggestion(_ name: String, _ candidates: some Sequence<String>, prefix: String = "") -> String {
    closest(to: name, in: candidates).map { " (did you mean '\(prefix)\($0)'?)" } ?? ""
}

/// The candidate nearest to `name` by edit distance, if it is close enough to be a typo:
/// at most 1 edit for names under 6 letters, 2 for longer ones; none for names under 3 letters.
func closest(to name: String, in candidates: some Sequence<String>) -> String? {
    guard name.count >= 3 else { return nil }
    let limit = name.count >= 6 ? 2 : 1
    var best: (name: String, distance: Int)?
    for candidate in candidates where candidate != name {
        let distance = editDistance(name.lowercased(), candidate.lowercased())
        if distance <= limit, distance < (best?.distance ?? .max) { best = (candidate, distance) }
    }
    return best?.name
}

/// Levenshtein distance with adjacent transpositions (optimal string alignment).
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                current[j] = min(current[j], previous2[j - 2] + 1)
            }
        }
        (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
}

/// " (did you mean 'x'?)" for a likely typo, else " (expected one of: a, b, c)" or `otherwise`.
func suggestionOrList(_ name: String, _ candidates: [String], prefix: String = "", otherwise: String? = nil) -> String {
    if let near = closest(to: name, in: candidates) { return " (did you mean '\(prefix)\(near)'?)" }
    if let otherwise { return " (\(otherwise))" }
    return " (expected one of: \(candidates.map { prefix + $0 }.joined(separator: ", ")))"
}
