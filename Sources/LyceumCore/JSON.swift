import Foundation

/// Minimal JSON encoding for hand-written objects whose keys keep a readable order.
public enum JSON {
    /// A JSON string literal, quotes included; control characters escaped.
    public static func string(_ value: String) -> String {
        // Most strings need no escape: one scan of the bytes, then one copy.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F }) {
            return "\"" + value + "\""
        }
        var out = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                out += String(format: "\\u%04x", scalar.value)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A JSON object from already-encoded values, in the given key order.
    public static func object(_ fields: [(String, String)]) -> String {
        "{" + fields.map { "\(string($0.0)):\($0.1)" }.joined(separator: ",") + "}"
    }

    public static func array(_ values: [String]) -> String { "[" + values.joined(separator: ",") + "]" }
}
