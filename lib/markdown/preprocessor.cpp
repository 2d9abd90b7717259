#include "markdown/preprocessor.h"

#include "markdown/headingids.h"
#include "markdown/htmlescape_p.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <algorithm>

#include <optional>

namespace Folio::Markdown {

namespace {

QString escaped(QStringView text)
{
    return htmlEscaped(text);
}

// A line holding only a closing tag, like "  </details> " (what kramdown ends an HTML block at).
bool isClosingTagLine(QStringView line)
{
    line = line.trimmed();
    if (line.size() < 4 || !line.startsWith(u"</") || !line.endsWith(u'>'))
        return false;
    const QStringView name = line.mid(2, line.size() - 3);
    const char16_t first = name.front().unicode();
    if (!((first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z')))
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; });
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

// Substring search for the short needles of this file on short lines. Qt 6.4's
// QString::indexOf(QStringView), single characters included, sets up a search table on every
// call, which cost more than the rest of preprocessing.
qsizetype find(QStringView text, QStringView needle, qsizetype from = 0)
{
    // The first character through QStringView::indexOf(QChar), which is vectorized; the
    // QStringView overload builds a search table on every call.
    const QChar first = needle.front();
    for (qsizetype at = text.indexOf(first, std::max<qsizetype>(from, 0)); at >= 0;
         at = text.indexOf(first, at + 1)) {
        if (at + needle.size() > text.size())
            return -1;
        if (text.sliced(at, needle.size()) == needle)
            return at;
    }
    return -1;
}

bool has(QStringView text, QStringView needle)
{
    return find(text, needle) >= 0;
}

// A fenced code block's opening line: its character and run length.
struct Fence
{
    QChar character;
    qsizetype length = 0;
};

std::optional<Fence> fenceOpening(QStringView line)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() < 3 || (trimmed[0] != u'`' && trimmed[0] != u'~'))
        return std::nullopt;
    qsizetype run = 0;
    while (run < trimmed.size() && trimmed[run] == trimmed[0])
        ++run;
    if (run < 3 || (trimmed[0] == u'`' && trimmed.sliced(run).contains(u'`')))
        return std::nullopt;
    return Fence{trimmed[0], run};
}

bool closesFence(QStringView line, const Fence &fence)
{
    const QStringView trimmed = line.trimmed();
    qsizetype run = 0;
    while (run < trimmed.size() && trimmed[run] == fence.character)
        ++run;
    return run >= fence.length && run == trimmed.size();
}

// Ranges of a line that are code spans, which no transformation may touch.
QList<std::pair<qsizetype, qsizetype>> codeSpans(QStringView line)
{
    QList<std::pair<qsizetype, qsizetype>> spans;
    qsizetype i = 0;
    while (i < line.size()) {
        if (line[i] != u'`') {
            ++i;
            continue;
        }
        qsizetype run = 0;
        while (i + run < line.size() && line[i + run] == u'`')
            ++run;
        // Find a closing run of the same length.
        qsizetype j = i + run;
        bool closed = false;
        while (j < line.size()) {
            if (line[j] != u'`') {
                ++j;
                continue;
            }
            qsizetype closing = 0;
            while (j + closing < line.size() && line[j + closing] == u'`')
                ++closing;
            if (closing == run) {
                spans.append({i, j + closing});
                i = j + closing;
                closed = true;
                break;
            }
            j += closing;
        }
        if (!closed)
            i += run;
    }
    return spans;
}

bool insideSpans(const QList<std::pair<qsizetype, qsizetype>> &spans, qsizetype position)
{
    for (const auto &[from, to] : spans) {
        if (position >= from && position < to)
            return true;
    }
    return false;
}

// Splits an attribute list or shortcode arguments: words, "quoted words", key="value".
QList<std::pair<QString, QString>> splitArguments(QStringView text)
{
    static const QRegularExpression token(QStringLiteral(
        R"re(([\w.#:-]+)\s*=\s*"([^"]*)"|([\w.#:-]+)\s*=\s*'([^']*)'|([\w.#:-]+)\s*=\s*([^\s"']+)|"([^"]*)"|'([^']*)'|(\S+))re"));
    QList<std::pair<QString, QString>> arguments; // (key or empty, value)
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.hasCaptured(1))
            arguments.append({m.captured(1), m.captured(2)});
        else if (m.hasCaptured(3))
            arguments.append({m.captured(3), m.captured(4)});
        else if (m.hasCaptured(5))
            arguments.append({m.captured(5), m.captured(6)});
        else if (m.hasCaptured(7))
            arguments.append({QString(), m.captured(7)});
        else if (m.hasCaptured(8))
            arguments.append({QString(), m.captured(8)});
        else
            arguments.append({QString(), m.captured(9)});
    }
    return arguments;
}

QString argument(const QList<std::pair<QString, QString>> &arguments, QStringView key,
                 int position = -1)
{
    int positional = 0;
    for (const auto &[k, v] : arguments) {
        if (!k.isEmpty() && k == key)
            return v;
        if (k.isEmpty() && positional++ == position)
            return v;
    }
    return {};
}

Overlays::Attributes parseIal(QStringView content, int line)
{
    Overlays::Attributes attributes;
    attributes.line = line;
    for (const auto &[key, value] : splitArguments(content)) {
        if (!key.isEmpty()) {
            attributes.others.append({key, value});
        } else if (value == QLatin1String("toc")) {
            attributes.toc = true;
        } else if (value.startsWith(u'.') || value.startsWith(u'#')) {
            // kramdown reads ".shadow.medium#top" as two classes and an id.
            qsizetype at = 0;
            while (at < value.size()) {
                qsizetype next = at + 1;
                while (next < value.size() && value[next] != u'.' && value[next] != u'#')
                    ++next;
                const QString name = value.mid(at + 1, next - at - 1);
                if (!name.isEmpty()) {
                    if (value[at] == u'.')
                        attributes.classes.append(name);
                    else
                        attributes.id = name;
                }
                at = next;
            }
        }
    }
    return attributes;
}

// ---- Hugo shortcodes --------------------------------------------------------------------

struct Shortcode
{
    int line = 0;        // index into the body's lines
    qsizetype start = 0; // column of "{{"
    qsizetype end = 0;   // column after "}}"
    QString name;
    QString arguments;
    bool closing = false;
    bool selfClosing = false;
    int partner = -1; // the matching opening/closing shortcode
};

QList<Shortcode> findShortcodes(const QStringList &lines, const QList<bool> &code)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"re(\{\{([<%])\s*(/?)\s*([\w./-]+)((?:[^>%]|>(?!\}\})|%(?!\}\}))*?)\s*(/?)\s*[>%]\}\})re"));
    QList<Shortcode> shortcodes;
    for (int i = 0; i < lines.size(); ++i) {
        if (code[i])
            continue;
        const QString &line = lines[i];
        if (!has(line, u"{{"))
            continue;
        const auto spans = codeSpans(line);
        auto it = pattern.globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            if (insideSpans(spans, m.capturedStart()))
                continue;
            Shortcode shortcode;
            shortcode.line = i;
            shortcode.start = m.capturedStart();
            shortcode.end = m.capturedEnd();
            shortcode.closing = !m.captured(2).isEmpty();
            shortcode.name = m.captured(3);
            shortcode.arguments = m.captured(4).trimmed();
            shortcode.selfClosing = !m.captured(5).isEmpty();
            shortcodes.append(shortcode);
        }
    }
    // Pair closings with the nearest open shortcode of the same name.
    QList<int> open;
    for (int i = 0; i < shortcodes.size(); ++i) {
        Shortcode &shortcode = shortcodes[i];
        if (!shortcode.closing) {
            if (!shortcode.selfClosing)
                open.append(i);
            continue;
        }
        for (qsizetype k = open.size() - 1; k >= 0; --k) {
            if (shortcodes[open[k]].name == shortcode.name) {
                shortcode.partner = open[k];
                shortcodes[open[k]].partner = i;
                open.remove(k, open.size() - k);
                break;
            }
        }
    }
    return shortcodes;
}

QString alertKind(const QList<std::pair<QString, QString>> &arguments, const QString &name)
{
    QString kind = argument(arguments, u"color");
    if (kind.isEmpty())
        kind = argument(arguments, u"type");
    if (kind.isEmpty())
        kind = name == QLatin1String("alert") ? QStringLiteral("warning") : QStringLiteral("info");
    static const QStringList known = {QStringLiteral("info"), QStringLiteral("warning"),
                                      QStringLiteral("danger"), QStringLiteral("success")};
    if (kind == QLatin1String("primary") || kind == QLatin1String("note") ||
        kind == QLatin1String("tip"))
        kind = QStringLiteral("info");
    if (kind == QLatin1String("error") || kind == QLatin1String("caution"))
        kind = QStringLiteral("danger");
    return known.contains(kind) ? kind : QStringLiteral("info");
}

QString label(const QString &name, const QString &arguments)
{
    return u"<span class=\"folio-shortcode-label\">" % escaped(name) % u"</span>" %
           (arguments.isEmpty()
                ? QString()
                : u" <span class=\"folio-shortcode-args\">" % escaped(arguments) % u"</span>");
}

// Opening and closing HTML for a paired shortcode around Markdown content.
std::pair<QString, QString> pairedHtml(const Shortcode &shortcode)
{
    const auto arguments = splitArguments(shortcode.arguments);
    const QString &name = shortcode.name;
    if (name == QLatin1String("alert") || name == QLatin1String("note") ||
        name == QLatin1String("notice") || name == QLatin1String("warning") ||
        name == QLatin1String("callout")) {
        const QString title = argument(arguments, u"title");
        QString open =
            u"<div class=\"folio-alert folio-alert-" % alertKind(arguments, name) % u"\">";
        if (!title.isEmpty())
            open += u"<div class=\"folio-alert-title\">" % escaped(title) % u"</div>";
        return {open, QStringLiteral("</div>")};
    }
    if (name == QLatin1String("details")) {
        QString summary = argument(arguments, u"summary");
        if (summary.isEmpty())
            summary = argument(arguments, u"title", 0);
        if (summary.isEmpty())
            summary = QStringLiteral("Details");
        return {u"<details class=\"folio-shortcode-details\"><summary>" % escaped(summary) %
                    u"</summary>",
                QStringLiteral("</details>")};
    }
    if (name == QLatin1String("panel")) {
        QString header = argument(arguments, u"header");
        if (header.isEmpty())
            header = argument(arguments, u"title", 0);
        return {u"<div class=\"folio-shortcode folio-panel\">" %
                    (header.isEmpty()
                         ? QString()
                         : u"<div class=\"folio-panel-header\">" % escaped(header) % u"</div>"),
                QStringLiteral("</div>")};
    }
    return {u"<div class=\"folio-shortcode\" data-shortcode=\"" % escaped(name) % u"\">" %
                label(name, shortcode.arguments),
            QStringLiteral("</div>")};
}

// HTML for a shortcode that stands on its own (nothing Folio can evaluate offline).
QString standaloneHtml(const Shortcode &shortcode)
{
    const auto arguments = splitArguments(shortcode.arguments);
    const QString &name = shortcode.name;
    if (name == QLatin1String("youtube") || name == QLatin1String("vimeo")) {
        QString id = argument(arguments, u"id", 0);
        const QString url = name == QLatin1String("youtube")
                                ? QString(u"https://www.youtube.com/watch?v=" % id)
                                : QString(u"https://vimeo.com/" % id);
        return u"<div class=\"folio-placeholder folio-embed\"><span "
               u"class=\"folio-shortcode-label\">" %
               (name == QLatin1String("youtube") ? QStringLiteral("YouTube video")
                                                 : QStringLiteral("Vimeo video")) %
               u"</span> <a href=\"" % escaped(url) % u"\">" % escaped(url) % u"</a></div>";
    }
    return u"<div class=\"folio-placeholder\" data-shortcode=\"" % escaped(name) % u"\">" %
           label(name, shortcode.arguments) % u"</div>";
}

// An inline replacement for a shortcode inside a line of text.
QString inlineHtml(const Shortcode &shortcode)
{
    const auto arguments = splitArguments(shortcode.arguments);
    if (shortcode.name == QLatin1String("ref") || shortcode.name == QLatin1String("relref"))
        return argument(arguments, u"path", 0); // used as a link target
    if (shortcode.closing)
        return shortcode.partner >= 0 ? QStringLiteral("</span>") : QString();
    if (shortcode.partner >= 0)
        return u"<span class=\"folio-shortcode folio-shortcode-inline\" data-shortcode=\"" %
               escaped(shortcode.name) % u"\">";
    return u"<span class=\"folio-placeholder folio-placeholder-inline\">" %
           label(shortcode.name, shortcode.arguments) % u"</span>";
}

// ---- ERB ---------------------------------------------------------------------------------

QString erbLabel(QStringView code)
{
    static const QRegularExpression partial(
        QStringLiteral(R"re(^partial\s*\(?\s*["']([^"']+)["'])re"));
    const QString trimmed = code.trimmed().toString();
    if (const auto m = partial.match(trimmed); m.hasMatch())
        return QStringLiteral("Partial: ") + m.captured(1);
    return trimmed.size() > 80 ? trimmed.left(77) + QStringLiteral("...") : trimmed;
}

} // namespace

