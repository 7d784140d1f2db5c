#ifndef TERRITORY_CLIBGIT2_SHIM_H
#define TERRITORY_CLIBGIT2_SHIM_H

#include <git2.h>
/* git_repository_set_index: the GIT_INDEX_FILE fallback when FROM_ENV cannot be used. */
#include <git2/sys/repository.h>
/* git_mempack_new: wave merges write their results into memory, never into the repository. */
#include <git2/sys/mempack.h>
/* git_odb_backend: reduced merge trees are written straight into that memory backend. */
#include <git2/sys/odb_backend.h>
#if defined(__linux__)
#include <malloc.h>
#endif

/* git_libgit2_opts is variadic, which Swift cannot call; these wrappers fix the arguments. */

/* Accept repository extensions libgit2 1.5.1 does not know (git worktree/sparse-checkout set
   extensions.worktreeConfig). libgit2 still ignores config.worktree, which territory never needs. */
static inline int territory_git_set_extensions(const char **extensions, size_t count) {
    return git_libgit2_opts(GIT_OPT_SET_EXTENSIONS, extensions, count);
}

/* libgit2 1.5.1 refuses repositories owned by another uid with a misleading error; territory only
   reads, so CI containers whose checkout belongs to another user may switch the check off. */
static inline int territory_git_set_owner_validation(int enabled) {
    return git_libgit2_opts(GIT_OPT_SET_OWNER_VALIDATION, enabled);
}

/* Re-hashing every object read costs ~15% of a full-tree walk and buys nothing for a reader. */
static inline int territory_git_set_strict_hash_verification(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, enabled);
}

/* Tree builders check that every entry's object exists (a pack lookup per entry); territory only
   builds trees in memory from ids it read from the repository itself. */
static inline int territory_git_set_strict_object_creation(int enabled) {
    return git_libgit2_opts(GIT_OPT_ENABLE_STRICT_OBJECT_CREATION, enabled);
}

/* Stores an object in one backend, as git_odb_write does after hashing, but without its freshen
   step: for an object no backend has (every tree a reduced merge builds), that step re-reads the
   pack directory each time. */
static inline int territory_odb_backend_write(git_odb_backend *backend, const git_oid *id, const void *data, size_t length, git_object_t type) {
    return backend->write(backend, id, data, length, type);
}

/* glibc grows a thread's heap one page at a time (an mprotect call each) unless told to pad;
   reading a pack through libgit2 allocates in bursts (zlib windows, tree objects). */
static inline void territory_pad_heap_growth(int bytes) {
#if defined(__linux__) && defined(M_TOP_PAD)
    mallopt(M_TOP_PAD, bytes);
#else
    (void)bytes;
#endif
}

#endif
