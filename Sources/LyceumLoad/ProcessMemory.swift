import Foundation

/// Reads a process's resident memory, and finds the process listening on a TCP port, from /proc (Linux).
public enum ProcessMemory {
    /// VmRSS from /proc/PID/status, in KiB; nil when it cannot be read (another OS, or the process is gone).
    public static func residentKiB(pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
        return residentKiB(status: status)
    }

    /// The VmRSS line of a /proc/PID/status text, in KiB.
    public static func residentKiB(status: String) -> Int? {
        for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
            return Int(line.dropFirst(6).split(whereSeparator: { $0 == " " || $0 == "\t" }).first ?? "")
        }
        return nil
    }

    /// The process with a listening TCP socket on `port` (IPv4 or IPv6), found through
    /// /proc/net/tcp{,6} and each process's open file descriptors. Nil when none is visible.
    public static func listener(port: Int) -> Int32? {
        var inodes: Set<String> = []
        for file in ["/proc/net/tcp", "/proc/net/tcp6"] {
            guard let table = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
            inodes.formUnion(listeningInodes(table: table, port: port))
        }
        guard !inodes.isEmpty, let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return nil }
        for entry in entries {
            guard let pid = Int32(entry), pid != getpid(),
                  let fds = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(entry)/fd") else { continue }
            for fd in fds {
                guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/\(fd)"),
                      target.hasPrefix("socket:[") else { continue }
                if inodes.contains(String(target.dropFirst(8).dropLast())) { return pid }
            }
        }
        return nil
    }

    /// The inodes of sockets listening (state 0A) on `port` in a /proc/net/tcp table.
    public static func listeningInodes(table: String, port: Int) -> Set<String> {
        let hexPort = String(format: "%04X", port)
        var inodes: Set<String> = []
        for line in table.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: " ")
            guard fields.count > 9, fields[3] == "0A", fields[1].hasSuffix(":" + hexPort) else { continue }
            inodes.insert(String(fields[9]))
        }
        return inodes
    }
}
