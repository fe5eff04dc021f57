/// Counts open connections per address and in total. Pure; the server keeps
/// one in an actor and calls `close` exactly once for every accepted `open`.
public struct ConnectionLimiter: Sendable, Equatable {
    public enum Verdict: Equatable, Sendable {
        case accept
        /// Refused; `reason` is a sentence to send before closing.
        case refuse(reason: String)
    }

    public let maxPerAddress: Int
    public let maxTotal: Int
    public private(set) var total = 0
    private var perAddress: [String: Int] = [:]

    public init(limits: ServerLimits = ServerLimits()) {
        self.maxPerAddress = limits.maxConnectionsPerAddress
        self.maxTotal = limits.maxConnections
    }

    /// Open connections from `address`.
    public func count(for address: String) -> Int {
        perAddress[address, default: 0]
    }

    /// `address` is the peer's IP address without the port.
    public mutating func open(address: String) -> Verdict {
        if total >= maxTotal {
            return .refuse(reason: "The server is full right now (\(maxTotal) connections). Please try again in a few minutes.")
        }
        let current = count(for: address)
        if current >= maxPerAddress {
            return .refuse(reason: "Too many connections from your address (\(maxPerAddress) are open). Close one and try again.")
        }
        perAddress[address] = current + 1
        total += 1
        return .accept
    }

    /// Records that an accepted connection from `address` has ended.
    /// Closing an address with no open connections does nothing.
    public mutating func close(address: String) {
        guard let current = perAddress[address] else { return }
        perAddress[address] = current > 1 ? current - 1 : nil
        total -= 1
    }
}
