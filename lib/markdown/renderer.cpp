#include "markdown/renderer.h"

#include "document/frontmatter.h"
#include "markdown/blockassembler_p.h"
#include "markdown/cmarkarena_p.h"
#include "markdown/cmarkhandle_p.h"
#include "markdown/emoji.h"
#include "markdown/htmlescape_p.h"
#include "markdown/htmlscan_p.h"
#include "markdown/markdownchunker_p.h"
#include "markdown/preprocessor.h"
#include "markdown/renderer_p.h"

#include <cmark-gfm-core-extensions.h>

#include <QHash>
#include <QRandomGenerator>

#include <atomic>
#include <cstring>
#include <mutex>
#include <optional>
#include <string.h> // memmem

namespace Folio::Markdown {

namespace {

std::mutex &cmarkMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Raw HTML stays (handbook pages use details, figure, iframe...): every block goes through
// HtmlSanitizer's allow-list, and the preview runs no page script at all.
constexpr int Options = CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES | CMARK_OPT_GITHUB_PRE_LANG;

// No tagfilter: it would turn <iframe> into text before the sanitizer could make it a
// placeholder; the sanitizer removes everything tagfilter would.
constexpr const char *Extensions[] = {"table", "strikethrough", "autolink", "tasklist"};

// Separates top-level blocks in cmark's output. The token is random per process so that no
// comment a page writes itself can pass for one.
// How many elements html leaves open (never below zero): raw HTML may open a <div> or
// <details> in one block and close it blocks later.
int openElements(QStringView html, int depth)
{
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const qsizetype lt = html.indexOf(u'<', i);
        if (lt < 0 || lt + 1 >= n)
            break;
        if (html.sliced(lt).startsWith(u"<!--")) {
            const qsizetype end = html.indexOf(u"-->", lt + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = html[lt + 1] == u'/';
        qsizetype nameStart = lt + (closing ? 2 : 1);
        qsizetype nameEnd = nameStart;
        while (nameEnd < n && (html[nameEnd].isLetterOrNumber() || html[nameEnd] == u'-'))
            ++nameEnd;
        if (nameEnd == nameStart || !html[nameStart].isLetter()) {
            i = lt + 1;
            continue;
        }
        const qsizetype end = tagEnd(html, lt);
        const bool closed = end < n || html[n - 1] == u'>';
        const qsizetype j = closed ? end - 1 : n; // at the '>'
        const QStringView name = html.sliced(nameStart, nameEnd - nameStart);
        const bool selfClosing = j > 0 && j < n && html[j - 1] == u'/';
        if (closing)
            depth = std::max(0, depth - 1);
        else if (!isVoidElement(name) && !selfClosing)
            ++depth;
        i = j + 1;
    }
    return depth;
}

// What a reader sees of a heading: its text and code, not image alt text or footnote marks.
// kramdown derives ids from its typographic text, so "--" and "---" become dashes there.
QString headingText(cmark_node *heading)
{
    QString text;
    cmark_iter *iter = cmark_iter_new(heading);
    int skipDepth = 0;
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_IMAGE) {
            skipDepth += event == CMARK_EVENT_ENTER ? 1 : -1;
            continue;
        }
        if (skipDepth > 0 || event != CMARK_EVENT_ENTER)
            continue;
        if (type == CMARK_NODE_TEXT) {
            QString literal = QString::fromUtf8(cmark_node_get_literal(node));
            literal.replace(QLatin1String("---"), QStringLiteral("\u2014"));
            literal.replace(QLatin1String("--"), QStringLiteral("\u2013"));
            text += literal;
        } else if (type == CMARK_NODE_CODE) {
            text += QString::fromUtf8(cmark_node_get_literal(node));
        } else if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
            text += u' ';
        }
    }
    cmark_iter_free(iter);
    return text;
}

