import Foundation
import LyceumServer
import Testing

@Suite struct ClassReportTests {
    static let row = ClassReport.Row(classID: "7b", learner: "ana", dialogue: "d", skill: "s", skillTitle: "Add, then \"check\"",
                                     mastery: 0.956, mastered: true, stepsDone: 2, steps: 4, status: "in-progress",
                                     lastActive: Date(timeIntervalSince1970: 0))

    @Test func csvQuotesFieldsWithCommasOrQuotesAndRoundsMastery() {
        let csv = ClassReport.csv([Self.row])
        #expect(csv.hasSuffix("7b,ana,d,s,\"Add, then \"\"check\"\"\",0.96,yes,2,4,in-progress,1970-01-01T00:00:00Z\r\n"))
    }

    @Test func jsonIsAnArrayOfObjectsWithNumbersAndBooleans() throws {
        let json = ClassReport.json([Self.row])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(rows.first?["skill_title"] as? String == "Add, then \"check\"")
        #expect(rows.first?["mastered"] as? Bool == true)
        #expect(rows.first?["steps_done"] as? Int == 2)
    }
}
