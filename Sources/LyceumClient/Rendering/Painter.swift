/// The escape sequences that keep a status line and the input line at the bottom of the terminal
/// while messages scroll above them. The cursor always rests on the input line; the status line is
/// the line above it. Pure: it returns text, the caller writes it.
public struct Painter: Sendable, Equatable {
    public var theme: Theme
    /// The terminal's width in columns; the last column is never written, so nothing wraps by itself.
    public var width: Int

    public init(theme: Theme, width: Int) {
        self.theme = theme
        self.width = max(10, width)
    }

    static let hideCursor = "\u{1B}[?25l"
    static let showCursor = "\u{1B}[?25h"
    /// From the input line: to the start of the status line, and clear everything below.
    static let clearBottom = "\r\u{1B}[1A\u{1B}[J"

    /// What `Terminal` writes when it gives the terminal back: default colors, cursor shown.
    public static let restore = Theme.reset + showCursor

    /// The status line, fitted to the width (reverse video with color).
    public func status(_ line: StatusLine) -> String {
        let text = line.text(width: width - 1)
        let padded = text + String(repeating: " ", count: max(0, width - 1 - TextWidth.columns(text)))
        return theme.render(Span(padded, .status))
    }

    /// The input line, then the cursor moved to its column.
    public func input(_ view: InputView, secret: Bool) -> String {
        let prompt = theme.render(Span(view.prompt, secret ? .ask : .mine))
        return "\r\u{1B}[K" + prompt + view.visible + "\r" + (view.cursorColumn > 0 ? "\u{1B}[\(view.cursorColumn)C" : "")
    }

    /// The first drawing: status line, then the input line below it.
    public func start(status: StatusLine, input: InputView, secret: Bool) -> String {
        Self.hideCursor + "\r" + self.status(status) + "\r\n" + self.input(input, secret: secret) + Self.showCursor
    }

    /// Messages printed where the status line was, then the status and input lines drawn again below them.
    public func messages(_ lines: [String], status: StatusLine, input: InputView, secret: Bool) -> String {
        Self.hideCursor + Self.clearBottom + lines.map { $0 + "\r\n" }.joined()
            + self.status(status) + "\r\n" + self.input(input, secret: secret) + Self.showCursor
    }

    /// The status and input lines drawn again in place.
    public func redraw(status: StatusLine, input: InputView, secret: Bool) -> String {
        messages([], status: status, input: input, secret: secret)
    }

    /// Clears the screen, then draws the status and input lines at the top.
    public func clearScreen(status: StatusLine, input: InputView, secret: Bool) -> String {
        "\u{1B}[H\u{1B}[2J" + start(status: status, input: input, secret: secret)
    }

    /// Erases the status and input lines before the client exits; the shell's prompt goes there.
    public var finish: String { Self.clearBottom + Self.restore }
}
