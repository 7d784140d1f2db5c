/// Rebuilds the full paths listed in a fenced block, one line at a time: plain path lists
/// (one per line) and ASCII trees, where a node's path is its folder's path plus its name.
///
/// A node's folder is the nearest earlier node at a smaller column. Whether a node is a folder
/// is only known at the next line (a child sits further right), so each node waits one line
/// before it becomes an item; folders with children yield their children, not themselves.
struct FencedPathBlock: Sendable {
    struct Item: Sendable, Hashable {
        var candidate: ItemExtractor.Candidate
        var line: Int
        /// Who the line says owns the path (`← Agent 2`), if it says.
        var owner: String?
    }

    private struct Folder: Sendable {
        var column: Int
        var path: String
    }

    private struct Pending: Sendable {
        var column: Int
        var item: Item
    }

    /// Info strings of blocks that may list paths; a block in a language is code, not a listing.
    static let listingInfos: Set<String> = ["", "text", "txt", "plaintext", "plain", "tree", "files", "paths", "md", "markdown"]

    /// The deepest tree territory follows; deeper nodes are still read, against this folder depth.
    static let maximumDepth = 256

    private var folders: [Folder] = []
    private var pending: Pending?

    static func isListing(info: String) -> Bool {
        let word = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
        return listingInfos.contains(word)
    }

    /// Reads one line of the block; returns the items this line settled (at most one).
    mutating func consume(_ text: some StringProtocol, line: Int) -> [Item] {
        guard let node = TreeLine.parse(text) else { return [] }
        var settled: [Item] = []
        if let previous = pending {
            pending = nil
            if node.column > previous.column, previous.item.owner == nil || previous.item.candidate.token.hasSuffix("/") {
                let path = previous.item.candidate.token
                if folders.count < Self.maximumDepth {
                    folders.append(Folder(column: previous.column, path: path.hasSuffix("/") ? path : path + "/"))
                }
            } else {
                settled.append(previous.item)
            }
        }
        while let last = folders.last, last.column >= node.column { folders.removeLast() }
        var name = Substring(node.name)
        let parent = folders.last?.path ?? ""
        if !parent.isEmpty {
            while name.hasPrefix("./") { name = name.dropFirst(2) }
            if name.hasPrefix("/") { name = name.drop { $0 == "/" } }
        }
        let candidate = ItemExtractor.Candidate(token: parent + name, trailing: node.trailing)
        pending = Pending(column: node.column, item: Item(candidate: candidate, line: line, owner: node.owner))
        return settled
    }

    /// Settles the last node at the end of the block.
    mutating func finish() -> [Item] {
        defer { pending = nil; folders = [] }
        return pending.map { [$0.item] } ?? []
    }
}
