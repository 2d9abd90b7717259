#pragma once

#include "checks/frontmatterschema.h"
#include "checks/problem.h"
#include "document/frontmattereditor.h"

#include <QList>
#include <QString>

namespace Folio::Checks {

// Checks one page's front matter against a schema: YAML errors, missing required and
// recommended keys, values of the wrong type, values outside a learned enumeration, and
// keys that look like misspellings of known ones. Problems come in page order.
class FrontMatterChecker
{
public:
    [[nodiscard]] static QList<Problem> check(const QString &pageText,
                                              const FrontMatterSchema &schema);
    [[nodiscard]] static QList<Problem> check(const Document::FrontMatterEditor &frontMatter,
                                              const FrontMatterSchema &schema);
};

} // namespace Folio::Checks
