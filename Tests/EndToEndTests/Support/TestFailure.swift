/// A test set-up step that failed (git refused, a fixture is missing).
struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
