import Foundation
import LyceumCore

/// A school's roster as CSV: `class,name,role` per line (a header line with those words is
/// skipped), for `lyceum classes import`. Pure: parsing and checking, with the line of every problem.
public struct Roster: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var line: Int
        /// A class id (`7b-science`) or title ("7B Science").
        public var classRef: String
        public var name: UserName
        public var role: Role
    }

    public var entries: [Entry]

    /// Parses `text`; every problem is one sentence starting with `FILE:LINE:`. Nothing is
    /// returned unless the whole file is right.
    public static func parse(_ text: String, file: String) -> Result<Roster, RosterProblems> {
        var entries: [Entry] = [], problems: [String] = []
        var seen: [String: Int] = [:]
        // "\r\n" is one Character in Swift, and a newline like "\n".
        for (index, raw) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = index + 1
            let row = String(raw)
            if row.trimmingCharacters(in: .whitespaces).isEmpty || row.hasPrefix("#") { continue }
            guard let fields = fields(row) else {
                problems.append("\(file):\(line): a quoted field is not closed.")
                continue
            }
            let cells = fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if entries.isEmpty && problems.isEmpty && cells.map({ $0.lowercased() }) == ["class", "name", "role"] { continue }
            guard cells.count == 3 else {
                problems.append("\(file):\(line): expected 3 columns (class, name, role), found \(cells.count).")
                continue
            }
            guard !cells[0].isEmpty, cells[0].count <= 80 else {
                problems.append("\(file):\(line): the class is empty or longer than 80 characters.")
                continue
            }
            let name: UserName
            do { name = try UserName(validating: cells[1]) } catch {
                problems.append("\(file):\(line): \(error.description)")
                continue
            }
            guard let role = Role(rawValue: cells[2].lowercased()), role != .admin else {
                problems.append("\(file):\(line): the role '\(cells[2])' is not learner, tutor or teacher.")
                continue
            }
            let key = "\(cells[0].lowercased())\u{0}\(name.key)"
            if let first = seen[key] {
                problems.append("\(file):\(line): \(name.display) is already listed in \(cells[0]) on line \(first).")
                continue
            }
            seen[key] = line
            entries.append(Entry(line: line, classRef: cells[0], name: name, role: role))
        }
        if entries.isEmpty && problems.isEmpty { problems.append("\(file): no rows (expected lines of class,name,role).") }
        return problems.isEmpty ? .success(Roster(entries: entries)) : .failure(RosterProblems(sentences: problems))
    }

    /// The fields of one CSV line (RFC 4180 quoting); nil when a quote is not closed.
    static func fields(_ line: String) -> [String]? {
        var fields: [String] = [], field = "", quoted = false
        var characters = Array(line)[...]
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { field.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    field.append(c)
                }
            } else if c == "\"" && field.trimmingCharacters(in: .whitespaces).isEmpty {
                field = ""; quoted = true
            } else if c == "," {
                fields.append(field); field = ""
            } else {
                field.append(c)
            }
        }
        if quoted { return nil }
        fields.append(field)
        return fields
    }
}

/// Why a roster was refused: one sentence per problem, with its line.
public struct RosterProblems: Error, Sendable, Equatable {
    public var sentences: [String]
}
