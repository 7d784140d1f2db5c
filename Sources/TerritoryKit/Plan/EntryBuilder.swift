/// Turns the path candidates of one plan line into entries, or into diagnostics for the ones
/// that look like paths but cannot be anchored in the repository.
struct EntryBuilder: Sendable {
    var file: String
    var normalizer: PathNormalizer

    /// `access` is the class of the section the line sits in; an item's own notes may narrow it.
    func build(
        _ candidates: [ItemExtractor.Candidate], access: Access, line: Int, agentName: String
    ) -> (entries: [Entry], diagnostics: [PlanDiagnostic]) {
        var entries: [Entry] = []
        var diagnostics: [PlanDiagnostic] = []
        let location = SourceLocation(file: file, line: line)
        for candidate in candidates {
            switch normalizer.normalize(candidate.token) {
            case .path(let pattern, let bareName):
                var annotations = AnnotationParser.annotations(in: candidate.trailing)
                let itemAccess = AnnotationParser.access(for: annotations, in: access)
                if bareName { annotations.append("bare-name") }
                entries.append(Entry(pattern: pattern, access: itemAccess, location: location, annotations: annotations))
            case .unresolvable(let reason):
                diagnostics.append(PlanDiagnostic(
                    code: "unresolvable-entry", severity: .warning,
                    message: "`\(candidate.token)` in \(agentName)'s \(access.rawValue) list is \(reason); it is not used",
                    location: location))
            case .notAPath(let reason):
                diagnostics.append(PlanDiagnostic(
                    code: "not-a-path", severity: .note,
                    message: "`\(candidate.token)` in \(agentName)'s \(access.rawValue) list is \(reason), not a file",
                    location: location))
            case .invalid(let reason) where candidate.standalone:
                diagnostics.append(PlanDiagnostic(
                    code: "invalid-pattern", severity: .error,
                    message: "`\(candidate.token)` in \(agentName)'s \(access.rawValue) list is not a valid entry: \(reason)",
                    location: location))
            case .invalid(let reason):
                diagnostics.append(PlanDiagnostic(
                    code: "invalid-pattern", severity: .warning,
                    message: "`\(candidate.token)` inside prose in \(agentName)'s \(access.rawValue) list is not used "
                        + "as an entry: \(reason)",
                    location: location))
            case .ignored:
                // Prose in a list is expected; something path-shaped that was not read is not.
                guard PathMention(normalizer: normalizer).isPathLike(span: candidate.token) else { break }
                diagnostics.append(PlanDiagnostic(
                    code: "unread-path", severity: .warning,
                    message: "`\(candidate.token)` in \(agentName)'s \(access.rawValue) list looks like a path but is not one "
                        + "territory can read; write one repository path per backtick span",
                    location: location))
            }
        }
        return (entries, diagnostics)
    }
}

extension EntryBuilder {
    func location(_ line: Int) -> SourceLocation { SourceLocation(file: file, line: line) }
}
