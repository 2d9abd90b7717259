#pragma once

#include "markdown/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Folio::Markdown {

// What the preprocessor took out of the Markdown and the renderer puts back into the HTML,
// each tied to the page line it came from (1-based, front matter included).
struct Overlays
{
    // A kramdown block IAL line ({:.class #id key="value"} or {:toc}): it applies to the block
    // that ends on the line above (or, after a blank line, to the block that starts below).
    struct Attributes
    {
        int line = 0;
        QString id;
        QStringList classes;
        QList<std::pair<QString, QString>> others;
        bool toc = false;
    };
    // An explicit heading id ({#id}) written on the heading's own line.
    struct HeadingId
    {
        int line = 0;
        QString id;
    };
    // A block of HTML of Folio's own (a placeholder) standing where the source line was.
    struct Insert
    {
        int line = 0;
        QString html;
    };
    // A paired shortcode: the blocks between its opening and closing lines go inside.
    struct Wrap
    {
        int openLine = 0;
        int closeLine = 0;
        QString openHtml;
        QString closeHtml;
    };

    QList<Attributes> attributes;
    // Attribute lists that apply to an element inside a block: span IALs after links, images
    // and emphasis ([x](u){:target="_blank"}), and block IALs inside list items and quotes.
    // The Markdown carries attributeMarker(i) where they stood, right after their element.
    QList<Attributes> inlineAttributes;
    QList<HeadingId> headingIds;
    QList<Insert> inserts;
    QList<Wrap> wraps;
};

struct Preprocessed
{
    QString markdown; // CommonMark for cmark-gfm, with exactly as many lines as the input
    Overlays overlays;
};

// Turns a page body in the handbook dialect into plain CommonMark plus overlays, keeping
// every line where it was so that source lines still map to rendered blocks. Handles kramdown
// IALs, {::options}, {::comment}, {::nomarkdown}, explicit heading ids, ERB tags (in .erb
// templates, and left over in pages moved to Hugo), and Hugo shortcodes; code spans and
// fenced code stay as written.
class Preprocessor
{
public:
    [[nodiscard]] static Preprocessed run(QStringView body, Dialect dialect, int firstLine = 1);

    // An HTML comment that cmark passes through, standing for Overlays::inlineAttributes[index].
    // Random per process, so that no page can forge one.
    [[nodiscard]] static QString attributeMarker(qsizetype index);
    [[nodiscard]] static const QString &attributeMarkerPrefix();
};

} // namespace Folio::Markdown
