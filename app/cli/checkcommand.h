#pragma once

#include <QString>
#include <QStringList>

namespace Folio::Cli {

// `folio check [--format text|json] [--only KINDS] PATH...`: the problems of pages, each
// checked in the context of its handbook (found upward from it, as `folio render` does):
// links, anchors and images (Checks::LinkChecker), front matter against the schema learned
// from the handbook's pages, and spelling once it is wired in (Checks::HandbookChecker).
//
// PATH is a page, or a folder: its pages, or the whole handbook when it is the handbook's top.
// Text output is one line per problem, `file:line:column: severity: message`, then
// ` (did you mean: a, b)` when there are suggestions; file as given, or the given folder
// joined with the page's path below it; sorted by file, line, column. JSON output is an array
// of objects with file, line, column, length, severity, category, message, subject and
// suggestions.
//
// Exit status: 0 when no problem is an error or a warning (info alone, such as links outside
// the handbook, leaves it clean), 1 when one is, 2 for bad usage (an unknown option or kind),
// a missing path, or a page that cannot be read (reported on standard error; the other pages'
// problems are still printed).
class CheckCommand
{
public:
    // arguments: what follows `check` on the command line.
    [[nodiscard]] static int run(const QStringList &arguments);
    [[nodiscard]] static QString usage();
};

} // namespace Folio::Cli
