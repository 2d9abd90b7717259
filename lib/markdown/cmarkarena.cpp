#include "markdown/cmarkarena_p.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <vector>

namespace Folio::Markdown {

namespace {

constexpr size_t Alignment = 16;
constexpr size_t HeaderSize = Alignment; // holds the allocation's size, keeps payloads aligned
constexpr size_t ChunkSize = size_t(4) << 20;
// The largest corpus page needs about 20 MB; a 10 MB page more. Beyond this the memory goes
// back to the system after the render instead of staying with an idle editor.
constexpr size_t KeptBytes = size_t(32) << 20;

size_t aligned(size_t bytes)
{
    return (bytes + Alignment - 1) & ~(Alignment - 1);
}

[[noreturn]] void outOfMemory()
{
    // cmark's own allocators abort too: it has no way to report a failed allocation.
    std::fputs("folio: out of memory while rendering Markdown\n", stderr);
    std::abort();
}

class Arena
{
public:
    void *allocate(size_t bytes)
    {
        const size_t needed = HeaderSize + aligned(bytes);
        if (needed < bytes)
            outOfMemory();
        while (m_current < m_chunks.size() && room(m_chunks[m_current]) < needed)
            ++m_current;
        if (m_current == m_chunks.size())
            addChunk(needed);
        Chunk &chunk = m_chunks[m_current];
        std::byte *block = chunk.data.get() + chunk.used;
        chunk.used += needed;
        std::memcpy(block, &bytes, sizeof bytes);
        m_last = block + HeaderSize;
        return m_last;
    }

    void *reallocate(void *pointer, size_t bytes)
    {
        if (!pointer)
            return allocate(bytes);
        size_t oldBytes = 0;
        std::byte *payload = static_cast<std::byte *>(pointer);
        std::memcpy(&oldBytes, payload - HeaderSize, sizeof oldBytes);
        // The newest allocation grows in place while its chunk has room.
        if (payload == m_last) {
            Chunk &chunk = m_chunks[m_current];
            const size_t start = size_t(payload - chunk.data.get());
            const size_t end = start + aligned(bytes);
            if (end >= start && end <= chunk.size) {
                chunk.used = end;
                std::memcpy(payload - HeaderSize, &bytes, sizeof bytes);
                return payload;
            }
        }
        void *moved = allocate(bytes);
        std::memcpy(moved, payload, std::min(oldBytes, bytes));
        return moved;
    }

    void reset()
    {
        size_t kept = 0;
        size_t keep = 0;
        while (keep < m_chunks.size() && kept + m_chunks[keep].size <= KeptBytes)
            kept += m_chunks[keep++].size;
        m_chunks.resize(keep);
        for (Chunk &chunk : m_chunks)
            chunk.used = 0;
        m_current = 0;
        m_last = nullptr;
    }

private:
    struct Chunk
    {
        std::unique_ptr<std::byte[]> data;
        size_t size = 0;
        size_t used = 0;
    };

    static size_t room(const Chunk &chunk) { return chunk.size - chunk.used; }

    void addChunk(size_t needed)
    {
        const size_t size = std::max(ChunkSize, needed);
        // Not value-initialized: calloc() zeroes what each allocation asks for.
        std::unique_ptr<std::byte[]> data(new (std::nothrow) std::byte[size]);
        if (!data)
            outOfMemory();
        m_chunks.push_back(Chunk{std::move(data), size, 0});
        m_current = m_chunks.size() - 1;
    }

    std::vector<Chunk> m_chunks;
    size_t m_current = 0;
    std::byte *m_last = nullptr;
};

Arena &arena()
{
    static Arena instance;
    return instance;
}

void *arenaCalloc(size_t count, size_t size)
{
    if (size != 0 && count > SIZE_MAX / size)
        outOfMemory();
    void *block = arena().allocate(count * size);
    std::memset(block, 0, count * size);
    return block;
}

void *arenaRealloc(void *pointer, size_t size)
{
    return arena().reallocate(pointer, size);
}

void arenaFree(void *)
{
    // Everything is returned at once by the reset.
}

cmark_mem arenaAllocator = {arenaCalloc, arenaRealloc, arenaFree};

} // namespace

cmark_mem *cmarkArena()
{
    return &arenaAllocator;
}

CmarkArenaReset::~CmarkArenaReset()
{
    arena().reset();
}

} // namespace Folio::Markdown
