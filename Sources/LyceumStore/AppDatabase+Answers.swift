import Foundation
import GRDB

/// What learners actually typed, for authors improving the answer detectors (`lyceum answers`).
extension AppDatabase {
    /// The stored answers that match `filter`, grouped by dialogue, step and normalized text
    /// (`AnswerText.normalized`), most frequent first (ties: by text, then dialogue and step),
    /// at most `filter.limit` groups.
    ///
    /// An answer is a turn the tutor classified (it has a verdict) whose input is not a `/command`,
    /// and that is not the reply to a `/skip` check question (its verdict judges the check, not the
    /// step's detectors). Lines that set a goal, a confidence or a reflection have no verdict.
    /// Every account's name (any case, as a whole word) in an answer is replaced by
    /// `AnswerText.namePlaceholder`: nothing returned names a learner.
    public func answerGroups(_ filter: AnswerFilter) throws -> [AnswerGroup] {
        let (names, rows) = try dbWriter.read { db in
            let names = Set(try String.fetchAll(db, sql: "SELECT nameKey FROM account"))
            return (names, try Self.answerRows(filter, db))
        }
        var groups: [GroupKey: [AnswerRow]] = [:]
        for var row in rows {
            row.input = AnswerText.redacting(names, in: row.input)
            let text = AnswerText.normalized(row.input)
            guard !text.isEmpty else { continue }
            groups[GroupKey(dialogueID: row.dialogueID, stepID: row.stepID, text: text), default: []].append(row)
        }
        let sorted = groups.map { key, rows in Self.group(key, rows) }.sorted { a, b in
            if a.count != b.count { return a.count > b.count }
            if a.text != b.text { return a.text < b.text }
            if a.dialogueID != b.dialogueID { return a.dialogueID < b.dialogueID }
            return (a.stepID ?? "") < (b.stepID ?? "")
        }
        return filter.limit.map { Array(sorted.prefix(max(0, $0))) } ?? sorted
    }

    private struct GroupKey: Hashable {
        var dialogueID: String
        var stepID: String?
        var text: String
    }

    private struct AnswerRow {
        var dialogueID: String
        var stepID: String?
        var input: String
        var verdict: String
        var misconception: String?
        /// The turn's id: later answers have larger ones.
        var id: Int64
    }

    private static func answerRows(_ filter: AnswerFilter, _ db: Database) throws -> [AnswerRow] {
        // The previous turn of the same learner in the same dialogue tells a skip check's reply apart.
        var inner = "SELECT *, LAG(input) OVER (PARTITION BY accountID, dialogueID ORDER BY id) AS previousInput FROM turn"
        var arguments: StatementArguments = []
        if let dialogueID = filter.dialogueID {
            inner += " WHERE dialogueID = ?"
            arguments += [dialogueID]
        }
        var sql = """
            SELECT id, dialogueID, stepID, input, verdict, misconception FROM (\(inner))
            WHERE verdict IS NOT NULL AND input NOT LIKE '/%'
              AND NOT (IFNULL(previousInput, '') LIKE '/skip' OR IFNULL(previousInput, '') LIKE '/skip %')
            """
        if let stepID = filter.stepID {
            sql += " AND stepID = ?"
            arguments += [stepID]
        }
        if let verdict = filter.verdict {
            sql += " AND verdict = ?"
            arguments += [verdict]
        }
        if let since = filter.since {
            sql += " AND createdAt >= ?"
            arguments += [since]
        }
        sql += " ORDER BY id"
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            AnswerRow(dialogueID: row["dialogueID"], stepID: row["stepID"], input: row["input"],
                      verdict: row["verdict"], misconception: row["misconception"], id: row["id"])
        }
    }

    /// One group from its rows (oldest first).
    private static func group(_ key: GroupKey, _ rows: [AnswerRow]) -> AnswerGroup {
        struct Given: Hashable { var verdict: String; var misconception: String? }
        var counts: [Given: (count: Int, latest: Int64)] = [:]
        var typed: [String: Int] = [:]
        for row in rows {
            let given = Given(verdict: row.verdict, misconception: row.misconception)
            counts[given] = ((counts[given]?.count ?? 0) + 1, row.id)
            typed[row.input.trimmingCharacters(in: .whitespacesAndNewlines), default: 0] += 1
        }
        let verdicts = counts.sorted { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.value.latest > b.value.latest
        }.map { VerdictCount(verdict: $0.key.verdict, misconception: $0.key.misconception, count: $0.value.count) }
        let commonest = typed.min { a, b in
            if a.value != b.value { return a.value > b.value }
            return a.key.count != b.key.count ? a.key.count < b.key.count : a.key < b.key
        }?.key ?? key.text
        return AnswerGroup(dialogueID: key.dialogueID, stepID: key.stepID, text: key.text, count: rows.count,
                           verdicts: verdicts, typed: commonest)
    }
}
