import Foundation
import TerritoryEngine
import TerritoryGit

/// Installs and removes territory's hooks in one hooks folder. An existing hook is kept and
/// chained (renamed to `NAME.territory-chained`, run first); installing twice changes nothing;
/// uninstalling puts back exactly what was there. This is the only place territory writes, and
/// only into the hooks folder, only when asked.
struct HookInstaller {
    let folder: String
    private let files = FileManager.default

    /// What one hook's installation did, for the report (`added` and `created`: a line in a
    /// Husky script, see `HuskyHooks`).
    enum Outcome: String { case installed, chained, unchanged, removed, restored, absent, added, created }

    func install(_ name: String) throws -> Outcome {
        let hook = folder + "/" + name
        let chained = hook + HookScript.chainedSuffix
        if let text = try? String(contentsOfFile: hook, encoding: .utf8), text.contains(HookScript.marker) {
            if text == HookScript.text(for: name) { return .unchanged }
            try write(HookScript.text(for: name), to: hook)
            return .installed
        }
        var outcome = Outcome.installed
        if files.fileExists(atPath: hook) {
            guard !files.fileExists(atPath: chained) else {
                throw UserError("both \(hook) and \(chained) exist", hint: "move one of them away, then install again")
            }
            try files.moveItem(atPath: hook, toPath: chained)
            outcome = .chained
        }
        try write(HookScript.text(for: name), to: hook)
        return outcome
    }

    func uninstall(_ name: String) throws -> Outcome {
        let hook = folder + "/" + name
        let chained = hook + HookScript.chainedSuffix
        guard let text = try? String(contentsOfFile: hook, encoding: .utf8), text.contains(HookScript.marker) else { return .absent }
        try files.removeItem(atPath: hook)
        guard files.fileExists(atPath: chained) else { return .removed }
        try files.moveItem(atPath: chained, toPath: hook)
        return .restored
    }

    private func write(_ text: String, to path: String) throws {
        try files.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        try files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }
}

/// The thin script `install-hooks` writes: it runs a hook that was there before (kept as
/// `NAME.territory-chained`) and then `territory hook NAME`, both on the same standard input.
enum HookScript {
    /// Marks a hook as territory's, so that installing twice changes nothing and uninstall knows
    /// what to remove.
    static let marker = "# installed by territory install-hooks"
    static let chainedSuffix = ".territory-chained"

    static func text(for name: String) -> String {
        """
        #!/bin/sh
        \(marker); `territory install-hooks --uninstall` restores what was here.
        # TERRITORY names the territory binary when it is not on PATH.
        input=$(mktemp) || exit 2
        trap 'rm -f "$input"' EXIT
        cat > "$input"
        chained="$0\(chainedSuffix)"
        if [ -x "$chained" ]; then
          "$chained" "$@" < "$input" || exit $?
        fi
        "${TERRITORY:-territory}" hook \(name) "$@" < "$input"

        """
    }
}
