/// The argument shapes of the commands in `BashWrites.table`: which operands a command writes.
extension BashWrites {
    /// `sed -i` and `perl -i`: the files after the script (all operands when `-e`/`-f` gave it).
    func inPlaceFiles(_ arguments: [ShellWord], short: Set<Character>, long: Set<String>,
                              inPlace: Set<String>, scripts: Set<String>) -> [ShellWord] {
        let scan = OptionScan(arguments.dropFirst(), short: short, long: long, optionalShort: ["i"])
        guard scan.options.contains(where: { inPlace.contains($0.name) }) else { return [] }
        var files = scan.operands[...]
        if scan.value("-i") == nil, files.first?.text == "" { files.removeFirst() }
        if !scan.options.contains(where: { scripts.contains($0.name) }) { files = files.dropFirst() }
        return Array(files)
    }

    /// `cp`, `mv`, `ln`, `install`: the destination (each source's name inside it when it is a
    /// folder), and for `mv` the sources, which disappear.
    func copies(_ arguments: [ShellWord], movesSources: Bool, folder: String?) -> [ShellEffect] {
        let scan = OptionScan(arguments.dropFirst(), short: ["t", "S", "m", "o", "g"],
                              long: ["--target-directory", "--suffix", "--mode", "--owner", "--group"])
        var operands = scan.operands
        var destinations: [ShellWord]
        if let directory = scan.value("-t", "--target-directory") {
            destinations = operands.map { Self.inside(ShellWord(text: directory), $0) }
        } else {
            guard operands.count >= 2, let last = operands.popLast() else { return [] }
            let intoFolder = !scan.has("-T", "--no-target-directory") && (operands.count > 1 || last.text.hasSuffix("/"))
            destinations = intoFolder ? operands.map { Self.inside(last, $0) } : [last]
        }
        if movesSources { destinations += operands }
        return destinations.flatMap { targets($0, in: folder) }
    }

    /// `ln [-s] TARGET… LINK`: the link is written, and so, in effect, is each target: whatever
    /// is later written through the link lands on it. A symbolic link's target is read from the
    /// link's folder.
    func links(_ arguments: [ShellWord], folder: String?) -> [ShellEffect] {
        let scan = OptionScan(arguments.dropFirst(), short: ["t", "S"], long: ["--target-directory", "--suffix"])
        var operands = scan.operands
        let symbolic = scan.has("-s", "--symbolic")
        var pairs: [(target: ShellWord, link: ShellWord)]
        if let directory = scan.value("-t", "--target-directory") {
            pairs = operands.map { ($0, Self.inside(ShellWord(text: directory), $0)) }
        } else {
            guard operands.count >= 2, let last = operands.popLast() else { return [] }
            let intoFolder = !scan.has("-T", "--no-target-directory") && (operands.count > 1 || last.text.hasSuffix("/"))
            pairs = operands.map { ($0, intoFolder ? Self.inside(last, $0) : last) }
        }
        return pairs.flatMap { pair -> [ShellEffect] in
            var target = pair.target
            if symbolic, !target.text.hasPrefix("/") {
                let linkFolder = pair.link.text.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
                if !linkFolder.isEmpty { target.text = linkFolder + "/" + target.text }
            }
            return targets(pair.link, in: folder) + targets(target, in: folder)
        }
    }

    /// `folder/name-of-source`, keeping what the shell would still expand in either word.
    static func inside(_ folder: ShellWord, _ source: ShellWord) -> ShellWord {
        var joined = folder
        let trimmed = folder.text.hasSuffix("/") ? String(folder.text.dropLast()) : folder.text
        let name = source.text.split(separator: "/").last.map(String.init) ?? source.text
        joined.text = trimmed + "/" + name
        joined.isDynamic = folder.isDynamic || source.isDynamic
        joined.hasGlob = folder.hasGlob || source.hasGlob
        joined.raw = folder.raw + "/" + source.raw
        return joined
    }

