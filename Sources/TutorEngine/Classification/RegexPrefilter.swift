/// Literal text a regular expression cannot match without: "\\b(not|no) (brighter|dimmer)" needs
/// "not" or "no" somewhere in the answer. A pattern whose literals are all absent is not run.
///
/// Conservative: `requiredLiterals` returns a set only when every match must contain one of its
/// strings, and nil (run the pattern) for anything it does not understand: flags, \Q...\E,
/// Unicode escapes, or no mandatory literal at all.
enum RegexPrefilter {
    /// Strings of which every match of `pattern` contains at least one (lower-cased), or nil.
    static func requiredLiterals(_ pattern: String) -> [String]? {
        let chars = Array(pattern.lowercased())
        var parser = Parser(chars: chars)
        guard let literals = parser.alternation(until: nil), parser.index == chars.count, !literals.isEmpty,
              literals.allSatisfy({ !$0.isEmpty }) else { return nil }
        return literals
    }

    /// Whether `text` (bytes) contains one of `literals` (as UTF-8).
    static func admits(_ text: [UInt8], _ literals: [[UInt8]]) -> Bool {
        literals.contains { contains(text, $0) }
    }

    static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = text.count, m = needle.count
        if m == 0 { return true }
        if m > n { return false }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if text[i] == first {
                var k = 1
                while k < m && text[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }

    private struct Parser {
        let chars: [Character]
        var index = 0

        static let meta: Set<Character> = [".", "^", "$", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}", "\\"]

        /// Alternatives separated by `|` up to `end` (or the end): each must yield literals.
        mutating func alternation(until end: Character?) -> [String]? {
            var result: [String] = []
            var understood = true
            while true {
                guard let literals = sequence(until: end) else { understood = false; skipTo(end); break }
                if literals.isEmpty { understood = false }
                result += literals
                if index < chars.count, chars[index] == "|" { index += 1; continue }
                break
            }
            return understood ? result : nil
        }

        /// One branch: the most selective mandatory element's literals, [] when none, nil when not understood.
        mutating func sequence(until end: Character?) -> [String]? {
            var best: [String] = []
            var run = ""
            func offer(_ candidate: [String]) {
                guard !candidate.isEmpty else { return }
                let shortest = candidate.map(\.count).min() ?? 0
                if best.isEmpty || shortest > (best.map(\.count).min() ?? 0) { best = candidate }
            }
            func endRun() { offer(run.isEmpty ? [] : [run]); run = "" }
            while index < chars.count {
                let c = chars[index]
                if c == "|" || (end != nil && c == end) { break }
                var literal: Character?
                var element: [String] = []
                switch c {
                case "(":
                    index += 1
                    var lookaround = false
                    if index < chars.count, chars[index] == "?" {
                        guard index + 1 < chars.count else { return nil }
                        let kind = chars[index + 1]
                        if kind == ":" { index += 2 }
                        else if kind == "=" || kind == "!" { index += 2; lookaround = true }
                        else if kind == "<", index + 2 < chars.count, chars[index + 2] == "=" || chars[index + 2] == "!" {
                            index += 3; lookaround = true
                        } else { return nil }  // flags, named groups: not understood
                    }
                    let inner = alternation(until: ")")
                    guard index < chars.count, chars[index] == ")" else { return nil }
                    index += 1
                    if !lookaround { element = inner ?? [] }
                case "[":
                    guard skipClass() else { return nil }
                case "\\":
                    guard index + 1 < chars.count else { return nil }
                    let next = chars[index + 1]
                    index += 2
                    // \Q...\E, \x{..}, \u...., \p{..}, \e: not understood; \b \s \w \d \1 ...: no literal.
                    if ["q", "e", "x", "u", "p", "n"].contains(next) { return nil }
                    if next.isLetter || next.isNumber { break }
                    literal = next
                case ".", "^", "$":
                    index += 1
                case "?", "*", "+", "{", ")", "]", "}":
                    return nil  // a quantifier with nothing before it, or unbalanced: not understood
                default:
                    literal = c
                    index += 1
                }
                let (optional, repeated) = quantifier()
                if let literal {
                    if optional { endRun(); continue }
                    run.append(literal)
                    if repeated { endRun() }
                } else {
                    endRun()
                    if !optional { offer(element) }
                }
            }
            endRun()
            return best
        }

        /// Reads a quantifier after an element: (may be absent, may repeat).
        mutating func quantifier() -> (optional: Bool, repeated: Bool) {
            guard index < chars.count else { return (false, false) }
            var result: (Bool, Bool)
            switch chars[index] {
            case "?": index += 1; result = (true, false)
            case "*": index += 1; result = (true, true)
            case "+": index += 1; result = (false, true)
            case "{":
                var k = index + 1
                var digits = ""
                while k < chars.count, chars[k].isNumber { digits.append(chars[k]); k += 1 }
                while k < chars.count, chars[k] != "}" { k += 1 }
                index = min(k + 1, chars.count)
                result = ((Int(digits) ?? 0) == 0, true)
            default: return (false, false)
            }
            if index < chars.count, chars[index] == "?" || chars[index] == "+" { index += 1 }  // lazy, possessive
            return result
        }

        /// Skips a character class `[...]`; false when it does not close.
        mutating func skipClass() -> Bool {
            index += 1
            if index < chars.count, chars[index] == "^" { index += 1 }
            if index < chars.count, chars[index] == "]" { index += 1 }
            while index < chars.count {
                if chars[index] == "\\" { index += 2; continue }
                if chars[index] == "[" { return false }  // nested sets: not understood
                if chars[index] == "]" { index += 1; return true }
                index += 1
            }
            return false
        }

        mutating func skipTo(_ end: Character?) {
            var depth = 0
            while index < chars.count {
                let c = chars[index]
                if c == "\\" { index += 2; continue }
                if c == "(" { depth += 1 }
                if c == ")" {
                    if depth == 0 && end == ")" { return }
                    depth -= 1
                }
                index += 1
            }
        }
    }
}
