/// What a `git` command line does that the guard must judge: working-tree paths it rewrites
/// (`checkout -- PATH`, `restore`, `rm`, `mv`, `worktree remove`), and forms that would switch
/// territory's hooks off (`commit --no-verify`, `core.hooksPath`) or re-point git elsewhere.
///
/// Branch switches, `reset --hard`, `stash pop` and `clean` are not judged: they restore content
/// git already has, and the commit hook judges what is committed.
struct GitWrites {
    let writes: BashWrites
    /// `NAME=value` words before `git` (`GIT_DIR=…`, `GIT_CONFIG_*`).
    let assignments: [String]

    /// Configuration keys an agent may not set: territory's hooks folder, its identity, and
    /// includes that could set either.
    static func isGuardedKey(_ key: String) -> Bool {
        let key = key.lowercased()
        return key == "core.hookspath" || key.hasPrefix("territory.") || key.hasPrefix("include.") || key.hasPrefix("includeif.")
    }

    static let skipsHooks = "skips territory's hooks, which judge the change before git records it; run it without that option (the hook says what to fix)"

    func effects(_ arguments: [ShellWord], folder start: String?) -> [ShellEffect] {
        var folder = start
        var effects: [ShellEffect] = []
        for assignment in assignments {
            let name = assignment.prefix { $0 != "=" }
            if ["GIT_DIR", "GIT_WORK_TREE", "GIT_COMMON_DIR", "GIT_INDEX_FILE"].contains(String(name)) {
                effects.append(.unseen("`\(name)=…` points git at another repository or working tree; run git from the worktree itself"))
            }
            if name.hasPrefix("GIT_CONFIG"), assignment.lowercased().contains("hookspath") || assignment.lowercased().contains("territory.") {
                effects.append(.refused("`\(assignment)` changes git's hooks or territory's settings for this command, which \(Self.skipsHooks)"))
            }
        }
        var index = 1
        while index < arguments.count, arguments[index].text.hasPrefix("-") {
            let option = arguments[index].text
            index += 1
            switch option {
            case "-C":
                guard index < arguments.count else { break }
                let target = writes.targets(arguments[index], in: folder)
                if case .write(let path)? = target.first { folder = path } else { folder = nil }
                index += 1
            case "-c":
                guard index < arguments.count else { break }
                let setting = arguments[index].text
                if Self.isGuardedKey(String(setting.prefix { $0 != "=" })) {
                    effects.append(.refused("`git -c \(setting)` \(Self.skipsHooks)"))
                }
                index += 1
            case "--git-dir", "--work-tree", "--namespace", "--super-prefix", "--config-env":
                let value = index < arguments.count ? arguments[index].text : ""
                index += 1
                effects += globalOption(option + "=" + value)
            default:
                effects += globalOption(option)
            }
        }
        guard index < arguments.count else { return effects }
        let subcommand = arguments[index].text
        let rest = Array(arguments[(index + 1)...])
        return effects + subcommandEffects(subcommand, rest, folder: folder)
    }

    /// `--git-dir=…`, `--work-tree=…`, `--config-env=KEY=VAR` before the subcommand.
    private func globalOption(_ option: String) -> [ShellEffect] {
        if option.hasPrefix("--config-env=") {
            let key = option.dropFirst("--config-env=".count).prefix { $0 != "=" }
            if Self.isGuardedKey(String(key)) { return [.refused("`git \(option)` \(Self.skipsHooks)")] }
        }
        if option.hasPrefix("--git-dir") || option.hasPrefix("--work-tree") {
            return [.unseen("`git \(option)` points git at another repository or working tree; run git from the worktree itself")]
        }
        return []
    }

