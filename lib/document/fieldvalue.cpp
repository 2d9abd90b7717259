#include "document/fieldvalue.h"

#include "document/yamlscalar.h"

#include <QLocale>

namespace Folio::Document {

FieldValue FieldValue::string(const QString &text)
{
    FieldValue value;
    value.m_type = Type::String;
    value.m_text = text;
    return value;
}

FieldValue FieldValue::boolean(bool on)
{
    FieldValue value;
    value.m_type = Type::Boolean;
    value.m_text = on ? QStringLiteral("true") : QStringLiteral("false");
    return value;
}

FieldValue FieldValue::integer(qint64 number)
{
    FieldValue value;
    value.m_type = Type::Number;
    value.m_text = QString::number(number);
    return value;
}

FieldValue FieldValue::number(double number)
{
    FieldValue value;
    value.m_type = Type::Number;
    value.m_text = QString::number(number, 'g', QLocale::FloatingPointShortest);
    return value;
}

FieldValue FieldValue::numberFromYaml(const QString &text)
{
    if (YamlScalar::resolvePlain(text) != YamlScalar::Resolved::Number)
        return {};
    FieldValue value;
    value.m_type = Type::Number;
    value.m_text = text;
    return value;
}

FieldValue FieldValue::date(QDate date)
{
    FieldValue value;
    value.m_type = Type::Date;
    value.m_text = date.toString(Qt::ISODate);
    return value;
}

FieldValue FieldValue::list(const QStringList &items)
{
    FieldValue value;
    value.m_type = Type::List;
    value.m_items = items;
    return value;
}

FieldValue FieldValue::raw(const QString &yaml)
{
    FieldValue value;
    value.m_type = Type::Raw;
    value.m_text = yaml;
    return value;
}

double FieldValue::toDouble() const
{
    return m_type == Type::Number ? YamlScalar::numberValue(m_text) : 0.0;
}

QDate FieldValue::toDate() const
{
    return QDate::fromString(m_text, Qt::ISODate);
}

bool FieldValue::sameAs(const FieldValue &other) const
{
    const auto textual = [](Type type) { return type == Type::String || type == Type::Date; };
    if (textual(m_type) && textual(other.m_type))
        return m_text == other.m_text;
    if (m_type != other.m_type)
        return false;
    if (m_type == Type::Number)
        return m_text == other.m_text || toDouble() == other.toDouble();
    return *this == other;
}

QString FieldValue::describe() const
{
    switch (m_type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::String:
        return u'"' + m_text + u'"';
    case Type::List:
        return u'[' + m_items.join(QStringLiteral(", ")) + u']';
    case Type::Boolean:
    case Type::Number:
    case Type::Date:
    case Type::Raw:
        break;
    }
    return m_text;
}

QString fieldTypeName(FieldValue::Type type)
{
    switch (type) {
    case FieldValue::Type::Null:
        return QStringLiteral("null");
    case FieldValue::Type::String:
        return QStringLiteral("text");
    case FieldValue::Type::Boolean:
        return QStringLiteral("true or false");
    case FieldValue::Type::Number:
        return QStringLiteral("number");
    case FieldValue::Type::Date:
        return QStringLiteral("date");
    case FieldValue::Type::List:
        return QStringLiteral("list");
    case FieldValue::Type::Raw:
        break;
    }
    return QStringLiteral("YAML");
}

} // namespace Folio::Document
