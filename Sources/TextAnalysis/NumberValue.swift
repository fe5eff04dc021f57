/// A number read from text, exact when it can be (`5/6`, `0.25` = 25/100).
public struct NumberValue: Sendable, Equatable, CustomStringConvertible {
    /// Exact value as a fraction when known (denominator > 0); denominator 0 means only `value` is known.
    public var numerator: Int64
    public var denominator: Int64
    public var value: Double
    /// Decimal places as written (`0.30` has 2; `83%` has 2); 0 for integers and fractions.
    public var decimalPlaces: Int

    public init(numerator: Int64, denominator: Int64, decimalPlaces: Int = 0) {
        self.numerator = numerator; self.denominator = denominator
        self.value = denominator == 0 ? .nan : Double(numerator) / Double(denominator)
        self.decimalPlaces = decimalPlaces
    }

    public init(_ value: Double, decimalPlaces: Int = 0) {
        self.numerator = 0; self.denominator = 0; self.value = value; self.decimalPlaces = decimalPlaces
    }

    public static func integer(_ n: Int64) -> NumberValue { NumberValue(numerator: n, denominator: 1) }

    public var isExact: Bool { denominator != 0 }
    public var isInteger: Bool { isExact && numerator % denominator == 0 }

    public var description: String {
        if decimalPlaces > 0 || !isExact { return "\(value)" }
        return denominator == 1 ? "\(numerator)" : "\(numerator)/\(denominator)"
    }

    /// Equal in value: exactly, within `tolerance` when given, or, for a decimal written with two
    /// or more places, when the other value rounds to it at that precision (0.83 and 0.8333 equal 5/6).
    public func equals(_ other: NumberValue, tolerance: Double? = nil) -> Bool {
        if let tolerance { return abs(value - other.value) <= tolerance + 1e-12 }
        if isExact && other.isExact {
            let (l, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
            let (r, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
            if !o1 && !o2 { if l == r { return true } }
            else if abs(value - other.value) <= 1e-12 * max(1, abs(value)) { return true }
        } else if abs(value - other.value) <= 1e-9 * max(1, abs(value)) {
            return true
        }
        return NumberValue.roundsTo(other.value, self) || NumberValue.roundsTo(value, other)
    }

    private static func roundsTo(_ x: Double, _ written: NumberValue) -> Bool {
        guard written.decimalPlaces >= 2, written.decimalPlaces <= 9 else { return false }
        var scale = 1.0
        for _ in 0..<written.decimalPlaces { scale *= 10 }
        guard let a = roundedToInteger(x * scale), let b = roundedToInteger(written.value * scale) else { return false }
        return a == b
    }

    /// Half away from zero, without libm (TextAnalysis links nothing but the standard library).
    private static func roundedToInteger(_ x: Double) -> Int64? {
        guard x.isFinite, abs(x) < 9e15 else { return nil }
        return x >= 0 ? Int64(x + 0.5) : -Int64(-x + 0.5)
    }

    func adding(_ other: NumberValue) -> NumberValue {
        if isExact && other.isExact {
            let (a, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
            let (b, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
            let (d, o3) = denominator.multipliedReportingOverflow(by: other.denominator)
            if !o1 && !o2 && !o3 { let (s, o4) = a.addingReportingOverflow(b); if !o4 { return NumberValue(numerator: s, denominator: d) } }
        }
        return NumberValue(value + other.value)
    }

    func dividing(by d: NumberValue) -> NumberValue? {
        guard d.value != 0 else { return nil }
        if isExact && d.isExact {
            let (a, o1) = numerator.multipliedReportingOverflow(by: d.denominator)
            let (b, o2) = denominator.multipliedReportingOverflow(by: d.numerator)
            if !o1 && !o2 { return b < 0 ? NumberValue(numerator: -a, denominator: -b) : NumberValue(numerator: a, denominator: b) }
        }
        return NumberValue(value / d.value)
    }

    /// Parses digits as written: `5`, `0.25`, `.3`.
    static func parseDigits(_ text: String) -> NumberValue? {
        var n: Int64 = 0
        var places = 0
        var point = false
        var digits = 0
        for b in text.utf8 {
            if b == 0x2E { point = true; continue }
            guard b >= 48 && b <= 57 else { return nil }
            let (m, o1) = n.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.addingReportingOverflow(Int64(b - 48))
            if o1 || o2 || digits > 17 { return Double(text).map { NumberValue($0, decimalPlaces: places) } }
            n = s; digits += 1
            if point { places += 1 }
        }
        var den: Int64 = 1
        for _ in 0..<places { den *= 10 }
        return NumberValue(numerator: n, denominator: den, decimalPlaces: places)
    }
}

/// A number mentioned in an answer, with where it is and whether it is negated.
public struct NumberMention: Sendable, Equatable {
    public var value: NumberValue
    /// First and last token (inclusive).
    public var lo: Int
    public var hi: Int
    /// Negated by a negator before it ("not 2/5").
    public var negated: Bool
    public var isPercent: Bool
    /// How it is written, without spaces: "1/2", "onethird", "0.30" (tells an echo of the question).
    public var form: String = ""

    public init(value: NumberValue, lo: Int, hi: Int, negated: Bool, isPercent: Bool, form: String = "") {
        self.value = value; self.lo = lo; self.hi = hi; self.negated = negated; self.isPercent = isPercent
        self.form = form
    }
}
