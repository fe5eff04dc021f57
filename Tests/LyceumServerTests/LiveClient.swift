import Foundation
import Glibc  // Linux: the live tests use POSIX sockets and signals directly

/// A blocking line client over POSIX sockets: what `nc 127.0.0.1 PORT` does, and no more.
/// Every read and write has a deadline, so a silent server fails the test instead of hanging it.
final class LiveClient {
    /// Generous: only a broken server ever takes this long to answer.
    static let timeout: Duration = .seconds(10)

    private let socket: Int32
    /// Received but not yet returned by a read.
    private var pending: [UInt8] = []
    /// The server closed the connection (end of stream or reset).
    private(set) var isClosed = false
    /// Every byte received on this connection, read or not: what a terminal would have shown.
    private(set) var transcript: [UInt8] = []

    /// Connects to 127.0.0.1:`port`. A small `receiveBufferBytes` makes a client that doesn't
    /// read fill up quickly.
    init(port: Int, receiveBufferBytes: Int? = nil) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw LiveError("socket() failed: \(Self.errorText())") }
        Self.set(socket, Int32(IPPROTO_TCP), TCP_NODELAY, 1)
        if let receiveBufferBytes { Self.set(socket, SOL_SOCKET, SO_RCVBUF, Int32(receiveBufferBytes)) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let error = LiveError("connect to 127.0.0.1:\(port) failed: \(Self.errorText())")
            Glibc.close(socket)
            throw error
        }
    }

    deinit { Glibc.close(socket) }

    // MARK: Writing

    /// Sends `line` and a newline, as `nc` does when Enter is pressed.
    func send(_ line: String) throws {
        try sendRaw(Array((line + "\n").utf8))
    }

    /// Sends exactly these bytes.
    func sendRaw(_ bytes: [UInt8], timeout: Duration = LiveClient.timeout) throws {
        let deadline = ContinuousClock.now + timeout
        var offset = 0
        while offset < bytes.count {
            guard try wait(for: Int16(POLLOUT), until: deadline) else {
                throw LiveError("could not send within \(timeout): the server stopped reading (\(offset) of \(bytes.count) bytes sent)")
            }
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
            }
            if sent < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                if errno == EPIPE || errno == ECONNRESET { isClosed = true }
                throw LiveError("send failed after \(offset) of \(bytes.count) bytes: \(Self.errorText())")
            }
            offset += sent
        }
    }

    /// Closes our sending side only (`nc -N` at end of input); replies can still arrive.
    func shutdownWrite() {
        Glibc.shutdown(socket, Int32(SHUT_WR))
    }

    // MARK: Reading

    /// Reads until a line containing `needle` is complete; returns everything up to the end of
    /// that line and keeps the rest for the next read.
    @discardableResult
    func readUntil(_ needle: String, timeout: Duration = LiveClient.timeout) throws -> String {
        let deadline = ContinuousClock.now + timeout
        let target = Array(needle.utf8)
        while true {
            if let found = Self.find(target, in: pending),
               let lineEnd = pending[(found + target.count)...].firstIndex(of: UInt8(ascii: "\n")) {
                let text = String(decoding: pending[...lineEnd], as: UTF8.self)
                pending.removeFirst(lineEnd + 1)
                return text
            }
            if isClosed {
                throw LiveError("the connection closed before \"\(needle)\" arrived. Received:\n\(String(decoding: pending, as: UTF8.self))")
            }
            guard try receive(until: deadline) else {
                throw LiveError("\"\(needle)\" did not arrive within \(timeout). Received:\n\(String(decoding: pending, as: UTF8.self))")
            }
        }
    }

    /// Reads until a line containing `needle` is complete and returns it, as `readUntil` does;
    /// or returns nil if the server closes the connection first (`readUntilClosed()` then
    /// returns what did arrive).
    func readUntilOrClosed(_ needle: String, timeout: Duration = LiveClient.timeout) throws -> String? {
        do {
            return try readUntil(needle, timeout: timeout)
        } catch where isClosed {
            return nil
        }
    }

    /// Reads until the server closes the connection; returns everything not yet read.
    @discardableResult
    func readUntilClosed(timeout: Duration = LiveClient.timeout) throws -> String {
        let deadline = ContinuousClock.now + timeout
        while !isClosed {
            guard try receive(until: deadline) else {
                throw LiveError("the server did not close the connection within \(timeout). Received:\n\(String(decoding: pending, as: UTF8.self))")
            }
        }
        defer { pending.removeAll() }
        return String(decoding: pending, as: UTF8.self)
    }

    /// Reads one chunk, or notices the close; false if nothing came before the deadline.
    private func receive(until deadline: ContinuousClock.Instant) throws -> Bool {
        guard try wait(for: Int16(POLLIN), until: deadline) else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { Glibc.recv(socket, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        if count > 0 {
            pending += chunk[..<count]
            transcript += chunk[..<count]
        } else if count == 0 || errno == ECONNRESET {
            isClosed = true
        } else if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR {
            throw LiveError("recv failed: \(Self.errorText())")
        }
        return true
    }

    /// Waits until the socket is ready for `events` (or has hung up); false at the deadline.
    private func wait(for events: Int16, until deadline: ContinuousClock.Instant) throws -> Bool {
        while true {
            let left = ContinuousClock.now.duration(to: deadline)
            if left <= .zero { return false }
            let (seconds, attoseconds) = left.components
            let milliseconds = Int32(min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            var descriptor = pollfd(fd: socket, events: events, revents: 0)
            let ready = poll(&descriptor, 1, milliseconds)
            if ready > 0 { return true }
            if ready < 0 && errno != EINTR { throw LiveError("poll failed: \(Self.errorText())") }
        }
    }

    // MARK: Helpers

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return needle.isEmpty ? 0 : nil }
        return (0...(haystack.count - needle.count)).first { start in
            haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }

    private static func set(_ socket: Int32, _ level: Int32, _ option: Int32, _ value: Int32) {
        var value = value
        _ = setsockopt(socket, level, option, &value, socklen_t(MemoryLayout<Int32>.size))
    }

    private static func errorText() -> String { String(cString: strerror(errno)) }
}
