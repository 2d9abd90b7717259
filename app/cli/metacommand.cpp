#include "cli/metacommand.h"

#include "checks/frontmatterschema.h"
#include "cli/commandline.h"
#include "cli/output.h"
#include "document/frontmattereditor.h"
#include "document/page.h"
#include "document/yamlscalar.h"
#include "handbook/handbook.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>
#include <cstdio>
#include <optional>

namespace Folio::Cli {

namespace {

using Document::FieldValue;

struct MetaEdit
{
    enum class Kind
    {
        Set,
        SetJson,
        Unset,
    };
    Kind kind = Kind::Set;
    QString key;
    QString value;
    QString option; // as given, for messages
};

// A JSON value as a field value: strings, booleans, numbers, null and lists of strings are
// typed; anything else (objects, mixed lists) is YAML already, since JSON is YAML.
std::optional<FieldValue> fromJson(const QString &json, QString *problem)
{
    QJsonParseError error;
    // Wrapped in a list so that scalars parse too.
    const QJsonDocument document = QJsonDocument::fromJson((u'[' + json + u']').toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1) {
        *problem = QStringLiteral("not valid JSON (%1)").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonValue value = document.array().first();
    switch (value.type()) {
    case QJsonValue::Null:
        return FieldValue::null();
    case QJsonValue::Bool:
        return FieldValue::boolean(value.toBool());
    case QJsonValue::Double: {
        const double number = value.toDouble();
        if (number == std::trunc(number) && std::abs(number) < 9007199254740992.0)
            return FieldValue::integer(qint64(number));
        return FieldValue::number(number);
    }
    case QJsonValue::String:
        return FieldValue::string(value.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return FieldValue::raw(json.trimmed());
            items.append(item.toString());
        }
        return FieldValue::list(items);
    }
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    // JSON is YAML: the object goes in as written, its keys in the user's order.
    return FieldValue::raw(json.trimmed());
}

// --set KEY=VALUE: the type comes from the key's current value, else from the built-in
// schema, else it is text.
std::optional<FieldValue> typedValue(const QString &key, const QString &text,
                                     const Document::FrontMatterEditor &editor,
                                     const Checks::FrontMatterSchema &schema, QString *problem)
{
    using Type = Checks::FieldType;
    Type type = Type::Text;
    const Document::FrontMatterField *field = editor.field(key);
    if (field && !field->isEditable())
        return FieldValue::string(text); // the editor refuses it, saying why
    if (field && !field->value.isNull()) {
        switch (field->value.type()) {
        case FieldValue::Type::Boolean:
            type = Type::Boolean;
            break;
        case FieldValue::Type::Number:
            type = Type::Number;
            break;
        case FieldValue::Type::Date:
            type = Type::Date;
            break;
        case FieldValue::Type::List:
            type = Type::List;
            break;
        case FieldValue::Type::Raw:
            type = Type::Mapping;
            break;
        case FieldValue::Type::Null:
        case FieldValue::Type::String:
            break;
        }
    } else if (const Checks::FieldSpec *spec = schema.field(key)) {
        type = spec->type;
    }
    switch (type) {
    case Type::Boolean:
        if (text.compare(u"true", Qt::CaseInsensitive) == 0)
            return FieldValue::boolean(true);
        if (text.compare(u"false", Qt::CaseInsensitive) == 0)
            return FieldValue::boolean(false);
        *problem = QStringLiteral("%1 takes true or false").arg(key);
        return std::nullopt;
    case Type::Number:
        if (Document::YamlScalar::resolvePlain(text) == Document::YamlScalar::Resolved::Number)
            return FieldValue::numberFromYaml(text);
        *problem = QStringLiteral("%1 takes a number").arg(key);
        return std::nullopt;
    case Type::Date: {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid() && text.size() == 10)
            return FieldValue::date(date);
        *problem = QStringLiteral("%1 takes a date (YYYY-MM-DD)").arg(key);
        return std::nullopt;
    }
    case Type::List:
    case Type::Mapping:
        *problem = QStringLiteral("%1 is %2: use --set-json, e.g. --set-json '%1=[\"a\", \"b\"]'")
                       .arg(key, Checks::fieldTypeName(type));
        return std::nullopt;
    case Type::Any:
    case Type::Text:
        break;
    }
    return FieldValue::string(text);
}

Checks::FrontMatterSchema schemaFor(const QString &path)
{
    const auto handbook = Handbook::Handbook::open(path);
    return Checks::FrontMatterSchema::builtIn(handbook ? handbook->era() : Handbook::Era::Mixed);
}

QString position(const QString &path, const Error &error)
{
    if (error.line <= 0)
        return QStringLiteral("%1: %2").arg(path, error.message);
    return QStringLiteral("%1:%2:%3: %4")
        .arg(path)
        .arg(error.line)
        .arg(std::max(error.column, 1))
        .arg(error.message);
}

} // namespace

QString metaHelpText()
{
    return QStringLiteral(
        "Usage: folio meta PAGE\n"
        "       folio meta PAGE [--set KEY=VALUE]... [--set-json KEY=JSON]... [--unset KEY]...\n"
        "\n"
        "Without options, prints PAGE's front matter as a JSON object (keys in the page's\n"
        "order; dates as strings; {} when the page has none).\n"
        "\n"
        "With options, edits the front matter the way Folio's form does: only the edited\n"
        "values' text changes; comments, key order, the other keys' quoting, block scalars\n"
        "and line endings stay as they are. Edits apply in order; the page is saved once,\n"
        "atomically, when all of them succeeded, and left untouched otherwise.\n"
        "\n"
        "  --set KEY=VALUE       VALUE is typed like KEY's current value, else like Folio's\n"
        "                        built-in schema says (toc_hide=true is a boolean), else text;\n"
        "                        a new key is added as the last line\n"
        "  --set-json KEY=JSON   VALUE as JSON: \"text\", true, 3, null, [\"a\", \"b\"] (a list),\n"
        "                        {\"a\": 1} (nested keys)\n"
        "  --unset KEY           remove KEY and its lines\n"
        "\n"
        "Exit status: 0 success, 1 invalid front matter (the message names line and column)\n"
        "or a refused edit, 2 bad usage or unreadable page.\n");
}

int runMeta(const QStringList &arguments)
{
    QString path;
    QList<MetaEdit> edits;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments[i];
        if (argument == u"-h" || argument == u"--help") {
            print(stdout, metaHelpText());
            return CommandLine::Success;
        }
        const bool set = argument == u"--set";
        const bool setJson = argument == u"--set-json";
        const bool unset = argument == u"--unset";
        if (set || setJson || unset) {
            if (i + 1 >= arguments.size())
                return fail(
                    CommandLine::BadInput,
                    QStringLiteral("%1 needs an argument (see folio meta --help)").arg(argument));
            const QString operand = arguments[++i];
            MetaEdit edit;
            edit.option = argument + u' ' + operand;
            if (unset) {
                edit.kind = MetaEdit::Kind::Unset;
                edit.key = operand;
            } else {
                const qsizetype equals = operand.indexOf(u'=');
                if (equals <= 0)
                    return fail(
                        CommandLine::BadInput,
                        QStringLiteral("%1 takes KEY=VALUE, not '%2'").arg(argument, operand));
                edit.kind = set ? MetaEdit::Kind::Set : MetaEdit::Kind::SetJson;
                edit.key = operand.first(equals);
                edit.value = operand.sliced(equals + 1);
            }
            edits.append(edit);
            continue;
        }
        if (argument.startsWith(u'-') || !path.isEmpty())
            return fail(CommandLine::BadInput,
                        QStringLiteral("meta takes one page and --set, --set-json or --unset "
                                       "(unexpected '%1'; see folio meta --help)")
                            .arg(argument));
        path = argument;
    }
    if (path.isEmpty())
        return fail(CommandLine::BadInput,
                    QStringLiteral("meta takes one page (try: folio meta PAGE)"));

