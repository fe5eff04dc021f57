/// A key press, decoded from the terminal's bytes (`KeyDecoder`).
public enum Key: Sendable, Equatable {
    case character(Character)
    case enter
    case backspace
    /// Delete, or Ctrl-D on a line with text.
    case delete
    case left, right, up, down
    case home, end
    /// Ctrl-Left / Alt-B, Ctrl-Right / Alt-F.
    case wordLeft, wordRight
    case tab
    /// Ctrl-C.
    case interrupt
    /// Ctrl-D.
    case endOfInput
    /// Ctrl-K: delete to the end of the line.
    case killToEnd
    /// Ctrl-U: delete to the start of the line.
    case killToStart
    /// Ctrl-W: delete the word before the cursor.
    case deleteWordBack
    /// Ctrl-L.
    case clearScreen
    case escape
    /// A control key or escape sequence this client does not use.
    case unknown
}
