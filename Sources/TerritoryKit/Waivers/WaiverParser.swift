/// Reads waivers written as `path=PATTERN agent=ID expires=YYYY-MM-DD reason="TEXT" [rule=ID]`:
/// bullets under a plan heading that contains "Waiver", or `Territory-Waiver:` commit trailers.
/// A waiver missing a field is reported, never guessed.
public enum WaiverParser {
    public static let trailer = "Territory-Waiver:"

    /// The waivers of a plan text, and the lines that look like waivers but are not valid.
    public static func parse(planText: String, file: String) -> (waivers: [Waiver], invalid: [PlanDiagnostic]) {
        var waivers: [Waiver] = [], invalid: [PlanDiagnostic] = []
        // Most plans have no waiver section: one pass over the bytes saves splitting every line
        // (a fifth of reading a 100,000-agent plan).
        guard mentionsWaiver(planText) else { return (waivers, invalid) }
        var sectionLevel: Int?
        for (index, raw) in planText.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingSpaces
            let level = line.prefix { $0 == "#" }.count
            if level > 0, line.dropFirst(level).first == " " {
                if let open = sectionLevel, level > open { continue }
                sectionLevel = line.lowercased().contains("waiver") ? level : nil
                continue
            }
            guard sectionLevel != nil, line.hasPrefix("- ") || line.hasPrefix("* ") else { continue }
            let location = SourceLocation(file: file, line: index + 1)
            switch parse(String(line.dropFirst(2)), source: location.description) {
            case .success(let waiver): waivers.append(waiver)
            case .failure(let problem):
                invalid.append(PlanDiagnostic(code: "invalid-waiver", severity: .warning, message: problem.message, location: location))
            }
        }
        return (waivers, invalid)
    }

    /// True when "waiver" appears anywhere, in any case.
    static func mentionsWaiver(_ text: String) -> Bool {
        let word = Array("waiver".utf8)
        var matched = 0
        for byte in text.utf8 {
            let lower = byte >= 65 && byte <= 90 ? byte + 32 : byte
            if lower == word[matched] {
                matched += 1
                if matched == word.count { return true }
            } else {
                matched = lower == word[0] ? 1 : 0
            }
        }
        return false
    }

    /// The waivers in a commit message's `Territory-Waiver:` trailers.
    public static func parse(commitMessage: String, commit: String) -> [Result<Waiver, WaiverProblem>] {
        commitMessage.split(separator: "\n").compactMap { line in
            guard line.hasPrefix(trailer) else { return nil }
            return parse(String(line.dropFirst(trailer.count)), source: "commit \(commit.prefix(7))")
        }
    }

    /// One waiver from its `key=value` fields (values may be quoted or backticked).
    public static func parse(_ text: String, source: String) -> Result<Waiver, WaiverProblem> {
        let fields = WaiverFields.split(text)
        let missing = ["path", "agent", "reason", "expires"].filter { (fields[$0] ?? "").isEmpty }
        guard missing.isEmpty else {
            return .failure(WaiverProblem(message: "waiver at \(source) lacks \(missing.joined(separator: ", ")); write path=… agent=… expires=YYYY-MM-DD reason=\"…\""))
        }
        let pattern = fields["path"] ?? ""
        guard !pattern.allSatisfy({ "*/".contains($0) }) else {
            return .failure(WaiverProblem(message: "waiver at \(source) has path=\(pattern), which would waive every path; name the paths it is for"))
        }
        let expires = fields["expires"] ?? ""
        guard expires.count == 10, expires.allSatisfy({ $0.isNumber || $0 == "-" }) else {
            return .failure(WaiverProblem(message: "waiver at \(source) has expires=\(expires); write the date as YYYY-MM-DD"))
        }
        return .success(Waiver(pattern: pattern, agent: fields["agent"] ?? "", rule: fields["rule"],
                               reason: fields["reason"] ?? "", expires: expires, source: source))
    }
}

/// Why a waiver could not be read.
public struct WaiverProblem: Error, Sendable, Hashable {
    public var message: String
}
