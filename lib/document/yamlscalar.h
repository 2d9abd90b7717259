#pragma once

#include <QString>
#include <QStringView>

namespace Folio::Document::YamlScalar {

// How Folio writes and reads single YAML scalars, for textual front-matter edits. Writing is
// deliberately conservative: a value is left plain only when YAML 1.1 readers (Ruby's Psych,
// which Middleman uses), YAML 1.2 readers (Hugo) and yaml-cpp all read it back as the same
// string.

// What a plain (unquoted) scalar means under the YAML 1.2 core schema.
enum class Resolved
{
    Null,
    Boolean,
    Number,
    Date, // YYYY-MM-DD (a timestamp in YAML 1.1)
    String,
};
[[nodiscard]] Resolved resolvePlain(QStringView text);
[[nodiscard]] double numberValue(QStringView text);

enum class Context
{
    Block, // a mapping value or a block sequence item
    Flow,  // an item inside [ ... ]
};

// True when text written without quotes reads back as this string in every reader.
[[nodiscard]] bool isPlainSafe(QStringView text, Context context = Context::Block);
// True when text can be written between single quotes (no line breaks, only printable).
[[nodiscard]] bool canBeSingleQuoted(QStringView text);
// True when text can be a literal block scalar: printable, with at least one non-empty line.
[[nodiscard]] bool canBeBlockScalar(QStringView text);

[[nodiscard]] QString singleQuoted(QStringView text);
[[nodiscard]] QString doubleQuoted(QStringView text);

// "|-\n  line\n  line": the header and the content lines (no final '\n'), with the chomping
// indicator that keeps text's trailing line breaks exactly and an indentation indicator when
// the first line starts with a space. indent is the content's column (>= 1).
[[nodiscard]] QString literalBlock(QStringView text, int indent);
// ">-\n  words ... \n  words": a one-line text folded at spaces so that lines stay within
// width columns where possible. Only for texts that isFoldable().
[[nodiscard]] bool isFoldable(QStringView text);
[[nodiscard]] QString foldedBlock(QStringView text, int indent, int width = 80);

// The value of a quoted scalar's source (with its quotes); for keys written in quotes.
[[nodiscard]] QString unquote(QStringView source);

} // namespace Folio::Document::YamlScalar