// :warning: and friends become emoji in text, never in code (code nodes are not text nodes).
void replaceEmojiShortcodes(cmark_node *document)
{
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || cmark_node_get_type(node) != CMARK_NODE_TEXT)
            continue;
        const char *literal = cmark_node_get_literal(node);
        const char *colon = literal ? std::strchr(literal, ':') : nullptr;
        if (!colon || !std::strchr(colon + 1, ':'))
            continue;
        const QString text = QString::fromUtf8(literal);
        const QString replaced = Emoji::replaceShortcodes(text);
        if (replaced != text)
            cmark_node_set_literal(node, replaced.toUtf8().constData());
    }
    cmark_iter_free(iter);
}

// cmark-gfm 0.29's table extension, when a table interrupts a paragraph, gives the table the
// paragraph's first line and the remaining paragraph the position 1:1. The paragraph really
// runs from that first line to the line above the table's header row (the one above its
// delimiter row). Returns the header row's line, or 0 when the text does not show one.
int headerLineOfInterruptingTable(QByteArrayView utf8, int tableStart, int tableEnd)
{
    int line = 1;
    for (qsizetype start = 0; start < utf8.size() && line <= tableEnd; ++line) {
        qsizetype end = utf8.indexOf('\n', start);
        end = end < 0 ? utf8.size() : end;
        const QByteArrayView text = utf8.sliced(start, end - start).trimmed();
        start = end + 1;
        if (line <= tableStart || text.isEmpty())
            continue;
        const bool delimiterRow =
            text.contains('-') && std::all_of(text.begin(), text.end(), [](char c) {
                return c == '|' || c == '-' || c == ':' || c == ' ' || c == '\t';
            });
        if (delimiterRow)
            return line - 1;
    }
    return 0;
}

// Parses Markdown and renders it to HTML, both UTF-8. With nodes, a marker goes before every
// top-level node and the nodes are described in order (lines relative to the Markdown).
QByteArray parseAndRender(QByteArrayView utf8, QList<TopNode> *nodes)
{
    static std::once_flag registered;
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });

    const std::lock_guard lock(cmarkMutex());
    // An arena turns thousands of small allocations and frees into a few large blocks; it is
    // global, which is fine under this lock, and rewound when the HTML has been copied out.
    const CmarkArenaReset arenaReset;
    cmark_mem *mem = cmarkArena();
    const ParserPtr parser(cmark_parser_new_with_mem(Options, mem));
    for (const char *name : Extensions) {
        cmark_syntax_extension *extension = cmark_find_syntax_extension(name);
        Q_ASSERT(extension); // all are core extensions of cmark-gfm
        cmark_parser_attach_syntax_extension(parser.get(), extension);
    }
    cmark_parser_feed(parser.get(), utf8.data(), size_t(utf8.size()));
    const NodePtr document(cmark_parser_finish(parser.get()));

    replaceEmojiShortcodes(document.get());

    if (nodes) {
        const QByteArray markerUtf8 = blockMarker().toUtf8();
        int tableHeader = 0; // the real first line of a table that interrupted a paragraph
        for (cmark_node *node = cmark_node_first_child(document.get()); node;) {
            cmark_node *next = cmark_node_next(node);
            TopNode top;
            top.firstLine = cmark_node_get_start_line(node);
            // cmark-gfm 0.29 ends an HTML block closed on its first line (`<!-- x -->`) on
            // the line before it starts: such a block is that one line.
            top.lastLine = std::max(cmark_node_get_end_line(node), top.firstLine);
            if (tableHeader > 0) {
                top.firstLine = tableHeader;
                tableHeader = 0;
            }
            if (next && cmark_node_get_type(node) == CMARK_NODE_PARAGRAPH &&
                std::strcmp(cmark_node_get_type_string(next), "table") == 0) {
                const int tableStart = cmark_node_get_start_line(next);
                tableHeader =
                    headerLineOfInterruptingTable(utf8, tableStart, cmark_node_get_end_line(next));
                if (tableHeader > tableStart) {
                    top.firstLine = tableStart;
                    top.lastLine = tableHeader - 1;
                } else {
                    tableHeader = 0;
                }
            }
            const cmark_node_type type = cmark_node_get_type(node);
            if (type == CMARK_NODE_HEADING) {
                top.headingLevel = cmark_node_get_heading_level(node);
                top.headingText = headingText(node);
            }
            top.list = type == CMARK_NODE_LIST;
            nodes->append(top);
            cmark_node *marker = cmark_node_new_with_mem(CMARK_NODE_HTML_BLOCK, mem);
            cmark_node_set_literal(marker, markerUtf8.constData());
            cmark_node_insert_before(node, marker);
            node = next;
        }
    }
    // Allocated from the arena too: copied out before the reset frees it.
    const char *rendered = cmark_render_html_with_mem(
        document.get(), Options, cmark_parser_get_syntax_extensions(parser.get()), mem);
    return QByteArray(rendered);
}

