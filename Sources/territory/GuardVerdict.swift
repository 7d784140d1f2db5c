/// The guard's answer: let the edit through, or refuse it with a reason for the agent.
enum GuardVerdict {
    case allow(note: String?)
    case deny(reason: String)
}
