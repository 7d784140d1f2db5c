/// One line of a plan, classified by its markdown shape alone: no plan meaning yet.
///
/// The reader works in three layers: `MarkdownLineScanner` produces these values,
/// `PlanReadingState` gives them plan meaning (agents, sections), and `ItemExtractor` with
/// `PathNormalizer` turn item text into entries.
struct MarkdownLine: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        case blank
        /// An ATX heading, `#` … `######`, with its raw text (closing `#`s removed).
        case heading(level: Int, text: String)
        /// A list item (`-`, `*`, `+`, `1.`, `1)`); `indent` counts leading columns (a tab is 4),
        /// `text` is what follows the marker with any `[ ]` / `[x]` checkbox removed.
        case bullet(indent: Int, text: String)
        /// A line that starts with `|`, split into trimmed cells.
        case tableRow(cells: [String])
        /// The opening line of a fenced code block, with its info string (`bash`, `python`, …).
        case fenceOpen(info: String)
        case fenceClose
        /// A line inside a fenced code block, verbatim.
        case fenced(text: String)
        /// A paragraph line that starts with a bold label: `**Territory**: …` or `**Territory:** …`.
        case label(BoldLabel)
        /// Any other line, trimmed.
        case text(String)
    }

    /// 1-based line number in the plan file.
    var number: Int
    var kind: Kind
    /// True for a numbered list item (`2. …`), which in task lists names the files of a step.
    var ordered = false
}
