import Foundation
import Yams

/// `.territory.yml`: a repository's settings, read from the trusted tree (the base branch tip),
/// so that an agent's branch cannot loosen them. Versioned; every problem names the key and the
/// line. Flags and `git config` win over it; it wins over the defaults.
///
/// ```yaml
/// version: 1
/// plan: .context-kit/orchestration/billing/     # the plan file or folder
/// base: main                                    # the integration branch
/// rules:                                        # severities: error, warning, note, off
///   unowned-path: error
/// ignore:                                       # paths no rule looks at
///   - "**/package-lock.json"
/// shared:                                       # paths every agent may write
///   - CHANGELOG.md                              #   freely,
///   - { path: docs/CHANGES.md, rule: append-only }  # or only by adding lines
/// waiver-authors: [lead@example.com]            # whose commit trailers waive and approve
/// trailer: Agent                                # the trailer that names a commit's agent
/// without-territory: [orchestrator]              # agents that write nothing on purpose
/// ```
public struct RepositoryConfig: Sendable, Hashable {
    public static let fileName = ".territory.yml"
    public static let keys = ["version", "plan", "base", "rules", "ignore", "shared", "waiver-authors", "trailer", "without-territory"]

    public var plan: String?
    public var base: String?
    /// Rule id → severity; nil severity turns the rule off.
    public var severities: [String: Severity?] = [:]
    public var ignore: [String] = []
    public var shared: [SharedPath] = []
    public var waiverAuthors: [String] = []
    public var trailer = "Agent"
    /// Agents that write nothing on purpose (an orchestrator, a reviewer): a plan where they have
    /// no territory can still judge the others.
    public var withoutTerritory: [String] = []

    public init() {}

    /// A path every agent may write, and how.
    public struct SharedPath: Sendable, Hashable {
        public var pattern: String
        /// Only appending lines is allowed: no line of the base version may go.
        public var appendOnly: Bool
        public var line: Int
    }

    /// A problem with the file: the key, the line, and what to write instead.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var key: String
        public var line: Int
        public var message: String
        public var description: String { "\(RepositoryConfig.fileName):\(line): \(key): \(message)" }
    }

    /// Parses the file. A problem anywhere is thrown: a half-read configuration is never used.
    public static func parse(_ text: String) throws(Problem) -> RepositoryConfig {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            throw Problem(key: "(file)", line: Self.line(of: error) ?? 1, message: "not valid YAML: \(error)")
        }
        guard let root else { return RepositoryConfig() }
        guard let mapping = root.mapping else { throw Problem(key: "(file)", line: line(root), message: "the file must be a mapping of keys") }
        var config = RepositoryConfig()
        var version: Int?
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            switch key {
            case "version":
                guard let number = value.int, number == 1 else {
                    throw Problem(key: key, line: line(value), message: "only version 1 exists; write `version: 1`")
                }
                version = number
            case "plan": config.plan = try string(value, key)
            case "base": config.base = try string(value, key)
            case "trailer": config.trailer = try string(value, key)
            case "ignore": config.ignore = try strings(value, key)
            case "waiver-authors": config.waiverAuthors = try strings(value, key).map { $0.lowercased() }
            case "without-territory": config.withoutTerritory = try strings(value, key)
            case "rules": config.severities = try severities(value)
            case "shared": config.shared = try shared(value)
            default:
                throw Problem(key: key, line: line(keyNode), message: "unknown key; the keys are " + keys.joined(separator: ", "))
            }
        }
        guard version != nil else { throw Problem(key: "version", line: line(root), message: "missing; write `version: 1` first") }
        return config
    }

    /// The severity a finding of `rule` gets, or nil when the rule is off; `severity` unchanged
    /// when the file says nothing about the rule.
    public func severity(of rule: String, default severity: Severity) -> Severity? {
        guard let configured = severities[rule] else { return severity }
        return configured
    }

    private static func line(_ node: Node) -> Int { node.mark?.line ?? 1 }

    private static func line(of error: Error) -> Int? {
        switch error as? YamlError {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: nil
        }
    }

    private static func string(_ node: Node, _ key: String) throws(Problem) -> String {
        guard node.scalar != nil, let value = node.string, !value.isEmpty else {
            throw Problem(key: key, line: line(node), message: "expected a text value")
        }
        return value
    }

    private static func strings(_ node: Node, _ key: String) throws(Problem) -> [String] {
        guard let sequence = node.sequence else { throw Problem(key: key, line: line(node), message: "expected a list") }
        var values: [String] = []
        for item in sequence { values.append(try string(item, key)) }
        return values
    }

    private static func severities(_ node: Node) throws(Problem) -> [String: Severity?] {
        guard let mapping = node.mapping else { throw Problem(key: "rules", line: line(node), message: "expected rule ids with a severity") }
        var result: [String: Severity?] = [:]
        for (rule, value) in mapping {
            let id = rule.string ?? ""
            let word = value.string ?? ""
            if word == "off" {
                result[id] = .some(nil)
            } else if let severity = Severity(rawValue: word) {
                result[id] = severity
            } else {
                throw Problem(key: "rules.\(id)", line: line(value), message: "`\(word)` is not a severity; write error, warning, note or off")
            }
        }
        return result
    }

    private static func shared(_ node: Node) throws(Problem) -> [SharedPath] {
        guard let sequence = node.sequence else { throw Problem(key: "shared", line: line(node), message: "expected a list") }
        var result: [SharedPath] = []
        for item in sequence {
            if item.scalar != nil {
                result.append(SharedPath(pattern: try string(item, "shared"), appendOnly: false, line: line(item)))
                continue
            }
            guard let mapping = item.mapping, let path = mapping["path"] else {
                throw Problem(key: "shared", line: line(item), message: "expected a path, or `{ path: P, rule: append-only }`")
            }
            var appendOnly = false
            if let rule = mapping["rule"] {
                guard rule.string == "append-only" else {
                    throw Problem(key: "shared.rule", line: line(rule), message: "the only rule is append-only")
                }
                appendOnly = true
            }
            result.append(SharedPath(pattern: try string(path, "shared.path"), appendOnly: appendOnly, line: line(item)))
        }
        return result
    }
}
