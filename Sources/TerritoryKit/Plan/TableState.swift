/// Where the reader is in a markdown table: the header seen, whether the delimiter row has
/// passed, and the last table's header, which rows separated from it by a blank line keep
/// (TAXONOMY §9.22: a claims table broken by a blank line and by a list).
struct TableState: Sendable {
    private(set) var columns: TableColumns?
    private var header: [String]?
    private var lastColumns: TableColumns?
    private var lastWidth = 0
    private var delimiterSeen = false
    private var provisional: (cells: [String], line: Int)?

    enum Row: Sendable {
        /// A body row with the columns it is read by.
        case body(cells: [String], line: Int, columns: TableColumns)
        case none
    }

    /// Feeds one row; returns the body rows it settles (a row taken for a header may turn out
    /// to be a body row of the previous table).
    mutating func consume(_ cells: [String], line: Int) -> [Row] {
        if header == nil {
            header = cells
            provisional = (cells, line)
            delimiterSeen = false
            return []
        }
        if !delimiterSeen, Self.isDelimiter(cells) {
            delimiterSeen = true
            provisional = nil
            columns = TableColumns(header: header ?? [])
            lastColumns = columns
            lastWidth = header?.count ?? 0
            return []
        }
        var rows: [Row] = []
        if !delimiterSeen, let first = provisional, let previous = lastColumns, first.cells.count == lastWidth {
            // No delimiter: the "header" was a row of the table before the blank line.
            columns = previous
            delimiterSeen = true
            rows.append(.body(cells: first.cells, line: first.line, columns: previous))
        }
        provisional = nil
        if let columns { rows.append(.body(cells: cells, line: line, columns: columns)) }
        return rows
    }

    /// A non-table line ends the table; its header stays for rows that continue it later.
    mutating func end() {
        header = nil
        columns = nil
        provisional = nil
        delimiterSeen = false
    }

    static func isDelimiter(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            cell.contains("-") && cell.allSatisfy { $0 == "-" || $0 == ":" || $0 == " " }
        }
    }
}
