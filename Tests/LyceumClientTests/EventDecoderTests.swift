import LyceumClient
import Testing

@Suite struct EventDecoderTests {
    static let cases: [(String, ClientEvent?)] = [
        (#"{"type":"welcome","text":"Hi"}"#, .welcome("Hi")),
        (#"{"type":"system","text":"Output mode: json."}"#, .system("Output mode: json.")),
        (#"{"type":"error","code":"usage","text":"Usage: /start ID"}"#, .error(code: "usage", text: "Usage: /start ID")),
        (#"{"type":"ask","field":"passphrase","text":"Passphrase for ana:"}"#, .ask(field: "passphrase", text: "Passphrase for ana:")),
        (#"{"type":"tutor","move":"question","text":"What is 1/2 + 1/3?"}"#, .tutor(move: "question", text: "What is 1/2 + 1/3?", room: nil)),
        (#"{"type":"tutor","move":"pump","text":"Why?","room":"r3"}"#, .tutor(move: "pump", text: "Why?", room: "r3")),
        (#"{"type":"verdict","verdict":"correct","misconception":null,"expectations":["sum"]}"#,
         .verdict(verdict: "correct", misconception: nil, expectations: ["sum"])),
        (#"{"type":"topics","topics":[{"id":"seasons","title":"Why seasons?","subject":"Earth science","status":""}]}"#,
         .topics([.init(id: "seasons", title: "Why seasons?", subject: "Earth science", status: "")])),
        (#"{"type":"help","lines":["Commands:","  /help"]}"#, .help(["Commands:", "  /help"])),
        (#"{"type":"data","record":{"type":"turn","n":2,"ok":true,"input":"5/6"}}"#,
         .data(#"{"input":"5/6","n":2,"ok":true,"type":"turn"}"#)),
        (#"{"type":"goodbye","text":"Goodbye!"}"#, .goodbye("Goodbye!")),
        (#"{"type":"status","dialogue":"seasons","title":"Why seasons?","step":2,"steps":5,"mastery":[{"skill":"tilt","p":0.42}],"room":"r3","phase":"think","role":"learner"}"#,
         .status(.init(dialogue: "seasons", title: "Why seasons?", step: 2, steps: 5, mastery: [.init(skill: "tilt", p: 0.42)],
                       room: "r3", phase: "think", role: .learner))),
        (#"{"type":"status","dialogue":null,"title":null,"step":null,"steps":null,"mastery":[],"room":null,"phase":null,"role":"teacher"}"#,
         .status(.init(role: .teacher))),
        (#"{"type":"chat","room":"r3","from":"ana","role":"learner","kind":"say","text":"hi"}"#,
         .chat(.init(room: "r3", from: "ana", role: .learner, kind: .say, text: "hi"))),
        (#"{"type":"chat","room":null,"from":"mrs-khan","role":"teacher","kind":"coach","text":"think of the tilt"}"#,
         .chat(.init(from: "mrs-khan", role: .teacher, kind: .coach, text: "think of the tilt"))),
        (#"{"type":"room","room":"r3","phase":"discuss","members":["ana","ben"],"text":"Discuss now."}"#,
         .room(.init(room: "r3", phase: "discuss", members: ["ana", "ben"], text: "Discuss now."))),
        (#"{"type":"report","title":"Dashboard","lines":["ana  step 2","ben  step 3"]}"#,
         .report(title: "Dashboard", lines: ["ana  step 2", "ben  step 3"])),
        (#"{"type":"alert","learner":"ana","text":"stuck on step 2"}"#, .alert(learner: "ana", text: "stuck on step 2")),
        (#"{"type":"poll","text":"Vote now"}"#, .other(type: "poll", text: "Vote now")),
        (#"{"type":"ping"}"#, nil),
        ("Welcome to Lyceum, a Socratic tutor.\r", .plain("Welcome to Lyceum, a Socratic tutor.")),
        (#"{"no type":1}"#, .plain(#"{"no type":1}"#)),
        ("{broken", .plain("{broken")),
    ]

    @Test(arguments: cases)
    func decodes(_ line: String, _ expected: ClientEvent?) {
        #expect(EventDecoder.decode(line) == expected)
    }

    @Test func unknownRolesAndKindsFallBackToLearnerAndSay() {
        let event = EventDecoder.decode(#"{"type":"chat","from":"x","role":"robot","kind":"sing","text":"la"}"#)
        #expect(event == .chat(.init(from: "x", role: .learner, kind: .say, text: "la")))
    }

    @Test func masteryIsClampedAndBadEntriesSkipped() {
        let event = EventDecoder.decode(#"{"type":"status","mastery":[{"skill":"a","p":1.5},{"skill":"b"},{"p":0.2}]}"#)
        #expect(event == .status(.init(mastery: [.init(skill: "a", p: 1)])))
    }
}
