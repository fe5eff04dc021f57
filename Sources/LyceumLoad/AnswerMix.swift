/// The kinds of answer a simulated learner gives, as the classifier would judge them.
public enum AnswerKind: String, Sendable, CaseIterable, Codable {
    case correct, partial, misconception, unrecognized
}

/// How often each kind of answer is chosen: relative weights, e.g. `correct=40,partial=20,misconception=20,unrecognized=20`.
public struct AnswerMix: Sendable, Equatable {
    public var weights: [AnswerKind: Int]

    public init(_ weights: [AnswerKind: Int]) { self.weights = weights }

    /// 40% correct, 20% each of the others: learners progress, but most turns are hints and remediation.
    public static let standard = AnswerMix([.correct: 40, .partial: 20, .misconception: 20, .unrecognized: 20])

    /// Parses `kind=weight,...`; kinds left out weigh 0. Throws a sentence a user can act on.
    public init(parsing text: String) throws(LoadError) {
        var weights: [AnswerKind: Int] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, let kind = AnswerKind(rawValue: pair[0]), let weight = Int(pair[1]), weight >= 0 else {
                throw .usage("--mix takes kind=weight pairs separated by commas (kinds: correct, partial, misconception, unrecognized), e.g. correct=40,partial=20; '\(part)' is not one.")
            }
            weights[kind] = weight
        }
        guard weights.values.reduce(0, +) > 0 else { throw .usage("--mix needs at least one weight above 0.") }
        self.weights = weights
    }

    /// The kind chosen for a random number in `0..<total`.
    public func kind(at roll: Int) -> AnswerKind {
        var rest = roll
        for kind in AnswerKind.allCases {
            let weight = weights[kind] ?? 0
            if rest < weight { return kind }
            rest -= weight
        }
        return .correct
    }

    public var total: Int { weights.values.reduce(0, +) }

    public func pick<G: RandomNumberGenerator>(using generator: inout G) -> AnswerKind {
        kind(at: Int.random(in: 0..<total, using: &generator))
    }

    public var description: String {
        AnswerKind.allCases.map { "\($0.rawValue)=\(weights[$0] ?? 0)" }.joined(separator: ",")
    }
}

/// What went wrong, in a sentence.
public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    case usage(String)
    case failed(String)

    public var description: String {
        switch self {
        case .usage(let text), .failed(let text): text
        }
    }
}
