// The fuzz target for what a client's bytes meet first: `LineFramer` (bytes -> lines),
// `TextSanitizer` (control characters out) and `CommandParser` (a line -> a checked command).
// Fuzz/run.sh compiles it with those source files and libFuzzer; every invariant below is
// checked with `require`, so a violation stops the run with the input that caused it.

import Foundation
import LyceumCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let first = bytes.first else { return 0 }
    let input = Array(bytes.dropFirst())
    // The first byte picks a small line limit, so inputs cross it often; the default is framed too.
    for limit in [Int(first % 64) + 1, ServerLimits().maxLineBytes] {
        for line in frame(input, limit: limit) {
            examine(line)
        }
    }
    // The parser also sees the raw input as one line, whatever the framer made of it.
    examine(String(decoding: input, as: UTF8.self))
    return 0
}

/// Frames `input` and checks every result; returns the lines.
func frame(_ input: [UInt8], limit: Int) -> [String] {
    var framer = LineFramer(maxLineBytes: limit)
    var results: [InboundLine] = []
    for byte in input {
        if let result = framer.feed(byte) { results.append(result) }
        require(framer.bufferedByteCount <= limit, "the framer holds \(framer.bufferedByteCount) bytes, over the limit \(limit)")
    }
    if let last = framer.finish() { results.append(last) }
    require(framer.bufferedByteCount == 0, "the framer still holds bytes after finish()")

    let lineEnds = input.filter { $0 == 0x0A || $0 == 0x0D }.count
    require(results.count <= lineEnds + 1, "\(results.count) results from \(lineEnds) line ends")
    var lines: [String] = []
    for result in results {
        switch result {
        case .line(let text):
            require(text.utf8.count <= limit, "a line of \(text.utf8.count) bytes passed the limit \(limit)")
            require(!text.utf8.contains(0x0A) && !text.utf8.contains(0x0D), "a line contains a line end")
            require(String(validating: Array(text.utf8), as: UTF8.self) == text, "a line is not valid UTF-8")
            lines.append(text)
        case .tooLong(let reported):
            require(reported == limit, "tooLong reports \(reported), the limit is \(limit)")
        case .invalidUTF8:
            break
        }
    }
    // A plain line (valid UTF-8, no line end, no telnet byte, within the limit) comes out as it went in.
    if !input.isEmpty, input.count <= limit, !input.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xFF }),
       let text = String(validating: input, as: UTF8.self) {
        require(results == [.line(text)], "the plain line \(text.debugDescription) came out as \(results)")
    }
    return lines
}

/// Sanitizes `line`, then parses and checks it as every role, in a room and out of one.
func examine(_ line: String) {
    let cleaned = TextSanitizer.clean(line)
    for scalar in cleaned.text.unicodeScalars {
        require(!isControl(scalar), "U+\(String(scalar.value, radix: 16)) survived sanitizing")
    }
    require(cleaned.text.last?.isWhitespace != true, "sanitized text ends in whitespace")
    let controls = line.unicodeScalars.contains { isControl($0) && $0 != "\t" }
    require(cleaned.removedControls == controls, "removedControls is \(cleaned.removedControls), controls: \(controls)")
    let again = TextSanitizer.clean(cleaned.text)
    require(again.text == cleaned.text && !again.removedControls, "sanitizing twice changes the text")
    parse(cleaned.text)
}

func parse(_ line: String) {
    guard let command = CommandParser.parse(line) else {
        require(!line.hasPrefix("/"), "a line starting with / is no command")
        return
    }
    require(line.hasPrefix("/"), "a command from a line that does not start with /")
    // Spaces are looked for scalar by scalar: " " followed by a combining mark is one Character.
    require(!command.name.unicodeScalars.contains(" "), "a command name with a space")
    require(command.argument == command.argument.trimmingCharacters(in: .whitespaces), "the argument is not trimmed")
    require(command.argument.unicodeScalars.reversed().starts(with: command.rest.unicodeScalars.reversed()),
            "rest is not the end of the argument")
    require(command.words.allSatisfy { !$0.isEmpty && !$0.unicodeScalars.contains(" ") }, "an empty word or a word with a space")
    let known = CommandSpec.Name(rawValue: command.name.lowercased())
    for role in [nil] + Role.allCases.map(Optional.some) {
        for room in [nil, "r1"] {
            switch CommandParser.check(command, in: .init(role: role, room: room)) {
            case .success(let spec):
                require(spec.name == known, "/\(command.name) found as /\(spec.name)")
                require(spec.allows(role), "/\(spec.name) accepted for \(role?.rawValue ?? "a guest")")
                require(command.words.count >= spec.minimumArguments, "/\(spec.name) accepted without its arguments")
                require(spec.scope == .anywhere || room != nil, "/\(spec.name) accepted outside a room")
                require(room == nil || role != .learner || !CommandParser.pausedInRoom.contains(spec.name),
                        "/\(spec.name) accepted from a learner in a room")
            case .failure(let refusal):
                require(refusalCodes.contains(refusal.code), "unknown refusal code \(refusal.code)")
                require(!refusal.message.isEmpty, "a refusal without a message")
                require((known == nil) == (refusal.code == "unknown-command"), "/\(command.name) refused as \(refusal.code)")
            }
        }
    }
}

let refusalCodes: Set<String> = ["unknown-command", "not-logged-in", "not-allowed", "not-in-room", "usage", "in-room"]

/// What `TextSanitizer` must remove: C0, DEL, C1, bidirectional controls, line and paragraph separators.
func isControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: return true
    default: return false
    }
}

func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String,
             file: StaticString = #file, line: UInt = #line) {
    if !condition() { fatalError(message(), file: file, line: line) }
}
