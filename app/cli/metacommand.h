#pragma once

#include <QString>
#include <QStringList>

namespace Folio::Cli {

// `folio meta PAGE [--set KEY=VALUE | --set-json KEY=JSON | --unset KEY]...`: prints a page's
// front matter as JSON, or edits it the way the form does (only the edited values' text
// changes) and saves the page atomically once, after all edits succeeded. arguments are the
// words after "meta". Exit codes as CommandLine's.
[[nodiscard]] int runMeta(const QStringList &arguments);

[[nodiscard]] QString metaHelpText();

} // namespace Folio::Cli
