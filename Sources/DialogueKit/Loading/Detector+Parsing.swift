import Foundation
import Yams

extension YAMLReader {
    /// The keys a detector mapping may have: one form, plus `within` for `near` and
    /// `tolerance` for `number`.
    static let detectorForms = ["any", "all", "not", "near", "number", "compare", "regex", "phrase", "concept", "claim",
                                "only"]
    static let detectorKeys = detectorForms + ["within", "tolerance"]

    /// A detector as written in YAML (Dialogues/README.md, "Detectors"): a string is a phrase,
    /// `"@name"` a concept set, a list `any`, a mapping one of the named forms.
    func detector(_ node: Node, _ what: String) -> Detector? {
        switch node {
        case .scalar(let scalar):
            if Self.isNull(node) {
                error("expected a detector for \(what), found nothing", at: node)
                return nil
            }
            let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.hasPrefix("@") { return concept(String(text.dropFirst()), at: node) }
            if text.isEmpty {
                error("an empty phrase in \(what) matches nothing", at: node)
                return nil
            }
            return .phrase(text)
        case .sequence:
            return alternatives(node, what).map(Detector.any)
        case .mapping:
            return detectorMapping(node, what)
        case .alias:
            error("expected a detector for \(what), found an alias", at: node)
            return nil
        }
    }

    private func concept(_ name: String, at node: Node) -> Detector? {
        let name = name.trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, !name.contains(where: \.isWhitespace) else {
            error("'@' must be followed by a concept name without spaces, found '@\(name)'", at: node)
            return nil
        }
        referenceConcept(name, at: node)
        return .concept(name)
    }

    /// The detectors of a non-empty list.
    private func alternatives(_ node: Node, _ what: String, minimum: Int = 1) -> [Detector]? {
        guard let items = sequence(node, "detectors") else { return nil }
        guard items.count >= minimum else {
            error(minimum == 1 ? "an empty list in \(what) matches nothing"
                               : "\(what) needs at least \(minimum) detectors, found \(items.count)", at: node)
            return nil
        }
        let detectors = items.compactMap { detector($0, what) }
        return detectors.count == items.count ? detectors : nil
    }

    private func detectorMapping(_ node: Node, _ what: String) -> Detector? {
        guard let fields = mapping(node, "a detector", allowed: Self.detectorKeys) else { return nil }
        let forms = fields.entries.filter { Self.detectorForms.contains($0.key) }
        guard let form = forms.first else {
            error("a detector mapping needs one of: \(Self.detectorForms.joined(separator: ", "))", at: node)
            return nil
        }
        if forms.count > 1 {
            error("a detector mapping has one form, found \(forms.map { "'\($0.key)'" }.joined(separator: " and ")) "
                  + "(nest them, e.g. all: [..., {not: ...}])", at: forms[1].keyNode)
            return nil
        }
        for (extra, owner) in [("within", "near"), ("tolerance", "number")] where fields.has(extra) && form.key != owner {
            error("'\(extra)' only goes with '\(owner)'", at: fields.keyLocation(extra) ?? location(node))
        }
        let value = form.value
        switch form.key {
        case "any": return alternatives(value, "'any'").map(Detector.any)
        case "all": return alternatives(value, "'all'").map(Detector.all)
        case "not": return detector(value, "'not'").map(Detector.not)
        case "near":
            let within: Int? = if let node = fields["within"] { withinValue(node) } else { 5 }
            guard let parts = alternatives(value, "'near'", minimum: 2), let within else { return nil }
            return .near(parts, within: within)
        case "number":
            let tolerance = fields["tolerance"].map { toleranceValue($0) }
            guard let number = number(value, "'number'") else { return nil }
            switch tolerance {
            case nil: return .number(number, tolerance: nil)
            case .some(nil): return nil
            case .some(let tolerance?): return .number(number, tolerance: tolerance)
            }
        case "compare":
            guard let compare = mapping(value, "a comparison", allowed: ["greater", "lesser"]) else { return nil }
            let greater = compare.required("greater").flatMap { number($0, "'greater'") }
            let lesser = compare.required("lesser").flatMap { number($0, "'lesser'") }
            guard let greater, let lesser else { return nil }
            // Either order is allowed: a misconception detector matches answers that claim
            // the smaller number is larger. Equal numbers can never be compared.
            if greater.value == lesser.value {
                error("'greater' (\(greater)) and 'lesser' (\(lesser)) are the same number, so no answer can compare them", at: value)
                return nil
            }
            return .compare(greater: greater, lesser: lesser)
        case "regex": return regex(value)
        case "claim": return claim(value)
        case "only": return detector(value, "'only'").map(Detector.only)
        case "phrase": return text(value, "'phrase'").map(Detector.phrase)
        case "concept":
            guard let name = text(value, "'concept'") else { return nil }
            return concept(name.hasPrefix("@") ? String(name.dropFirst()) : name, at: value)
        default: return nil
        }
    }

    /// `claim: {about: ..., is: ..., unless: ...}`; `is` is required.
    private func claim(_ node: Node) -> Detector? {
        guard let fields = mapping(node, "a claim", allowed: ["about", "is", "unless"]) else { return nil }
        let holds = fields.required("is").flatMap { detector($0, "a claim's 'is'") }
        let about = fields["about"].map { detector($0, "a claim's 'about'") }
        let unless = fields["unless"].map { detector($0, "a claim's 'unless'") }
        guard let holds, about != .some(nil), unless != .some(nil) else { return nil }
        return .claim(about: about ?? nil, holds: holds, unless: unless ?? nil)
    }

    private func withinValue(_ node: Node) -> Int? {
        guard let within = int(node, "'within'") else { return nil }
        guard within >= 1 else {
            error("'within' must be at least 1, found \(within)", at: node)
            return nil
        }
        return within
    }

    /// The tolerance, or nil (with a diagnostic) when it is not a non-negative number.
    private func toleranceValue(_ node: Node) -> Double? {
        guard let tolerance = double(node, "'tolerance'") else { return nil }
        guard tolerance >= 0 else {
            error("'tolerance' must not be negative, found \(node.scalar?.string ?? "")", at: node)
            return nil
        }
        return tolerance
    }

    /// A number literal, keeping the author's own text (`5/6` stays `5/6`, `0.50` stays `0.50`).
    func number(_ node: Node, _ what: String) -> NumberLiteral? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            error("expected a number for \(what), found \(Self.kind(of: node))", at: node)
            return nil
        }
        guard let literal = NumberLiteral(parsing: scalar.string) else {
            error("'\(scalar.string)' is not a number (write e.g. 5, -2, 0.25, 5/6, 1 1/2 or 40%)", at: node)
            return nil
        }
        return literal
    }

    private func regex(_ node: Node) -> Detector? {
        guard case .scalar(let scalar) = node, !Self.isNull(node) else {
            error("expected a regular expression for 'regex', found \(Self.kind(of: node))", at: node)
            return nil
        }
        do {
            _ = try NSRegularExpression(pattern: scalar.string)
        } catch {
            self.error("invalid regular expression '\(scalar.string)'", at: node)
            return nil
        }
        return .regex(scalar.string)
    }
}
