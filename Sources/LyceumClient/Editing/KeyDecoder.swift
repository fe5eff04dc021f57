/// Terminal bytes -> keys: UTF-8 text, control keys, and the escape sequences xterm-like terminals
/// send for arrows, Home, End and Delete. Keeps an incomplete sequence until the next bytes come;
/// `flush()` gives up on it (a lone Escape key).
public struct KeyDecoder: Sendable, Equatable {
    private var pending: [UInt8] = []
    /// The last byte was CR: a following LF is the same Enter.
    private var afterCR = false

    public init() {}

    /// Whether bytes are waiting for the rest of a sequence.
    public var hasPending: Bool { !pending.isEmpty }

    public mutating func decode<Bytes: Sequence>(_ bytes: Bytes) -> [Key] where Bytes.Element == UInt8 {
        pending += bytes
        var keys: [Key] = []
        var index = 0
        while index < pending.count {
            guard let (key, length) = Self.key(at: index, in: pending) else { break }  // incomplete
            index += length
            if key == .enter && pending[index - 1] == 0x0A && afterCR { afterCR = false; continue }
            afterCR = key == .enter && pending[index - 1] == 0x0D
            if let key { keys.append(key) }
        }
        pending.removeFirst(index)
        return keys
    }

    /// Whatever is pending, as it stands: a lone ESC is the Escape key; a cut UTF-8 sequence is dropped.
    public mutating func flush() -> [Key] {
        defer { pending.removeAll() }
        return pending.first == 0x1B ? [.escape] : []
    }

    /// The key starting at `index` and its length in bytes; nil if more bytes are needed.
    /// A nil key with a length skips bytes that mean nothing (invalid UTF-8).
    static func key(at index: Int, in bytes: [UInt8]) -> (Key?, Int)? {
        let byte = bytes[index]
        switch byte {
        case 0x1B: return escape(at: index, in: bytes)
        case 0x01: return (.home, 1)
        case 0x02: return (.left, 1)
        case 0x03: return (.interrupt, 1)
        case 0x04: return (.endOfInput, 1)
        case 0x05: return (.end, 1)
        case 0x06: return (.right, 1)
        case 0x08, 0x7F: return (.backspace, 1)
        case 0x09: return (.tab, 1)
        case 0x0A, 0x0D: return (.enter, 1)
        case 0x0B: return (.killToEnd, 1)
        case 0x0C: return (.clearScreen, 1)
        case 0x0E: return (.down, 1)
        case 0x10: return (.up, 1)
        case 0x15: return (.killToStart, 1)
        case 0x17: return (.deleteWordBack, 1)
        case ..<0x20: return (.unknown, 1)
        case ..<0x80: return (.character(Character(Unicode.Scalar(byte))), 1)
        default: return utf8(at: index, in: bytes)
        }
    }

    static func utf8(at index: Int, in bytes: [UInt8]) -> (Key?, Int)? {
        let lead = bytes[index]
        let length = switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        guard length > 0 else { return (nil, 1) }
        guard index + length <= bytes.count else {
            // Wait for the rest, unless what came already cannot continue this character.
            let tail = bytes[(index + 1)...]
            return tail.allSatisfy { $0 & 0xC0 == 0x80 } ? nil : (nil, 1)
        }
        let slice = Array(bytes[index..<(index + length)])
        guard slice.dropFirst().allSatisfy({ $0 & 0xC0 == 0x80 }),
              let text = String(validating: slice, as: UTF8.self), let character = text.first else {
            return (nil, 1)
        }
        return (.character(character), length)
    }

    /// ESC, ESC [ ... final, ESC O x, ESC b / ESC f.
    static func escape(at index: Int, in bytes: [UInt8]) -> (Key?, Int)? {
        guard index + 1 < bytes.count else { return nil }
        let next = bytes[index + 1]
        switch next {
        case UInt8(ascii: "["):
            // Parameters 0x30-0x3F, intermediates 0x20-0x2F, then one final byte 0x40-0x7E.
            var end = index + 2
            while end < bytes.count, (0x20...0x3F).contains(bytes[end]) { end += 1 }
            guard end < bytes.count else { return nil }
            guard (0x40...0x7E).contains(bytes[end]) else { return (.escape, 1) }
            let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
            return (csi(parameters, final: bytes[end]), end - index + 1)
        case UInt8(ascii: "O"):
            guard index + 2 < bytes.count else { return nil }
            return (csi("", final: bytes[index + 2]), 3)
        case UInt8(ascii: "b"): return (.wordLeft, 2)
        case UInt8(ascii: "f"): return (.wordRight, 2)
        case 0x7F, 0x08: return (.deleteWordBack, 2)
        default: return (.escape, 1)
        }
    }

    static func csi(_ parameters: String, final: UInt8) -> Key {
        let fields = parameters.split(separator: ";")
        let modifier = fields.count > 1 ? Int(fields[1]) ?? 1 : 1
        let word = modifier == 3 || modifier == 5  // Alt or Ctrl
        switch final {
        case UInt8(ascii: "A"): return .up
        case UInt8(ascii: "B"): return .down
        case UInt8(ascii: "C"): return word ? .wordRight : .right
        case UInt8(ascii: "D"): return word ? .wordLeft : .left
        case UInt8(ascii: "H"): return .home
        case UInt8(ascii: "F"): return .end
        case UInt8(ascii: "~"):
            switch fields.first.flatMap({ Int($0) }) {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            default: return .unknown
            }
        default: return .unknown
        }
    }
}
