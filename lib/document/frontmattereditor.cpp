#include "document/frontmattereditor.h"

#include "document/yamladapter_p.h"
#include "document/yamlscalar.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace Folio::Document {

using YamlAdapter::Node;

// What an edit is expected to do, for the check after it.
struct FrontMatterEditor::Expectation
{
    QStringList keys;                // the keys after the edit, in order
    QString editedKey;               // the key whose value changes, or the renamed key
    QString previousKey;             // for a rename: the key's old name
    std::optional<FieldValue> value; // the edited key's new value
};

struct FrontMatterEditor::Data
{
    QString text;
    FrontMatterBlock block;
    Node root; // the top-level mapping (empty without front matter)
    FrontMatterSourceMap map;
    QString readOnlyReason;
    QList<FrontMatterField> fields;
};

namespace {

Error refusal(const QString &message)
{
    return Error{ErrorDomain::Yaml, 0, QStringLiteral("edit refused: %1").arg(message)};
}

bool isInline(const FrontMatterEntrySource &entry)
{
    return !entry.valueOnFollowingLines && entry.style != ValueStyle::Empty;
}

// A value's meaning for the form, from yaml-cpp's node.
FieldValue fieldValueOf(const Node &node, const QString &raw)
{
    using Resolved = YamlScalar::Resolved;
    if (node.hasAliases)
        return FieldValue::raw(raw);
    switch (node.kind) {
    case Node::Kind::Null:
        return FieldValue::null();
    case Node::Kind::Scalar:
        if (node.tag == u"!")
            return FieldValue::string(node.scalar);
        if (node.tag != u"?")
            return FieldValue::raw(raw);
        switch (YamlScalar::resolvePlain(node.scalar)) {
        case Resolved::Null:
            return FieldValue::null();
        case Resolved::Boolean:
            return FieldValue::boolean(node.scalar.compare(u"true", Qt::CaseInsensitive) == 0);
        case Resolved::Number:
            return FieldValue::numberFromYaml(node.scalar);
        case Resolved::Date:
            return FieldValue::date(QDate::fromString(node.scalar, Qt::ISODate));
        case Resolved::String:
            break;
        }
        return FieldValue::string(node.scalar);
    case Node::Kind::Sequence: {
        QStringList items;
        for (const Node &item : node.values) {
            if (item.kind != Node::Kind::Scalar || (item.tag != u"?" && item.tag != u"!"))
                return FieldValue::raw(raw);
            items.append(item.scalar);
        }
        return FieldValue::list(items);
    }
    case Node::Kind::Mapping:
        break;
    }
    return FieldValue::raw(raw);
}

QString withoutIndent(QStringView text, int indent)
{
    QStringList lines;
    for (QStringView line : text.tokenize(u'\n')) {
        int drop = 0;
        while (drop < indent && drop < line.size() && line[drop] == u' ')
            ++drop;
        lines.append(line.sliced(drop).toString());
    }
    return lines.join(u'\n');
}

QString withIndent(QStringView text, int indent)
{
    const QString margin(indent, u' ');
    QStringList lines;
    for (QStringView line : text.tokenize(u'\n'))
        lines.append(line.isEmpty() ? QString() : margin + line);
    return lines.join(u'\n');
}

QString rawYamlOf(QStringView text, const FrontMatterEntrySource &entry)
{
    const QStringView value = text.sliced(entry.valueStart, entry.valueEnd - entry.valueStart);
    if (entry.valueOnFollowingLines)
        return withoutIndent(value, entry.childIndent);
    return value.toString();
}

QString writtenKey(const QString &key)
{
    return YamlScalar::isPlainSafe(key) ? key : YamlScalar::doubleQuoted(key);
}

// A one-line string as a scalar, in the style it had when that style can say it.
QString quotedScalar(const QString &text, ValueStyle previous, YamlScalar::Context context)
{
    using namespace YamlScalar;
    if (previous == ValueStyle::DoubleQuoted)
        return doubleQuoted(text);
    if (previous == ValueStyle::SingleQuoted && canBeSingleQuoted(text))
        return singleQuoted(text);
    if (isPlainSafe(text, context))
        return text;
    if (!canBeSingleQuoted(text) || text.contains(u'\''))
        return doubleQuoted(text);
    return singleQuoted(text);
}

// The style most items of a list are written in, for new items.
ValueStyle itemStyle(const FrontMatterEntrySource *entry)
{
    int single = 0, dbl = 0, plain = 0;
    if (entry) {
        for (const SequenceItemSource &item : entry->items) {
            if (item.style == ValueStyle::DoubleQuoted)
                ++dbl;
            else if (item.style == ValueStyle::SingleQuoted)
                ++single;
            else
                ++plain;
        }
    }
    if (dbl > plain && dbl >= single)
        return ValueStyle::DoubleQuoted;
    if (single > plain)
        return ValueStyle::SingleQuoted;
    return ValueStyle::Plain;
}

// How a new value is laid out after "key:".
struct Written
{
    enum class Shape
    {
        Nothing,     // "key:"
        Inline,      // "key: text"
        BlockScalar, // "key: |-" + content lines
        Children,    // "key:" + lines below
    };
    Shape shape = Shape::Nothing;
    QString head;  // Inline: the text; BlockScalar: the header ("|-")
    QString lines; // BlockScalar and Children: the lines after the key's, joined by '\n'
};

Written inlineText(const QString &text)
{
    return Written{Written::Shape::Inline, text, {}};
}

Written blockScalar(const QString &block)
{
    const qsizetype newline = block.indexOf(u'\n');
    if (newline < 0)
        return Written{Written::Shape::BlockScalar, block, {}};
    return Written{Written::Shape::BlockScalar, block.first(newline), block.sliced(newline + 1)};
}

Result<Written> writeString(const QString &text, const FrontMatterEntrySource *old)
{
    using namespace YamlScalar;
    const ValueStyle previous = old ? old->style : ValueStyle::Empty;
    const int indent = old && old->childIndent > 0 ? old->childIndent : 2;
    if (previous == ValueStyle::Folded && isFoldable(text))
        return blockScalar(foldedBlock(text, indent));
    if ((previous == ValueStyle::Literal || previous == ValueStyle::Folded ||
         text.contains(u'\n')) &&
        canBeBlockScalar(text)) {
        return blockScalar(literalBlock(text, indent));
    }
    if (text.contains(u'\n'))
        return inlineText(doubleQuoted(text));
    return inlineText(quotedScalar(text, previous, Context::Block));
}

Result<Written> writeRaw(const QString &yaml, const FrontMatterEntrySource *old)
{
    const QString trimmed = yaml.trimmed();
    if (trimmed.isEmpty())
        return Written{};
    if (YamlAdapter::nestingDepth(yaml) > FrontMatter::MaximumDepth)
        return refusal(QStringLiteral("the YAML is nested more than %1 levels deep")
                           .arg(FrontMatter::MaximumDepth));
    auto parsed = YamlAdapter::parseDocument(yaml, FrontMatter::MaximumDepth);
    if (!parsed)
        return Error{
            ErrorDomain::Yaml, 0,
            QStringLiteral("the YAML value is not valid: %1").arg(parsed.error().toString())};
    if (!trimmed.contains(u'\n'))
        return inlineText(trimmed);
    QString text = yaml;
    while (text.endsWith(u'\n'))
        text.chop(1);
    while (text.startsWith(u'\n'))
        text.remove(0, 1);
    if (text.startsWith(u'|') || text.startsWith(u'>'))
        return blockScalar(text);
    const int indent =
        old && old->valueOnFollowingLines && old->childIndent > 0 ? old->childIndent : 2;
    return Written{Written::Shape::Children, {}, withIndent(text, indent)};
}

QString writeItem(const QString &item, ValueStyle style, YamlScalar::Context context)
{
    return quotedScalar(item, style, context);
}

Written writeNewList(const QStringList &items, const FrontMatterEntrySource *old)
{
    if (items.isEmpty())
        return inlineText(QStringLiteral("[]"));
    const ValueStyle style = itemStyle(old);
    QStringList lines;
    for (const QString &item : items)
        lines.append(u"  - " + writeItem(item, style, YamlScalar::Context::Block));
    return Written{Written::Shape::Children, {}, lines.join(u'\n')};
}

// A flow list rewritten with its own brackets, padding and separators, unchanged items kept
// exactly as written.
QString rewriteFlowList(QStringView text, const FrontMatterEntrySource &entry,
                        const QStringList &oldItems, const QStringList &items)
{
    if (items.isEmpty())
        return QStringLiteral("[]");
    QString open = QStringLiteral("[");
    QString close = QStringLiteral("]");
    QString separator = QStringLiteral(", ");
    const QList<SequenceItemSource> &sources = entry.items;
    if (!sources.isEmpty()) {
        const QStringView before =
            text.sliced(entry.valueStart + 1, sources.first().start - entry.valueStart - 1);
        const QStringView after =
            text.sliced(sources.last().end, entry.valueEnd - 1 - sources.last().end);
        if (!before.contains(u'\n'))
            open += before;
        if (!after.contains(u'\n'))
            close.prepend(after.toString());
        if (sources.size() >= 2) {
            const QStringView between =
                text.sliced(sources[0].end, sources[1].start - sources[0].end);
            if (!between.contains(u'\n'))
                separator = between.toString();
        }
    }
    const ValueStyle style = itemStyle(&entry);
    QStringList written;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i < sources.size() && i < oldItems.size() && oldItems[i] == items[i]) {
            written.append(
                text.sliced(sources[i].start, sources[i].end - sources[i].start).toString());
        } else {
            const ValueStyle previous = i < sources.size() ? sources[i].style : style;
            written.append(writeItem(items[i], previous, YamlScalar::Context::Flow));
        }
    }
    return open + written.join(separator) + close;
}

