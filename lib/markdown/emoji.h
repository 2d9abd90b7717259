#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <QUtf8StringView>

#include <optional>
#include <span>

namespace Folio::Markdown {

// Emoji shortcodes (`:warning:`, `:+1:`, `:white_check_mark:`) as GitHub and GitLab render
// them. The names are GitHub's gemoji names, taken at build time from Debian's python3-emoji
// by generate-emoji-table.py (see there for what else that package brings along and how names
// are chosen).
class Emoji
{
public:
    struct Entry
    {
        QLatin1StringView name; // without colons, [a-z0-9_+-]
        QUtf8StringView emoji;
    };

    // Every known shortcode, sorted by name (ASCII order), each name once. Defined in the
    // generated emojitable.cpp.
    [[nodiscard]] static std::span<const Entry> entries();

    // The emoji for a shortcode name without its colons (`warning`), or nullopt. Names are
    // case-sensitive, as on GitHub.
    [[nodiscard]] static std::optional<QString> forShortcode(QStringView name);

    // Replaces every `:name:` with a known name by its emoji; unknown names stay as written.
    // A shortcode needs a boundary on both sides: no letter or digit right before its opening or
    // after its closing colon, and no colon right before it either, except the closing colon
    // of a `:name:` right before it, known or not (`:+1::tada:` and `:nope::tada:` hold a
    // shortcode each; `10:30:00`, `a:ok:b` and `Foo::ok::bar` hold none). URLs are left alone:
    // a closing colon followed by `//` is a scheme's, and text from `://` to the next white
    // space is skipped. Code spans and blocks are the caller's to skip. One pass over the text;
    // the only allocations are the result and one per emoji.
    [[nodiscard]] static QString replaceShortcodes(QStringView text);
};

} // namespace Folio::Markdown
