/// The input line as a state machine: a key in, the new buffer and cursor, and what should happen
/// (send a line, quit, ring the bell, list completions). No terminal here: `InputView` draws it.
public struct LineEditor: Sendable, Equatable {
    public enum Action: Sendable, Equatable {
        /// Enter: send this line (it may be empty: the tutor sometimes asks to just press Enter).
        case submit(String)
        /// Ctrl-C, or Ctrl-D on an empty line.
        case quit
        /// Nothing to do for that key here.
        case bell
        /// Tab found several candidates and could complete no further.
        case showCandidates([String])
        case clearScreen
    }

    public private(set) var buffer: [Character] = []
    /// 0...buffer.count: where the next character goes.
    public private(set) var cursor = 0
    public var history: History
    /// The line is a passphrase: not shown, not kept in history, no completion.
    public private(set) var secret = false

    public init(history: History = History()) { self.history = history }

    public var text: String { String(buffer) }

    /// Enters or leaves passphrase mode; either way the line starts empty.
    public mutating func setSecret(_ secret: Bool) {
        guard secret != self.secret else { return }
        self.secret = secret
        replace(with: [])
    }

    public mutating func apply(_ key: Key, completer: Completer = Completer()) -> [Action] {
        switch key {
        case .character(let character):
            buffer.insert(character, at: cursor)
            cursor += 1
        case .enter:
            let line = text
            if !secret { history.add(line) }
            replace(with: [])
            return [.submit(line)]
        case .backspace:
            guard cursor > 0 else { return [.bell] }
            cursor -= 1
            buffer.remove(at: cursor)
        case .delete:
            guard cursor < buffer.count else { return [.bell] }
            buffer.remove(at: cursor)
        case .endOfInput:
            if buffer.isEmpty { return [.quit] }
            return apply(.delete, completer: completer)
        case .interrupt:
            return [.quit]
        case .left:
            guard cursor > 0 else { return [.bell] }
            cursor -= 1
        case .right:
            guard cursor < buffer.count else { return [.bell] }
            cursor += 1
        case .home:
            cursor = 0
        case .end:
            cursor = buffer.count
        case .wordLeft:
            cursor = wordStart(before: cursor)
        case .wordRight:
            var index = cursor
            while index < buffer.count, buffer[index] == " " { index += 1 }
            while index < buffer.count, buffer[index] != " " { index += 1 }
            cursor = index
        case .up:
            guard !secret, let line = history.previous(current: text) else { return [.bell] }
            replace(with: Array(line))
        case .down:
            guard !secret, let line = history.next() else { return [.bell] }
            replace(with: Array(line))
        case .tab:
            guard !secret, let result = completer.complete(buffer, cursor: cursor) else { return [.bell] }
            buffer = result.buffer
            cursor = result.cursor
            if !result.candidates.isEmpty { return [.showCandidates(result.candidates)] }
        case .killToEnd:
            buffer.removeSubrange(cursor...)
        case .killToStart:
            buffer.removeSubrange(..<cursor)
            cursor = 0
        case .deleteWordBack:
            let start = wordStart(before: cursor)
            guard start < cursor else { return [.bell] }
            buffer.removeSubrange(start..<cursor)
            cursor = start
        case .clearScreen:
            return [.clearScreen]
        case .escape, .unknown:
            break
        }
        return []
    }

    private mutating func replace(with characters: [Character]) {
        buffer = characters
        cursor = characters.count
    }

    /// The start of the word before `index`, skipping spaces first.
    private func wordStart(before index: Int) -> Int {
        var index = index
        while index > 0, buffer[index - 1] == " " { index -= 1 }
        while index > 0, buffer[index - 1] != " " { index -= 1 }
        return index
    }
}
