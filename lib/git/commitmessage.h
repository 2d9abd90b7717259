#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Folio::Git {

// The message proposed for a commit of the given paths (relative to the work tree), e.g.
// "Update Getting started" for one page whose title is known, "Update onboarding.md" without
// a title, "Update 3 pages in handbook/sales" for several. titles maps a path to its page
// title. Pure: no repository involved. Not translated: commit messages of a shared handbook
// are written in its language, English.
[[nodiscard]] QString defaultCommitMessage(const QStringList &paths,
                                           const QHash<QString, QString> &titles = {});

} // namespace Folio::Git
