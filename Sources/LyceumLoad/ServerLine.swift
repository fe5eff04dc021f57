/// The fields of one JSON Lines event from the server that the load generator acts on. Read by
/// scanning, not by a JSON parser: the server writes every string with JSON escapes, so a key
/// pattern like `"move":"` never occurs inside a value, and this keeps the client cheap.
public struct ServerLine: Sendable, Equatable {
    public var type: String
    public var move: String?
    public var field: String?
    public var code: String?
    public var text: String?
    public var from: String?
    public var kind: String?
    public var room: String?
    public var phase: String?
    public var step: Int?

    public init(type: String, move: String? = nil, field: String? = nil, code: String? = nil, text: String? = nil,
                from: String? = nil, kind: String? = nil, room: String? = nil, phase: String? = nil, step: Int? = nil) {
        self.type = type; self.move = move; self.field = field; self.code = code; self.text = text
        self.from = from; self.kind = kind; self.room = room; self.phase = phase; self.step = step
    }

    /// Nil for a line that is not a JSON event (the welcome before `/mode json`, for example).
    public init?(parsing line: String) {
        let utf8 = Array(line.utf8)
        guard utf8.first == UInt8(ascii: "{"), let type = Self.string("type", in: utf8) else { return nil }
        self.type = type
        move = Self.string("move", in: utf8)
        field = Self.string("field", in: utf8)
        code = Self.string("code", in: utf8)
        from = Self.string("from", in: utf8)
        kind = Self.string("kind", in: utf8)
        room = Self.string("room", in: utf8)
        phase = Self.string("phase", in: utf8)
        step = Self.integer("step", in: utf8)
        text = type == "tutor" || type == "verdict" ? nil : Self.string("text", in: utf8)
    }

    /// The index just after `"key":`, or nil.
    static func valueStart(_ key: String, in bytes: [UInt8]) -> Int? {
        let pattern = Array("\"\(key)\":".utf8)
        guard bytes.count >= pattern.count else { return nil }
        var i = 0
        while i <= bytes.count - pattern.count {
            if bytes[i] == pattern[0], bytes[i..<(i + pattern.count)].elementsEqual(pattern) { return i + pattern.count }
            i += 1
        }
        return nil
    }

    static func string(_ key: String, in bytes: [UInt8]) -> String? {
        guard var i = valueStart(key, in: bytes), i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
        i += 1
        var out: [UInt8] = []
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            if byte == UInt8(ascii: "\\"), i + 1 < bytes.count {
                i += 1
                switch bytes[i] {
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "u"): out.append(UInt8(ascii: "?")); i += 4  // not needed by the load generator
                default: out.append(bytes[i])
                }
            } else {
                out.append(byte)
            }
            i += 1
        }
        return nil
    }

    static func integer(_ key: String, in bytes: [UInt8]) -> Int? {
        guard var i = valueStart(key, in: bytes) else { return nil }
        var value = 0, digits = 0
        while i < bytes.count, bytes[i] >= UInt8(ascii: "0"), bytes[i] <= UInt8(ascii: "9") {
            value = value * 10 + Int(bytes[i] - UInt8(ascii: "0"))
            digits += 1; i += 1
        }
        return digits > 0 ? value : nil
    }
}