    auto page = Document::Page::load(path);
    if (!page) {
        return fail(CommandLine::BadInput,
                    QStringLiteral("cannot read %1: %2").arg(path, page.error().toString()));
    }
    auto editor = Document::FrontMatterEditor::open(page->text());
    if (!editor)
        return fail(CommandLine::Failure, position(path, editor.error()));
    if (editor->block().kind == Document::FrontMatterBlock::Kind::Toml)
        return fail(CommandLine::Failure,
                    QStringLiteral("%1: %2").arg(path, editor->readOnlyReason()));

    if (edits.isEmpty()) {
        const QByteArray json = editor->toJson();
        std::fwrite(json.constData(), 1, size_t(json.size()), stdout);
        if (std::fflush(stdout) != 0 || std::ferror(stdout))
            return fail(CommandLine::Failure, QStringLiteral("cannot write to standard output"));
        return CommandLine::Success;
    }

    const Checks::FrontMatterSchema schema = schemaFor(QFileInfo(path).absoluteFilePath());
    for (const MetaEdit &edit : std::as_const(edits)) {
        Result<Document::TextEdit> change = Document::TextEdit{};
        if (edit.kind == MetaEdit::Kind::Unset) {
            if (!editor->field(edit.key))
                return fail(CommandLine::Failure,
                            QStringLiteral("%1: %2: there is no key '%3'; nothing was saved")
                                .arg(path, edit.option, edit.key));
            change = editor->removeKey(edit.key);
        } else {
            QString problem;
            const std::optional<FieldValue> value =
                edit.kind == MetaEdit::Kind::SetJson
                    ? fromJson(edit.value, &problem)
                    : typedValue(edit.key, edit.value, *editor, schema, &problem);
            if (!value)
                return fail(CommandLine::BadInput,
                            QStringLiteral("%1: %2: %3").arg(path, edit.option, problem));
            change = editor->setValue(edit.key, *value);
        }
        if (!change) {
            return fail(CommandLine::Failure,
                        QStringLiteral("%1: %2: %3; nothing was saved")
                            .arg(path, edit.option, change.error().toString()));
        }
        auto next = editor->applied(*change);
        if (!next)
            return fail(CommandLine::Failure, position(path, next.error()));
        editor = std::move(next);
    }
    if (editor->pageText() == page->text())
        return CommandLine::Success; // nothing changed: the file is not even rewritten
    if (auto saved = page->save(path, editor->pageText()); !saved)
        return fail(CommandLine::Failure,
                    QStringLiteral("cannot save %1: %2").arg(path, saved.error().toString()));
    return CommandLine::Success;
}

} // namespace Folio::Cli
