import Foundation

/// `HOST[:PORT]` as typed on the command line: `example.org`, `example.org:5000`, `:5000`,
/// `[::1]:4242`, `::1`. A missing part takes the default.
public struct ServerAddress: Sendable, Equatable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) { self.host = host; self.port = port }

    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    public init(parsing text: String, defaultHost: String, defaultPort: Int) throws(Problem) {
        var host = text.trimmingCharacters(in: .whitespaces)
        var port: String?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else {
                throw Problem(description: "'\(text)' has no closing ']': write an IPv6 address as [::1]:4242.")
            }
            let rest = host[host.index(after: close)...]
            if rest.hasPrefix(":") { port = String(rest.dropFirst()) } else if !rest.isEmpty {
                throw Problem(description: "'\(text)' should be HOST[:PORT], e.g. [::1]:4242.")
            }
            host = String(host[host.index(after: host.startIndex)..<close])
        } else if host.filter({ $0 == ":" }).count == 1, let colon = host.firstIndex(of: ":") {
            port = String(host[host.index(after: colon)...])
            host = String(host[..<colon])
        }
        self.host = host.isEmpty ? defaultHost : host
        if let port {
            guard let number = Int(port), (1...65535).contains(number) else {
                throw Problem(description: "'\(port)' is not a port: use a number from 1 to 65535, e.g. \(self.host):\(defaultPort).")
            }
            self.port = number
        } else {
            self.port = defaultPort
        }
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}
