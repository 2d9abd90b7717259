#include "git/gitbuildversion.h"

#include <git2/version.h>

namespace Folio::Git {

QString buildVersion()
{
    return QStringLiteral(LIBGIT2_VERSION);
}

} // namespace Folio::Git
