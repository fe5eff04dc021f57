/// Who is online. One actor owns the roster, so a second login of a name can take over.
/// (The open connections themselves are `OpenConnections`'s.)
public actor Hub {
    private var online: [String: (name: String, handle: ConnectionHandle)] = [:]

    public init() {}

    /// A connection ended: whatever names it held are offline.
    public func disconnected(_ handle: ConnectionHandle) {
        for (key, entry) in online where entry.handle == handle { online[key] = nil }
    }

    /// Marks `name` as online on `handle`; returns the connection it takes over from, if any.
    public func claim(_ name: String, _ handle: ConnectionHandle) -> ConnectionHandle? {
        let previous = online[name.lowercased()]?.handle
        online[name.lowercased()] = (name, handle)
        return previous == handle ? nil : previous
    }

    public func release(_ name: String, _ handle: ConnectionHandle) {
        if online[name.lowercased()]?.handle == handle { online[name.lowercased()] = nil }
    }

    /// The connection `name` is logged in on, if any.
    public func handle(of name: String) -> ConnectionHandle? { online[name.lowercased()]?.handle }

    public func isOnline(_ name: String) -> Bool { online[name.lowercased()] != nil }
    public var onlineNames: [String] { online.values.map(\.name).sorted() }
}
