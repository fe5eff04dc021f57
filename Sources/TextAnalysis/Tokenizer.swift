/// Splits normalized bytes into tokens, expanding contractions; punctuation only separates clauses.
enum Tokenizer {
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { (b >= 97 && b <= 122) || b >= 0x80 }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4 + 4)
        var clause: Int32 = 0
        var sentenceStart = true
        var boundary = false
        var parens = 0
        let n = bytes.count
        var i = 0

        // Byte range of the word being emitted, in the normalized text (for regex spans).
        var start = 0, end = 0
        func emit(_ kind: Token.Kind, _ text: String) {
            if boundary { clause += 1; boundary = false }
            tokens.append(Token(kind: kind, text: text, stem: text, wordClass: [], letters: 0, clause: clause,
                                sentenceStart: sentenceStart, inParentheses: parens > 0,
                                start: Int32(start), end: Int32(end)))
            sentenceStart = false
        }
        func emitWord(_ word: String) {
            if let expansion = Lexicon.expansions[word] {
                for part in expansion { emit(.word, part) }
            } else {
                emit(.word, word)
            }
        }

        while i < n {
            let b = bytes[i]
            if isLetter(b) {
                // A word: letters, digits after the first letter, inner apostrophes.
                var j = i
                var apostrophe = -1
                while j < n {
                    let c = bytes[j]
                    if isLetter(c) || isDigit(c) { j += 1; continue }
                    if c == 0x27, j + 1 < n, isLetter(bytes[j + 1]), apostrophe < 0 { apostrophe = j; j += 1; continue }
                    break
                }
                start = i; end = j
                if apostrophe < 0 {
                    emitWord(String(decoding: bytes[i..<j], as: UTF8.self))
                } else {
                    expandContraction(String(decoding: bytes[i..<apostrophe], as: UTF8.self),
                                      String(decoding: bytes[(apostrophe + 1)..<j], as: UTF8.self), emit: emitWord)
                }
                // Plural possessive ("planets' orbits"): drop the apostrophe.
                if j < n, bytes[j] == 0x27 { j += 1 }
                i = j
            } else if isDigit(b) || (b == 0x2E && i + 1 < n && isDigit(bytes[i + 1])) {
                var j = i
                var sawPoint = false
                var decimalComma = -1
                while j < n {
                    let c = bytes[j]
                    if isDigit(c) { j += 1; continue }
                    if c == 0x2E, !sawPoint, j + 1 < n, isDigit(bytes[j + 1]) { sawPoint = true; j += 1; continue }
                    // Thousands separator: "1,000" (a comma and exactly three digits).
                    if c == 0x2C, !sawPoint, j + 3 < n, isDigit(bytes[j + 1]), isDigit(bytes[j + 2]),
                       isDigit(bytes[j + 3]), j + 4 >= n || !isDigit(bytes[j + 4]),
                       !(j - i == 1 && bytes[i] == 0x30) {
                        j += 1; continue
                    }
                    // Decimal comma: "0,3", "0,25", "1,5" (not a list "1,2,3", not after a thousands group).
                    if c == 0x2C, !sawPoint, !sawComma(bytes, i, j), j + 1 < n, isDigit(bytes[j + 1]),
                       isDecimalComma(bytes, i, j) {
                        decimalComma = j; sawPoint = true; j += 1; continue
                    }
                    break
                }
                var text = String(decoding: bytes[i..<j], as: UTF8.self)
                if decimalComma >= 0 {
                    text = String(decoding: bytes[i..<decimalComma] + [0x2E] + bytes[(decimalComma + 1)..<j], as: UTF8.self)
                } else if text.utf8.contains(0x2C) {
                    text.removeAll { $0 == "," }
                }
                start = i; end = j
                emit(.number, text)
                i = j
            } else {
                start = i; end = i + 1
                switch b {
                case 0x3E, 0x3C:  // > <
                    if i + 1 < n, bytes[i + 1] == 0x3D { emit(.symbol, b == 0x3E ? ">=" : "<="); i += 2 }
                    else { emit(.symbol, b == 0x3E ? ">" : "<"); i += 1 }
                case 0x21 where i + 1 < n && bytes[i + 1] == 0x3D:  // !=
                    emit(.symbol, "!="); i += 2
                case 0x3D, 0x2B, 0x2F, 0x25, 0x2A:  // = + / % *
                    emit(.symbol, String(UnicodeScalar(b))); i += 1
                case 0x2D:  // - : a hyphen inside a word separates it; a dash between words is punctuation; otherwise minus
                    let prevLetter = i > 0 && isLetter(bytes[i - 1])
                    let nextLetter = i + 1 < n && isLetter(bytes[i + 1])
                    if isDash(bytes, i, afterWord: tokens.last?.kind == .word) {
                        while i < n && bytes[i] == 0x2D { i += 1 }
                        boundary = true
                        continue
                    }
                    if !(prevLetter && nextLetter) && !(i + 1 < n && bytes[i + 1] == 0x2D) { emit(.symbol, "-") }
                    i += 1
                case 0x26:  // &
                    emitWord("and"); i += 1
                case 0x20, 0x09, 0x0D:
                    i += 1
                case 0x27, 0x5F, 0x7E, 0x5E, 0x23, 0x40, 0x24, 0x5C, 0x7C:  // stray ' _ ~ ^ # @ $ \ |
                    i += 1
                default:
                    // Punctuation: a clause boundary; . ! ? ; and line breaks also end a sentence.
                    if b == 0x28 || b == 0x5B { parens += 1 }
                    if (b == 0x29 || b == 0x5D), parens > 0 { parens -= 1 }
                    boundary = true
                    if b == 0x2E || b == 0x21 || b == 0x3F || b == 0x3B || b == 0x0A { sentenceStart = true }
                    i += 1
                }
            }
        }
        return tokens
    }

    /// "neither - they land together", "no -- the tilt": one or more hyphens with a space on each
    /// side, after a word and before a letter, end a clause like a comma.
    static func isDash(_ bytes: [UInt8], _ i: Int, afterWord: Bool) -> Bool {
        guard afterWord, i > 0, bytes[i - 1] == 0x20 else { return false }
        var j = i
        while j < bytes.count && bytes[j] == 0x2D { j += 1 }
        guard j < bytes.count, bytes[j] == 0x20 else { return false }
        while j < bytes.count && bytes[j] == 0x20 { j += 1 }
        return j < bytes.count && isLetter(bytes[j])
    }

    static func sawComma(_ bytes: [UInt8], _ i: Int, _ j: Int) -> Bool { bytes[i..<j].contains(0x2C) }

    /// A comma between digits is a decimal comma when the number is not part of a list ("1,2,3":
    /// no comma just before it or after its decimals) and it is not a thousands group.
    static func isDecimalComma(_ bytes: [UInt8], _ i: Int, _ j: Int) -> Bool {
        if i > 0 && bytes[i - 1] == 0x2C { return false }
        var k = j + 1
        while k < bytes.count && isDigit(bytes[k]) { k += 1 }
        if k < bytes.count && (bytes[k] == 0x2C || bytes[k] == 0x2E) && k + 1 < bytes.count && isDigit(bytes[k + 1]) {
            return false
        }
        let decimals = k - j - 1
        // "1,000" is a thousand; "0,250" is a decimal.
        return decimals != 3 || (j - i == 1 && bytes[i] == 0x30)
    }

    /// `don't` -> do not, `can't` -> can not, `it's` -> it is, `earth's` -> earth, `we're` -> we are, ...
    static func expandContraction(_ base: String, _ suffix: String, emit: (String) -> Void) {
        switch suffix {
        case "t" where base.hasSuffix("n"):
            let stem = String(base.dropLast())
            switch stem {
            case "ca": emit("can")
            case "wo": emit("will")
            case "sha": emit("shall")
            case "ai": emit("is")
            case "": emit("not"); return
            default: emit(stem)
            }
            emit("not")
        case "s":
            emit(base)
            if Lexicon.isContractionBases.contains(base) { emit("is") }
        case "re": emit(base); emit("are")
        case "m": emit(base); emit("am")
        case "ll": emit(base); emit("will")
        case "ve": emit(base); emit("have")
        case "d": emit(base); emit("would")
        default: emit(base + suffix)
        }
    }
}
