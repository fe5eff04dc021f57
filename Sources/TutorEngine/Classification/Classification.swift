/// The classifier's verdict on one answer.
public enum Verdict: String, Sendable, Codable, CaseIterable {
    case correct
    case partial
    case misconception
    case dontKnow = "dont-know"
    case unrecognized
    /// The answer names an expectation's key words ("axis", "friction") but states none of its
    /// ideas: the tutor asks for the idea instead of praising.
    case vague
}

/// What the classifier found in an answer, and why.
public struct Classification: Sendable, Equatable, Codable {
    public var verdict: Verdict
    /// The misconception shown, when the verdict is `misconception`.
    public var misconception: String?
    /// Ids of the expectations the answer covers, in the step's order.
    public var expectations: [String]
    /// Ids of the expectations not covered whose key words the answer names, in the step's order.
    public var named: [String]
    /// With a `vague` verdict: the expectations the answer states but that are not credited
    /// because of `doubted`, in the step's order.
    public var held: [String]
    /// The part of the answer the tutor cannot vouch for: a reason that states nothing it knows
    /// ("because they are both round balls") or false working ("1/2 = 2/6").
    public var doubted: String?
    /// Which rule matched which words, for authors ("why did that match?").
    public var why: String

    public init(verdict: Verdict, misconception: String? = nil, expectations: [String] = [], named: [String] = [],
                held: [String] = [], doubted: String? = nil, why: String) {
        self.verdict = verdict; self.misconception = misconception
        self.expectations = expectations; self.named = named; self.held = held; self.doubted = doubted; self.why = why
    }

    enum CodingKeys: String, CodingKey { case verdict, misconception, expectations, named, held, doubted, why }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        verdict = try c.decode(Verdict.self, forKey: .verdict)
        misconception = try c.decodeIfPresent(String.self, forKey: .misconception)
        expectations = try c.decodeIfPresent([String].self, forKey: .expectations) ?? []
        named = try c.decodeIfPresent([String].self, forKey: .named) ?? []
        held = try c.decodeIfPresent([String].self, forKey: .held) ?? []
        doubted = try c.decodeIfPresent(String.self, forKey: .doubted)
        why = try c.decodeIfPresent(String.self, forKey: .why) ?? ""
    }
}
