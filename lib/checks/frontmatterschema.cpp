#include "checks/frontmatterschema.h"

#include "checks/editdistance.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace Folio::Checks {

namespace {

FieldSpec spec(const char *key, FieldType type,
               FieldRequirement requirement = FieldRequirement::Optional)
{
    FieldSpec field;
    field.key = QString::fromLatin1(key);
    field.type = type;
    field.requirement = requirement;
    field.builtIn = true;
    return field;
}

int rank(FieldRequirement requirement)
{
    switch (requirement) {
    case FieldRequirement::Required:
        return 0;
    case FieldRequirement::Recommended:
        return 1;
    case FieldRequirement::Optional:
        break;
    }
    return 2;
}

} // namespace

// Fills %2 of FrontMatterChecker's "'%1' should be %2, not %3": translated to match it.
QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Any:
        //: %2 of "'%1' should be %2, not %3"
        return QCoreApplication::translate("Folio::Checks::FrontMatterSchema", "any");
    case FieldType::Text:
        //: %2 of "'%1' should be %2, not %3"
        return QCoreApplication::translate("Folio::Checks::FrontMatterSchema", "text");
    case FieldType::Boolean:
        //: %2 of "'%1' should be %2, not %3"
        return QCoreApplication::translate("Folio::Checks::FrontMatterSchema", "true or false");
    case FieldType::Number:
        //: %2 of "'%1' should be %2, not %3"
        return QCoreApplication::translate("Folio::Checks::FrontMatterSchema", "a number");
    case FieldType::Date:
        //: %2 of "'%1' should be %2, not %3"
        return QCoreApplication::translate("Folio::Checks::FrontMatterSchema",
                                           "a date (YYYY-MM-DD)");
    case FieldType::List:
        //: %2 of "'%1' should be %2, not %3"
        return QCoreApplication::translate("Folio::Checks::FrontMatterSchema", "a list");
    case FieldType::Mapping:
        break;
    }
    //: %2 of "'%1' should be %2, not %3"
    return QCoreApplication::translate("Folio::Checks::FrontMatterSchema", "nested keys");
}

FrontMatterSchema FrontMatterSchema::builtIn(Handbook::Era era)
{
    using Era = Handbook::Era;
    using Type = FieldType;
    FrontMatterSchema schema;
    schema.setField(spec("title", Type::Text, FieldRequirement::Required));
    schema.setField(spec("description", Type::Text, FieldRequirement::Recommended));
    schema.setField(spec("canonical_path", Type::Text));
    const bool middleman = era != Era::Hugo;
    const bool hugo = era != Era::Middleman;
    if (middleman) {
        // Middleman's handbook pages: layout on every page (its values are learned), social
        // cards for Twitter, redirects.
        // In a mixed handbook the Hugo pages have no layout: recommended only where every
        // page is Middleman's.
        schema.setField(spec("layout", Type::Text,
                             era == Era::Middleman ? FieldRequirement::Recommended
                                                   : FieldRequirement::Optional));
        for (const char *key : {"twitter_image", "twitter_image_alt", "twitter_site",
                                "twitter_creator", "redirect_to", "category"}) {
            schema.setField(spec(key, Type::Text));
        }
        schema.setField(spec("noindex", Type::Boolean));
    }
    if (hugo) {
        // Hugo with the Docsy theme, and the handbook's design-document keys.
        for (const char *key : {"toc_hide", "no_list", "draft", "controlled_document", "math"})
            schema.setField(spec(key, Type::Boolean));
        schema.setField(spec("weight", Type::Number));
        for (const char *key : {"aliases", "tags", "authors", "approvers", "participating-stages",
                                "images", "DRIs"}) {
            schema.setField(spec(key, Type::List));
        }
        for (const char *key :
             {"summary", "status", "owning-stage", "group", "stage", "linkTitle", "type"}) {
            schema.setField(spec(key, Type::Text));
        }
        schema.setField(spec("creation-date", Type::Date));
        schema.setField(spec("date", Type::Date));
        schema.setField(spec("menu", Type::Mapping));
        schema.setField(spec("cascade", Type::Mapping));
        schema.setField(spec("coach", Type::Any)); // one name or a list of them
    }
    return schema;
}

QList<FieldSpec> FrontMatterSchema::fields() const
{
    QList<FieldSpec> sorted = m_fields;
    std::stable_sort(sorted.begin(), sorted.end(), [](const FieldSpec &a, const FieldSpec &b) {
        if (rank(a.requirement) != rank(b.requirement))
            return rank(a.requirement) < rank(b.requirement);
        return a.pageCount > b.pageCount;
    });
    return sorted;
}

const FieldSpec *FrontMatterSchema::field(const QString &key) const
{
    for (const FieldSpec &spec : m_fields) {
        if (spec.key == key)
            return &spec;
    }
    return nullptr;
}

void FrontMatterSchema::setField(const FieldSpec &spec)
{
    for (FieldSpec &existing : m_fields) {
        if (existing.key == spec.key) {
            existing = spec;
            return;
        }
    }
    m_fields.append(spec);
}

QString FrontMatterSchema::nearMiss(const QString &key) const
{
    const FieldSpec *own = field(key);
    if (own && own->builtIn)
        return {};
    const int ownCount = own ? own->pageCount : 0;
    const QString lower = key.toLower();
    QString best;
    int bestDistance = 3;
    for (const FieldSpec &candidate : m_fields) {
        if (candidate.key == key)
            continue;
        const bool known = candidate.builtIn || candidate.pageCount >= std::max(3, 4 * ownCount);
        if (!known)
            continue;
        const QString other = candidate.key.toLower();
        int distance = 0;
        if (other != lower) {
            const int limit = std::min(key.size(), candidate.key.size()) <= 4 ? 1 : 2;
            distance = editDistance(lower, other, limit);
            if (distance > limit)
                continue;
        }
        if (distance < bestDistance) {
            best = candidate.key;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace Folio::Checks
