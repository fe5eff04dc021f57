import Foundation

/// Slows down passphrase guessing: after `allowedFailures` failed logins for one name, or
/// `allowedFailuresPerAddress` from one address (higher: a classroom shares one NAT address),
/// further attempts are refused for a lock-out that doubles each time.
/// Pure: the caller passes the time in.
public struct LoginThrottle: Sendable, Equatable {
    public var allowedFailures = 5
    public var allowedFailuresPerAddress = 20
    public var baseLockout: TimeInterval = 30
    public var maxLockout: TimeInterval = 3600

    struct Record: Sendable, Equatable {
        var failures = 0
        var lockouts = 0
        var lockedUntil: Date?
    }
    private var byName: [String: Record] = [:]
    private var byAddress: [String: Record] = [:]

    public init() {}

    /// `nil` if an attempt may go ahead; otherwise the number of seconds to wait.
    public func wait(name: String, address: String, now: Date) -> Int? {
        let until = [byName[name.lowercased()]?.lockedUntil, byAddress[address]?.lockedUntil]
            .compactMap { $0 }.filter { $0 > now }.max()
        return until.map { Int($0.timeIntervalSince(now).rounded(.up)) }
    }

    public mutating func failed(name: String, address: String, now: Date) {
        Self.fail(&byName[name.lowercased(), default: Record()], allowed: allowedFailures, now: now, self)
        Self.fail(&byAddress[address, default: Record()], allowed: allowedFailuresPerAddress, now: now, self)
    }

    /// A success clears the name's record; the address keeps its count, so one right
    /// passphrase does not reset guessing at other names from the same place.
    public mutating func succeeded(name: String, address: String) {
        byName[name.lowercased()] = nil
    }

    private static func fail(_ record: inout Record, allowed: Int, now: Date, _ policy: LoginThrottle) {
        record.failures += 1
        guard record.failures >= allowed else { return }
        let lockout = min(policy.maxLockout, policy.baseLockout * pow(2, Double(record.lockouts)))
        record.lockouts += 1
        record.failures = 0
        record.lockedUntil = now.addingTimeInterval(lockout)
    }
}
