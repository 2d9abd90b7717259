#include "checks/frontmatterschemalearner.h"

#include <QRegularExpression>

#include <algorithm>

namespace Folio::Checks {

using Document::FieldValue;
using Document::FrontMatterField;
using Document::ValueStyle;

FieldType observedType(const FrontMatterField &field)
{
    static const QRegularExpression isoDate(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    switch (field.value.type()) {
    case FieldValue::Type::Null:
        return FieldType::Any;
    case FieldValue::Type::String:
        return isoDate.match(field.value.text()).hasMatch() ? FieldType::Date : FieldType::Text;
    case FieldValue::Type::Boolean:
        return FieldType::Boolean;
    case FieldValue::Type::Number:
        return FieldType::Number;
    case FieldValue::Type::Date:
        return FieldType::Date;
    case FieldValue::Type::List:
        return FieldType::List;
    case FieldValue::Type::Raw:
        break;
    }
    return field.style == ValueStyle::BlockMapping || field.style == ValueStyle::FlowMapping
               ? FieldType::Mapping
               : FieldType::Any;
}

FrontMatterSchemaLearner::FrontMatterSchemaLearner(Handbook::Era era)
    : m_era(era)
{}

void FrontMatterSchemaLearner::addPage(const QString &pageText)
{
    const auto editor = Document::FrontMatterEditor::open(pageText);
    if (editor)
        addFields(editor->fields());
}

void FrontMatterSchemaLearner::addFields(const QList<FrontMatterField> &fields)
{
    ++m_pages;
    for (const FrontMatterField &field : fields) {
        KeyUsage &usage = m_keys[field.key];
        ++usage.pages;
        const FieldType type = observedType(field);
        if (type != FieldType::Any)
            ++usage.types[type];
        if (type == FieldType::Text && !usage.manyValues && !field.value.text().contains(u'\n')) {
            ++usage.values[field.value.text()];
            // Far more distinct values than an enumeration could have: stop counting.
            if (usage.values.size() > 4 * MaximumAllowedValues) {
                usage.manyValues = true;
                usage.values.clear();
            }
        }
    }
}

FrontMatterSchema FrontMatterSchemaLearner::schema() const
{
    FrontMatterSchema schema = FrontMatterSchema::builtIn(m_era);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        const KeyUsage &usage = it.value();
        FieldSpec spec;
        if (const FieldSpec *builtIn = schema.field(it.key()))
            spec = *builtIn;
        spec.key = it.key();
        spec.pageCount = usage.pages;
        if (!spec.builtIn) {
            // One type seen: that type; dates among texts: text; anything else: mixed.
            QList<FieldType> types = usage.types.keys();
            if (types.size() == 2 && types.contains(FieldType::Text) &&
                types.contains(FieldType::Date)) {
                types = {FieldType::Text};
            }
            spec.type = types.size() == 1 ? types.first() : FieldType::Any;
        }
        // An enumeration: a few values shared by several pages each, and hardly any used
        // once (those are what the checker reports).
        QList<QPair<int, QString>> common;
        int rare = 0;
        for (auto value = usage.values.cbegin(); value != usage.values.cend(); ++value) {
            if (value.value() >= 2)
                common.append({value.value(), value.key()});
            else
                ++rare;
        }
        if (spec.type == FieldType::Text && !usage.manyValues &&
            usage.pages >= MinimumPagesForValues && !common.isEmpty() &&
            common.size() <= MaximumAllowedValues && 5 * rare <= usage.pages) {
            std::sort(common.begin(), common.end(), [](const auto &a, const auto &b) {
                return a.first != b.first ? a.first > b.first : a.second < b.second;
            });
            spec.allowedValues.clear();
            for (const auto &[count, value] : common)
                spec.allowedValues.append(value);
        }
        schema.setField(spec);
    }
    return schema;
}

} // namespace Folio::Checks
