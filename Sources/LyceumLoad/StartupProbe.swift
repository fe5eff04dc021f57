import Foundation

/// Measures how long a server takes from being started to accepting connections: it starts the
/// command, reads its standard error until the ready line, and stops it (SIGTERM).
public enum StartupProbe {
    public static let readyLine = "ready for connections"

    /// One start: the time from spawning the process to its ready line, in seconds.
    public static func measure(executable: URL, arguments: [String], timeout: Double = 30) throws(LoadError) -> Double {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        let clock = ContinuousClock()
        let start = clock.now
        do { try process.run() } catch { throw .failed("Could not start \(executable.path): \(error)") }
        defer {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
        }
        var seen = Data()
        let reader = pipe.fileHandleForReading
        while clock.now - start < .seconds(timeout) {
            let chunk = reader.availableData
            if chunk.isEmpty { break }  // the process ended
            seen.append(chunk)
            if String(decoding: seen, as: UTF8.self).contains(readyLine) {
                let elapsed = clock.now - start
                return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            }
        }
        throw .failed("The server never said it was ready. Its output:\n" + String(decoding: seen, as: UTF8.self))
    }

    /// The median of some values (the mean of the middle two for an even count).
    public static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}