    private func subcommandEffects(_ subcommand: String, _ rest: [ShellWord], folder: String?) -> [ShellEffect] {
        let paths: ([ShellWord]) -> [ShellEffect] = { $0.flatMap { writes.targets($0, in: folder) } }
        switch subcommand {
        case "commit":
            if skipsVerification(rest) { return [.refused("`git commit --no-verify` \(Self.skipsHooks)")] }
            return commitMessage(rest)
        case "merge", "pull", "push", "am":
            if rest.contains(where: { $0.text == "--no-verify" }) { return [.refused("`git \(subcommand) --no-verify` \(Self.skipsHooks)")] }
        case "config":
            return configEffects(rest)
        case "checkout":
            let (before, after) = split(rest)
            let scan = OptionScan(before[...], short: ["b", "B"], long: ["--orphan", "--conflict"])
            var named = after
            if !scan.has("-b", "-B", "--orphan", "-p", "--patch") {
                if scan.operands.count >= 2 {
                    named += scan.operands.dropFirst()
                } else if let only = scan.operands.first, after.isEmpty, only.text == "." || only.text.hasPrefix("./") || only.hasGlob {
                    named.append(only)
                }
            }
            return paths(named)
        case "restore":
            let (before, after) = split(rest)
            let scan = OptionScan(before[...], short: ["s"], long: ["--source", "--pathspec-from-file"])
            if scan.has("--pathspec-from-file") {
                return [.unseen("`git restore --pathspec-from-file` reads its paths from a file; name them in the command")]
            }
            if scan.has("-S", "--staged"), !scan.has("-W", "--worktree") { return [] }
            return paths(scan.operands + after)
        case "rm":
            let (before, after) = split(rest)
            let scan = OptionScan(before[...], long: ["--pathspec-from-file"])
            if scan.has("--cached") { return [] }
            return paths(scan.operands + after)
        case "mv":
            let operands = OptionScan(rest[...]).operands
            guard let destination = operands.last, operands.count >= 2 else { return [] }
            let sources = operands.dropLast()
            let intoFolder = sources.count > 1 || destination.text.hasSuffix("/")
            return paths(Array(sources) + (intoFolder ? sources.map { BashWrites.inside(destination, $0) } : [destination]))
        case "worktree":
            guard let action = rest.first?.text, action == "remove" || action == "move" else { return [] }
            return paths(Array(OptionScan(rest.dropFirst()).operands.prefix(1)))
        case "apply":
            let scan = OptionScan(rest[...], short: ["p", "C"], long: ["--directory", "--exclude", "--include"])
            if scan.has("--check", "--stat", "--numstat", "--summary", "--cached") { return [] }
            return [.unseen("`git apply` writes the files its patch names, which territory does not read; make the change with the edit tools")]
        default:
            break
        }
        return []
    }

    /// The message and trailers a `git commit` shows (`-m M`, `-mM`, `--message=M`, `--trailer T`);
    /// nothing when the message comes from elsewhere (`-F`, `-C`, `--amend` without `-m`).
    private func commitMessage(_ rest: [ShellWord]) -> [ShellEffect] {
        var messages: [String] = [], trailers: [String] = []
        var index = 0
        while index < rest.count {
            let text = rest[index].text
            index += 1
            if text == "--" { break }
            func value() -> String? {
                defer { index += 1 }
                return index < rest.count ? rest[index].text : nil
            }
            if text == "-m" || text == "--message" { if let value = value() { messages.append(value) } }
            else if text.hasPrefix("--message=") { messages.append(String(text.dropFirst("--message=".count))) }
            else if text.hasPrefix("-m"), !text.hasPrefix("--") { messages.append(String(text.dropFirst(2))) }
            else if text == "--trailer" { if let value = value() { trailers.append(value) } }
            else if text.hasPrefix("--trailer=") { trailers.append(String(text.dropFirst("--trailer=".count))) }
        }
        guard !messages.isEmpty, !rest.contains(where: { $0.isDynamic }) else { return [] }
        return [.commit(messages: messages, trailers: trailers, arguments: rest.map(\.raw).joined(separator: " "))]
    }

    /// `--no-verify`, or `-n` in a cluster of short options before one that takes a value.
    private func skipsVerification(_ rest: [ShellWord]) -> Bool {
        var skipNext = false
        for word in rest {
            if skipNext { skipNext = false; continue }
            let text = word.text
            if text == "--" { return false }
            if text == "--no-verify" { return true }
            guard text.hasPrefix("-"), !text.hasPrefix("--") else { continue }
            for (offset, flag) in text.dropFirst().enumerated() {
                if flag == "n" { return true }
                if "mFCct".contains(flag) {
                    skipNext = offset == text.count - 2
                    break
                }
                if "uS".contains(flag) { break }
            }
        }
        return false
    }

    /// `git config` setting or removing a guarded key; reading one is fine.
    private func configEffects(_ rest: [ShellWord]) -> [ShellEffect] {
        let reads: Set<String> = ["--get", "--get-all", "--get-regexp", "--get-urlmatch", "--list", "-l", "get", "list", "--show-origin"]
        let scan = OptionScan(rest[...], short: ["f"], long: ["--file", "--blob", "--type", "--default", "--comment"])
        var operands = scan.operands.map(\.text)
        var writing = scan.has("--unset", "--unset-all", "--add", "--replace-all", "--rename-section", "--remove-section", "--edit", "-e")
        if let verb = operands.first, ["set", "unset", "rename-section", "remove-section", "edit"].contains(verb) {
            writing = true
            operands.removeFirst()
        } else if let verb = operands.first, reads.contains(verb) {
            return []
        }
        if scan.options.contains(where: { reads.contains($0.name) }) { return [] }
        guard let key = operands.first, Self.isGuardedKey(key), writing || operands.count >= 2 else { return [] }
        return [.refused("`git config \(key)` changes territory's hooks folder or identity, which no agent may do; ask the person running the agents")]
    }

    private func split(_ words: [ShellWord]) -> (before: [ShellWord], after: [ShellWord]) {
        guard let dashes = words.firstIndex(where: { $0.text == "--" }) else { return (words, []) }
        return (Array(words[..<dashes]), Array(words[(dashes + 1)...]))
    }
}
