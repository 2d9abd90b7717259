#include "git/giterror_p.h"

#include <git2.h>

namespace Folio::Git {

Error gitError(int code, const QString &action)
{
    const git_error *last = git_error_last();
    const QString detail = last && last->message ? QString::fromUtf8(last->message)
                                                 : QStringLiteral("libgit2 error %1").arg(code);
    return Error{ErrorDomain::Git, code, action.isEmpty() ? detail : action % u": " % detail};
}

} // namespace Folio::Git
