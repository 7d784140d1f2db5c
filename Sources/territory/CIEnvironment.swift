/// The source branch of a pull or merge request, as CI systems name it in the environment.
enum CIEnvironment {
    /// In order: GitHub Actions (pull requests, then pushes), GitLab CI (merge requests, then
    /// branches).
    static let branchVariables = ["GITHUB_HEAD_REF", "GITHUB_REF_NAME", "CI_MERGE_REQUEST_SOURCE_BRANCH_NAME", "CI_COMMIT_REF_NAME"]

    static func sourceBranch(_ environment: [String: String]) -> (branch: String, variable: String)? {
        for name in branchVariables {
            if let value = environment[name], !value.isEmpty { return (value, name) }
        }
        return nil
    }
}
