/// How many terminal columns text takes: 2 for East Asian wide characters and most emoji, else 1.
public enum TextWidth {
    public static func columns(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        if scalar.value < 0x20 || scalar.value == 0x7F { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    public static func columns<S: Sequence>(_ text: S) -> Int where S.Element == Character {
        text.reduce(0) { $0 + columns($1) }
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            true
        default:
            false
        }
    }
}
