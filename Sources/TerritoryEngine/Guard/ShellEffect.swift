/// What a shell command is about to do to files, as far as its text shows.
enum ShellEffect: Equatable {
    /// Writes, creates or removes this path: absolute, or relative to the folder the command
    /// starts in.
    case write(String)
    /// Writes the files this glob matches (same folder rule).
    case writeMatching(String)
    /// A form territory refuses whatever the paths: it would switch territory's own checks off.
    case refused(String)
    /// Writes somewhere the text does not show (a variable, a `cd` to an unknown folder, a
    /// patch read from a file): the reason, so the agent can say it plainly instead.
    case unseen(String)
    /// A `git commit` whose message the command shows (`-m`), with its `--trailer` values and
    /// its arguments as typed: the guard checks it names the agent.
    case commit(messages: [String], trailers: [String], arguments: String)
}

/// A simple command once its words are split off: assignments before it, its arguments, where
/// its output goes, and the here-document it reads.
struct SimpleCommand {
    var assignments: [String] = []
    var arguments: [ShellWord] = []
    /// Targets of `>`, `>>`, `>|`, `&>`, `&>>` and `<>`.
    var outputs: [ShellWord] = []
    var hereDocument: String?

    var name: String? { arguments.first?.text }
}

/// Options and operands of one command line, as getopt-style tools read them: `--` ends the
/// options, a short option that takes a value takes the rest of its cluster or the next word,
/// `--long=value` carries its own.
struct OptionScan {
    var options: [(name: String, value: String?)] = []
    var operands: [ShellWord] = []

    init(_ words: ArraySlice<ShellWord>, short: Set<Character> = [], long: Set<String> = [], optionalShort: Set<Character> = []) {
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            index += 1
            let text = word.text
            if text == "--" {
                operands += words[index...]
                return
            }
            if text.hasPrefix("--") {
                if let equals = text.firstIndex(of: "=") {
                    options.append((String(text[..<equals]), String(text[text.index(after: equals)...])))
                } else if long.contains(text), index < words.endIndex {
                    options.append((text, words[index].text))
                    index += 1
                } else {
                    options.append((text, nil))
                }
                continue
            }
            guard text.hasPrefix("-"), text.count > 1 else {
                operands.append(word)
                continue
            }
            var cluster = text.dropFirst()
            while let flag = cluster.first {
                cluster = cluster.dropFirst()
                if short.contains(flag) {
                    if !cluster.isEmpty {
                        options.append(("-\(flag)", String(cluster)))
                    } else if index < words.endIndex {
                        options.append(("-\(flag)", words[index].text))
                        index += 1
                    } else {
                        options.append(("-\(flag)", nil))
                    }
                    break
                }
                if optionalShort.contains(flag) {
                    options.append(("-\(flag)", cluster.isEmpty ? nil : String(cluster)))
                    break
                }
                options.append(("-\(flag)", nil))
            }
        }
    }

    func has(_ names: String...) -> Bool { options.contains { names.contains($0.name) } }

    func value(_ names: String...) -> String? { options.last { names.contains($0.name) }?.value }
}
