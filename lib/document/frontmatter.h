#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <QVariantMap>

namespace Folio::Document {

// The front matter block at the top of a page, located exactly, without parsing it.
struct FrontMatterBlock
{
    enum class Kind
    {
        None,         // the page has no front matter
        Yaml,         // --- ... --- (or ... as the closing line)
        Toml,         // +++ ... +++ (Hugo); kept and hidden, not parsed
        Unterminated, // an opening --- with no closing line
    };

    Kind kind = Kind::None;
    qsizetype contentStart = 0; // first character of the YAML, after the opening line
    qsizetype contentEnd = 0;   // one past the last YAML character, before the closing line
    qsizetype bodyStart = 0;    // first character of the Markdown body
    int bodyFirstLine = 1;      // 1-based line of bodyStart in the page

    // text is the page text with '\n' line endings (see Page).
    [[nodiscard]] static FrontMatterBlock locate(QStringView text);
};

// Values read from a page's front matter. yaml-cpp reads; it never writes pages back
// (re-emitting would drop comments and quoting).
class FrontMatter
{
public:
    // Front matter larger or deeper than this is refused before yaml-cpp sees it: yaml-cpp
    // recurses per nesting level and overflows the stack on hostile input.
    static constexpr qsizetype MaximumSize = 1024 * 1024;
    static constexpr int MaximumDepth = 64;

    FrontMatter() = default;

    // Parses the YAML of a page's front matter block; errors carry the page's line and column.
    [[nodiscard]] static Result<FrontMatter> parse(QStringView pageText,
                                                   const FrontMatterBlock &block);

    [[nodiscard]] const QVariantMap &values() const { return m_values; }
    // A scalar value as text, or an empty string when absent or not a scalar.
    [[nodiscard]] QString text(const QString &key) const;

private:
    QVariantMap m_values;
};

} // namespace Folio::Document
