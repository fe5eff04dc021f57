#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The open-file limit: every connection is a file descriptor, so a server (or a load generator)
/// with thousands of connections raises its soft limit to the hard limit where the platform allows.
enum FileLimit {
    #if os(Linux)
    static let resource = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    static let resource = RLIMIT_NOFILE
    #endif

    /// Raises the soft RLIMIT_NOFILE to the hard limit; returns one sentence saying what it became.
    static func raise() -> String {
        var limit = rlimit()
        guard getrlimit(resource, &limit) == 0 else { return "The open-file limit could not be read." }
        let before = limit.rlim_cur
        if limit.rlim_cur < limit.rlim_max {
            var raised = limit
            raised.rlim_cur = limit.rlim_max
            if setrlimit(resource, &raised) == 0 {
                return "Open-file limit raised from \(before) to \(raised.rlim_cur) (the hard limit), so about that many connections fit."
            }
            return "Open-file limit \(before); raising it to the hard limit \(limit.rlim_max) failed."
        }
        return "Open-file limit \(before) (already the hard limit), so about that many connections fit."
    }
}
