/// Quoting for a shell command line territory prints or writes — the unstage command after a
/// blocked commit, the hook command of a generated subagent (`sh -c`): a word as is when it holds
/// only characters no shell reads specially, else in single quotes. Short, and on its own because
/// the judging and the set-up code both use it.
enum ShellQuote {
    static func quote(_ word: String) -> String {
        let safe = word.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "/._-+@:,=%".unicodeScalars.contains(scalar))
        }
        if safe, !word.isEmpty { return word }
        return "'" + word.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
