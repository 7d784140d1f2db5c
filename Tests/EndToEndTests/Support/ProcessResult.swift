/// What a child process did: its exit status and everything it printed.
struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}
