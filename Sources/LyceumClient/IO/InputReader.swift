import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads standard input on its own thread (a blocking read must not hold one of the few threads
/// Swift concurrency runs tasks on) and hands what it read to the client's event stream.
enum InputReader {
    /// Raw mode: bytes -> keys. A lone ESC becomes the Escape key if nothing follows within 30 ms.
    static func startKeys(_ events: AsyncStream<TerminalClient.Input>.Continuation) {
        let thread = Thread {
            var decoder = KeyDecoder()
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
                let ready = poll(&descriptor, 1, decoder.hasPending ? 30 : -1)
                if ready < 0 && errno == EINTR { continue }
                if ready == 0 {
                    let keys = decoder.flush()
                    if !keys.isEmpty { events.yield(.keys(keys)) }
                    continue
                }
                let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard count > 0 else {
                    events.yield(.inputEnded)
                    return
                }
                let keys = decoder.decode(buffer[..<count])
                if !keys.isEmpty { events.yield(.keys(keys)) }
            }
        }
        thread.start()
    }

    /// Not a terminal: one line at a time, then the end of input.
    static func startLines(_ events: AsyncStream<TerminalClient.Input>.Continuation) {
        let thread = Thread {
            while let line = readLine(strippingNewline: true) {
                events.yield(.line(line.hasSuffix("\r") ? String(line.dropLast()) : line))
            }
            events.yield(.inputEnded)
        }
        thread.start()
    }
}
