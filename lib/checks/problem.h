#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Folio::Checks {

enum class Severity
{
    Error,   // the page is broken or will not build as intended
    Warning, // very likely a mistake
    Info,    // worth a look
};

// Which check found a problem; `folio check --only` and the Problems dock filter on it.
enum class Category
{
    FrontMatter,
    Spelling,
    Link,
};

// One finding about a page, for a problems list and `folio check`. The message is
// translated when the application has installed a translator (the window), English otherwise
// (the command line, whose output scripts read).
struct Problem
{
    QString key;    // the front-matter key concerned, if any
    int line = 0;   // 1-based page position, 0 = unknown
    int column = 0; // 1-based, in UTF-16 code units of the line (as the editor counts)
    Severity severity = Severity::Info;
    QString message;
    QStringList suggestions; // replacements the UI can offer, best first
    Category category = Category::FrontMatter;
    int length = 0;  // UTF-16 code units the problem spans from column, for underlines; 0 = unknown
    QString subject; // the misspelled word or the link target, as written in the page

    friend bool operator==(const Problem &, const Problem &) = default;
};

[[nodiscard]] inline QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

[[nodiscard]] inline QString categoryName(Category category)
{
    switch (category) {
    case Category::Spelling:
        return QStringLiteral("spelling");
    case Category::Link:
        return QStringLiteral("links");
    case Category::FrontMatter:
        break;
    }
    return QStringLiteral("frontmatter");
}

} // namespace Folio::Checks

Q_DECLARE_METATYPE(Folio::Checks::Problem)
