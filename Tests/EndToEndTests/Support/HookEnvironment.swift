/// The environment under which git runs territory's installed hooks in tests: the built binary
/// instead of one on PATH.
enum HookEnvironment {
    static var binary: [String: String] { ["TERRITORY": TerritoryBinary.url.path] }
}
