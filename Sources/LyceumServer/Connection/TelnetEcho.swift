/// Whether a telnet client echoes what its user types. Before a passphrase is typed the server
/// says IAC WILL ECHO (the client stops echoing and leaves echoing to the server, which does
/// not); once the line after it is no longer a passphrase, IAC WONT ECHO (the client echoes
/// again). Only for a client that spoke telnet first (sent any IAC sequence): netcat never sees
/// these bytes. Pure: the `ConnectionHandle` writes what it returns before a reply.
struct TelnetEcho: Sendable, Equatable {
    static let willEcho: [UInt8] = [255, 251, 1]  // IAC WILL ECHO
    static let wontEcho: [UInt8] = [255, 252, 1]  // IAC WONT ECHO
    static let lineEnd: [UInt8] = [13, 10]

    /// The client sent a telnet sequence at some point.
    var clientSpokeTelnet = false
    /// The client was asked not to echo and has not been told to echo again.
    private(set) var suppressed = false

    /// The bytes to write before the reply to a line. `passphraseNext`: the line after this reply
    /// is a passphrase. `textMode`: in text mode a line end follows a line typed without echo,
    /// since its Enter did not move the client's cursor either.
    mutating func beforeReply(passphraseNext: Bool, textMode: Bool) -> [UInt8] {
        guard clientSpokeTelnet else { return [] }
        var bytes: [UInt8] = []
        if suppressed {
            if !passphraseNext {
                bytes += Self.wontEcho
                suppressed = false
            }
            if textMode { bytes += Self.lineEnd }
        } else if passphraseNext {
            bytes += Self.willEcho
            suppressed = true
        }
        return bytes
    }
}
