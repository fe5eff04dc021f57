import Foundation
import GRDB

extension AppDatabase {
    /// The learner's own data as JSON Lines: one object per row, each with a `"type"` first
    /// (`account`, `mastery`, `session`, `turn`, `roomLine`), then the other keys sorted. Never the passphrase hash.
    /// A session's engine state is embedded as JSON when it is JSON, else as `stateBase64`.
    /// Read in one transaction, so the lines are a consistent snapshot.
    public func exportLines(accountID: Int64) throws -> [String] {
        try dbWriter.read { db in
            guard let account = try Account.fetchOne(db, key: accountID) else {
                throw StoreError.noSuchAccount("#\(accountID)")
            }
            let current = try String.fetchOne(
                db, sql: "SELECT dialogueID FROM currentSession WHERE accountID = ?", arguments: [accountID])
            var lines = [try ExportFormat.line("account", [
                "name": account.name, "role": account.role.rawValue, "createdAt": ExportFormat.timestamp(account.createdAt),
            ])]
            for row in try MasteryRow.filter(MasteryRow.Columns.accountID == accountID).order(MasteryRow.Columns.skill).fetchAll(db) {
                lines.append(try ExportFormat.line("mastery", ["skill": row.skill, "probability": row.probability]))
            }
            for session in try StoredSession.filter(StoredSession.Columns.accountID == accountID)
                .order(StoredSession.Columns.dialogueID).fetchAll(db) {
                var object: [String: Any] = [
                    "dialogueID": session.dialogueID, "stepID": session.stepID ?? NSNull(), "phase": session.phase,
                    "current": session.dialogueID == current, "updatedAt": ExportFormat.timestamp(session.updatedAt),
                ]
                if let state = try? JSONSerialization.jsonObject(with: session.state, options: [.fragmentsAllowed]) {
                    object["state"] = state
                } else {
                    object["stateBase64"] = session.state.base64EncodedString()
                }
                lines.append(try ExportFormat.line("session", object))
            }
            for turn in try TurnRecord.filter(TurnColumns.accountID == accountID).order(TurnColumns.id).fetchAll(db) {
                lines.append(try ExportFormat.line("turn", [
                    "id": turn.id, "dialogueID": turn.dialogueID, "stepID": turn.stepID ?? NSNull(), "input": turn.input,
                    "verdict": turn.verdict ?? NSNull(), "misconception": turn.misconception ?? NSNull(),
                    "expectations": turn.expectations, "reply": turn.reply, "createdAt": ExportFormat.timestamp(turn.createdAt),
                ]))
            }
            for line in try RoomLineRow.filter(Column("accountID") == accountID).order(Column("id")).fetchAll(db) {
                lines.append(try ExportFormat.line("roomLine", [
                    "roomID": line.roomID, "kind": line.kind, "text": line.text,
                    "to": line.toNames ?? NSNull(), "createdAt": ExportFormat.timestamp(line.createdAt),
                ]))
            }
            return lines
        }
    }

    /// Deletes the account and, by cascade, every session, turn, mastery value and room line of it.
    /// Nothing happens when the account is already gone.
    public func forget(accountID: Int64) throws {
        _ = try dbWriter.write { db in
            try Account.deleteOne(db, key: accountID)
        }
    }

    /// Counts of what is stored about the account. Throws ``StoreError/noSuchAccount(_:)`` when it is gone.
    public func privacySummary(accountID: Int64) throws -> PrivacySummary {
        try dbWriter.read { db in
            guard let account = try Account.fetchOne(db, key: accountID) else {
                throw StoreError.noSuchAccount("#\(accountID)")
            }
            let turns = TurnRecord.filter(TurnColumns.accountID == accountID)
            return PrivacySummary(
                accountName: account.name, createdAt: account.createdAt,
                masteryValues: try MasteryRow.filter(MasteryRow.Columns.accountID == accountID).fetchCount(db),
                sessions: try StoredSession.filter(StoredSession.Columns.accountID == accountID).fetchCount(db),
                turns: try turns.fetchCount(db),
                firstTurnAt: try turns.order(TurnColumns.id).fetchOne(db)?.createdAt,
                lastTurnAt: try turns.order(TurnColumns.id.desc).fetchOne(db)?.createdAt)
        }
    }
}

/// JSON Lines formatting for ``AppDatabase/exportLines(accountID:)``.
enum ExportFormat {
    /// `{"type":"…", …the other keys, sorted}` on one line.
    static func line(_ type: String, _ object: [String: Any]) throws -> String {
        let body = String(decoding: try JSONSerialization.data(
            withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
        let typeField = #"{"type":"\#(type)""#
        return body == "{}" ? typeField + "}" : typeField + "," + body.dropFirst()
    }

    static func timestamp(_ date: Date) -> String {
        Date.ISO8601FormatStyle(includingFractionalSeconds: true).format(date)  // 2025-01-31T09:30:00.000Z
    }
}
