#pragma once

#include <QString>
#include <QStringList>

namespace Folio::Cli {

// `folio propose ...`: proposes pages as a GitLab merge request from a script or CI. Compiled
// into the window module, not the executable: it needs libgit2, which the executable does not
// load so that `folio render` stays fast. arguments[0] is the program, arguments[1] "propose".
// Exit codes as CommandLine's.
[[nodiscard]] int runPropose(const QStringList &arguments);

[[nodiscard]] QString proposeHelpText();

} // namespace Folio::Cli
