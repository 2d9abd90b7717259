#pragma once

#include <QString>

namespace Folio::Git {

// Keeps libgit2 initialized for its lifetime: one in main(), one per test. Nesting is fine
// (libgit2 counts init/shutdown pairs).
class GitLibrary
{
public:
    GitLibrary();
    ~GitLibrary();
    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;

    // The libgit2 loaded at run time, e.g. "1.8.4".
    [[nodiscard]] static QString version();
};

} // namespace Folio::Git
