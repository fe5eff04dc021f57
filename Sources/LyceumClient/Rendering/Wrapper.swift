/// Word wrapping of styled lines to a terminal width: breaks at spaces, hard-breaks words longer
/// than a line, indents continuation lines by the line's `indent`.
public enum Wrapper {
    public static func wrap(_ line: StyledLine, width: Int) -> [StyledLine] {
        guard line.wraps, width > 0 else { return [line] }
        let cells = line.spans.flatMap { span in span.text.map { (character: $0, style: span.style) } }
        guard TextWidth.columns(cells.map(\.character)) > width else { return [line] }
        let indent = line.indent < width / 2 ? line.indent : 0
        var out: [StyledLine] = []
        var start = 0
        while start < cells.count {
            let room = out.isEmpty ? width : width - indent
            var end = start
            var used = 0
            while end < cells.count, used + TextWidth.columns(cells[end].character) <= room {
                used += TextWidth.columns(cells[end].character)
                end += 1
            }
            var next = end
            if end < cells.count {
                // Break at a space right after what fits, else at the last space that fits, else mid-word.
                if cells[end].character == " " {
                    next = end + 1
                } else if let space = cells[start..<end].lastIndex(where: { $0.character == " " }), space > start {
                    end = space
                    next = space + 1
                }
            }
            var piece = Array(cells[start..<end])
            while piece.last?.character == " " { piece.removeLast() }
            let prefix = out.isEmpty || indent == 0 ? [] : [Span(String(repeating: " ", count: indent))]
            out.append(StyledLine(prefix + spans(piece), indent: line.indent, wraps: false))
            start = next
            while start < cells.count, cells[start].character == " " { start += 1 }
        }
        return out
    }

    /// Consecutive cells of one style, joined back into spans.
    static func spans(_ cells: [(character: Character, style: Style)]) -> [Span] {
        var spans: [Span] = []
        for cell in cells {
            if spans.last?.style == cell.style {
                spans[spans.count - 1].text.append(cell.character)
            } else {
                spans.append(Span(String(cell.character), cell.style))
            }
        }
        return spans
    }
}
