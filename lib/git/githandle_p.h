#pragma once

#include <git2.h>

#include <memory>

namespace Folio::Git {

// One deleter template, one alias per owned libgit2 handle. Wrap the out-parameter on the
// line right after the call that fills it.
template<auto FreeFunction> struct GitDeleter
{
    template<typename T> void operator()(T *handle) const
    {
        if (handle)
            FreeFunction(handle);
    }
};

template<typename T, auto FreeFunction> using Handle = std::unique_ptr<T, GitDeleter<FreeFunction>>;

using RepositoryPtr = Handle<git_repository, git_repository_free>;
using ReferencePtr = Handle<git_reference, git_reference_free>;
using IndexPtr = Handle<git_index, git_index_free>;
using TreePtr = Handle<git_tree, git_tree_free>;
using CommitPtr = Handle<git_commit, git_commit_free>;
using SignaturePtr = Handle<git_signature, git_signature_free>;
using RemotePtr = Handle<git_remote, git_remote_free>;
using ConfigPtr = Handle<git_config, git_config_free>;
using StatusListPtr = Handle<git_status_list, git_status_list_free>;
using DiffPtr = Handle<git_diff, git_diff_free>;
using PatchPtr = Handle<git_patch, git_patch_free>;
using BlobPtr = Handle<git_blob, git_blob_free>;
using ObjectPtr = Handle<git_object, git_object_free>;
using TreeEntryPtr = Handle<git_tree_entry, git_tree_entry_free>;
using AnnotatedCommitPtr = Handle<git_annotated_commit, git_annotated_commit_free>;
using BranchIteratorPtr = Handle<git_branch_iterator, git_branch_iterator_free>;
using ConflictIteratorPtr = Handle<git_index_conflict_iterator, git_index_conflict_iterator_free>;

struct BufDeleter
{
    void operator()(git_buf *buf) const { git_buf_dispose(buf); }
};

} // namespace Folio::Git