// A block list edited item by item: unchanged items keep their lines (and comments), changed
// items get their text replaced, new items follow the last one, removed items lose theirs.
QString rewriteBlockList(QStringView text, const FrontMatterEntrySource &entry,
                         const QStringList &oldItems, const QStringList &items)
{
    const QList<SequenceItemSource> &sources = entry.items;
    const QString dash =
        text.sliced(sources.first().lineStart, sources.first().start - sources.first().lineStart)
            .toString();
    const ValueStyle style = itemStyle(&entry);
    QStringList chunks;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i >= sources.size()) {
            chunks.append(dash + writeItem(items[i], style, YamlScalar::Context::Block));
            continue;
        }
        const SequenceItemSource &source = sources[i];
        const qsizetype chunkStart = i == 0 ? entry.valueStart : sources[i - 1].lineEnd + 1;
        QString chunk = text.sliced(chunkStart, source.lineEnd - chunkStart).toString();
        if (oldItems.value(i) != items[i]) {
            chunk.replace(source.start - chunkStart, source.end - source.start,
                          writeItem(items[i], source.style, YamlScalar::Context::Block));
        }
        chunks.append(chunk);
    }
    return chunks.join(u'\n');
}

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += "\\\"";
            continue;
        case u'\\':
            out += "\\\\";
            continue;
        case u'\n':
            out += "\\n";
            continue;
        case u'\t':
            out += "\\t";
            continue;
        case u'\r':
            out += "\\r";
            continue;
        default:
            break;
        }
        if (u < 0x20 || u == 0x2028 || u == 0x2029)
            out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0')).toLatin1();
        else
            out += QString(c).toUtf8();
    }
    out += '"';
}