const QString &Preprocessor::attributeMarkerPrefix()
{
    static const QString prefix =
        QStringLiteral("<!--folio-ial-%1-")
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return prefix;
}

QString Preprocessor::attributeMarker(qsizetype index)
{
    return attributeMarkerPrefix() % QString::number(index) % u"-->";
}

Preprocessed Preprocessor::run(QStringView body, Dialect dialect, int firstLine)
{
    QStringList lines = body.toString().split(u'\n');
    const int count = int(lines.size());
    Preprocessed result;
    Overlays &overlays = result.overlays;
    const bool kramdown = dialect == Dialect::Kramdown;
    const HeadingIdStyle idStyle = kramdown ? HeadingIdStyle::Kramdown : HeadingIdStyle::Goldmark;

    // Which lines are inside fenced code (fence lines included): left exactly as written.
    QList<bool> code(count, false);
    {
        std::optional<Fence> fence;
        for (int i = 0; i < count; ++i) {
            if (fence) {
                code[i] = true;
                if (closesFence(lines[i], *fence))
                    fence.reset();
            } else if ((fence = fenceOpening(lines[i]))) {
                code[i] = true;
            }
        }
    }

    // Hugo shortcodes, tokenized over the whole body so that pairs can be matched.
    if (!kramdown) {
        const QList<Shortcode> shortcodes = findShortcodes(lines, code);
        // Whether each stands alone on its line, decided before any line changes.
        QList<bool> alone(shortcodes.size());
        for (qsizetype k = 0; k < shortcodes.size(); ++k) {
            const QString &line = lines[shortcodes[k].line];
            alone[k] = isBlank(QStringView(line).left(shortcodes[k].start)) &&
                       isBlank(QStringView(line).sliced(shortcodes[k].end));
        }
        // Replace from the end of each line so earlier columns stay valid.
        for (qsizetype k = shortcodes.size() - 1; k >= 0; --k) {
            const Shortcode &shortcode = shortcodes[k];
            QString &line = lines[shortcode.line];
            const Shortcode *partner =
                shortcode.partner >= 0 ? &shortcodes[shortcode.partner] : nullptr;
            const bool partnerAlone =
                partner && alone[shortcode.partner] && partner->line != shortcode.line;
            if (alone[k] && partner && partnerAlone) {
                if (!shortcode.closing) {
                    const auto [open, close] = pairedHtml(shortcode);
                    overlays.wraps.append(
                        {firstLine + shortcode.line, firstLine + partner->line, open, close});
                }
                line.clear();
            } else if (alone[k] && !partner && !shortcode.closing) {
                overlays.inserts.append({firstLine + shortcode.line, standaloneHtml(shortcode)});
                line.clear();
            } else {
                line.replace(shortcode.start, shortcode.end - shortcode.start,
                             inlineHtml(shortcode));
            }
        }
    }

    // kramdown ends an HTML block at its closing tag; CommonMark only at a blank line, so a
    // heading right after "</details>" would be swallowed as HTML. Move such a closing tag
    // up a line (keeping the line count) so a blank line follows it.
    if (kramdown) {
        for (int i = 1; i + 1 < count; ++i) {
            if (code[i] || code[i - 1] || !isClosingTagLine(lines[i]) || isBlank(lines[i + 1]) ||
                lines[i + 1].trimmed().startsWith(u'<')) {
                continue;
            }
            lines[i - 1] =
                isBlank(lines[i - 1]) ? lines[i].trimmed() : lines[i - 1] + lines[i].trimmed();
            lines[i].clear();
        }
    }

    static const QRegularExpression blockIal(QStringLiteral(R"re(^\s*\{:(?!:)\s*([^}]*)\}\s*$)re"));
    static const QRegularExpression spanIal(QStringLiteral(R"re(\{:(?!:)[^}\n]*\})re"));
    static const QRegularExpression spanIalAfterLink(
        QStringLiteral(R"re((?<=[)\]])\{:(?!:)[^}\n]*\})re"));
    static const QRegularExpression extension(QStringLiteral(R"re(\{::(\w+)([^}]*)\})re"));

    bool inComment = false;
    for (int i = 0; i < count; ++i) {
        if (code[i])
            continue;
        QString &line = lines[i];
        const int pageLine = firstLine + i;
        // Most lines are plain prose: nothing below applies to a line without these.
        if (!inComment && std::none_of(line.cbegin(), line.cend(), [](QChar c) {
                return c == u'{' || c == u'<' || c == u'#';
            })) {
            continue;
        }

        if (kramdown) {
            if (inComment) {
                const qsizetype end = find(line, u"{:/");
                if (end < 0) {
                    line.clear();
                    continue;
                }
                const qsizetype close = line.indexOf(u'}', end);
                line.remove(0, close < 0 ? line.size() : close + 1);
                inComment = false;
            }
            // {::options .../}, {::comment}...{:/}, {::nomarkdown}...{:/}
            for (auto m = has(line, u"{::") ? extension.match(line) : QRegularExpressionMatch();
                 m.hasMatch(); m = extension.match(line)) {
                const QString kind = m.captured(1);
                if (kind == QLatin1String("comment")) {
                    const qsizetype end = find(line, u"{:/", m.capturedEnd());
                    if (end < 0) {
                        line.truncate(m.capturedStart());
                        inComment = true;
                        break;
                    }
                    const qsizetype close = line.indexOf(u'}', end);
                    line.remove(m.capturedStart(),
                                (close < 0 ? line.size() : close + 1) - m.capturedStart());
                } else {
                    line.remove(m.capturedStart(),
                                m.capturedLength()); // options, nomarkdown markers
                }
            }
            static const QRegularExpression extensionEnd(
                QStringLiteral(R"re(\{:/(?:nomarkdown|comment)?\})re"));
            if (has(line, u"{:/"))
                line.remove(extensionEnd);
        }
        // Block IALs; Hugo pages migrated from Middleman still carry some, which the site
        // would show as text.
        if (has(line, u"{:")) {
            // Inside a quote the IAL line carries the quote's markers: "> {: .note}".
            qsizetype quoted = 0;
            while (quoted < line.size() && (line[quoted] == u'>' || line[quoted] == u' '))
                ++quoted;
            const bool inQuote = line.left(quoted).contains(u'>');
            const QStringView content = QStringView(line).sliced(inQuote ? quoted : 0);
            const QString candidate = content.toString(); // Qt 6.4 matches QStrings only
            if (const auto m = blockIal.match(candidate); m.hasMatch()) {
                Overlays::Attributes attributes = parseIal(m.capturedView(1), pageLine);
                // An indented or quoted IAL right below its block belongs to a block inside a
                // list item or quote: a marker after that block finds it in the HTML. The
                // marker line is an HTML block, which may interrupt a paragraph.
                const bool nested = (inQuote || line.front().isSpace()) && i > 0 &&
                                    !isBlank(lines[i - 1]) && !attributes.toc;
                if (nested) {
                    const qsizetype indent = inQuote ? quoted : line.indexOf(u'{');
                    line = line.left(indent) +
                           Preprocessor::attributeMarker(overlays.inlineAttributes.size());
                    overlays.inlineAttributes.append(attributes);
                } else {
                    overlays.attributes.append(attributes);
                    line.clear();
                }
                continue;
            }
        }

        // Explicit heading ids: "## Title {#id}".
        if (line.startsWith(u'#') || line.startsWith(QStringView(u" #")) ||
            line.startsWith(QStringView(u"  #")) || line.startsWith(QStringView(u"   #"))) {
            if (const auto heading = parseAtxHeading(line, idStyle);
                heading && heading->explicitId) {
                overlays.headingIds.append({pageLine, *heading->explicitId});
                line = QString(heading->level, u'#') % u' ' % heading->content.trimmed();
            }
        }

        // Span IALs after links, images and emphasis: [x](u){:target="_blank"}. Hugo pages
        // moved from Middleman keep some after links and images; elsewhere "{:" is their text.
        if (has(line, u"{:")) {
            const auto spans = codeSpans(line);
            QList<std::pair<qsizetype, qsizetype>> found;
            for (auto it = (kramdown ? spanIal : spanIalAfterLink).globalMatch(line);
                 it.hasNext();) {
                const auto match = it.next();
                if (!insideSpans(spans, match.capturedStart()))
                    found.append({match.capturedStart(), match.capturedLength()});
            }
            // Each becomes a marker right after its element; the assembler applies it there.
            for (qsizetype k = found.size() - 1; k >= 0; --k) {
                const QStringView ial = QStringView(line).sliced(found[k].first, found[k].second);
                const qsizetype index = overlays.inlineAttributes.size();
                overlays.inlineAttributes.append(parseIal(ial.sliced(2, ial.size() - 3), pageLine));
                line.replace(found[k].first, found[k].second, Preprocessor::attributeMarker(index));
            }
        }

        // ERB: in .erb templates, and left over in pages that moved to Hugo.
        if (has(line, u"<%")) {
            const qsizetype open = find(line, u"<%");
            qsizetype close = find(line, u"%>", open + 2);
            int lastLine = i;
            // A tag may continue on later lines.
            while (close < 0 && lastLine + 1 < count && lastLine - i < 20) {
                ++lastLine;
                close = find(lines[lastLine], u"%>");
            }
            if (close < 0) {
                line.replace(open, 2,
                             QStringLiteral("&lt;%")); // stray: shown as text, not as a tag
                continue;
            }
            const bool multiLine = lastLine > i;
            const QString tail = multiLine ? lines[lastLine].mid(close + 2) : line.mid(close + 2);
            const bool alone = isBlank(QStringView(line).left(open)) && isBlank(tail);
            QString tag;
            if (multiLine) {
                tag = line.mid(open);
                for (int k = i + 1; k < lastLine; ++k)
                    tag += u'\n' + lines[k];
                tag += u'\n' + lines[lastLine].left(close + 2);
            } else {
                tag = line.mid(open, close + 2 - open);
            }
            const bool output = tag.startsWith(QStringView(u"<%="));
            const bool comment = tag.startsWith(QStringView(u"<%#"));
            const QString codeText = tag.mid(output || comment ? 3 : 2).chopped(2).trimmed();
            static const QRegularExpression closing(
                QStringLiteral(R"re(^(end|else|elsif\b.*|\}|end\s*\)?)$)re"));
            const bool quiet = comment || (!output && closing.match(codeText).hasMatch());
            const QString placeholder = u"<span class=\"folio-placeholder folio-erb\" title=\"" %
                                        escaped(codeText) % u"\">" % escaped(erbLabel(codeText)) %
                                        u"</span>";
            if (alone || multiLine) {
                if (!quiet) {
                    overlays.inserts.append(
                        {pageLine, u"<div class=\"folio-placeholder folio-erb\" title=\"" %
                                       escaped(codeText) % u"\">" % escaped(erbLabel(codeText)) %
                                       u"</div>"});
                }
                if (multiLine) {
                    for (int k = i; k < lastLine; ++k)
                        lines[k].clear();
                    lines[lastLine] = lines[lastLine].mid(close + 2);
                    if (!alone)
                        lines[i] = line.left(open); // text before the tag stays
                    i = lastLine - 1;               // look at what follows the tag on its last line
                    continue;
                }
                line.clear();
            } else {
                line.replace(open, close + 2 - open, quiet ? QString() : placeholder);
                --i; // another tag may follow on the same line
            }
        }
    }

    result.markdown = lines.join(u'\n');
    return result;
}

} // namespace Folio::Markdown
