/// How `changes` and `stagedChanges` pair a deleted path with an added one.
public enum RenameDetection: Sendable, Hashable {
    /// Report deletions and additions as they are (like `git diff --no-renames`).
    case none
    /// Pair a deleted and an added path with the same blob id. Cheap: compares ids only, never
    /// reads file contents, so it also works in blobless partial clones.
    case exact
    /// libgit2's similarity detection (50% threshold), restricted to the added and deleted
    /// paths. Reads blobs, so it costs more and fails where blobs are missing.
    case similar
}
