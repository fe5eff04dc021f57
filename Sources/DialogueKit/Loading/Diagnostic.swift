/// A problem found while loading or validating content, at a position in an authored file.
///
/// Printed the way compilers print theirs, so editors can jump to it:
/// `Dialogues/seasons.yaml:12:7: error: duplicate step id 'why-warmer' (first at seasons.yaml:4:7)`.
public struct Diagnostic: Error, Sendable, Equatable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Equatable, Hashable {
        /// The content cannot be used as written.
        case error
        /// The content works, but probably not as the author meant.
        case warning
    }

    public var location: SourceLocation
    public var message: String
    public var severity: Severity

    public init(_ message: String, at location: SourceLocation, severity: Severity = .error) {
        self.location = location; self.message = message; self.severity = severity
    }

    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}