void appendJsonScalar(QByteArray &out, const Node &node)
{
    using Resolved = YamlScalar::Resolved;
    if (node.tag != u"?") {
        appendJsonString(out, node.scalar);
        return;
    }
    switch (YamlScalar::resolvePlain(node.scalar)) {
    case Resolved::Null:
        out += "null";
        return;
    case Resolved::Boolean:
        out += node.scalar.compare(u"true", Qt::CaseInsensitive) == 0 ? "true" : "false";
        return;
    case Resolved::Number: {
        // As written when JSON can say it so ("-20", "1.5e3"), else converted ("+1", "0x1F").
        static const QRegularExpression json(
            QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
        const double value = YamlScalar::numberValue(node.scalar);
        if (json.match(node.scalar).hasMatch())
            out += node.scalar.toLatin1();
        else if (!std::isfinite(value))
            appendJsonString(out, node.scalar);
        else
            out += QString::number(value, 'g', QLocale::FloatingPointShortest).toLatin1();
        return;
    }
    case Resolved::Date:
    case Resolved::String:
        break;
    }
    appendJsonString(out, node.scalar);
}

void appendJson(QByteArray &out, const Node &node, int depth)
{
    const QByteArray margin(2 * (depth + 1), ' ');
    const QByteArray closing(2 * depth, ' ');
    switch (node.kind) {
    case Node::Kind::Null:
        out += "null";
        return;
    case Node::Kind::Scalar:
        appendJsonScalar(out, node);
        return;
    case Node::Kind::Sequence:
        if (node.values.empty()) {
            out += "[]";
            return;
        }
        out += "[\n";
        for (size_t i = 0; i < node.values.size(); ++i) {
            out += margin;
            appendJson(out, node.values[i], depth + 1);
            out += i + 1 < node.values.size() ? ",\n" : "\n";
        }
        out += closing + ']';
        return;
    case Node::Kind::Mapping:
        if (node.keys.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        for (size_t i = 0; i < node.keys.size(); ++i) {
            out += margin;
            appendJsonString(out, node.keys[i].scalar);
            out += ": ";
            appendJson(out, node.values[i], depth + 1);
            out += i + 1 < node.keys.size() ? ",\n" : "\n";
        }
        out += closing + '}';
        return;
    }
}

// The first line (of the page) indented with a tab, which YAML forbids; line 0 when none.
Error tabIndentation(QStringView yaml)
{
    int line = 2;
    for (const QStringView text : yaml.tokenize(u'\n')) {
        qsizetype i = 0;
        while (i < text.size() && (text[i] == u' ' || text[i] == u'\t')) {
            if (text[i] == u'\t' && i + 1 < text.size() && text.sliced(i).trimmed().size() > 0) {
                return Error{ErrorDomain::Yaml, 0,
                             QStringLiteral("a tab is used for indentation; YAML allows only "
                                            "spaces there"),
                             line, int(i) + 1};
            }
            ++i;
        }
        ++line;
    }
    return Error{};
}

} // namespace

FrontMatterEditor::FrontMatterEditor()
    : d(std::make_shared<const Data>())
{}

Result<FrontMatterEditor> FrontMatterEditor::open(const QString &pageText)
{
    auto data = std::make_shared<Data>();
    data->text = pageText;
    data->block = FrontMatterBlock::locate(pageText);
    data->root.kind = Node::Kind::Mapping;
    using Kind = FrontMatterBlock::Kind;
    FrontMatterEditor editor;
    if (data->block.kind == Kind::None) {
        editor.d = std::move(data);
        return editor;
    }
    if (data->block.kind == Kind::Toml) {
        data->readOnlyReason =
            QStringLiteral("TOML front matter (+++) is kept as it is; Folio edits YAML only");
        editor.d = std::move(data);
        return editor;
    }
    if (data->block.kind == Kind::Unterminated) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral(
                         "the front matter starts with --- on line 1 but has no closing --- line"),
                     1, 1};
    }
    const FrontMatterBlock &block = data->block;
    const QStringView yaml =
        QStringView(pageText).sliced(block.contentStart, block.contentEnd - block.contentStart);
    if (yaml.size() > FrontMatter::MaximumSize) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("the front matter is larger than %1 KB")
                         .arg(FrontMatter::MaximumSize / 1024),
                     2, 1};
    }
    if (YamlAdapter::nestingDepth(yaml) > FrontMatter::MaximumDepth) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("the front matter is nested more than %1 levels deep")
                         .arg(FrontMatter::MaximumDepth),
                     2, 1};
    }
    auto parsed = YamlAdapter::parseDocument(yaml.toString(), FrontMatter::MaximumDepth);
    if (!parsed) {
        Error error = parsed.error();
        if (error.line > 0)
            error.line += 1; // the YAML starts on the page's second line
        // yaml-cpp's message for a tab in the indentation ("illegal map value") says little.
        if (const Error tab = tabIndentation(yaml); tab.line > 0 && tab.line <= error.line)
            return tab;
        return error;
    }
    Node root = std::move(parsed).value();
    if (root.kind != Node::Kind::Mapping) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral("front matter must be a mapping of keys to values"),
                     root.line + 1, root.column};
    }
    for (size_t i = 0; i < root.keys.size(); ++i) {
        const Node &key = root.keys[i];
        if (key.kind != Node::Kind::Scalar) {
            return Error{ErrorDomain::Yaml, 0,
                         QStringLiteral("a key that is not text is not supported"), key.line + 1,
                         key.column};
        }
        for (size_t j = 0; j < i; ++j) {
            if (root.keys[j].scalar == key.scalar) {
                return Error{ErrorDomain::Yaml, 0,
                             QStringLiteral("duplicate key '%1' (first on line %2)")
                                 .arg(key.scalar)
                                 .arg(root.keys[j].line + 1),
                             key.line + 1, key.column};
            }
        }
    }

    // The source map, checked against yaml-cpp: same keys, values starting on the same lines.
    auto map = FrontMatterSourceMap::scan(pageText, block);
    if (map) {
        const QList<FrontMatterEntrySource> &entries = map->entries();
        bool agrees = entries.size() == qsizetype(root.keys.size());
        for (qsizetype i = 0; agrees && i < entries.size(); ++i) {
            const FrontMatterEntrySource &entry = entries[i];
            const Node &value = root.values[size_t(i)];
            agrees = entry.key == root.keys[size_t(i)].scalar &&
                     entry.line == root.keys[size_t(i)].line + 1;
            if (agrees && isInline(entry) && !entry.hasProperties && value.line > 0) {
                const int valueLine =
                    entry.line +
                    int(QStringView(pageText)
                            .sliced(entry.lineStart, entry.valueStart - entry.lineStart)
                            .count(u'\n'));
                agrees = valueLine == value.line + 1;
            }
            if (!agrees) {
                data->readOnlyReason =
                    QStringLiteral("Folio cannot edit this front matter: its reading of line %1 "
                                   "differs from the YAML parser's")
                        .arg(entry.line);
            }
        }
        if (agrees) {
            data->map = std::move(map).value();
        } else if (data->readOnlyReason.isEmpty()) {
            // Not even the same number of keys (yaml-cpp reads "i:\n:" as two): without this
            // the fields below would index an empty map.
            data->readOnlyReason =
                QStringLiteral("Folio cannot edit this front matter: its reading of the keys "
                               "differs from the YAML parser's (%1 keys, not %2)")
                    .arg(entries.size())
                    .arg(root.keys.size());
        }
    } else if (map.error().code == FrontMatterSourceMap::InvalidYaml) {
        return map.error();
    } else {
        data->readOnlyReason = map.error().toString();
    }

    const bool mapped = data->readOnlyReason.isEmpty();
    for (size_t i = 0; i < root.keys.size(); ++i) {
        const Node &key = root.keys[i];
        const Node &value = root.values[i];
        FrontMatterField field;
        field.key = key.scalar;
        field.line = key.line + 1;
        field.column = key.column;
        if (mapped) {
            const FrontMatterEntrySource &entry = data->map.entries()[qsizetype(i)];
            field.style = entry.style;
            field.rawYaml = rawYamlOf(pageText, entry);
            if (entry.hasProperties || value.hasAliases)
                field.readOnlyReason = QStringLiteral(
                    "the value uses YAML anchors, aliases or tags, which the form does not edit");
        } else {
            field.readOnlyReason = data->readOnlyReason;
        }
        if (key.scalar == u"<<")
            field.readOnlyReason = QStringLiteral("merge keys (<<) are not edited by the form");
        field.value = fieldValueOf(value, field.rawYaml);
        data->fields.append(std::move(field));
    }
    data->root = std::move(root);
    editor.d = std::move(data);
    return editor;
}

