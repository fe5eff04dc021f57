/// Word families: comparatives and superlatives are reduced to their adjective
/// (`heavier` -> `heavy`, `bigger` -> `big`), then the Porter (1980) stemmer runs.
public enum Stemmer {
    /// The stem of a lower-case word; words with other than the letters a-z are returned as they are.
    public static func stem(_ word: String) -> String {
        var bytes = Array(word.utf8)
        guard bytes.count > 2, bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        reduceComparative(&bytes)
        var porter = Porter(bytes)
        return porter.run()
    }

    /// Adjectives whose `-er`/`-est` forms are regular. A list rather than a rule, so that
    /// nouns such as `water`, `number`, `summer` or `layer` keep their ending.
    static let comparableAdjectives: Set<String> = [
        "big", "bright", "broad", "calm", "cheap", "clean", "clear", "close", "cold", "cool", "dark", "deep",
        "dense", "dim", "dull", "fair", "fast", "fat", "few", "fine", "firm", "flat", "fresh", "full",
        "glad", "grand", "great", "hard", "harsh", "high", "hot", "kind", "large", "late", "light", "long",
        "loose", "loud", "low", "mild", "near", "neat", "new", "nice", "old", "plain", "poor", "proud",
        "pure", "quick", "quiet", "rare", "rich", "rough", "safe", "sharp", "short", "simple", "slim",
        "slow", "small", "smart", "smooth", "soft", "strong", "sweet", "tall", "thick", "thin", "tight",
        "tough", "true", "warm", "weak", "wet", "white", "wide", "wise", "young", "sad", "red", "fit",
        "grim", "slight", "strict", "steep", "straight", "stiff", "brave", "cruel", "vast", "hug",
        "faint", "keen", "lean", "mad", "pale", "ripe", "rude", "vague", "wild", "blunt", "brief",
    ]

    /// `heavier`/`heaviest` -> `heavy`; `larger` -> `large`; `bigger` -> `big`; `faster` -> `fast`.
    static func reduceComparative(_ w: inout [UInt8]) {
        let n = w.count
        let suffixLength: Int
        if n > 4, w[n - 2] == 101, w[n - 1] == 114 { suffixLength = 2 }  // -er
        else if n > 5, w[n - 3] == 101, w[n - 2] == 115, w[n - 1] == 116 { suffixLength = 3 }  // -est
        else { return }
        var base = Array(w[0..<(n - suffixLength)])
        // -ier / -iest -> -y (heavier, easier, earlier), for bases of at least three letters.
        if base.count >= 4, base[base.count - 1] == 105 {
            base[base.count - 1] = 121
            w = base
            return
        }
        let plain = String(decoding: base, as: UTF8.self)
        if comparableAdjectives.contains(plain) { w = base; return }
        if comparableAdjectives.contains(plain + "e") { w = base + [101]; return }
        if base.count >= 3, base[base.count - 1] == base[base.count - 2] {
            let undoubled = Array(base.dropLast())
            if comparableAdjectives.contains(String(decoding: undoubled, as: UTF8.self)) { w = undoubled }
        }
    }
}

/// The Porter stemming algorithm, after Martin Porter's reference C implementation.
struct Porter {
    var b: [UInt8]
    var k: Int
    var j: Int = 0

    init(_ bytes: [UInt8]) { b = bytes; k = bytes.count - 1 }

    mutating func run() -> String {
        if k > 1 {
            step1ab(); step1c()
            if k > 0 { step2(); step3(); step4(); step5() }
        }
        return String(decoding: b[0...k], as: UTF8.self)
    }

    func cons(_ i: Int) -> Bool {
        switch b[i] {
        case 97, 101, 105, 111, 117: return false
        case 121: return i == 0 ? true : !cons(i - 1)
        default: return true
        }
    }

    /// The number of vowel-consonant sequences in b[0...j].
    func m() -> Int {
        var n = 0
        var i = 0
        while true { if i > j { return n }; if !cons(i) { break }; i += 1 }
        i += 1
        while true {
            while true { if i > j { return n }; if cons(i) { break }; i += 1 }
            i += 1; n += 1
            while true { if i > j { return n }; if !cons(i) { break }; i += 1 }
            i += 1
        }
    }

    func vowelInStem() -> Bool {
        var i = 0
        while i <= j { if !cons(i) { return true }; i += 1 }
        return false
    }

    func doubleC(_ i: Int) -> Bool { i >= 1 && b[i] == b[i - 1] && cons(i) }

