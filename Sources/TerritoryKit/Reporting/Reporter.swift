/// Writes a report in one output format. Reporters are stateless and never decide the exit
/// status; the command does.
public protocol Reporter: Sendable {
    func render(_ report: Report) -> String
}
