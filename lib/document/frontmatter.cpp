#include "document/frontmatter.h"

#include "document/yamladapter_p.h"

#include <QList>

namespace Folio::Document {

namespace {

// The line starting at pos, without its '\n', and where the next line starts.
QStringView lineAt(QStringView text, qsizetype pos, qsizetype *next)
{
    qsizetype end = text.indexOf(QLatin1Char('\n'), pos);
    if (end < 0)
        end = text.size();
    *next = end < text.size() ? end + 1 : end;
    return text.sliced(pos, end - pos);
}

bool isDelimiter(QStringView line, QStringView delimiter)
{
    return line.startsWith(delimiter) && line.sliced(delimiter.size()).trimmed().isEmpty();
}

} // namespace

FrontMatterBlock FrontMatterBlock::locate(QStringView text)
{
    FrontMatterBlock block;
    qsizetype next = 0;
    const QStringView first = lineAt(text, 0, &next);
    const bool yaml = isDelimiter(first, u"---");
    const bool toml = !yaml && isDelimiter(first, u"+++");
    if (!yaml && !toml)
        return block;

    block.contentStart = next;
    int lineNumber = 1;
    qsizetype pos = next;
    while (pos < text.size()) {
        const qsizetype lineStart = pos;
        const QStringView line = lineAt(text, pos, &next);
        ++lineNumber;
        const bool closes = yaml ? (isDelimiter(line, u"---") || isDelimiter(line, u"..."))
                                 : isDelimiter(line, u"+++");
        if (closes) {
            block.kind = yaml ? Kind::Yaml : Kind::Toml;
            block.contentEnd = lineStart;
            block.bodyStart = next;
            block.bodyFirstLine = lineNumber + (next > lineStart + line.size() ? 1 : 0);
            return block;
        }
        pos = next;
    }
    block.kind = Kind::Unterminated;
    block.contentEnd = text.size();
    block.bodyStart = 0; // nothing is hidden: the whole page shows as text
    block.bodyFirstLine = 1;
    return block;
}

Result<FrontMatter> FrontMatter::parse(QStringView pageText, const FrontMatterBlock &block)
{
    using Kind = FrontMatterBlock::Kind;
    if (block.kind == Kind::None || block.kind == Kind::Toml)
        return FrontMatter();
    if (block.kind == Kind::Unterminated) {
        return Error{ErrorDomain::Yaml, 0,
                     QStringLiteral(
                         "the front matter starts with --- on line 1 but has no closing --- line"),
                     1, 1};
    }
    const QStringView yaml =
        pageText.sliced(block.contentStart, block.contentEnd - block.contentStart);
    if (yaml.size() > MaximumSize) {
        return Error{
            ErrorDomain::Yaml, 0,
            QStringLiteral("the front matter is larger than %1 KB").arg(MaximumSize / 1024), 2, 1};
    }
    if (YamlAdapter::nestingDepth(yaml) > MaximumDepth) {
        return Error{
            ErrorDomain::Yaml, 0,
            QStringLiteral("the front matter is nested more than %1 levels deep").arg(MaximumDepth),
            2, 1};
    }

    auto parsed = YamlAdapter::parseMapping(yaml.toString());
    if (!parsed) {
        Error error = parsed.error();
        if (error.line > 0)
            error.line += 1; // the YAML starts on the page's second line
        return error;
    }
    FrontMatter frontMatter;
    frontMatter.m_values = std::move(parsed).value();
    return frontMatter;
}

QString FrontMatter::text(const QString &key) const
{
    const QVariant value = m_values.value(key);
    return value.typeId() == QMetaType::QString ? value.toString() : QString();
}

} // namespace Folio::Document
