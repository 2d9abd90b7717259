#pragma once

#include <cmark-gfm.h>

namespace Folio::Markdown {

// A bump allocator for cmark-gfm that keeps its memory from one render to the next.
//
// cmark's own arena (cmark_get_arena_mem_allocator) callocs a fresh 4 MB block per render and
// frees it on reset: glibc then hands the same heap memory back and zeroes all of it, which
// cost more than the parse itself on small pages. This one zeroes only what cmark asks for,
// grows the newest allocation in place (cmark's string buffers grow by realloc), and on reset
// rewinds instead of freeing, keeping at most a bounded amount between renders.
//
// cmark_mem has no user-data pointer, so there is one arena per process. It must only be used
// while holding the lock that serializes cmark-gfm, and be reset with CmarkArenaReset.
cmark_mem *cmarkArena();

class CmarkArenaReset
{
public:
    CmarkArenaReset() = default;
    CmarkArenaReset(const CmarkArenaReset &) = delete;
    CmarkArenaReset &operator=(const CmarkArenaReset &) = delete;
    ~CmarkArenaReset();
};

} // namespace Folio::Markdown
