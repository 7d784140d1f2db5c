import Foundation

/// The files an `apply_patch` envelope (Codex's edit format) writes:
///
/// ```
/// *** Begin Patch
/// *** Add File: docs/new.md
/// *** Update File: src/app.py
/// *** Move to: src/main.py
/// *** Delete File: old.txt
/// *** End Patch
/// ```
///
/// Paths are as written (relative to the agent's folder, or absolute). A patch that names no
/// file is `unseen`: territory cannot tell what it writes.
enum PatchTargets {
    static let headers = ["*** Add File:", "*** Update File:", "*** Delete File:", "*** Move to:"]

    static func effects(of patch: String) -> [ShellEffect] {
        var effects: [ShellEffect] = []
        for line in patch.split(omittingEmptySubsequences: true, whereSeparator: \.isNewline) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            guard let header = headers.first(where: { trimmed.hasPrefix($0) }) else { continue }
            let path = trimmed.dropFirst(header.count).trimmingCharacters(in: .whitespaces)
            if !path.isEmpty { effects.append(.write(path)) }
        }
        if effects.isEmpty {
            effects.append(.unseen("the patch names no file (`*** Add File:`, `*** Update File:`, `*** Delete File:`), so territory cannot tell what it writes"))
        }
        return effects
    }
}
