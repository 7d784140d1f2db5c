/// The paths that make up the plan: its file, and everything in its folder unless the plan sits
/// at the repository root. Computed once per run; every changed path is tested against it.
public struct PlanScope: Sendable, Hashable {
    public let file: String
    private let folderPrefix: String?

    public init(plan: Plan) {
        file = plan.file
        folderPrefix = plan.folder.isEmpty ? nil : plan.folder + "/"
    }

    public func contains(_ path: String) -> Bool {
        path == file || folderPrefix.map(path.hasPrefix) == true
    }
}
