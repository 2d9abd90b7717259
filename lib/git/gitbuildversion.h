#pragma once

#include <QString>

namespace Folio::Git {

// The libgit2 version Folio was built against, from its headers alone: no link to libgit2,
// so the command line can report it without loading libgit2 and its dependencies.
// GitLibrary::version() gives the version loaded at run time.
[[nodiscard]] QString buildVersion();

} // namespace Folio::Git
