/// Folds an answer to lower-case ASCII where it can: diacritics removed, curly quotes and
/// dashes made plain, vulgar fractions (½) and symbols (≥, ÷) spelled out.
enum Normalizer {
    static func normalize(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 65 && b <= 90 ? b + 32 : (b == 0x60 ? 0x27 : b))
                continue
            }
            if let folded = fold(v) {
                out.append(contentsOf: folded.utf8)
            } else if scalar.properties.isAlphabetic {
                for l in scalar.properties.lowercaseMapping.utf8 { out.append(l) }
            } else if scalar.properties.isWhitespace {
                out.append(0x20)
            } else {
                out.append(0x20)  // emoji and other symbols separate words
            }
        }
        return out
    }

    private static let latin1: [String] = {
        // U+00C0 ... U+00FF, lower-cased and without diacritics.
        let upper = ["a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
                     "d", "n", "o", "o", "o", "o", "o", "*", "o", "u", "u", "u", "u", "y", "th", "ss"]
        var lower = upper
        lower[23] = "/"; lower[31] = "y"
        return upper + lower
    }()

    private static let latinExtendedA: [(UInt32, UInt32, String)] = [
        (0x100, 0x105, "a"), (0x106, 0x10D, "c"), (0x10E, 0x111, "d"), (0x112, 0x11B, "e"),
        (0x11C, 0x123, "g"), (0x124, 0x127, "h"), (0x128, 0x131, "i"), (0x132, 0x133, "ij"),
        (0x134, 0x135, "j"), (0x136, 0x138, "k"), (0x139, 0x142, "l"), (0x143, 0x14B, "n"),
        (0x14C, 0x151, "o"), (0x152, 0x153, "oe"), (0x154, 0x159, "r"), (0x15A, 0x161, "s"),
        (0x162, 0x167, "t"), (0x168, 0x173, "u"), (0x174, 0x175, "w"), (0x176, 0x178, "y"),
        (0x179, 0x17E, "z"), (0x17F, 0x17F, "s"),
    ]

    private static func fold(_ v: UInt32) -> String? {
        switch v {
        case 0xC0...0xFF: return latin1[Int(v - 0xC0)]
        case 0x100...0x17F: return latinExtendedA.first { v >= $0.0 && v <= $0.1 }?.2
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x02BC, 0x2032, 0x00B4: return "'"
        case 0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB: return "\""
        case 0x2010...0x2015, 0x2212: return "-"
        case 0x2026: return "..."
        case 0x00A0, 0x2000...0x200B, 0x202F, 0x3000: return " "
        case 0x2044, 0x2215: return "/"
        case 0x00D7, 0x22C5: return "*"
        case 0x2265: return " >= "
        case 0x2264: return " <= "
        case 0x2260: return " != "
        case 0x00BD: return " 1/2 "
        case 0x00BC: return " 1/4 "
        case 0x00BE: return " 3/4 "
        case 0x2150: return " 1/7 "
        case 0x2151: return " 1/9 "
        case 0x2152: return " 1/10 "
        case 0x2153: return " 1/3 "
        case 0x2154: return " 2/3 "
        case 0x2155: return " 1/5 "
        case 0x2156: return " 2/5 "
        case 0x2157: return " 3/5 "
        case 0x2158: return " 4/5 "
        case 0x2159: return " 1/6 "
        case 0x215A: return " 5/6 "
        case 0x215B: return " 1/8 "
        case 0x215C: return " 3/8 "
        case 0x215D: return " 5/8 "
        case 0x215E: return " 7/8 "
        case 0x2082: return "2"  // CO₂
        default: return nil
        }
    }
}
