/// The files a shell command line writes, read from its text: redirections, and the arguments of
/// the commands that write (the table below), across `&&`, `||`, `;`, `|`, subshells, command
/// substitutions and `bash -c '…'`.
///
/// It judges text, not behaviour: scripts, interpreters (`python -c`), `eval` of a variable and
/// build tools are not looked into. Where a detected write names its target through something
/// the text does not show (a variable, a `cd` to an unknown folder), the effect is `unseen`, so
/// that the guard can refuse with a reason rather than guess.
struct BashWrites {
    /// `HOME`, for `~` and a bare `cd`.
    let home: String?

    /// The effects of a command line; paths are relative to the folder it starts in.
    func effects(of command: String) -> [ShellEffect] { effects(of: command, depth: 0) }

    /// How a command writes. Commands not in the table are taken to write nothing.
    enum Form {
        /// Every operand after the first `skip` is written (`rm`, `touch`; `chown OWNER FILE`).
        case operands(skip: Int, short: Set<Character> = [], long: Set<String> = [])
        case chmod, tee, sed, perl, dd, find, curl, wget, git, eval, xargs, applyPatch
        /// `cp`, `mv` (which also removes its sources), `install`.
        case copy(movesSources: Bool)
        /// `ln`: the link, and the file it names (a write through the link lands there).
        case link
        case install
        /// `bash -c 'script'`, or a here-document fed to a shell.
        case shell
        case changeFolder
        /// Runs the command after its own options (`sudo`, `env`, `timeout 5`).
        case wrapper(short: Set<Character>, operands: Int)
        /// Writes files territory cannot name from the text.
        case opaque(String)
    }

    static let table: [String: Form] = [
        "rm": .operands(skip: 0), "rmdir": .operands(skip: 0), "unlink": .operands(skip: 0),
        "touch": .operands(skip: 0, short: ["d", "t", "r"], long: ["--date", "--reference"]),
        "mkdir": .operands(skip: 0, short: ["m"], long: ["--mode"]),
        "truncate": .operands(skip: 0, short: ["s", "r"], long: ["--size", "--reference"]),
        "shred": .operands(skip: 0, short: ["n", "s"], long: ["--iterations", "--size", "--random-source"]),
        "chown": .operands(skip: 1), "chgrp": .operands(skip: 1), "chmod": .chmod,
        "tee": .tee, "sed": .sed, "perl": .perl, "dd": .dd, "find": .find, "curl": .curl, "wget": .wget,
        "cp": .copy(movesSources: false), "ln": .link, "mv": .copy(movesSources: true),
        "install": .install, "git": .git, "eval": .eval, "xargs": .xargs,
        "apply_patch": .applyPatch, "applypatch": .applyPatch,
        "bash": .shell, "sh": .shell, "zsh": .shell, "dash": .shell, "ksh": .shell,
        "cd": .changeFolder, "pushd": .changeFolder, "popd": .changeFolder,
        "sudo": .wrapper(short: ["u", "g", "C", "D", "h", "p", "r", "t", "U"], operands: 0),
        "doas": .wrapper(short: ["u", "C"], operands: 0),
        "env": .wrapper(short: ["u", "C", "S"], operands: 0),
        "nice": .wrapper(short: ["n"], operands: 0), "nohup": .wrapper(short: [], operands: 0),
        "time": .wrapper(short: [], operands: 0), "exec": .wrapper(short: ["a"], operands: 0),
        "command": .wrapper(short: [], operands: 0), "builtin": .wrapper(short: [], operands: 0),
        "stdbuf": .wrapper(short: ["i", "o", "e"], operands: 0),
        "timeout": .wrapper(short: ["s", "k"], operands: 1),
        "patch": .opaque("`patch` writes the files its diff names, which territory does not read"),
    ]

