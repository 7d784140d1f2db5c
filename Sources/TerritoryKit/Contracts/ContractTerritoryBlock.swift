/// The ```` ```territory ```` block of a contract: a small YAML subset, deliberately.
///
/// ```territory
/// id: storage-interface                  # default: the file stem
/// frozen: [src/storage/compression.py]   # only the provider changes these
/// append-only: [src/storage/__init__.py, migrations/]   # folders: new files only
/// require: [src/storage/client.py]       # every code block anchored there binds (match=params)
/// interface: [src/storage/client.py]     # what consumers may import (default: the anchors)
/// forbid: [src/ui/** -> src/db/**]       # imports nobody may add, whoever owns the files
/// ```
///
/// Values are `[a, b]` or `- a` lines below the key; `#` starts a comment.
enum ContractTerritoryBlock {
    static let keys: Set<String> = ["id", "frozen", "append-only", "require", "interface", "forbid"]

    static func apply(_ lines: [(line: Int, text: Substring)], to contract: inout Contract, at start: Int) {
        var key: String?
        for (number, raw) in lines {
            let location = SourceLocation(file: contract.file, line: number)
            let text = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingSpaces } ?? ""
            guard !text.isEmpty else { continue }
            if text.hasPrefix("- "), let current = key {
                add(String(text.dropFirst(2)), to: current, of: &contract, at: location)
                continue
            }
            guard let colon = text.firstIndex(of: ":") else {
                contract.diagnostics.append(diagnostic("expected `key: value`, found `\(text)`", at: location))
                continue
            }
            let name = text[..<colon].trimmingSpaces.lowercased()
            let value = text[text.index(after: colon)...].trimmingSpaces
            guard keys.contains(name) else {
                contract.diagnostics.append(diagnostic(
                    "unknown key `\(name)`; known: \(keys.sorted().joined(separator: ", "))", at: location))
                key = nil
                continue
            }
            key = name
            if name == "id" {
                if !value.isEmpty { contract.id = value }
                continue
            }
            let items = value.hasPrefix("[") ? value.trimmingCharacters(in: "[]").split(separator: ",").map(String.init) : [value]
            for item in items { add(item, to: name, of: &contract, at: location) }
        }
    }

    private static func add(_ raw: String, to key: String, of contract: inout Contract, at location: SourceLocation) {
        let item = raw.trimming { " `\"'".contains($0) }
        guard !item.isEmpty else { return }
        if key == "forbid" {
            guard let rule = ForbiddenDependency.parse(item, at: location) else {
                contract.diagnostics.append(diagnostic("`\(item)` is not `FROM -> TO` with two valid patterns", at: location))
                return
            }
            contract.forbidden.append(rule)
            return
        }
        if (try? Glob(item)) == nil {
            contract.diagnostics.append(diagnostic("`\(item)` is not a valid pattern", at: location))
            return
        }
        let pattern = ContractPattern(pattern: item, location: location)
        switch key {
        case "frozen": contract.frozen.append(pattern)
        case "append-only": contract.appendOnly.append(pattern)
        case "require": contract.requiredFiles.append(pattern)
        case "interface": contract.interface.append(pattern)
        default: break
        }
    }

    private static func diagnostic(_ message: String, at location: SourceLocation) -> PlanDiagnostic {
        PlanDiagnostic(code: "contract-territory-block", severity: .warning, message: message, location: location)
    }
}
