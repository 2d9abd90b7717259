#pragma once

#include <hunspell/hunspell.h>

#include <memory>

namespace Folio::Checks {

// Hunspell 1.7 keeps a process-wide Unicode case table with an unguarded reference count,
// taken in Hunspell_create and released in Hunspell_destroy: both go through these, which
// serialize them. Checking words on distinct handles needs no lock.
[[nodiscard]] Hunhandle *createHunspell(const char *affixPath, const char *dictionaryPath);
void destroyHunspell(Hunhandle *handle);

// One deleter template, one alias per owned Hunspell handle.
template<auto FreeFunction> struct HunspellDeleter
{
    template<typename T> void operator()(T *handle) const
    {
        if (handle)
            FreeFunction(handle);
    }
};

using HunspellPtr = std::unique_ptr<Hunhandle, HunspellDeleter<destroyHunspell>>;

// The list Hunspell_suggest hands out, freed through the handle that allocated it.
class HunspellList
{
public:
    explicit HunspellList(Hunhandle *owner)
        : m_owner(owner)
    {}
    ~HunspellList()
    {
        if (m_items)
            Hunspell_free_list(m_owner, &m_items, m_count);
    }
    HunspellList(const HunspellList &) = delete;
    HunspellList &operator=(const HunspellList &) = delete;

    // Fills the list from one call, e.g. list.fill(Hunspell_suggest(h, list.out(), word)).
    char ***out() { return &m_items; }
    void fill(int count) { m_count = count > 0 ? count : 0; }

    [[nodiscard]] int size() const { return m_items ? m_count : 0; }
    [[nodiscard]] const char *at(int i) const { return m_items[i]; }

private:
    Hunhandle *m_owner;
    char **m_items = nullptr;
    int m_count = 0;
};

} // namespace Folio::Checks