    func effects(of command: String, depth: Int) -> [ShellEffect] {
        guard depth < 8 else { return [.unseen("commands nested too deeply to follow")] }
        let tokenizer = ShellTokenizer(command)
        var effects = tokenizer.substitutions.flatMap { self.effects(of: $0, depth: depth + 1) }
        var folder: String? = ""
        var saved: [String?] = []
        var command = SimpleCommand()
        var tokens = tokenizer.tokens[...]
        while let token = tokens.popFirst() {
            switch token {
            case .separator(let text):
                effects += run(command, folder: &folder, depth: depth)
                command = SimpleCommand()
                if text == "(" { saved.append(folder) }
                if text == ")", let outer = saved.popLast() { folder = outer }
            case .redirection(let op, _):
                guard case .word(let target)? = tokens.first else { continue }
                tokens.removeFirst()
                switch op {
                case ">", ">>", ">|", "&>", "&>>", "<>": command.outputs.append(target)
                case ">&" where !(target.text.allSatisfy(\.isNumber) || target.text == "-"): command.outputs.append(target)
                case "<<", "<<-": command.hereDocument = target.text
                default: break
                }
            case .word(let word):
                if command.arguments.isEmpty, Self.isAssignment(word) {
                    command.assignments.append(word.text)
                } else if command.arguments.isEmpty, Self.keywords.contains(word.text), !word.wasQuoted {
                    continue
                } else {
                    command.arguments.append(word)
                }
            }
        }
        effects += run(command, folder: &folder, depth: depth)
        return effects
    }

    /// Words that open or close compound commands; the command proper follows them.
    static let keywords: Set<String> = ["!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "time"]

    static func isAssignment(_ word: ShellWord) -> Bool {
        guard let equals = word.text.firstIndex(of: "="), equals != word.text.startIndex else { return false }
        let name = word.text[..<equals]
        return name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } && !(name.first?.isNumber ?? true)
    }

    /// One simple command's effects: its redirections, then what its name does.
    private func run(_ command: SimpleCommand, folder: inout String?, depth: Int) -> [ShellEffect] {
        var effects = command.outputs.flatMap { targets($0, in: folder) }
        guard let name = command.name, !["for", "case", "select", "function"].contains(name) else { return effects }
        let arguments = command.arguments
        switch Self.table[name.split(separator: "/").last.map(String.init) ?? name] {
        case nil:
            break
        case .operands(let skip, let short, let long):
            let scan = OptionScan(arguments.dropFirst(), short: short, long: long)
            let written = scan.has("--reference") && skip > 0 ? scan.operands : Array(scan.operands.dropFirst(skip))
            effects += written.flatMap { targets($0, in: folder) }
        case .chmod:
            let scan = OptionScan(arguments.dropFirst(), long: ["--reference"])
            let known: Set<String> = ["-R", "-v", "-c", "-f", "--recursive", "--verbose", "--changes", "--silent", "--quiet",
                                      "--reference", "--preserve-root", "--no-preserve-root"]
            let modeAsOption = scan.options.contains { !known.contains($0.name) }
            let skip = scan.has("--reference") || modeAsOption ? 0 : 1
            effects += scan.operands.dropFirst(skip).flatMap { targets($0, in: folder) }
        case .tee:
            effects += OptionScan(arguments.dropFirst()).operands.filter { $0.text != "-" }.flatMap { targets($0, in: folder) }
        case .sed:
            effects += inPlaceFiles(arguments, short: ["e", "f", "l"], long: ["--expression", "--file", "--line-length"],
                                    inPlace: ["-i", "--in-place"], scripts: ["-e", "-f", "--expression", "--file"])
                .flatMap { targets($0, in: folder) }
        case .perl:
            effects += inPlaceFiles(arguments, short: ["e", "E", "I", "M", "m"], long: [], inPlace: ["-i"], scripts: ["-e", "-E"])
                .flatMap { targets($0, in: folder) }
        case .dd:
            for argument in arguments.dropFirst() where argument.text.hasPrefix("of=") {
                var file = argument
                file.text.removeFirst(3)
                effects += targets(file, in: folder)
            }
        case .copy(let movesSources):
            effects += copies(arguments, movesSources: movesSources, folder: folder)
        case .link:
            effects += links(arguments, folder: folder)
        case .install:
            let scan = OptionScan(arguments.dropFirst(), short: ["m", "o", "g", "t", "S"],
                                  long: ["--mode", "--owner", "--group", "--target-directory", "--suffix"])
            effects += scan.has("-d", "--directory")
                ? scan.operands.flatMap { targets($0, in: folder) }
                : copies(arguments, movesSources: false, folder: folder)
        case .find:
            effects += finds(arguments, folder: folder)
        case .curl:
            effects += valuesOf(arguments, options: ["-o", "--output", "-D", "--dump-header", "-c", "--cookie-jar"], clusterLetter: "o")
                .flatMap { targets($0, in: folder) }
        case .wget:
            effects += valuesOf(arguments, options: ["-O", "--output-document", "-o", "--output-file", "-a", "--append-output",
                                                     "-P", "--directory-prefix"], clusterLetter: "O")
                .flatMap { targets($0, in: folder) }
        case .git:
            effects += GitWrites(writes: self, assignments: command.assignments).effects(arguments, folder: folder)
        case .eval:
            let words = arguments.dropFirst()
            if !words.contains(where: \.isDynamic) { effects += self.effects(of: words.map(\.text).joined(separator: " "), depth: depth + 1) }
        case .xargs:
            let scan = OptionScan(arguments.dropFirst(), short: ["I", "L", "n", "P", "s", "d", "E", "a"], long: [])
            if let inner = scan.operands.first?.text, Self.table[inner] != nil {
                effects.append(.unseen("`xargs \(inner)` takes its paths from its input, which territory cannot see; name the files in the command itself"))
            }
        case .applyPatch:
            if let text = command.hereDocument ?? arguments.dropFirst().first?.text {
                effects += PatchTargets.effects(of: text).map { prefixed($0, folder: folder) }
            }
        case .shell:
            effects += shellScript(arguments, hereDocument: command.hereDocument, depth: depth).map { prefixed($0, folder: folder) }
        case .changeFolder:
            folder = changedFolder(arguments, name: name, from: folder)
        case .wrapper(let short, let operands):
            if name == "command", arguments.dropFirst().first.map({ ["-v", "-V"].contains($0.text) }) == true { break }
            var rest = arguments.dropFirst()
            while let first = rest.first, first.text.hasPrefix("-") || (name == "env" && Self.isAssignment(first)) {
                rest.removeFirst()
                if first.text.count == 2, let flag = first.text.last, short.contains(flag), !rest.isEmpty { rest.removeFirst() }
            }
            rest = rest.dropFirst(operands)
            effects += run(SimpleCommand(assignments: command.assignments, arguments: Array(rest)), folder: &folder, depth: depth)
        case .opaque(let reason):
            effects.append(.unseen(reason + "; make the change with the edit tools instead"))
        }
        return effects
    }