thread_local RenderStatistics statistics;
std::atomic<bool> chunkedRendering{true};

// What cmark made of one chunk: its HTML with block markers, and its top-level nodes with
// lines relative to the chunk.
struct ParsedChunk
{
    QByteArray html;
    QList<TopNode> nodes;
};

// Chunks parsed before, by their Markdown: on a keystroke every chunk but the edited one
// comes from here. Shared by all renders; bounded by size.
class ChunkCache
{
public:
    std::optional<ParsedChunk> find(const QByteArray &markdown)
    {
        const std::lock_guard lock(m_mutex);
        const auto it = m_chunks.constFind(markdown);
        if (it == m_chunks.cend())
            return std::nullopt;
        return *it;
    }

    void clear()
    {
        const std::lock_guard lock(m_mutex);
        m_chunks.clear();
        m_bytes = 0;
    }

    void insert(const QByteArray &markdown, const ParsedChunk &chunk)
    {
        const std::lock_guard lock(m_mutex);
        const qsizetype cost = markdown.size() + chunk.html.size();
        if (m_bytes + cost > MaxBytes) {
            m_chunks.clear();
            m_bytes = 0;
        }
        m_chunks.insert(markdown, chunk);
        m_bytes += cost;
    }

private:
    static constexpr qsizetype MaxBytes = qsizetype(24) << 20;
    std::mutex m_mutex;
    QHash<QByteArray, ParsedChunk> m_chunks;
    qsizetype m_bytes = 0;
};

ChunkCache &chunkCache()
{
    static ChunkCache cache;
    return cache;
}

// Parses a document chunk by chunk (see splitIntoChunks), taking unchanged chunks from the
// cache; the result is what parseAndRender gives for the whole document, with page lines.
QByteArray parseInChunks(const QByteArray &utf8, int firstLine, QList<TopNode> *nodes)
{
    statistics = RenderStatistics{};
    const QList<MarkdownChunk> chunks =
        chunkedRendering ? splitIntoChunks(utf8) : QList<MarkdownChunk>{{0, utf8.size(), 1}};
    QByteArray html;
    html.reserve(utf8.size() * 2);
    ChunkCache &cache = chunkCache();
    for (const MarkdownChunk &chunk : chunks) {
        const QByteArray markdown = utf8.sliced(chunk.offset, chunk.size);
        std::optional<ParsedChunk> parsed = cache.find(markdown);
        ++statistics.chunks;
        if (parsed) {
            ++statistics.cachedChunks;
        } else {
            parsed.emplace();
            parsed->html = parseAndRender(markdown, &parsed->nodes);
            statistics.parsedBytes += markdown.size();
            cache.insert(markdown, *parsed);
        }
        html += parsed->html;
        const int offset = firstLine - 1 + chunk.firstLine - 1;
        for (TopNode node : std::as_const(parsed->nodes)) {
            node.firstLine += offset;
            node.lastLine += offset;
            nodes->append(node);
        }
    }
    return html;
}

} // namespace

const QString &blockMarker()
{
    static const QString marker =
        QStringLiteral("<!--folio-block-%1-->")
            .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return marker;
}

