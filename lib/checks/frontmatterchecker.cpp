#include "checks/frontmatterchecker.h"

#include "checks/frontmatterschemalearner.h"

#include <QCoreApplication>

#include <algorithm>

namespace Folio::Checks {

using Document::FieldValue;
using Document::FrontMatterField;

namespace {

bool accepts(FieldType expected, FieldType observed)
{
    if (expected == FieldType::Any || observed == FieldType::Any || expected == observed)
        return true;
    // A title that happens to be a number or a date is still text.
    return expected == FieldType::Text &&
           (observed == FieldType::Date || observed == FieldType::Number);
}

bool isEmpty(const FieldValue &value)
{
    return value.isNull() ||
           (value.type() == FieldValue::Type::String && value.text().trimmed().isEmpty());
}

Problem frontMatterProblem(const QString &key, int line, int column, Severity severity,
                           const QString &message, const QStringList &suggestions)
{
    Problem problem;
    problem.key = key;
    problem.line = line;
    problem.column = column;
    problem.length = int(key.size());
    problem.severity = severity;
    problem.message = message;
    problem.suggestions = suggestions;
    problem.category = Category::FrontMatter;
    problem.subject = key;
    return problem;
}

} // namespace

QList<Problem> FrontMatterChecker::check(const QString &pageText, const FrontMatterSchema &schema)
{
    const auto frontMatter = Document::FrontMatterEditor::open(pageText);
    if (!frontMatter) {
        const Error &error = frontMatter.error();
        return {frontMatterProblem(
            QString(), error.line, error.column, Severity::Error,
            QCoreApplication::translate("Folio::Checks::FrontMatterChecker", "front matter: %1")
                .arg(error.message),
            {})};
    }
    return check(*frontMatter, schema);
}

QList<Problem> FrontMatterChecker::check(const Document::FrontMatterEditor &frontMatter,
                                         const FrontMatterSchema &schema)
{
    QList<Problem> problems;
    if (frontMatter.block().kind == Document::FrontMatterBlock::Kind::Toml)
        return problems; // kept as it is, not checked
    for (const FrontMatterField &field : frontMatter.fields()) {
        const FieldSpec *spec = schema.field(field.key);
        if (!spec || (!spec->builtIn && spec->pageCount <= 2)) {
            if (const QString known = schema.nearMiss(field.key); !known.isEmpty()) {
                problems.append(frontMatterProblem(
                    field.key, field.line, field.column, Severity::Warning,
                    QCoreApplication::translate("Folio::Checks::FrontMatterChecker",
                                                "'%1' looks like a misspelling of '%2'")
                        .arg(field.key, known),
                    {known}));
                continue;
            }
        }
        if (!spec)
            continue;
        if (spec->requirement == FieldRequirement::Required && isEmpty(field.value)) {
            problems.append(frontMatterProblem(
                field.key, field.line, field.column, Severity::Error,
                QCoreApplication::translate("Folio::Checks::FrontMatterChecker", "'%1' is empty")
                    .arg(field.key),
                {}));
            continue;
        }
        const FieldType observed = observedType(field);
        if (!accepts(spec->type, observed)) {
            problems.append(frontMatterProblem(
                field.key, field.line, field.column, Severity::Warning,
                //: %1 is a key, %2 the kind of value it takes ("a date (YYYY-MM-DD)"), %3 the
                //: kind it has
                QCoreApplication::translate("Folio::Checks::FrontMatterChecker",
                                            "'%1' should be %2, not %3")
                    .arg(field.key, fieldTypeName(spec->type), field.value.describe()),
                {}));
            continue;
        }
        if (!spec->allowedValues.isEmpty() && field.value.type() == FieldValue::Type::String &&
            !spec->allowedValues.contains(field.value.text())) {
            problems.append(
                frontMatterProblem(field.key, field.line, field.column, Severity::Info,
                                   QCoreApplication::translate(
                                       "Folio::Checks::FrontMatterChecker",
                                       "'%1' is \"%2\", which no other page uses; the handbook "
                                       "uses %3")
                                       .arg(field.key, field.value.text(),
                                            spec->allowedValues.join(QStringLiteral(", "))),
                                   {}));
        }
    }
    for (const FieldSpec &spec : schema.fields()) {
        if (spec.requirement == FieldRequirement::Optional || frontMatter.field(spec.key))
            continue;
        const bool required = spec.requirement == FieldRequirement::Required;
        problems.append(frontMatterProblem(
            spec.key, 1, 1, required ? Severity::Error : Severity::Info,
            required ? QCoreApplication::translate("Folio::Checks::FrontMatterChecker",
                                                   "the page has no '%1'")
                           .arg(spec.key)
                     : QCoreApplication::translate("Folio::Checks::FrontMatterChecker",
                                                   "the page has no '%1' (recommended)")
                           .arg(spec.key),
            {}));
    }
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem &a, const Problem &b) { return a.line < b.line; });
    return problems;
}

} // namespace Folio::Checks