    /// The paths a word names once the shell has expanded it, relative to the starting folder.
    func targets(_ word: ShellWord, in folder: String?) -> [ShellEffect] {
        if word.isDynamic {
            return [.unseen("`\(word.raw)` is filled in by the shell (a variable or a command substitution), so territory cannot see which file it writes; write the path literally")]
        }
        return (word.hasBraces ? Self.expandBraces(word.text) : [word.text]).compactMap { text in
            if text.isEmpty || Self.devices.contains(text) || text.hasPrefix("/dev/fd/") { return nil }
            var path = text
            if word.hasTilde {
                guard let home, path == "~" || path.hasPrefix("~/") else {
                    return .unseen("`\(text)` names another user's home folder; write the path literally")
                }
                path = home + path.dropFirst()
            }
            if !path.hasPrefix("/") {
                guard let folder else {
                    return .unseen("after a `cd` territory cannot follow, `\(text)` could be anywhere; use a path from the starting folder, or run the commands separately")
                }
                if !folder.isEmpty { path = folder + "/" + path }
            }
            return word.hasGlob ? .writeMatching(path) : .write(path)
        }
    }

    static let devices: Set<String> = ["/dev/null", "/dev/stdout", "/dev/stderr", "/dev/tty", "/dev/zero"]

    /// An effect read relative to a nested script's start, made relative to this one's.
    private func prefixed(_ effect: ShellEffect, folder: String?) -> ShellEffect {
        func join(_ path: String) -> String? {
            if path.hasPrefix("/") { return path }
            guard let folder else { return nil }
            return folder.isEmpty ? path : folder + "/" + path
        }
        let lost = ShellEffect.unseen("after a `cd` territory cannot follow, the script's paths could be anywhere; run the commands separately")
        switch effect {
        case .write(let path): return join(path).map(ShellEffect.write) ?? lost
        case .writeMatching(let path): return join(path).map(ShellEffect.writeMatching) ?? lost
        default: return effect
        }
    }
}
