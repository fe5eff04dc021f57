import Testing
@testable import LyceumLoad

@Suite struct ServerLineTests {
    @Test func readsTheFieldsItActsOn() throws {
        let tutor = try #require(ServerLine(parsing: #"{"type":"tutor","move":"transition","text":"Say \"next\""}"#))
        #expect(tutor == ServerLine(type: "tutor", move: "transition"))
        let status = try #require(ServerLine(parsing:
            #"{"type":"status","role":"learner","dialogue":"decimals-compare","title":"Comparing decimals","step":3,"steps":4,"mastery":[],"room":"r12","phase":"think"}"#))
        #expect(status.step == 3)
        #expect(status.room == "r12")
        #expect(status.phase == "think")
        let chat = try #require(ServerLine(parsing:
            #"{"type":"chat","room":"r1","from":"load00002","role":"learner","kind":"say","text":"lt 123 4 a \"quote\"\nx","to":null}"#))
        #expect(chat.from == "load00002")
        #expect(chat.kind == "say")
        #expect(chat.text == "lt 123 4 a \"quote\"\nx")
        let ask = try #require(ServerLine(parsing: #"{"type":"ask","field":"passphrase","text":"Passphrase for x:"}"#))
        #expect(ask.field == "passphrase")
    }

    @Test(arguments: ["Welcome to Lyceum, a Socratic tutor.", "", "* Output mode: json.", "{\"text\":\"no type\"}"])
    func plainLinesAreNotEvents(line: String) {
        #expect(ServerLine(parsing: line) == nil)
    }

    @Test func aRoomFieldWithNullIsNil() throws {
        let status = try #require(ServerLine(parsing: #"{"type":"status","step":null,"room":null,"phase":null}"#))
        #expect(status.room == nil && status.step == nil && status.phase == nil)
    }
}
