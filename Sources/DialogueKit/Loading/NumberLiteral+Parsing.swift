import Foundation

extension NumberLiteral {
    /// Reads a number as an author writes it in a detector: `5`, `-3`, `0.25`, `.5`, `5/6`,
    /// `1 1/2`, `-1/2`, `40%` (the value 0.4). Returns nil for anything else.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var body = Substring(trimmed)
        var percent = false
        if body.hasSuffix("%") {
            body = body.dropLast()
            while body.last == " " { body = body.dropLast() }
            percent = true
        }
        var sign = 1.0
        if body.hasPrefix("-") || body.hasPrefix("+") {
            if body.first == "-" { sign = -1 }
            body = body.dropFirst()
        }
        guard let magnitude = Self.magnitude(body) else { return nil }
        self.init(text: trimmed, value: sign * (percent ? magnitude / 100 : magnitude))
    }

    /// An unsigned integer, decimal, fraction or mixed number.
    private static func magnitude(_ text: Substring) -> Double? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        switch parts.count {
        case 1:
            return parts[0].contains("/") ? fraction(parts[0]) : decimal(parts[0])
        case 2:
            guard isDigits(parts[0]), let whole = Double(parts[0]), let fraction = fraction(parts[1]) else { return nil }
            return whole + fraction
        default:
            return nil
        }
    }

    private static func fraction(_ text: Substring) -> Double? {
        let sides = text.split(separator: "/", omittingEmptySubsequences: false)
        guard sides.count == 2, isDigits(sides[0]), isDigits(sides[1]),
              let numerator = Double(sides[0]), let denominator = Double(sides[1]), denominator != 0 else { return nil }
        return numerator / denominator
    }

    private static func decimal(_ text: Substring) -> Double? {
        let sides = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, sides.count <= 2, sides.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
              sides.contains(where: { !$0.isEmpty }) else { return nil }
        return Double(text.hasPrefix(".") ? "0" + text : String(text))
    }

    private static func isDigits(_ text: Substring) -> Bool { !text.isEmpty && text.allSatisfy(\.isASCIIDigit) }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
