#pragma once

#include "handbook/handbook.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Folio::Checks {

// The kind of value a front-matter key takes.
enum class FieldType
{
    Any,     // mixed or unknown: edited as raw YAML
    Text,    // a one-line or multi-line string
    Boolean, // true / false
    Number,
    Date,    // YYYY-MM-DD, plain or quoted
    List,    // a list of strings
    Mapping, // nested keys: edited as raw YAML
};

enum class FieldRequirement
{
    Optional,
    Recommended,
    Required,
};

// What Folio knows about one key: from the built-in schema of the handbook's era and from
// the pages of the open handbook.
struct FieldSpec
{
    QString key;
    FieldType type = FieldType::Any;
    FieldRequirement requirement = FieldRequirement::Optional;
    // A closed set of values seen in the handbook (e.g. layout), most used first; empty when
    // the key takes free text.
    QStringList allowedValues;
    int pageCount = 0;    // pages of the handbook that set the key (learned)
    bool builtIn = false; // part of the era's built-in schema
};

[[nodiscard]] QString fieldTypeName(FieldType type);

// The keys a handbook's front matter uses, with their types. A value type.
class FrontMatterSchema
{
public:
    FrontMatterSchema() = default;

    // The keys both eras' tooling reads: title (required) and description (recommended)
    // everywhere, plus Middleman's layout and social keys or Hugo's Docsy keys. Mixed and
    // Plain handbooks get both sets.
    [[nodiscard]] static FrontMatterSchema builtIn(Handbook::Era era);

    // Required first, then recommended, then by how many pages use them.
    [[nodiscard]] QList<FieldSpec> fields() const;
    // The spec for key (exact spelling), or nullptr.
    [[nodiscard]] const FieldSpec *field(const QString &key) const;
    void setField(const FieldSpec &spec);

    // The known key that key is most likely a misspelling of ("decription" -> "description",
    // "Title" -> "title"), or an empty string. A key counts as known when it is built in or
    // used by at least three pages and four times as many as key itself.
    [[nodiscard]] QString nearMiss(const QString &key) const;

private:
    QList<FieldSpec> m_fields;
};

} // namespace Folio::Checks
