#pragma once

#include <QMetaType>
#include <QString>

namespace Folio::Checks {

enum class Severity
{
    Error,   // the page is broken or will not build as intended
    Warning, // very likely a mistake
    Info,    // worth a look
};

// One finding about a page, for a problems list and `folio check`. Technical text,
// untranslated; the UI wraps it.
struct Problem
{
    QString key;  // the front-matter key concerned, if any
    int line = 0; // 1-based page position, 0 = unknown
    int column = 0;
    Severity severity = Severity::Info;
    QString message;
    QString suggestion; // a replacement the UI can offer (e.g. the key's likely spelling)

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

} // namespace Folio::Checks

Q_DECLARE_METATYPE(Folio::Checks::Problem)
