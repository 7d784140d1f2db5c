/// A problem with the input rather than with the user's change: it ends the run with exit 2, a
/// message naming the problem, and what to do about it.
struct UserError: Error, CustomStringConvertible {
    var message: String
    var hint: String?

    init(_ message: String, hint: String? = nil) {
        self.message = message
        self.hint = hint
    }

    var description: String {
        guard let hint else { return message }
        return message + "\n" + hint
    }
}