QList<RenderedBlock> Renderer::renderBlocks(QStringView markdown, int firstLine,
                                            const RenderOptions &options)
{
    const Preprocessed preprocessed = Preprocessor::run(markdown, options.dialect, firstLine);
    QList<TopNode> nodes;
    // Split cmark's UTF-8 output at the markers (memmem: QString::indexOf sets up a search
    // table per call), converting each piece on its own.
    const QByteArray html = parseInChunks(preprocessed.markdown.toUtf8(), firstLine, &nodes);
    const QByteArray marker = blockMarker().toUtf8();
    const auto findMarker = [&](qsizetype from) -> qsizetype {
        const void *hit = memmem(html.constData() + from, size_t(html.size() - from),
                                 marker.constData(), size_t(marker.size()));
        return hit ? static_cast<const char *>(hit) - html.constData() : -1;
    };

    // Split at the markers that are not inside an element left open by an earlier block.
    QList<Piece> pieces;
    int depth = 0;
    qsizetype pos = findMarker(0);
    if (pos > 0) // nothing comes before the first marker, but keep it if something does
        pieces.append(Piece{QString::fromUtf8(html.left(pos)), firstLine, firstLine, {}});
    for (int node = 0; pos >= 0; ++node) {
        qsizetype start = pos + marker.size();
        const qsizetype next = findMarker(start);
        const qsizetype end = next < 0 ? html.size() : next;
        if (start < end && html[start] == '\n')
            ++start;
        const QString piece = QString::fromUtf8(html.constData() + start, end - start);
        // More markers than nodes when the page's text holds the marker: no page can know it
        // (random per process), but such text joins the piece before it instead of naming a
        // node past the end of the list.
        const bool isNode = node < nodes.size();
        const TopNode top = nodes.value(node);
        if ((depth > 0 || !isNode) && !pieces.isEmpty()) {
            Piece &open = pieces.last();
            open.html += piece;
            if (isNode) {
                open.lastLine = std::max(open.lastLine, top.lastLine);
                open.nodes.append(node);
            }
        } else if (isNode) {
            pieces.append(Piece{piece, top.firstLine, top.lastLine, {node}});
        } else {
            pieces.append(Piece{piece, firstLine, firstLine, {}});
        }
        depth = openElements(piece, depth);
        pos = next;
    }
    return BlockAssembler::assemble(std::move(pieces), nodes, preprocessed, options.dialect,
                                    firstLine);
}

RenderStatistics lastRenderStatistics()
{
    return statistics;
}

void clearChunkCache()
{
    chunkCache().clear();
}

void setChunkedRendering(bool enabled)
{
    chunkedRendering = enabled;
}

QString Renderer::renderMarkdown(QStringView markdown)
{
    return QString::fromUtf8(parseAndRender(markdown.toUtf8(), nullptr));
}

RenderOptions RenderOptions::forFileName(const QString &path)
{
    RenderOptions options;
    if (path.endsWith(QLatin1String(".erb")) || path.endsWith(QLatin1String(".html.md")))
        options.dialect = Dialect::Kramdown;
    return options;
}

RenderedPage Renderer::renderPage(QStringView pageText, const RenderOptions &options)
{
    using namespace Folio::Document;
    RenderedPage page;
    const FrontMatterBlock block = FrontMatterBlock::locate(pageText);
    if (auto frontMatter = FrontMatter::parse(pageText, block)) {
        page.title = frontMatter->text(QStringLiteral("title"));
        page.description = frontMatter->text(QStringLiteral("description"));
    } else {
        page.frontMatterError = frontMatter.error();
    }
    page.blocks = renderBlocks(pageText.sliced(block.bodyStart), block.bodyFirstLine, options);
    return page;
}

QString RenderedPage::headerHtml() const
{
    QString html;
    if (frontMatterError) {
        html += u"<div class=\"folio-alert folio-alert-danger "
                u"folio-front-matter-error\"><strong>Front matter "
                u"error</strong> " %
                htmlEscaped(frontMatterError->toString()) % u"</div>\n";
    }
    if (!title.isEmpty())
        html += u"<h1 class=\"folio-title\">" % htmlEscaped(title) % u"</h1>\n";
    if (!description.isEmpty())
        html += u"<p class=\"folio-description\">" % htmlEscaped(description) % u"</p>\n";
    return html;
}

QString RenderedPage::bodyHtml() const
{
    QString html;
    for (const RenderedBlock &block : blocks)
        html += block.html;
    return html;
}

QString Renderer::cmarkVersion()
{
    return QString::fromLatin1(cmark_version_string());
}

} // namespace Folio::Markdown
