#include "markdown/blockassembler_p.h"

#include "markdown/headingids.h"
#include "markdown/htmlescape_p.h"
#include "markdown/htmlsanitizer.h"

#include <QHash>
#include <QMutex>

#include <algorithm>

namespace Folio::Markdown {

namespace {

// Adds an id, classes and other attributes to the first element of html at or after from.
void addAttributes(QString &html, const QString &id, const QStringList &classes,
                   const QList<std::pair<QString, QString>> &others = {}, qsizetype from = 0)
{
    qsizetype open = html.indexOf(u'<', from);
    while (open >= 0 && open + 1 < html.size() && !html[open + 1].isLetter())
        open = html.indexOf(u'<', open + 1);
    if (open < 0)
        return;
    qsizetype nameEnd = open + 1;
    while (nameEnd < html.size() && html[nameEnd].isLetterOrNumber())
        ++nameEnd;
    const qsizetype tagEnd = html.indexOf(u'>', nameEnd);
    if (tagEnd < 0)
        return;
    QString added;
    const QStringView tag = QStringView(html).sliced(open, tagEnd - open);
    if (!id.isEmpty() && !tag.contains(QStringView(u" id=")))
        added += u" id=\"" % htmlEscaped(id) % u'"';
    if (!classes.isEmpty()) {
        const qsizetype classAt = tag.indexOf(QStringView(u" class=\""));
        if (classAt >= 0) {
            html.insert(open + classAt + 8, htmlEscaped(classes.join(u' ')) + u' ');
            return addAttributes(html, QString(), {}, others, open), void();
        }
        added += u" class=\"" % htmlEscaped(classes.join(u' ')) % u'"';
    }
    for (const auto &[key, value] : others)
        added += u' ' % htmlEscaped(key) % u"=\"" % htmlEscaped(value) % u'"';
    html.insert(nameEnd, added);
}

// Where the element that ends right before position starts: for "...<em>x</em>|" the "<em>",
// for "<img src=x />|" the "<img". -1 when text, not a tag, comes before position.
qsizetype elementEndingBefore(const QString &html, qsizetype position)
{
    qsizetype end = position;
    while (end > 0 && html[end - 1].isSpace())
        --end;
    if (end == 0 || html[end - 1] != u'>')
        return -1;
    const qsizetype tagStart = html.lastIndexOf(u'<', end - 1);
    if (tagStart < 0 || tagStart + 1 >= end)
        return -1;
    if (html[tagStart + 1] != u'/')
        return html[tagStart + 1].isLetter() ? tagStart : -1; // a void element such as <img>
    const QStringView name =
        QStringView(html).sliced(tagStart + 2, end - 1 - tagStart - 2).trimmed();
    // The matching opening tag: count same-name elements nested inside.
    int depth = 1;
    for (qsizetype at = html.lastIndexOf(u'<', tagStart - 1); at >= 0;
         at = at > 0 ? html.lastIndexOf(u'<', at - 1) : -1) {
        const bool closing = at + 1 < html.size() && html[at + 1] == u'/';
        const qsizetype nameAt = at + (closing ? 2 : 1);
        if (QStringView(html).sliced(nameAt).startsWith(name, Qt::CaseInsensitive)) {
            const qsizetype after = nameAt + name.size();
            const QChar next = after < html.size() ? html[after] : QChar();
            if (next == u'>' || next.isSpace() || next == u'/') {
                depth += closing ? 1 : -1;
                if (depth == 0)
                    return at;
            }
        }
    }
    return -1;
}

// Applies the markers of Overlays::inlineAttributes in html to the elements they follow, and
// removes them.
void applyInlineAttributes(QString &html, const QList<Overlays::Attributes> &attributes)
{
    const QString &prefix = Preprocessor::attributeMarkerPrefix();
    for (qsizetype at = html.indexOf(prefix); at >= 0; at = html.indexOf(prefix, at)) {
        const qsizetype numberAt = at + prefix.size();
        const qsizetype end = html.indexOf(QStringView(u"-->"), numberAt);
        if (end < 0)
            break;
        bool ok = false;
        const qsizetype index = QStringView(html).sliced(numberAt, end - numberAt).toLongLong(&ok);
        qsizetype markerEnd = end + 3;
        if (markerEnd < html.size() && html[markerEnd] == u'\n' && at > 0 && html[at - 1] == u'\n')
            ++markerEnd; // a marker line of its own
        html.remove(at, markerEnd - at);
        if (!ok || index < 0 || index >= attributes.size())
            continue;
        const qsizetype element = elementEndingBefore(html, at);
        if (element < 0)
            continue; // nothing to attach to: kramdown drops it too
        const Overlays::Attributes &list = attributes[index];
        const qsizetype before = html.size();
        addAttributes(html, list.id, list.classes, list.others, element);
        at += html.size() - before;
    }
}

struct Heading
{
    int level = 0;
    QString id;
    QString text;
    bool inToc = true;
};

QString tableOfContents(const QList<Heading> &headings)
{
    QString html = QStringLiteral("<div class=\"folio-toc\">\n");
    int baseLevel = 7;
    for (const Heading &heading : headings) {
        if (heading.inToc)
            baseLevel = std::min(baseLevel, heading.level);
    }
    QList<int> levels; // open <ul> levels
    for (const Heading &heading : headings) {
        if (!heading.inToc)
            continue;
        const int level = heading.level - baseLevel + 1;
        if (levels.isEmpty() || level > levels.last()) {
            // kramdown's ids, so links to #markdown-toc keep working.
            html += levels.isEmpty() ? QStringLiteral("<ul id=\"markdown-toc\">\n")
                                     : QStringLiteral("<ul>\n");
            levels.append(level);
        } else {
            while (levels.size() > 1 && level < levels.last()) {
                html += QStringLiteral("</li>\n</ul>\n");
                levels.removeLast();
            }
            html += QStringLiteral("</li>\n");
        }
        const QString id = htmlEscaped(heading.id);
        html += u"<li><a href=\"#" % id % u"\" id=\"markdown-toc-" % id % u"\">";
        appendHtmlEscaped(html, heading.text);
        html += u"</a>";
    }
    for (qsizetype i = 0; i < levels.size(); ++i)
        html += QStringLiteral("</li>\n</ul>\n");
    return html + QStringLiteral("</div>\n");
}

// The sanitized form of a block's HTML. A keystroke changes one block of a page, so the
// others come from this cache (shared by all renders, bounded) instead of the sanitizer.
QString sanitized(const QString &html)
{
    static QMutex mutex;
    static QHash<QString, QString> cache;
    {
        const QMutexLocker lock(&mutex);
        if (const auto it = cache.constFind(html); it != cache.cend())
            return *it;
    }
    QString clean = HtmlSanitizer::sanitize(html);
    const QMutexLocker lock(&mutex);
    if (cache.size() >= 50000)
        cache.clear();
    cache.insert(html, clean);
    return clean;
}

} // namespace

QList<RenderedBlock> BlockAssembler::assemble(QList<Piece> pieces, const QList<TopNode> &nodes,
                                              const Preprocessed &preprocessed, Dialect dialect,
                                              int firstLine)
{
    const Overlays &overlays = preprocessed.overlays;

    // Attribute lists inside blocks. A marker that cmark made a block of its own (an IAL
    // below a paragraph, indented) belongs to the end of the block before it.
    if (!overlays.inlineAttributes.isEmpty()) {
        const QString &prefix = Preprocessor::attributeMarkerPrefix();
        for (qsizetype p = 0; p < pieces.size(); ++p) {
            Piece &piece = pieces[p];
            if (!piece.html.contains(prefix))
                continue;
            if (p > 0 && piece.html.trimmed().startsWith(prefix) &&
                piece.html.trimmed().endsWith(u"-->") && piece.html.count(u'<') == 1) {
                Piece &previous = pieces[p - 1];
                previous.html += piece.html;
                previous.lastLine = std::max(previous.lastLine, piece.lastLine);
                previous.nodes += piece.nodes;
                pieces.removeAt(p--);
            }
        }
        for (Piece &piece : pieces) {
            if (piece.html.contains(prefix))
                applyInlineAttributes(piece.html, overlays.inlineAttributes);
        }
    }
    // Goldmark derives heading ids from the source line; kramdown pages never need it.
    const QStringList sourceLines =
        dialect == Dialect::Goldmark ? preprocessed.markdown.split(u'\n') : QStringList();

    // Which piece holds each top-level node.
    QList<int> pieceOfNode(nodes.size(), -1);
    for (int p = 0; p < pieces.size(); ++p) {
        for (const int node : std::as_const(pieces[p].nodes))
            pieceOfNode[node] = p;
    }
    // The block right above a line: cmark may count the blank lines after a list as its own.
    const auto pieceEndingAt = [&](int line) {
        for (int p = int(pieces.size()) - 1; p >= 0; --p) {
            if (pieces[p].firstLine <= line)
                return pieces[p].lastLine >= line ? p : -1;
        }
        return -1;
    };
    const auto pieceStartingAt = [&](int line) {
        for (int p = 0; p < pieces.size(); ++p) {
            if (pieces[p].firstLine == line)
                return p;
        }
        return -1;
    };

    // Block attribute lists: after the block they follow, else before the block they precede.
    QHash<int, const Overlays::Attributes *> attributesOfPiece;
    QList<int> tocPieces;
    for (const Overlays::Attributes &attributes : overlays.attributes) {
        int target = pieceEndingAt(attributes.line - 1);
        if (target < 0)
            target = pieceStartingAt(attributes.line + 1);
        if (target < 0)
            continue;
        if (attributes.toc)
            tocPieces.append(target);
        else
            attributesOfPiece.insert(target, &attributes);
    }

    // Heading ids, in document order, as the page's generator assigns them.
    QHash<int, QString> explicitIds; // by page line
    for (const Overlays::HeadingId &heading : overlays.headingIds)
        explicitIds.insert(heading.line, heading.id);
    HeadingIdRegistry registry(dialect == Dialect::Kramdown ? HeadingIdStyle::Kramdown
                                                            : HeadingIdStyle::Goldmark);
    QList<Heading> headings;
    QList<int> headingPieces;
    for (int n = 0; n < nodes.size(); ++n) {
        const TopNode &node = nodes[n];
        if (node.headingLevel == 0)
            continue;
        const int p = pieceOfNode[n];
        const Overlays::Attributes *attributes = p >= 0 ? attributesOfPiece.value(p) : nullptr;
        Heading heading;
        heading.level = node.headingLevel;
        heading.text = node.headingText.trimmed();
        heading.inToc = !(attributes && attributes->classes.contains(QLatin1String("no_toc")));
        QString id = explicitIds.value(node.firstLine);
        if (id.isEmpty() && attributes)
            id = attributes->id;
        if (!id.isEmpty()) {
            registry.addExplicitId(id);
        } else if (dialect == Dialect::Goldmark) {
            // Goldmark derives ids from the heading's source, not its rendered text (a setext
            // heading's source is not one line: its text serves).
            const QString line = sourceLines.value(node.firstLine - firstLine);
            const auto atx = node.firstLine == node.lastLine
                                 ? parseAtxHeading(line, HeadingIdStyle::Goldmark)
                                 : std::nullopt;
            id = registry.addHeading(atx ? QStringView(atx->content) : QStringView(heading.text));
        } else {
            id = registry.addHeading(heading.text);
        }
        heading.id = id;
        headings.append(heading);
        headingPieces.append(p);
        // Only a heading that opens its piece can be given its id safely.
        if (p >= 0 && pieces[p].nodes.first() == n && !id.isEmpty())
            addAttributes(pieces[p].html, id, {});
    }
    for (auto it = attributesOfPiece.cbegin(); it != attributesOfPiece.cend(); ++it)
        addAttributes(pieces[it.key()].html, it.value()->id, it.value()->classes,
                      it.value()->others);

    // {:toc}: the list it follows becomes the page's table of contents.
    for (const int p : std::as_const(tocPieces))
        pieces[p].html = tableOfContents(headings);

    // Folio's own blocks (placeholders), where their source lines were.
    for (const Overlays::Insert &insert : overlays.inserts) {
        const auto at = std::find_if(pieces.begin(), pieces.end(), [&](const Piece &piece) {
            return piece.firstLine > insert.line;
        });
        pieces.insert(at, Piece{insert.html + u'\n', insert.line, insert.line, {}});
    }

    // Paired shortcodes around their content, innermost first.
    QList<Overlays::Wrap> wraps = overlays.wraps;
    std::sort(wraps.begin(), wraps.end(), [](const Overlays::Wrap &a, const Overlays::Wrap &b) {
        return a.closeLine - a.openLine < b.closeLine - b.openLine;
    });
    for (const Overlays::Wrap &wrap : std::as_const(wraps)) {
        qsizetype first = 0;
        while (first < pieces.size() && pieces[first].firstLine <= wrap.openLine)
            ++first;
        qsizetype last = first;
        while (last < pieces.size() && pieces[last].lastLine < wrap.closeLine)
            ++last;
        Piece wrapped{wrap.openHtml + u'\n', wrap.openLine, wrap.closeLine, {}};
        for (qsizetype p = first; p < last; ++p)
            wrapped.html += pieces[p].html;
        wrapped.html += wrap.closeHtml + u'\n';
        pieces.remove(first, last - first);
        pieces.insert(first, wrapped);
    }

    QList<RenderedBlock> blocks;
    blocks.reserve(pieces.size());
    for (const Piece &piece : std::as_const(pieces))
        blocks.append(RenderedBlock{sanitized(piece.html), piece.firstLine, piece.lastLine});
    return blocks;
}

} // namespace Folio::Markdown
