import ArgumentParser
import Foundation
import LyceumStore

/// `lyceum audit`: every time a teacher viewed a learner's data.
struct Audit: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the audit log: which teacher viewed which learner's data, how and when.",
        discussion: """
            One line per view, oldest first: time (UTC), viewer, learner, and what was viewed \
            (dashboard, alerts, watch, room ID). Written by the server whenever a teacher looks.
            """
    )

    @OptionGroup var options: DataOptions
    @Option(help: "Only views of this learner's data (any case).") var learner: String?
    @Option(help: "Only views by this teacher (any case).") var viewer: String?
    @Option(help: "Only the latest N entries.") var last: Int?

    func run() throws {
        let database = try options.open()
        defer { try? database.close() }
        let entries = try database.auditLog(learner: learner, viewer: viewer, limit: last)
        if entries.isEmpty {
            print("The audit log has no entries\(learner.map { " about \($0)" } ?? "")\(viewer.map { " by \($0)" } ?? "").")
            return
        }
        let format = ISO8601DateFormatter()
        for entry in entries {
            print("\(format.string(from: entry.createdAt))  \(entry.viewer) viewed \(entry.learner)  (\(entry.action))")
        }
    }
}