    /// `find PATH… -delete` or `-exec` of a writing command: everything under the start points.
    func finds(_ arguments: [ShellWord], folder: String?) -> [ShellEffect] {
        let words = arguments.dropFirst()
        let starts = words.prefix { !$0.text.hasPrefix("-") && $0.text != "(" && $0.text != "!" }
        let actions = words.dropFirst(starts.count)
        var writes = actions.contains { $0.text == "-delete" }
        for (offset, word) in actions.enumerated() where ["-exec", "-execdir", "-ok", "-okdir"].contains(word.text) {
            let next = actions.dropFirst(offset + 1).first?.text ?? ""
            if let form = Self.table[next], !Self.isFolderChange(form) { writes = true }
        }
        guard writes else { return [] }
        return (starts.isEmpty ? [ShellWord(text: ".")] : Array(starts)).flatMap { targets($0, in: folder) }
    }

    static func isFolderChange(_ form: Form) -> Bool {
        if case .changeFolder = form { return true }
        return false
    }

    /// The words after `-o FILE`-like options (also `--output=FILE`, and `-sSo FILE`).
    func valuesOf(_ arguments: [ShellWord], options: Set<String>, clusterLetter: Character) -> [ShellWord] {
        var values: [ShellWord] = []
        var index = 1
        while index < arguments.count {
            let text = arguments[index].text
            index += 1
            if let equals = text.firstIndex(of: "="), options.contains(String(text[..<equals])) {
                var value = arguments[index - 1]
                value.text = String(text[text.index(after: equals)...])
                values.append(value)
            } else if options.contains(text) || (text.hasPrefix("-") && !text.hasPrefix("--") && text.last == clusterLetter),
                      index < arguments.count {
                values.append(arguments[index])
                index += 1
            }
        }
        return values
    }

    /// `bash -c 'script'` (also `-lc`, `-ec`), or `bash <<EOF` with the script as here-document.
    func shellScript(_ arguments: [ShellWord], hereDocument: String?, depth: Int) -> [ShellEffect] {
        var index = 1
        while index < arguments.count, arguments[index].text.hasPrefix("-") {
            let option = arguments[index].text
            index += 1
            if option == "-o" || option == "-O" || option == "+O" { index += 1; continue }
            if !option.hasPrefix("--"), option.contains("c"), index < arguments.count {
                let script = arguments[index]
                if script.isDynamic { return [.unseen("`\(arguments[0].text) -c` runs a script the shell fills in (\(script.raw)); run the commands directly")] }
                return effects(of: script.text, depth: depth + 1)
            }
        }
        if index == arguments.count, let hereDocument { return effects(of: hereDocument, depth: depth + 1) }
        return []
    }

    /// The folder after `cd`, `pushd` or `popd`; nil when territory cannot tell.
    func changedFolder(_ arguments: [ShellWord], name: String, from folder: String?) -> String? {
        guard name != "popd" else { return nil }
        let operands = arguments.dropFirst().filter { !($0.text.hasPrefix("-") && $0.text.count > 1) }
        guard let target = operands.first else { return home }
        if target.isDynamic || target.text == "-" { return nil }
        var path = target.text
        if target.hasTilde {
            guard let home, path == "~" || path.hasPrefix("~/") else { return nil }
            path = home + path.dropFirst()
        }
        if path.hasPrefix("/") { return path }
        guard let folder else { return nil }
        return folder.isEmpty ? path : folder + "/" + path
    }

    /// Bash brace expansion of comma lists: `src/{a,b}.ts` → `src/a.ts`, `src/b.ts`. Sequences
    /// (`{1..3}`) stay as written.
    static func expandBraces(_ text: String) -> [String] {
        let characters = Array(text)
        var depth = 0
        var open = 0
        var commas: [Int] = []
        for (index, character) in characters.enumerated() {
            switch character {
            case "{":
                if depth == 0 { open = index; commas = [] }
                depth += 1
            case "," where depth == 1:
                commas.append(index)
            case "}" where depth > 0:
                depth -= 1
                guard depth == 0, !commas.isEmpty else { continue }
                let prefix = String(characters[..<open]), suffix = String(characters[(index + 1)...])
                let bounds = [open] + commas + [index]
                return zip(bounds, bounds.dropFirst()).flatMap { start, end in
                    expandBraces(prefix + String(characters[(start + 1)..<end]) + suffix)
                }
            default:
                continue
            }
        }
        return [text]
    }
}