    func cvc(_ i: Int) -> Bool {
        if i < 2 || !cons(i) || cons(i - 1) || !cons(i - 2) { return false }
        let ch = b[i]
        return ch != 119 && ch != 120 && ch != 121
    }

    mutating func ends(_ s: StaticString) -> Bool {
        let len = s.utf8CodeUnitCount
        if len > k + 1 { return false }
        let p = s.utf8Start
        if p[len - 1] != b[k] { return false }
        for t in 0..<len where b[k - len + 1 + t] != p[t] { return false }
        j = k - len
        return true
    }

    mutating func setTo(_ s: StaticString) {
        let len = s.utf8CodeUnitCount
        let p = s.utf8Start
        let start = j + 1
        for t in 0..<len {
            if start + t < b.count { b[start + t] = p[t] } else { b.append(p[t]) }
        }
        k = j + len
    }

    mutating func r(_ s: StaticString) { if m() > 0 { setTo(s) } }

    mutating func step1ab() {
        if b[k] == 115 {  // s
            // Porter2's rule for a plain final s: keep it when no vowel comes before the letter
            // preceding it ("gas", "bus", "this"), so short words keep their meaning.
            if ends("sses") { k -= 2 } else if ends("ies") { setTo("i") }
            else if b[k - 1] != 115 && (0..<(k - 1)).contains(where: { !cons($0) }) { k -= 1 }
        }
        if ends("eed") {
            if m() > 0 { k -= 1 }
        } else if (ends("ed") || ends("ing")) && vowelInStem() {
            k = j
            if ends("at") { setTo("ate") } else if ends("bl") { setTo("ble") } else if ends("iz") { setTo("ize") }
            else if doubleC(k) {
                k -= 1
                let ch = b[k]
                if ch == 108 || ch == 115 || ch == 122 { k += 1 }
            } else if m() == 1 && cvc(k) { setTo("e") }
        }
    }

    mutating func step1c() { if ends("y") && vowelInStem() { b[k] = 105 } }

    mutating func step2() {
        guard k >= 1 else { return }
        switch b[k - 1] {
        case 97: if ends("ational") { r("ate") } else if ends("tional") { r("tion") }
        case 99: if ends("enci") { r("ence") } else if ends("anci") { r("ance") }
        case 101: if ends("izer") { r("ize") }
        case 108:
            if ends("bli") { r("ble") } else if ends("alli") { r("al") } else if ends("entli") { r("ent") }
            else if ends("eli") { r("e") } else if ends("ousli") { r("ous") }
        case 111: if ends("ization") { r("ize") } else if ends("ation") { r("ate") } else if ends("ator") { r("ate") }
        case 115:
            if ends("alism") { r("al") } else if ends("iveness") { r("ive") } else if ends("fulness") { r("ful") }
            else if ends("ousness") { r("ous") }
        case 116: if ends("aliti") { r("al") } else if ends("iviti") { r("ive") } else if ends("biliti") { r("ble") }
        case 103: if ends("logi") { r("log") }
        default: break
        }
    }

    mutating func step3() {
        switch b[k] {
        case 101: if ends("icate") { r("ic") } else if ends("ative") { r("") } else if ends("alize") { r("al") }
        case 105: if ends("iciti") { r("ic") }
        case 108: if ends("ical") { r("ic") } else if ends("ful") { r("") }
        case 115: if ends("ness") { r("") }
        default: break
        }
    }

    mutating func step4() {
        guard k >= 1 else { return }
        switch b[k - 1] {
        case 97: guard ends("al") else { return }
        case 99: guard ends("ance") || ends("ence") else { return }
        case 101: guard ends("er") else { return }
        case 105: guard ends("ic") else { return }
        case 108: guard ends("able") || ends("ible") else { return }
        case 110: guard ends("ant") || ends("ement") || ends("ment") || ends("ent") else { return }
        case 111:
            if ends("ion") && j >= 0 && (b[j] == 115 || b[j] == 116) { break }
            guard ends("ou") else { return }
        case 115: guard ends("ism") else { return }
        case 116: guard ends("ate") || ends("iti") else { return }
        case 117: guard ends("ous") else { return }
        case 118: guard ends("ive") else { return }
        case 122: guard ends("ize") else { return }
        default: return
        }
        if m() > 1 { k = j }
    }

    mutating func step5() {
        j = k
        if b[k] == 101 {
            let a = m()
            if a > 1 || (a == 1 && !cvc(k - 1)) { k -= 1 }
        }
        if b[k] == 108 && doubleC(k) && m() > 1 { k -= 1 }
    }
}
