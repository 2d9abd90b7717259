#pragma once

#include "checks/frontmatterschema.h"
#include "document/frontmattereditor.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Folio::Checks {

// Learns a handbook's front-matter schema from its pages, one at a time (so a workspace
// index can feed it as it reads pages): per key, how many pages set it, the types of its
// values, and its values when it takes only a few (like layout).
class FrontMatterSchemaLearner
{
public:
    // A key becomes an enumeration when at least this many pages set it, to at most
    // MaximumAllowedValues values used by two pages or more, and at most one page in five
    // uses a value no other page does.
    static constexpr int MinimumPagesForValues = 5;
    static constexpr int MaximumAllowedValues = 12;

    explicit FrontMatterSchemaLearner(Handbook::Era era = Handbook::Era::Mixed);

    // A page's text; pages whose front matter does not parse teach nothing.
    void addPage(const QString &pageText);
    // The fields of a page already opened.
    void addFields(const QList<Document::FrontMatterField> &fields);

    [[nodiscard]] int pageCount() const { return m_pages; }
    // The era's built-in schema, extended and refined with what the pages use.
    [[nodiscard]] FrontMatterSchema schema() const;

private:
    struct KeyUsage
    {
        int pages = 0;
        QHash<FieldType, int> types;
        QHash<QString, int> values; // one-line text values, while there are few
        bool manyValues = false;
    };

    Handbook::Era m_era;
    int m_pages = 0;
    QHash<QString, KeyUsage> m_keys;
};

// The schema type a page's value has (Any for null, which says nothing).
[[nodiscard]] FieldType observedType(const Document::FrontMatterField &field);

} // namespace Folio::Checks
