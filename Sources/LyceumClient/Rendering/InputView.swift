/// The input line as drawn: the prompt and the part of the buffer that fits, scrolled so the
/// cursor is always visible. A passphrase shows nothing but the prompt.
public struct InputView: Sendable, Equatable {
    /// What to draw (plain text: the caller adds color to the prompt).
    public var prompt: String
    public var visible: String
    /// The cursor's column, 0-based, counting the prompt.
    public var cursorColumn: Int

    public init(prompt: String, visible: String, cursorColumn: Int) {
        self.prompt = prompt; self.visible = visible; self.cursorColumn = cursorColumn
    }

    /// Fits `editor` after `prompt` into `width` columns (the last column is left free).
    public init(prompt: String, editor: LineEditor, width: Int) {
        self.prompt = prompt
        let promptColumns = TextWidth.columns(prompt)
        guard !editor.secret else {
            visible = ""
            cursorColumn = promptColumns
            return
        }
        let room = max(1, width - 1 - promptColumns)
        let buffer = editor.buffer
        // Scroll: the window ends at the cursor when the line before it is wider than the room.
        var start = 0
        while TextWidth.columns(buffer[start..<editor.cursor]) >= room { start += 1 }
        var end = start
        var used = 0
        while end < buffer.count, used + TextWidth.columns(buffer[end]) <= room {
            used += TextWidth.columns(buffer[end])
            end += 1
        }
        visible = String(buffer[start..<end])
        cursorColumn = promptColumns + TextWidth.columns(buffer[start..<editor.cursor])
    }
}
