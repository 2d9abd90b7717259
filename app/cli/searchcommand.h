#pragma once

#include <QStringList>

namespace Folio::Cli {

// `folio search ROOT TEXT [--case] [--word]`: every line of the handbook's pages that contains
// TEXT, as `path:line: text` (path relative to ROOT, sorted by path then line), through the
// same index and search code as the window. Exit status 0 when something matched, 1 when
// nothing did, 2 for bad usage or a folder that cannot be read.
class SearchCommand
{
public:
    // arguments: what follows `search` on the command line.
    [[nodiscard]] static int run(const QStringList &arguments);
    // The one-line usage for error messages, and the whole of `folio search --help`.
    [[nodiscard]] static QString usage();
    [[nodiscard]] static QString helpText();
};

} // namespace Folio::Cli