const QString &FrontMatterEditor::pageText() const
{
    return d->text;
}

const FrontMatterBlock &FrontMatterEditor::block() const
{
    return d->block;
}

const QList<FrontMatterField> &FrontMatterEditor::fields() const
{
    return d->fields;
}

const FrontMatterField *FrontMatterEditor::field(const QString &key) const
{
    for (const FrontMatterField &field : d->fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

QString FrontMatterEditor::readOnlyReason() const
{
    return d->readOnlyReason;
}

namespace {

Result<void> checkKey(const QString &key)
{
    if (key.trimmed().isEmpty())
        return refusal(QStringLiteral("a key cannot be empty"));
    if (!YamlScalar::canBeSingleQuoted(key) || key != key.trimmed())
        return refusal(QStringLiteral("the key '%1' has line breaks, control characters or "
                                      "surrounding blanks")
                           .arg(key));
    if (key == u"<<")
        return refusal(QStringLiteral("merge keys (<<) are not edited by the form"));
    return {};
}

Result<Written> writeValue(const FieldValue &value, const FrontMatterEntrySource *old,
                           const QStringList &oldItems, QStringView text)
{
    using Type = FieldValue::Type;
    switch (value.type()) {
    case Type::Null:
        return Written{};
    case Type::String:
        return writeString(value.text(), old);
    case Type::Boolean:
        return inlineText(value.text());
    case Type::Number:
        if (YamlScalar::resolvePlain(value.text()) != YamlScalar::Resolved::Number)
            return refusal(QStringLiteral("'%1' is not a number").arg(value.text()));
        return inlineText(value.text());
    case Type::Date: {
        if (!value.toDate().isValid())
            return refusal(QStringLiteral("the date is not valid"));
        const ValueStyle previous = old ? old->style : ValueStyle::Empty;
        if (previous == ValueStyle::DoubleQuoted)
            return inlineText(YamlScalar::doubleQuoted(value.text()));
        if (previous == ValueStyle::SingleQuoted)
            return inlineText(YamlScalar::singleQuoted(value.text()));
        return inlineText(value.text());
    }
    case Type::List:
        if (old && old->scalarItems && old->style == ValueStyle::FlowSequence)
            return inlineText(rewriteFlowList(text, *old, oldItems, value.items()));
        if (old && old->scalarItems && old->style == ValueStyle::BlockSequence &&
            !value.items().isEmpty() && !old->items.isEmpty()) {
            return Written{Written::Shape::Children,
                           {},
                           rewriteBlockList(text, *old, oldItems, value.items())};
        }
        return writeNewList(value.items(), old);
    case Type::Raw:
        return writeRaw(value.text(), old);
    }
    return Written{};
}

// The text after "key" for a new entry.
QString newEntryValue(const Written &written)
{
    switch (written.shape) {
    case Written::Shape::Nothing:
        return QString();
    case Written::Shape::Inline:
        return u' ' + written.head;
    case Written::Shape::BlockScalar:
        return u' ' + written.head + (written.lines.isEmpty() ? QString() : u'\n' + written.lines);
    case Written::Shape::Children:
        return u'\n' + written.lines;
    }
    return QString();
}

// Replaces an existing entry's value: keeps the blanks after the colon when the value stays
// on the key's line and the comment on that line.
QString replaceValue(const QString &text, const FrontMatterEntrySource &entry,
                     const Written &written)
{
    const QStringView page(text);
    const QString comment =
        page.sliced(entry.commentStart, entry.commentEnd - entry.commentStart).toString();
    const bool keepSeparator = isInline(entry) && (written.shape == Written::Shape::Inline ||
                                                   written.shape == Written::Shape::BlockScalar);
    const qsizetype start = keepSeparator ? entry.valueStart : entry.colon + 1;
    qsizetype end = std::max(entry.valueEnd, entry.commentEnd);
    if (written.shape == Written::Shape::BlockScalar || written.shape == Written::Shape::Children) {
        // Blanks after the old value would end up inside the new block's last line.
        while (end < page.size() && (page[end] == u' ' || page[end] == u'\t'))
            ++end;
    }
    QString value;
    const QString lead = keepSeparator ? QString() : QStringLiteral(" ");
    switch (written.shape) {
    case Written::Shape::Nothing:
        value = comment;
        break;
    case Written::Shape::Inline:
        value = lead + written.head + comment;
        break;
    case Written::Shape::BlockScalar:
        value = lead + written.head + comment +
                (written.lines.isEmpty() ? QString() : u'\n' + written.lines);
        break;
    case Written::Shape::Children:
        value = comment + u'\n' + written.lines;
        break;
    }
    return page.first(start) % value % page.sliced(end);
}

} // namespace

Result<TextEdit> FrontMatterEditor::verifiedEdit(const QString &after,
                                                 const Expectation &expected) const
{
    auto reopened = FrontMatterEditor::open(after);
    if (!reopened) {
        return refusal(QStringLiteral("the front matter would not be valid any more (%1)")
                           .arg(reopened.error().toString()));
    }
    const Data &edited = *reopened->d;
    const auto body = [](const Data &data) {
        return data.block.kind == FrontMatterBlock::Kind::None
                   ? QStringView(data.text)
                   : QStringView(data.text).sliced(data.block.bodyStart);
    };
    if (body(*d) != body(edited))
        return refusal(QStringLiteral("the page's body would change"));
    QStringList keys;
    for (const FrontMatterField &field : edited.fields)
        keys.append(field.key);
    if (keys != expected.keys) {
        return refusal(
            QStringLiteral("the keys would become (%1) instead of (%2)")
                .arg(keys.join(QStringLiteral(", ")), expected.keys.join(QStringLiteral(", "))));
    }
    for (size_t i = 0; i < edited.root.keys.size(); ++i) {
        const QString &key = edited.root.keys[i].scalar;
        const Node &now = edited.root.values[i];
        if (key == expected.editedKey) {
            if (expected.previousKey.isEmpty() && expected.value) {
                const FieldValue &value = edited.fields[qsizetype(i)].value;
                bool same = value.sameAs(*expected.value);
                if (!same && expected.value->type() == FieldValue::Type::Raw) {
                    auto wanted = YamlAdapter::parseDocument(expected.value->text(),
                                                             FrontMatter::MaximumDepth);
                    same = wanted &&
                           (wanted->sameAs(now) || (expected.value->text().trimmed().isEmpty() &&
                                                    now.kind == Node::Kind::Null));
                }
                if (!same) {
                    return refusal(QStringLiteral("'%1' would read back as %2, not %3")
                                       .arg(key, value.describe(), expected.value->describe()));
                }
                continue;
            }
        }
        const QString oldKey = key == expected.editedKey && !expected.previousKey.isEmpty()
                                   ? expected.previousKey
                                   : key;
        const FrontMatterField *oldField = field(oldKey);
        const qsizetype oldIndex = oldField ? oldField - d->fields.constData() : -1;
        if (oldIndex < 0 || !d->root.values[size_t(oldIndex)].sameAs(now)) {
            return refusal(QStringLiteral("the value of '%1' would change (from %2 to %3)")
                               .arg(key,
                                    oldField ? oldField->value.describe() : QStringLiteral("none"),
                                    edited.fields[qsizetype(i)].value.describe()));
        }
    }
    return TextEdit::between(d->text, after);
}

Result<void> FrontMatterEditor::checkEditable(const QString &key) const
{
    if (!d->readOnlyReason.isEmpty())
        return refusal(d->readOnlyReason);
    if (const FrontMatterField *existing = field(key); existing && !existing->isEditable())
        return refusal(QStringLiteral("'%1': %2").arg(key, existing->readOnlyReason));
    return {};
}

Result<TextEdit> FrontMatterEditor::setValue(const QString &key, const FieldValue &value) const
{
    if (auto valid = checkKey(key); !valid)
        return valid.error();
    if (auto editable = checkEditable(key); !editable)
        return editable.error();
    Expectation expected;
    for (const FrontMatterField &field : d->fields)
        expected.keys.append(field.key);
    expected.editedKey = key;
    expected.value = value;

    const FrontMatterField *existing = field(key);
    const QStringView text(d->text);
    QString after;
    if (existing) {
        const FieldValue &current = existing->value;
        const bool unchanged =
            value.type() == FieldValue::Type::Raw
                ? current.type() == FieldValue::Type::Raw && existing->rawYaml == value.text()
                : current.sameAs(value);
        if (unchanged)
            return TextEdit{};
        const FrontMatterEntrySource &entry = *d->map.entry(key);
        const auto written = writeValue(value, &entry, current.items(), text);
        if (!written)
            return written.error();
        after = replaceValue(d->text, entry, *written);
    } else {
        const auto written = writeValue(value, nullptr, {}, text);
        if (!written)
            return written.error();
        const QString line = writtenKey(key) + u':' + newEntryValue(*written) + u'\n';
        expected.keys.append(key);
        if (d->block.kind == FrontMatterBlock::Kind::None)
            after = u"---\n" + line + u"---\n" + d->text;
        else
            after = text.first(d->block.contentEnd) % line % text.sliced(d->block.contentEnd);
    }
    return verifiedEdit(after, expected);
}

Result<TextEdit> FrontMatterEditor::removeKey(const QString &key) const
{
    if (auto editable = checkEditable(key); !editable)
        return editable.error();
    const FrontMatterEntrySource *entry = d->map.entry(key);
    if (!entry)
        return refusal(QStringLiteral("there is no key '%1'").arg(key));
    Expectation expected;
    for (const FrontMatterField &field : d->fields) {
        if (field.key != key)
            expected.keys.append(field.key);
    }
    const QStringView text(d->text);
    QString after = text.first(entry->lineStart) % text.sliced(entry->end);
    // Without keys, comments or blank lines left, the block goes too: adding a key to a page
    // without front matter and removing it again gives the page back.
    const FrontMatterBlock &block = d->block;
    const qsizetype removed = entry->end - entry->lineStart;
    if (block.contentEnd - block.contentStart == removed) {
        const QString body = d->text.sliced(block.bodyStart);
        if (FrontMatterBlock::locate(body).kind == FrontMatterBlock::Kind::None)
            after = body;
    }
    return verifiedEdit(after, expected);
}

Result<TextEdit> FrontMatterEditor::renameKey(const QString &key, const QString &newKey) const
{
    if (auto valid = checkKey(newKey); !valid)
        return valid.error();
    if (auto editable = checkEditable(key); !editable)
        return editable.error();
    const FrontMatterEntrySource *entry = d->map.entry(key);
    if (!entry)
        return refusal(QStringLiteral("there is no key '%1'").arg(key));
    if (key == newKey)
        return TextEdit{};
    if (field(newKey))
        return refusal(QStringLiteral("there is already a key '%1'").arg(newKey));
    Expectation expected;
    for (const FrontMatterField &field : d->fields)
        expected.keys.append(field.key == key ? newKey : field.key);
    expected.editedKey = newKey;
    expected.previousKey = key;
    const QStringView text(d->text);
    const QString after =
        text.first(entry->keyStart) % writtenKey(newKey) % text.sliced(entry->keyEnd);
    return verifiedEdit(after, expected);
}

Result<FrontMatterEditor> FrontMatterEditor::applied(const TextEdit &edit) const
{
    if (edit.isNoOp())
        return *this;
    if (edit.start < 0 || edit.length < 0 || edit.start + edit.length > d->text.size())
        return Error{ErrorDomain::Yaml, 0, QStringLiteral("the edit is outside the page")};
    return open(edit.appliedTo(d->text));
}

QByteArray FrontMatterEditor::toJson() const
{
    QByteArray out;
    appendJson(out, d->root, 0);
    out += '\n';
    return out;
}

} // namespace Folio::Document
