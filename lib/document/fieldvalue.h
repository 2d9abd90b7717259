#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace Folio::Document {

// A front-matter value as the form shows and edits it. What YAML cannot say with these types
// (mappings, lists of lists, tagged values, anchors) is Raw: its YAML source, edited as text.
class FieldValue
{
public:
    enum class Type
    {
        Null,    // "key:" with nothing, "~" or "null"
        String,  // plain, quoted or block scalar text; may span lines
        Boolean, // true / false
        Number,  // an integer or a decimal, kept as written
        Date,    // a plain YYYY-MM-DD
        List,    // a sequence of scalars, flow ([a, b]) or block (- a)
        Raw,     // any other YAML node, as YAML text
    };

    FieldValue() = default;
    [[nodiscard]] static FieldValue null() { return {}; }
    [[nodiscard]] static FieldValue string(const QString &text);
    [[nodiscard]] static FieldValue boolean(bool value);
    [[nodiscard]] static FieldValue integer(qint64 value);
    [[nodiscard]] static FieldValue number(double value);
    // A number exactly as YAML writes it ("-20", "1.5e3"); Null when text is not a number.
    [[nodiscard]] static FieldValue numberFromYaml(const QString &text);
    [[nodiscard]] static FieldValue date(QDate date);
    [[nodiscard]] static FieldValue list(const QStringList &items);
    // A YAML node written as YAML, e.g. "main:\n  name: Handbook" or "{a: 1}".
    [[nodiscard]] static FieldValue raw(const QString &yaml);

    [[nodiscard]] Type type() const { return m_type; }
    [[nodiscard]] bool isNull() const { return m_type == Type::Null; }

    // String, Number (as written), Date (ISO), Raw (YAML); "true"/"false"; empty for Null/List.
    [[nodiscard]] QString text() const { return m_text; }
    [[nodiscard]] bool toBool() const { return m_type == Type::Boolean && m_text == u"true"; }
    [[nodiscard]] double toDouble() const;
    [[nodiscard]] QDate toDate() const;
    [[nodiscard]] const QStringList &items() const { return m_items; }

    // True when both say the same thing: numbers by value, a date and a string by their text.
    [[nodiscard]] bool sameAs(const FieldValue &other) const;
    // For messages and test output: "true", "[a, b]", "\"text\"".
    [[nodiscard]] QString describe() const;

    friend bool operator==(const FieldValue &, const FieldValue &) = default;

private:
    Type m_type = Type::Null;
    QString m_text;
    QStringList m_items;
};

[[nodiscard]] QString fieldTypeName(FieldValue::Type type);

} // namespace Folio::Document
