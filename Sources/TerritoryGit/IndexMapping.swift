#if canImport(Glibc)
import Glibc
#endif

/// A whole file mapped read-only (`mmap`), the way git reads its index.
///
/// `MAP_POPULATE` maps every page up front: the parser touches all of them anyway, and one
/// batched fault is cheaper than 2,500 single ones for a 10 MB index. `MAP_PRIVATE` keeps a
/// concurrent rewrite by git from changing bytes under the parser (git replaces the index by
/// renaming a new file over it, so the mapped file itself stays intact).
struct IndexMapping {
    let bytes: UnsafeRawBufferPointer

    init(bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    /// nil when the file cannot be opened, is empty, or cannot be mapped.
    init?(path: String) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_size > 0 else { return nil }
        let size = Int(status.st_size)
        let flags = MAP_PRIVATE | Int32(MAP_POPULATE)
        guard let address = mmap(nil, size, PROT_READ, flags, descriptor, 0), address != MAP_FAILED else { return nil }
        bytes = UnsafeRawBufferPointer(start: address, count: size)
    }

    /// Releases the mapping; `bytes` must not be used afterwards.
    func unmap() {
        guard let base = bytes.baseAddress else { return }
        munmap(UnsafeMutableRawPointer(mutating: base), bytes.count)
    }
}
