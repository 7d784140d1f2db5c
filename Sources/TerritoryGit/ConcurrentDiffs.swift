import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Diffs several commit pairs at once, one thread and one repository handle per worker (a
/// libgit2 handle must stay on one thread). A wave's branches are independent reads of the
/// same pack: on two cores their diffs take about half the time.
enum ConcurrentDiffs {
    /// The differ's records for each pair, in order; the first error if any diff failed.
    static func records(_ pairs: [(from: ObjectID, to: ObjectID)], gitDirectory: String) throws(GitError) -> [[ChangeRecord]] {
        let workers = min(pairs.count, max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))), 4)
        let results = Results(count: pairs.count)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // Each worker opens its own handle and takes every `workers`-th pair.
            let indices = Array(stride(from: worker, to: pairs.count, by: workers))
            do throws(GitError) {
                let repository = try Repository.open(at: gitDirectory)
                for index in indices {
                    var differ = TreeDiffer(repository: repository)
                    try differ.diff(try repository.tree(ofCommit: pairs[index].from), try repository.tree(ofCommit: pairs[index].to))
                    results.set(index, .success(differ.records))
                }
            } catch {
                for index in indices { results.set(index, .failure(error)) }
            }
        }
        return try results.values()
    }

    /// One slot per pair, each written by exactly one worker and read after all have finished.
    private final class Results: @unchecked Sendable {
        private let slots: UnsafeMutableBufferPointer<Result<[ChangeRecord], GitError>?>

        init(count: Int) {
            slots = .allocate(capacity: count)
            slots.initialize(repeating: nil)
        }

        deinit {
            _ = slots.deinitialize()
            slots.deallocate()
        }

        /// Fills a slot once: a worker that fails marks only the slots it had not filled yet.
        func set(_ index: Int, _ result: Result<[ChangeRecord], GitError>) {
            if slots[index] == nil { slots[index] = result }
        }

        func values() throws(GitError) -> [[ChangeRecord]] {
            var values: [[ChangeRecord]] = []
            for slot in slots {
                switch slot {
                case .success(let records)?: values.append(records)
                case .failure(let error)?: throw error
                case nil: throw GitError(function: "ConcurrentDiffs", code: -1, message: "a diff was never run")
                }
            }
            return values
        }
    }
}
