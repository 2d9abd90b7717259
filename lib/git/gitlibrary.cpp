#include "git/gitlibrary.h"

#include <git2.h>

namespace Folio::Git {

GitLibrary::GitLibrary()
{
    git_libgit2_init();
}

GitLibrary::~GitLibrary()
{
    git_libgit2_shutdown();
}

QString GitLibrary::version()
{
    int major = 0, minor = 0, revision = 0;
    if (git_libgit2_version(&major, &minor, &revision) != 0)
        return QStringLiteral("unknown");
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(revision);
}

} // namespace Folio::Git
