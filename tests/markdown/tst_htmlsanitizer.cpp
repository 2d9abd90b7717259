#include "document/frontmatter.h"
#include "markdown/htmlsanitizer.h"
#include "markdown/renderer.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>

using namespace Folio;
using namespace Qt::StringLiterals;
using Folio::Markdown::HtmlSanitizer;
using Folio::Markdown::HtmlSanitizerOptions;

namespace {

QString sanitize(const QString &html)
{
    return HtmlSanitizer::sanitize(html);
}

QString nul()
{
    return QString(QChar(0));
}

// The placeholder that stands for an iframe, embed, object, video or audio.
QString embed(const QString &label, const QString &link = {})
{
    QString html = u"<div class=\"folio-placeholder folio-embed\"><span "
                   u"class=\"folio-shortcode-label\">" %
                   label % u"</span>";
    if (!link.isEmpty())
        html += u" <a href=\"" % link % u"\">" % link % u"</a>";
    return html + u"</div>";
}

// ---- An independent reading of the sanitizer's output --------------------------------
// Deliberately simple: the output must be simple enough for it. Every '<' starts a tag.

const QStringList AllowedElements = {
    u"a"_s,          u"abbr"_s,    u"b"_s,      u"big"_s,   u"blockquote"_s, u"br"_s,
    u"caption"_s,    u"cite"_s,    u"code"_s,   u"col"_s,   u"colgroup"_s,   u"dd"_s,
    u"del"_s,        u"details"_s, u"div"_s,    u"dl"_s,    u"dt"_s,         u"em"_s,
    u"figcaption"_s, u"figure"_s,  u"h1"_s,     u"h2"_s,    u"h3"_s,         u"h4"_s,
    u"h5"_s,         u"h6"_s,      u"hr"_s,     u"i"_s,     u"img"_s,        u"input"_s,
    u"ins"_s,        u"kbd"_s,     u"li"_s,     u"mark"_s,  u"ol"_s,         u"p"_s,
    u"picture"_s,    u"pre"_s,     u"q"_s,      u"s"_s,     u"samp"_s,       u"section"_s,
    u"small"_s,      u"span"_s,    u"strong"_s, u"sub"_s,   u"summary"_s,    u"sup"_s,
    u"table"_s,      u"tbody"_s,   u"td"_s,     u"tfoot"_s, u"th"_s,         u"thead"_s,
    u"time"_s,       u"tr"_s,      u"u"_s,      u"ul"_s,    u"var"_s,        u"wbr"_s,
};
const QStringList VoidElements = {u"br"_s, u"col"_s, u"hr"_s, u"img"_s, u"input"_s, u"wbr"_s};
const QStringList AllowedAttributes = {
    u"target"_s, // on links only; the preview routes new-window requests like clicks
    u"rel"_s,
    u"hreflang"_s,
    u"id"_s,
    u"class"_s,
    u"title"_s,
    u"lang"_s,
    u"dir"_s,
    u"align"_s,
    u"role"_s,
    u"aria-label"_s,
    u"aria-hidden"_s,
    u"style"_s,
    u"data-sourcepos"_s,
    u"data-footnotes"_s,
    u"data-footnote-ref"_s,
    u"data-footnote-backref"_s,
    u"href"_s,
    u"name"_s,
    u"src"_s,
    u"alt"_s,
    u"width"_s,
    u"height"_s,
    u"span"_s,
    u"datetime"_s,
    u"open"_s,
    u"type"_s,
    u"checked"_s,
    u"disabled"_s,
    u"value"_s,
    u"start"_s,
    u"reversed"_s,
    u"border"_s,
    u"cellpadding"_s,
    u"cellspacing"_s,
    u"valign"_s,
    u"colspan"_s,
    u"rowspan"_s,
    u"scope"_s,
};

struct OutputTag
{
    QString name;
    bool end = false;
    QList<std::pair<QString, QString>> attributes;
};

QString decodeReferences(QString value)
{
    static const QRegularExpression numeric(u"&#([xX]?)([0-9a-fA-F]+);?"_s);
    QRegularExpressionMatch match;
    qsizetype from = 0;
    while ((match = numeric.match(value, from)).hasMatch()) {
        bool ok = false;
        const char32_t code = match.captured(2).toUInt(&ok, match.captured(1).isEmpty() ? 10 : 16);
        const QString character = ok && code > 0 && code < 0x110000 ? QString::fromUcs4(&code, 1)
                                                                    : QString(QChar(0xfffd));
        value.replace(match.capturedStart(), match.capturedLength(), character);
        from = match.capturedStart() + character.size();
    }
    const std::pair<const char16_t *, const char16_t *> named[] = {
        {u"&quot;", u"\""}, {u"&lt;", u"<"},   {u"&gt;", u">"},       {u"&apos;", u"'"},
        {u"&colon;", u":"}, {u"&Tab;", u"\t"}, {u"&NewLine;", u"\n"}, {u"&amp;", u"&"}};
    for (const auto &[from_, to] : named)
        value.replace(QString::fromUtf16(from_), QString::fromUtf16(to));
    return value;
}

bool readTags(const QString &html, QList<OutputTag> *tags, QString *problem)
{
    const qsizetype n = html.size();
    qsizetype i = 0;
    auto isSpace = [](QChar c) {
        return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
    };
    while ((i = html.indexOf(u'<', i)) >= 0) {
        OutputTag tag;
        qsizetype p = i + 1;
        if (p < n && html[p] == u'/') {
            tag.end = true;
            ++p;
        }
        const qsizetype nameStart = p;
        while (p < n && (html[p].isLetterOrNumber() && html[p].unicode() < 0x80))
            ++p;
        tag.name = html.sliced(nameStart, p - nameStart).toLower();
        if (tag.name.isEmpty() || !(html[nameStart].isLetter())) {
            *problem =
                u"'<' that starts no tag at "_s + QString::number(i) + u": "_s + html.mid(i, 40);
            return false;
        }
        while (true) {
            while (p < n && isSpace(html[p]))
                ++p;
            if (p >= n) {
                *problem = u"unterminated tag at "_s + QString::number(i);
                return false;
            }
            if (html[p] == u'>') {
                ++p;
                break;
            }
            if (html[p] == u'/' && p + 1 < n && html[p + 1] == u'>') {
                p += 2;
                break;
            }
            const qsizetype attributeStart = p;
            while (p < n && !isSpace(html[p]) && html[p] != u'=' && html[p] != u'>' &&
                   html[p] != u'/')
                ++p;
            QString name = html.sliced(attributeStart, p - attributeStart).toLower();
            if (name.isEmpty()) {
                *problem = u"odd character in tag at "_s + QString::number(p);
                return false;
            }
            QString value;
            qsizetype equals = p;
            while (equals < n && isSpace(html[equals]))
                ++equals;
            if (equals < n && html[equals] == u'=') {
                p = equals + 1;
                while (p < n && isSpace(html[p]))
                    ++p;
                if (p < n && (html[p] == u'"' || html[p] == u'\'')) {
                    const QChar quote = html[p];
                    const qsizetype close = html.indexOf(quote, p + 1);
                    if (close < 0) {
                        *problem = u"unterminated value at "_s + QString::number(p);
                        return false;
                    }
                    value = html.sliced(p + 1, close - p - 1);
                    p = close + 1;
                } else {
                    const qsizetype valueStart = p;
                    while (p < n && !isSpace(html[p]) && html[p] != u'>')
                        ++p;
                    value = html.sliced(valueStart, p - valueStart);
                }
            }
            tag.attributes.append({name, decodeReferences(value)});
        }
        tags->append(tag);
        i = p;
    }
    return true;
}

// What must hold for every output: only allowed elements and attributes, no event
// handler, no URL with a scheme other than http(s), mailto and folio, no style that loads
// or overlays, and every element closed in order.
QString unsafeOrUnbalanced(const QString &html)
{
    if (html.contains(u"<script"_s, Qt::CaseInsensitive))
        return u"<script in output"_s;
    QList<OutputTag> tags;
    QString problem;
    if (!readTags(html, &tags, &problem))
        return problem;
    QStringList open;
    for (const OutputTag &tag : tags) {
        if (!AllowedElements.contains(tag.name))
            return u"element not allowed: "_s + tag.name;
        if (tag.end) {
            if (open.isEmpty() || open.last() != tag.name)
                return u"unbalanced </"_s + tag.name + u"> with open "_s + open.join(u' ');
            open.removeLast();
            continue;
        }
        if (!VoidElements.contains(tag.name))
            open.append(tag.name);
        for (const auto &[name, value] : tag.attributes) {
            if (name.startsWith(u"on"_s) || !AllowedAttributes.contains(name))
                return u"attribute not allowed: "_s + name;
            QString squeezed;
            for (const QChar c : value) {
                if (c.unicode() > 0x20)
                    squeezed += c.toLower();
            }
            if (name == u"href"_s || name == u"src"_s) {
                const qsizetype colon = squeezed.indexOf(u':');
                const qsizetype path = squeezed.indexOf(QRegularExpression(u"[/?#]"_s));
                if (colon >= 0 && (path < 0 || colon < path)) {
                    const QString scheme = squeezed.left(colon);
                    if (!QStringList{u"http"_s, u"https"_s, u"mailto"_s, u"folio"_s}.contains(
                            scheme))
                        return u"URL scheme not allowed: "_s + value;
                }
            }
            if (name == u"style"_s) {
                for (const QString &bad :
                     {u"url("_s, u"expression"_s, u"@"_s, u"\\"_s, u"position:fixed"_s,
                      u"position:absolute"_s, u"behavior"_s, u"binding"_s, u"image"_s}) {
                    if (squeezed.contains(bad))
                        return u"style not allowed: "_s + value;
                }
            }
            const bool loads = name == u"href"_s || name == u"src"_s || name == u"style"_s;
            if (loads && (squeezed.contains(u"javascript:"_s) || squeezed.contains(u"vbscript:"_s)))
                return u"script URL in "_s + name;
        }
    }
    if (!open.isEmpty())
        return u"left open: "_s + open.join(u' ');
    return {};
}

QStringList corpusPages(const QString &dir)
{
    QStringList pages;
    QDirIterator it(dir, {u"*.md"_s, u"*.md.erb"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        pages.append(it.next());
    pages.sort();
    return pages;
}

QString pageBody(const QString &page)
{
    const auto block = Document::FrontMatterBlock::locate(page);
    return page.sliced(block.bodyStart);
}

} // namespace

class TestHtmlSanitizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesExecutableContent_data();
    void removesExecutableContent();
    void keepsSafeHtmlUnchanged_data();
    void keepsSafeHtmlUnchanged();
    void rewritesToSafeEquivalent_data();
    void rewritesToSafeEquivalent();
    void keepsRendererOutputUnchanged_data();
    void keepsRendererOutputUnchanged();
    void optionsDropSourcePositionsAndStyles();
    void randomMarkupStaysSafe();
    void hostileInputStaysFast_data();
    void hostileInputStaysFast();
    void corpusPagesAreSafe();
};

void TestHtmlSanitizer::removesExecutableContent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString frame = embed(u"Embedded content"_s);

    // <script> and the other raw-text elements go with their content.
    QTest::newRow("script") << u"<script>alert(1)</script>"_s << QString();
    QTest::newRow("script between text") << u"a<script>alert(1)</script>b"_s << u"ab"_s;
    QTest::newRow("script src") << u"<SCRIPT SRC=//evil.example/x.js></SCRIPT>"_s << QString();
    QTest::newRow("script mixed case") << u"<ScRiPt>alert(1)</sCrIpT>x"_s << u"x"_s;
    QTest::newRow("script unterminated") << u"<p>x</p><script>alert(1)"_s << u"<p>x</p>"_s;
    QTest::newRow("script end tag with space") << u"<script>x</script >y"_s << u"y"_s;
    QTest::newRow("script end tag with attribute")
        << u"<script>x</script foo=\"bar\">y"_s << u"y"_s;
    QTest::newRow("script end tag unterminated") << u"<script>x</script"_s << QString();
    QTest::newRow("script split end tag")
        << u"<script>var s = \"</scr\" + \"ipt>\"; alert(1)</script>ok"_s << u"ok"_s;
    QTest::newRow("</script inside string")
        << u"<script>a=\"</script><img src=x onerror=alert(1)>\"</script>"_s
        << u"<img src=\"x\">\""_s;
    QTest::newRow("script escape comment")
        << u"<script><!--<script></script>alert(1)</script>-->"_s << u"alert(1)-->"_s;
    QTest::newRow("double <") << u"<<script>alert(1)//<</script>"_s << u"&lt;"_s;
    QTest::newRow("NUL in tag name")
        << QString(u"<scr"_s + nul() + u"ipt>alert(1)</script>"_s) << u"alert(1)"_s;
    QTest::newRow("NUL in text") << QString(u"a"_s + nul() + u"b"_s) << u"ab"_s;
    QTest::newRow("style element")
        << u"<style>@import 'http://evil.example/x.css';</style>x"_s << u"x"_s;
    QTest::newRow("style element body")
        << u"<style>body{background:url(javascript:alert(1))}</style>"_s << QString();
    QTest::newRow("textarea") << u"<textarea><img src=x onerror=alert(1)></textarea>"_s
                              << QString();
    QTest::newRow("title") << u"<title><img src=x onerror=alert(1)></title>"_s << QString();
    QTest::newRow("xmp") << u"<xmp><img src=x onerror=alert(1)></xmp>"_s << QString();
    QTest::newRow("noembed") << u"<noembed><img src=x onerror=alert(1)></noembed>ok"_s << u"ok"_s;
    QTest::newRow("noscript mutation")
        << u"<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>"_s
        << u"<img src=\"x\">\">"_s;
    QTest::newRow("plaintext") << u"<p>x</p><plaintext><img src=x onerror=alert(1)>"_s
                               << u"<p>x</p>"_s;
    QTest::newRow("template") << u"<template><script>alert(1)</script></template>x"_s << u"x"_s;

    // Event handlers.
    QTest::newRow("img onerror") << u"<img src=x onerror=alert(1)>"_s << u"<img src=\"x\">"_s;
    QTest::newRow("img onerror quoted")
        << u"<img src=\"a.png\" onerror=\"alert(1)\" />"_s << u"<img src=\"a.png\" />"_s;
    QTest::newRow("uppercase onload")
        << u"<IMG SRC=\"a.png\" ONLOAD=\"alert(1)\">"_s << u"<img src=\"a.png\">"_s;
    QTest::newRow("handler glued to value")
        << u"<img src=\"a.png\"onerror=\"alert(1)\">"_s << u"<img src=\"a.png\">"_s;
    QTest::newRow("handler after slashes")
        << u"<img/src=\"a.png\"/onerror=alert(1)>"_s << u"<img src=\"a.png\">"_s;
    QTest::newRow("body onload") << u"<body onload=alert(1)>x"_s << u"x"_s;
    QTest::newRow("div onmouseover")
        << u"<div onmouseover=\"alert(1)\">x</div>"_s << u"<div>x</div>"_s;
    QTest::newRow("details ontoggle")
        << u"<details open ontoggle=alert(1)>x</details>"_s << u"<details open>x</details>"_s;
    QTest::newRow("marquee onstart") << u"<marquee onstart=alert(1)>x</marquee>"_s << u"x"_s;
    QTest::newRow("entity in attribute name")
        << u"<img src=x o&#110;error=alert(1)>"_s << u"<img src=\"x\">"_s;
    QTest::newRow("end tag with handler") << u"<p>x</p onclick=alert(1)>"_s << u"<p>x</p>"_s;
    QTest::newRow("unquoted href then handler")
        << u"<a href=https://example.com/ onclick=alert(1)>x</a>"_s
        << u"<a href=\"https://example.com/\">x</a>"_s;
    QTest::newRow("data-* gadget")
        << u"<div data-bind=\"html: alert(1)\" data-toggle=x>x</div>"_s << u"<div>x</div>"_s;

    // Script URLs, plain and obfuscated.
    QTest::newRow("javascript href") << u"<a href=\"javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("mixed case scheme")
        << u"<a href=\"jAvAsCrIpT:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("decimal reference")
        << u"<a href=\"&#106;avascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("references without semicolons")
        << u"<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">x</a>"_s
        << u"<a>x</a>"_s;
    QTest::newRow("padded hex reference")
        << u"<a href=\"&#x0000006A;avascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("&colon;") << u"<a href=\"javascript&colon;alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("reference for the colon")
        << u"<a href=\"javascript&#58;alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("tab in scheme") << u"<a href=\"java\tscript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("&Tab; in scheme")
        << u"<a href=\"java&Tab;script:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("newline reference in scheme")
        << u"<a href=\"java&#x0A;script:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("leading control character")
        << u"<a href=\" &#14; javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("leading whitespace")
        << u"<a href=\"  \n javascript:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("NUL in scheme")
        << QString(u"<a href=\"java"_s + nul() + u"script:alert(1)\">x</a>"_s) << u"<a>x</a>"_s;
    QTest::newRow("fullwidth scheme")
        << u"<a href=\"ｊａｖａｓｃｒｉｐｔ:alert(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("unquoted javascript") << u"<a href=javascript:alert(1)>x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("single-quoted javascript")
        << u"<a href='javascript:alert(1)'>x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("duplicate href")
        << u"<a href=\"https://ok.example/\" href=\"javascript:alert(1)\">x</a>"_s
        << u"<a href=\"https://ok.example/\">x</a>"_s;
    QTest::newRow("duplicate after a rejected href")
        << u"<a href=\"javascript:alert(1)\" href=\"https://ok.example/\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("xlink:href") << u"<a xlink:href=\"javascript:alert(1)\">x</a>"_s
                                << u"<a>x</a>"_s;
    QTest::newRow("vbscript") << u"<a href=\"vbscript:msgbox(1)\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("data: link")
        << u"<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>"_s
        << u"<a>x</a>"_s;
    QTest::newRow("data: image") << u"<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">"_s
                                 << u"<img>"_s;
    QTest::newRow("file: image") << u"<img src=\"file:///etc/passwd\">"_s << u"<img>"_s;
    QTest::newRow("file: link") << u"<a href=\"FILE:///etc/passwd\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("mailto image") << u"<img src=\"mailto:a@example.com\">"_s << u"<img>"_s;
    QTest::newRow("reference-spelled http")
        << u"<a href=\"&#104;ttps://example.com\">x</a>"_s << u"<a>x</a>"_s;
    QTest::newRow("percent-encoded colon is a path")
        << u"<a href=\"javascript%3Aalert(1)\">x</a>"_s
        << u"<a href=\"javascript%3Aalert(1)\">x</a>"_s;
    QTest::newRow("srcset") << u"<img src=\"a.png\" srcset=\"javascript:alert(1) 1x\">"_s
                            << u"<img src=\"a.png\">"_s;

    // Elements that load or embed documents.
    QTest::newRow("svg onload") << u"<svg onload=alert(1)>"_s << QString();
    QTest::newRow("svg script") << u"<svg><script>alert(1)</script></svg>after"_s << u"after"_s;
    QTest::newRow("svg animate")
        << u"<svg><a><animate attributeName=href values=javascript:alert(1) /><text>x</text></a></svg>ok"_s
        << u"ok"_s;
    QTest::newRow("svg self-closing") << u"<svg/>after"_s << u"after"_s;
    QTest::newRow("math mutation")
        << u"<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>after"_s
        << u"after"_s;
    QTest::newRow("meta refresh")
        << u"<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">x"_s << u"x"_s;
    QTest::newRow("base href") << u"<base href=\"javascript:alert(1)//\">x"_s << u"x"_s;
    QTest::newRow("link stylesheet")
        << u"<link rel=\"stylesheet\" href=\"http://evil.example/x.css\">x"_s << u"x"_s;
    QTest::newRow("iframe javascript")
        << u"<iframe src=\"javascript:alert(1)\"></iframe>"_s << frame;
    QTest::newRow("iframe unquoted javascript") << u"<iframe src=javascript:alert(1)>"_s << frame;
    QTest::newRow("iframe srcdoc")
        << u"<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"_s << frame;
    QTest::newRow("iframe data:")
        << u"<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>"_s << frame;
    QTest::newRow("object data") << u"<object data=\"javascript:alert(1)\"></object>x"_s
                                 << QString(frame + u"x"_s);
    QTest::newRow("object fallback")
        << u"<object data=\"x.swf\"><param name=a value=b><script>alert(1)</script></object>"_s
        << frame;
    QTest::newRow("embed") << u"<embed src=\"javascript:alert(1)\">"_s << frame;
    QTest::newRow("applet") << u"<applet code=\"X.class\">fallback</applet>"_s << QString();
    QTest::newRow("frameset") << u"<frameset onload=alert(1)><frame src=x></frameset>"_s
                              << QString();
    QTest::newRow("video javascript")
        << u"<video src=\"javascript:alert(1)\"></video>"_s << embed(u"Video"_s);
    QTest::newRow("audio onerror")
        << u"<audio src=\"x\" onerror=\"alert(1)\"></audio>"_s << embed(u"Audio"_s);
    QTest::newRow("video source javascript")
        << u"<video><source src=\"javascript:alert(1)\" onerror=\"alert(1)\"></video>"_s
        << embed(u"Video"_s);

    // Forms.
    QTest::newRow("form")
        << u"<form action=\"javascript:alert(1)\"><button formaction=\"javascript:alert(1)\">Go</button><input type=\"submit\"></form>"_s
        << u"Go"_s;
    QTest::newRow("input autofocus")
        << u"<input type=\"text\" onfocus=\"alert(1)\" autofocus>"_s << QString();
    QTest::newRow("input image") << u"<input type=\"image\" src=\"javascript:alert(1)\">"_s
                                 << QString();
    QTest::newRow("checkbox onclick") << u"<input type=\"checkbox\" onclick=\"alert(1)\">"_s
                                      << u"<input type=\"checkbox\" disabled=\"\">"_s;
    QTest::newRow("select") << u"<select><option><img src=x onerror=alert(1)></option></select>x"_s
                            << u"x"_s;

    // Styles.
    QTest::newRow("style url") << u"<p style=\"background:url(javascript:alert(1))\">x</p>"_s
                               << u"<p>x</p>"_s;
    QTest::newRow("style expression")
        << u"<p style=\"width: expression(alert(1))\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("style escape") << u"<p style=\"background:u\\rl(x)\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("style uppercase URL()")
        << u"<p style=\"background:URL(x)\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("style reference-spelled colon")
        << u"<p style=\"color:red;background&#58;url(x)\">x</p>"_s
        << u"<p style=\"color:red\">x</p>"_s;
    QTest::newRow("style @import") << u"<p style=\"@import url(x)\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("style behavior")
        << u"<p style=\"behavior: url(x.htc); -moz-binding: url(x)\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("style comment") << u"<p style=\"color:/**/red\">x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("style fixed overlay")
        << u"<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">x</div>"_s
        << u"<div style=\"top:0; left:0; width:100%; height:100%\">x</div>"_s;
    QTest::newRow("style image-set")
        << u"<p style=\"background-color:image-set(x 1x)\">x</p>"_s << u"<p>x</p>"_s;

    // Comments, declarations and malformed markup.
    QTest::newRow("comment then script") << u"<!-- --><script>alert(1)</script>"_s << QString();
    QTest::newRow("--!> ends a comment")
        << u"<!-- --!><script>alert(1)</script> -->x"_s << u" -->x"_s;
    QTest::newRow("conditional comment")
        << u"<!--[if IE]><script>alert(1)</script><![endif]-->x"_s << u"x"_s;
    QTest::newRow("abrupt comment")
        << u"<!--><img src=x onerror=alert(1)>"_s << u"<img src=\"x\">"_s;
    QTest::newRow("unterminated comment") << u"x<!--<script>alert(1)</script>"_s << u"x"_s;
    QTest::newRow("CDATA") << u"<![CDATA[<script>alert(1)</script>]]>x"_s << u"alert(1)]]>x"_s;
    QTest::newRow("processing instruction")
        << u"<?xml version=\"1.0\"?><p>x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("doctype") << u"<!DOCTYPE html><p>x</p>"_s << u"<p>x</p>"_s;
    QTest::newRow("unterminated tag") << u"<img src=x onerror=alert(1)"_s << QString();
    QTest::newRow("unterminated value") << u"ok<a href=\"https://example.com>x</a>"_s << u"ok"_s;
    QTest::newRow("tag inside attribute")
        << u"<a title=\"<script>alert(1)</script>\">x</a>"_s
        << u"<a title=\"&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>"_s;
    QTest::newRow("backticks") << u"<img src=`x` onerror=alert(1)>"_s << u"<img src=\"`x`\">"_s;
    QTest::newRow("nested and mismatched") << u"<b><i>x</b></i>"_s << u"<b><i>x</i></b>"_s;
    QTest::newRow("stray end tags") << u"</div></p></script></iframe>x"_s << u"x"_s;
    QTest::newRow("dangling open tags") << u"<div><span>x"_s << u"<div><span>x</span></div>"_s;
    QTest::newRow("bare <") << u"a < b <3 </ c> d"_s << u"a &lt; b &lt;3  d"_s;
}

void TestHtmlSanitizer::removesExecutableContent()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = sanitize(input);
    QCOMPARE(output, expected);
    const QString problem = unsafeOrUnbalanced(output);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(sanitize(output), output);
}

void TestHtmlSanitizer::keepsSafeHtmlUnchanged_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("details") << u"<details><summary>More</summary>\n<p>x</p>\n</details>\n"_s;
    QTest::newRow("details open") << u"<details open><summary>S</summary>x</details>"_s;
    QTest::newRow("figure")
        << u"<figure class=\"video_container\"><img src=\"/images/handbook/a.png\" alt=\"A diagram\" width=\"600\" /><figcaption>Caption</figcaption></figure>"_s;
    QTest::newRow("table with spans")
        << u"<table>\n<thead>\n<tr>\n<th colspan=\"2\">Head</th>\n</tr>\n</thead>\n<tbody>\n"
           u"<tr>\n<td rowspan=\"2\">a</td>\n<td align=\"right\">b</td>\n</tr>\n</tbody>\n</table>\n"_s;
    QTest::newRow("table, unquoted values")
        << u"<table border=1><caption>C</caption><colgroup><col span=2 width=\"50%\"></colgroup>"
           u"<tr><td colspan=2 valign=top>x</td></tr></table>"_s;
    QTest::newRow("font awesome icon")
        << u"<i class=\"fas fa-info-circle\" aria-hidden=\"true\"></i> Note"_s;
    QTest::newRow("line breaks") << u"a<br>b<br/>c<br />d<BR>e"_s;
    QTest::newRow("image with width") << u"<img src=\"/images/x.png\" width=\"300\">"_s;
    QTest::newRow("image with title and alt")
        << u"<img src=\"a.png\" alt=\"img x\" title=\"T's\" />"_s;
    QTest::newRow("single quotes") << u"<span class='label' title='He said \"hi\"'>x</span>"_s;
    QTest::newRow("badge style")
        << u"<span style=\"background-color: #b91c1c; color: #ffffff; font-weight: normal; "
           u"padding: 2px 4px; border-radius: 0.25rem; letter-spacing: 0.05em; "
           u"font-size: 10px;\">NEW</span>"_s;
    QTest::newRow("layout styles")
        << u"<div style=\"text-align:center;\"><div style=\"display: inline-block; vertical-align: "
           u"top;\">"
           u"<p style=\"color:rgb(252,109,38); font-size:1.25em\">x</p></div></div>"_s;
    QTest::newRow("important and calc")
        << u"<img src=\"a.png\" style=\"max-width: 50px !important; width: calc(100% - 2em);\">"_s;
    QTest::newRow("relative position")
        << u"<div style=\"padding:56.25% 0 0 0;position:relative;\">x</div>"_s;
    QTest::newRow("site link") << u"<a href=\"/handbook/sales/#overview\">Sales</a>"_s;
    QTest::newRow("relative link") << u"<a href=\"../x/index.html\">x</a>"_s;
    QTest::newRow("query link") << u"<a href=\"?q=1\">x</a>"_s;
    QTest::newRow("fragment link") << u"<a href=\"#fn-1\">x</a>"_s;
    QTest::newRow("mailto") << u"<a href=\"mailto:handbook@example.com\">mail</a>"_s;
    QTest::newRow("folio link") << u"<a href=\"folio://handbook/handbook/sales/\">x</a>"_s;
    QTest::newRow("folio image") << u"<img src=\"folio://handbook/images/a.png\" alt=\"\" />"_s;
    QTest::newRow("escaped query")
        << u"<a href=\"https://example.com/?a=1&amp;b=&#x27;c&#x27;\">x</a>"_s;
    QTest::newRow("upper-case http") << u"<a href=\"HTTPS://EXAMPLE.COM/\">x</a>"_s;
    QTest::newRow("protocol-relative image") << u"<img src=\"//example.com/a.png\">"_s;
    QTest::newRow("named anchor") << u"<a name=\"anchor\"></a>"_s;
    QTest::newRow("inline elements")
        << u"<p><kbd>Ctrl</kbd> <mark>m</mark> <small>s</small> <abbr title=\"A B\">AB</abbr> "
           u"<cite>c</cite> <q>q</q> <sub>1</sub><sup>2</sup> <u>u</u> <s>s</s> <del>d</del> "
           u"<ins>i</ins> <code>c</code> <em>e</em> <strong>s</strong> <b>b</b> <i>i</i> "
           u"<big>B</big> <samp>s</samp> <var>v</var> <time datetime=\"2024-01-01\">then</time>"
           u"<wbr></p>"_s;
    QTest::newRow("ordered list start") << u"<ol start=\"3\">\n<li>x</li>\n</ol>\n"_s;
    QTest::newRow("definition list") << u"<dl><dt>T</dt><dd>D</dd></dl>"_s;
    QTest::newRow("blockquote") << u"<blockquote>\n<p>Quote</p>\n</blockquote>\n"_s;
    QTest::newRow("mermaid fence")
        << u"<pre lang=\"mermaid\"><code>graph TD\n  A--&gt;B\n</code></pre>\n"_s;
    QTest::newRow("code class") << u"<pre><code class=\"language-ruby\">puts 1\n</code></pre>\n"_s;
    QTest::newRow("text with & and >")
        << u"<p>R&D > all, &copy; &#169; &#xA9; &unknown; AT&T &amp;</p>"_s;
    QTest::newRow("tagfilter output") << u"&lt;script>alert(1)&lt;/script>\n"_s;
    QTest::newRow("lang and dir") << u"<p lang=\"de\" dir=\"ltr\">Über uns ✓</p>"_s;
    QTest::newRow("rules") << u"<hr><hr />"_s;
    QTest::newRow("picture") << u"<picture><img src=\"a.png\" alt=\"x\"></picture>"_s;
    QTest::newRow("section") << u"<section id=\"s\" class=\"c\" role=\"note\">x</section>"_s;
    QTest::newRow("task list")
        << u"<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n"
           u"<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n</ul>\n"_s;
    // cmark-gfm 0.29.0.gfm.6 CLI: -e footnotes -e table -e tasklist -e strikethrough
    // -e autolink -e tagfilter --unsafe --sourcepos
    QTest::newRow("cmark-gfm sourcepos")
        << u"<h1 data-sourcepos=\"1:1-1:7\">Title</h1>\n"
           u"<p data-sourcepos=\"3:1-3:42\">Text with footnote<sup class=\"footnote-ref\"><a "
           u"href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup> and another<sup "
           u"class=\"footnote-ref\"><a href=\"#fn-note\" id=\"fnref-note\" "
           u"data-footnote-ref>2</a></sup>.</p>\n"
           u"<ul data-sourcepos=\"5:1-7:0\">\n"
           u"<li data-sourcepos=\"5:1-5:10\"><input type=\"checkbox\" checked=\"\" disabled=\"\" "
           u"/> "
           u"done</li>\n"
           u"<li data-sourcepos=\"6:1-7:0\"><input type=\"checkbox\" disabled=\"\" /> todo</li>\n"
           u"</ul>\n"
           u"<table data-sourcepos=\"8:1-10:31\">\n<thead>\n<tr data-sourcepos=\"8:1-8:9\">\n"
           u"<th align=\"left\" data-sourcepos=\"8:2-8:4\">a</th>\n"
           u"<th align=\"right\" data-sourcepos=\"8:6-8:8\">b</th>\n</tr>\n</thead>\n<tbody>\n"
           u"<tr data-sourcepos=\"10:1-10:31\">\n"
           u"<td align=\"left\" data-sourcepos=\"10:2-10:8\"><del>x</del></td>\n"
           u"<td align=\"right\" data-sourcepos=\"10:10-10:30\"><a "
           u"href=\"https://example.com\">https://example.com</a></td>\n"
           u"</tr>\n</tbody>\n</table>\n"
           u"<details><summary>More</summary>\n<p data-sourcepos=\"14:1-14:1\">x</p>\n</details>\n"
           u"&lt;script>alert(1)&lt;/script>\n"
           u"&lt;iframe src=\"https://youtube.com/x\">&lt;/iframe>\n"
           u"<pre data-sourcepos=\"20:1-22:3\"><code "
           u"class=\"language-mermaid\">graph\n</code></pre>\n"
           u"<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n"
           u"<p data-sourcepos=\"24:7-24:15\">Note one. <a href=\"#fnref-1\" "
           u"class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to "
           u"content\">↩</a></p>\n</li>\n<li id=\"fn-note\">\n"
           u"<p data-sourcepos=\"25:10-25:18\">Note two. <a href=\"#fnref-note\" "
           u"class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to "
           u"content\">↩</a></p>\n</li>\n</ol>\n</section>\n"_s;
    QTest::newRow("cmark-gfm repeated footnote")
        << u"<p>A<sup class=\"footnote-ref\"><a href=\"#fn-a\" id=\"fnref-a\" "
           u"data-footnote-ref>1</a></sup> B<sup class=\"footnote-ref\"><a href=\"#fn-a\" "
           u"id=\"fnref-a-2\" data-footnote-ref>1</a></sup></p>\n"
           u"<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-a\">\n"
           u"<p>one <a href=\"#fnref-a\" class=\"footnote-backref\" data-footnote-backref "
           u"aria-label=\"Back to content\">↩</a> <a href=\"#fnref-a-2\" "
           u"class=\"footnote-backref\" data-footnote-backref aria-label=\"Back to "
           u"content\">↩<sup class=\"footnote-ref\">2</sup></a></p>\n</li>\n</ol>\n</section>\n"_s;
    QTest::newRow("cmark-gfm escaped link")
        << u"<p>[l](<a href=\"http://a.com/?x=1&amp;y=&#x27;q\">http://a.com/?x=1&amp;y='q</a>' "
           u"&quot;ti&quot;tle&quot;) <a href=\"http://www.example.com\">www.example.com</a></p>\n"_s;
    QTest::newRow("placeholder") << embed(u"Embedded content"_s, u"https://example.com/e"_s);
}

void TestHtmlSanitizer::keepsSafeHtmlUnchanged()
{
    QFETCH(QString, html);
    QCOMPARE(sanitize(html), html);
    const QString problem = unsafeOrUnbalanced(html);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHtmlSanitizer::rewritesToSafeEquivalent_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    const QString youtube = u"https://www.youtube.com/embed/QIrRcUIYEwo?rel=0&amp;controls=0"_s;

    QTest::newRow("youtube iframe")
        << QString(u"<iframe width=\"560\" height=\"315\" src=\"" % youtube %
                   u"\" frameborder=\"0\" allow=\"autoplay; encrypted-media\" "
                   u"allowfullscreen></iframe>")
        << embed(u"Embedded content"_s, youtube);
    QTest::newRow("iframe in figure")
        << u"<figure class=\"video_container\">\n<iframe src=\"https://docs.google.com/presentation/d/x/embed?start=false\" frameborder=\"0\" allowfullscreen=\"true\"> </iframe>\n</figure>"_s
        << QString(u"<figure class=\"video_container\">\n"_s %
                   embed(u"Embedded content"_s,
                         u"https://docs.google.com/presentation/d/x/embed?start=false"_s) %
                   u"\n</figure>"_s);
    QTest::newRow("protocol-relative iframe")
        << u"<iframe src=\"//www.slideshare.net/slideshow/embed_code/key/Eix\" style=\"border:1px solid #CCC\"></iframe>"_s
        << embed(u"Embedded content"_s,
                 u"https://www.slideshare.net/slideshow/embed_code/key/Eix"_s);
    QTest::newRow("iframe in paragraph")
        << u"<p>See <iframe src=\"https://example.com/e\"></iframe> here</p>"_s
        << QString(u"<p>See </p>"_s % embed(u"Embedded content"_s, u"https://example.com/e"_s) %
                   u" here"_s);
    QTest::newRow("iframe without src")
        << u"<iframe style=\"display:none\" name=\"f\"></iframe>"_s << embed(u"Embedded content"_s);
    QTest::newRow("video sources")
        << u"<video controls=\"true\" width=\"320\">\n  <source src=\"v.ogg\" type=\"video/ogg\">\n"
           u"  <source src=\"https://example.com/v.mp4\" type=\"video/mp4\">\n  No video.\n</video>"_s
        << embed(u"Video"_s, u"https://example.com/v.mp4"_s);
    QTest::newRow("local video") << u"<video controls><source src=\"demo.mp4\"></video>"_s
                                 << embed(u"Video"_s);
    QTest::newRow("audio") << u"<audio src=\"https://example.com/a.mp3\" controls></audio>"_s
                           << embed(u"Audio"_s, u"https://example.com/a.mp3"_s);
    QTest::newRow("object pdf")
        << u"<object data=\"/pdfs/x.pdf\" type=\"application/pdf\">\n<p>Unable to display PDF file.</p>\n</object>"_s
        << embed(u"Embedded content"_s);
    QTest::newRow("embed http") << u"<embed width=\"100%\" src=\"https://example.com/d\">"_s
                                << embed(u"Embedded content"_s, u"https://example.com/d"_s);
    QTest::newRow("kramdown markdown attribute")
        << u"<details markdown=\"1\">x</details>"_s << u"<details>x</details>"_s;
    // Kept as the published page has them (kramdown's {:target="_blank"}): the preview routes a
    // link's new-window request like any click, so target cannot open a window of page content.
    QTest::newRow("link target and rel kept")
        << u"<a href=\"https://example.com/\" target=\"_blank\" rel=\"noopener\">x</a>"_s
        << u"<a href=\"https://example.com/\" target=\"_blank\" rel=\"noopener\">x</a>"_s;
    QTest::newRow("link target with script url")
        << u"<a href=\"javascript:alert(1)\" target=\"_blank\">x</a>"_s
        << u"<a target=\"_blank\">x</a>"_s;
    QTest::newRow("raw & in URL") << u"<a href=\"https://example.com/?a=1&b=2\">x</a>"_s
                                  << u"<a href=\"https://example.com/?a=1&amp;b=2\">x</a>"_s;
    QTest::newRow("rejected link keeps text")
        << u"<a href=\"malto:x@example.com\">email</a>"_s << u"<a>email</a>"_s;
    QTest::newRow("style reduced")
        << u"<div style=\"position:relative; z-index: 3; color: #393939\">x</div>"_s
        << u"<div style=\"position:relative; color: #393939\">x</div>"_s;
    QTest::newRow("style emptied")
        << u"<div style=\"background-image: url();\">x</div>"_s << u"<div>x</div>"_s;
    QTest::newRow("style quoted font")
        << u"<span style=\"font-family: 'Proxima Nova', sans-serif; font-weight: 300\">x</span>"_s
        << u"<span style=\"font-weight: 300\">x</span>"_s;
    QTest::newRow("unknown elements keep text")
        << u"<center><font color=\"red\">x</font></center> <username> <custom-el>y</custom-el>"_s
        << u"x  y"_s;
    QTest::newRow("unknown element keeps escaped text")
        << u"<font>a &lt; b</font>"_s << u"a &lt; b"_s;
    QTest::newRow("paragraphs") << u"<p>a<p>b"_s << u"<p>a</p><p>b</p>"_s;
    QTest::newRow("list items") << u"<ul><li>a<li>b</ul>"_s << u"<ul><li>a</li><li>b</li></ul>"_s;
    QTest::newRow("nested list items")
        << u"<ul><li>a<ul><li>b<li>c</ul><li>d</ul>"_s
        << u"<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>"_s;
    QTest::newRow("table cells")
        << u"<table><tr><td>a<td>b<tr><th>c</table>"_s
        << u"<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>"_s;
    QTest::newRow("table sections")
        << u"<table><thead><tr><th>h<tbody><tr><td>d</table>"_s
        << u"<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>"_s;
    QTest::newRow("definitions") << u"<dl><dt>a<dd>b<dt>c</dl>"_s
                                 << u"<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>"_s;
    QTest::newRow("block closes paragraph")
        << u"<p>a<div>b</div>c</p>"_s << u"<p>a</p><div>b</div>c"_s;
    QTest::newRow("heading closes heading") << u"<h1>a<h2>b</h2>"_s << u"<h1>a</h1><h2>b</h2>"_s;
    QTest::newRow("end tag does not leave a cell")
        << u"<div><table><tr><td>x</div>y</td></tr></table></div>"_s
        << u"<div><table><tr><td>xy</td></tr></table></div>"_s;
    QTest::newRow("table end closes cells")
        << u"<table><tr><td>x</table>y"_s << u"<table><tr><td>x</td></tr></table>y"_s;
    QTest::newRow("unclosed inline in item") << u"<li>include <ins>Offers<ins></li>"_s
                                             << u"<li>include <ins>Offers<ins></ins></ins></li>"_s;
    QTest::newRow("self-closing div") << u"<div/>x"_s << u"<div>x</div>"_s;
    QTest::newRow("checkbox gets disabled") << u"<input TYPE=\"CHECKBOX\" checked>"_s
                                            << u"<input type=\"CHECKBOX\" checked disabled=\"\">"_s;
    QTest::newRow("rewritten tag escapes values")
        << u"<img src=\"x.png\" alt='a \"q\"' loading=\"lazy\">"_s
        << u"<img src=\"x.png\" alt=\"a &quot;q&quot;\">"_s;
    QTest::newRow("NUL in attribute value")
        << QString(u"<span title=\"a"_s + nul() + u"b\">x</span>"_s)
        << QString(u"<span title=\"a"_s + QChar(0xfffd) + u"b\">x</span>"_s);
    QTest::newRow("comments dropped") << u"a<!-- note -->b<!---->c"_s << u"abc"_s;
    QTest::newRow("document wrapper")
        << u"<html><head><title>T</title></head><body><p>x</p></body></html>"_s << u"<p>x</p>"_s;
}

void TestHtmlSanitizer::rewritesToSafeEquivalent()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString output = sanitize(input);
    QCOMPARE(output, expected);
    const QString problem = unsafeOrUnbalanced(output);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(sanitize(output), output);
}

void TestHtmlSanitizer::keepsRendererOutputUnchanged_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("footnotes") << u"A[^a] B[^a] C[^b]\n\n[^a]: one\n[^b]: two\n\n    para2\n"_s;
    QTest::newRow("task list") << u"- [x] done\n- [ ] todo\n"_s;
    QTest::newRow("table") << u"| a | b |\n|:--|--:|\n| ~~x~~ | https://example.com |\n"_s;
    QTest::newRow("links and images")
        << u"[l](http://a.com/?x=1&y='q' \"ti\\\"tle\") <http://x.y/a_b> www.example.com "
           u"![img *x*](a.png \"T's\") [rel](../x.md#a) [mail](mailto:a@b.example)\n"_s;
    QTest::newRow("entities and escapes")
        << u"it's \"q\" & < > &copy; &#169; `a<b` \\<not a tag\\>\n\nhard  \nbreak\\\nx\n"_s;
    QTest::newRow("fences") << u"```mermaid\ngraph TD\n  A-->B\n```\n\n    indented <code>\n"_s;
    QTest::newRow("lists and quotes")
        << u"3. a\n\n4. b\n\n> quote\n> - item\n\n***\n\n# H1\n\nSetext\n---\n"_s;
    QTest::newRow("raw handbook HTML")
        << u"<details><summary>More</summary>\n\nx\n</details>\n\n"
           u"<i class=\"fas fa-info-circle\" aria-hidden=\"true\"></i> Note<br>\n"_s;
}

void TestHtmlSanitizer::keepsRendererOutputUnchanged()
{
    QFETCH(QString, markdown);
    const QString html = Markdown::Renderer::renderMarkdown(markdown);
    QCOMPARE(sanitize(html), html);
}

void TestHtmlSanitizer::optionsDropSourcePositionsAndStyles()
{
    const QString html = u"<p data-sourcepos=\"1:1-1:3\" style=\"color:red\">x</p>"_s;
    QCOMPARE(HtmlSanitizer::sanitize(html, HtmlSanitizerOptions{.keepSourcePositions = false}),
             u"<p style=\"color:red\">x</p>"_s);
    QCOMPARE(HtmlSanitizer::sanitize(html, HtmlSanitizerOptions{.keepStyles = false}),
             u"<p data-sourcepos=\"1:1-1:3\">x</p>"_s);
    QCOMPARE(HtmlSanitizer::sanitize(html), html);
}

void TestHtmlSanitizer::randomMarkupStaysSafe()
{
    // Markup assembled at random from the pieces attacks are made of: whatever comes in,
    // the output reads back as allowed, balanced markup, and sanitizing it again changes
    // nothing.
    const QStringList pieces = {
        u"<"_s,
        u">"_s,
        u"/"_s,
        u"\""_s,
        u"'"_s,
        u"="_s,
        u" "_s,
        u"\t"_s,
        u"\n"_s,
        u"&"_s,
        u"&#"_s,
        u"x"_s,
        u";"_s,
        u"-->"_s,
        u"<!--"_s,
        u"<!"_s,
        u"<?"_s,
        u"</"_s,
        u"/>"_s,
        u"script"_s,
        u"style"_s,
        u"iframe"_s,
        u"svg"_s,
        u"math"_s,
        u"img"_s,
        u"a"_s,
        u"p"_s,
        u"div"_s,
        u"table"_s,
        u"td"_s,
        u"tr"_s,
        u"li"_s,
        u"ul"_s,
        u"h1"_s,
        u"textarea"_s,
        u"title"_s,
        u"noscript"_s,
        u"template"_s,
        u"object"_s,
        u"video"_s,
        u"source"_s,
        u"select"_s,
        u"details"_s,
        u"input"_s,
        u"span"_s,
        u"b"_s,
        u"i"_s,
        u"<p>"_s,
        u"</p>"_s,
        u"<div>"_s,
        u"</div>"_s,
        u"<td>"_s,
        u"<li>"_s,
        u" src="_s,
        u" href="_s,
        u" onerror="_s,
        u" onload="_s,
        u" style="_s,
        u" type=checkbox"_s,
        u" class="_s,
        u" data-x="_s,
        u" title="_s,
        u"javascript:"_s,
        u"JaVaScRiPt:"_s,
        u"java\tscript:"_s,
        u"&#106;"_s,
        u"&colon;"_s,
        u"data:"_s,
        u"http://x/"_s,
        u"//x"_s,
        u"alert(1)"_s,
        u"url("_s,
        u"expression("_s,
        u"position:fixed"_s,
        u"color:red"_s,
        nul(),
        u"é"_s,
        u"\u2028"_s,
    };
    QRandomGenerator random(20240611);
    for (int round = 0; round < 5000; ++round) {
        QString input;
        const int count = random.bounded(1, 80);
        for (int i = 0; i < count; ++i)
            input += pieces[random.bounded(int(pieces.size()))];
        const QString output = sanitize(input);
        const QString problem = unsafeOrUnbalanced(output);
        QVERIFY2(problem.isEmpty(),
                 qPrintable(problem + u"\ninput: "_s + input + u"\noutput: "_s + output));
        QVERIFY2(sanitize(output) == output,
                 qPrintable(u"not idempotent\ninput: "_s + input + u"\noutput: "_s + output));
    }
}

void TestHtmlSanitizer::hostileInputStaysFast_data()
{
    QTest::addColumn<QString>("input");
    const int n = 100000;
    QTest::newRow("deep nesting") << u"<div>"_s.repeated(n);
    QTest::newRow("inline then blocks")
        << QString(u"<span>"_s.repeated(n) + u"<div>"_s.repeated(n));
    QTest::newRow("table then blocks") << QString(u"<p><table>"_s + u"<b>"_s.repeated(200) +
                                                  u"<div><li><td><tr>"_s.repeated(n / 4));
    QTest::newRow("stray end tags") << QString(u"<b>"_s.repeated(200) + u"</i>"_s.repeated(n));
    QTest::newRow("many attributes") << QString(u"<a"_s + u" href=x"_s.repeated(n) + u">"_s);
    QTest::newRow("unclosed comments") << u"<!--"_s.repeated(n);
    QTest::newRow("dashes in a comment") << QString(u"<!--"_s + u"-!-"_s.repeated(n));
    QTest::newRow("unclosed scripts") << u"<script></scrip"_s.repeated(n);
    QTest::newRow("bare brackets") << u"<<</</!<?"_s.repeated(n);
    QTest::newRow("references") << QString(u"<a href=\""_s + u"&#106;&colon;&"_s.repeated(n) +
                                           u"\">"_s);
    QTest::newRow("nested skipped subtrees")
        << QString(u"<svg>"_s.repeated(n) + u"</svg>"_s.repeated(n));
    QTest::newRow("styles") << QString(u"<p style=\""_s + u"color:red;x:y;"_s.repeated(n) +
                                       u"\">"_s);
}

void TestHtmlSanitizer::hostileInputStaysFast()
{
    QFETCH(QString, input);
    QElapsedTimer timer;
    timer.start();
    const QString output = sanitize(input);
    const qint64 ms = timer.elapsed();
    // Linear input costs a few milliseconds; a quadratic path would take seconds.
    QVERIFY2(ms < 1000, qPrintable(QString::number(ms) + u" ms"_s));
    const QString problem = unsafeOrUnbalanced(output);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestHtmlSanitizer::corpusPagesAreSafe()
{
    const QString dir = Test::corpusDir();
    if (dir.isEmpty())
        QSKIP("FOLIO_CORPUS_DIR is not set to the shared handbook corpus");
    const QStringList pages = corpusPages(dir);
    QVERIFY(!pages.isEmpty());
    static const QRegularExpression eventHandler(u"<[^>]*\\son[a-z]+\\s*="_s,
                                                 QRegularExpression::CaseInsensitiveOption);
    QString largest;
    QString largestHtml;
    for (const QString &path : pages) {
        const QString text = QString::fromUtf8(Test::readFile(path));
        const QString html = Markdown::Renderer::renderMarkdown(pageBody(text));
        // The rendered page, and the page source itself read as HTML: without cmark's
        // tagfilter in between, its iframes, scripts and styles reach the sanitizer as tags.
        for (const QString &input : {html, text}) {
            const QString output = sanitize(input);
            const QString problem = unsafeOrUnbalanced(output);
            QVERIFY2(problem.isEmpty(), qPrintable(path + u": "_s + problem));
            QVERIFY2(!output.contains(u"javascript:"_s, Qt::CaseInsensitive), qPrintable(path));
            QVERIFY2(!output.contains(eventHandler), qPrintable(path));
            QVERIFY2(sanitize(output) == output, qPrintable(path + u": not idempotent"_s));
        }
        if (html.size() > largestHtml.size()) {
            largest = path;
            largestHtml = html;
        }
    }

    QList<qint64> runs;
    for (int i = 0; i < 7; ++i) {
        QElapsedTimer timer;
        timer.start();
        const QString output = sanitize(largestHtml);
        runs.append(timer.nsecsElapsed());
        QVERIFY(!output.isEmpty());
    }
    std::sort(runs.begin(), runs.end());
    const double medianMs = double(runs[runs.size() / 2]) / 1e6;
    qInfo("%lld pages; largest: %s, %lld KB of HTML sanitized in %.2f ms (median of %lld)",
          qlonglong(pages.size()), qPrintable(QDir(dir).relativeFilePath(largest)),
          qlonglong(largestHtml.size() / 1024), medianMs, qlonglong(runs.size()));
    // A few milliseconds here; the bound only catches a path gone quadratic.
    QVERIFY2(medianMs < 100, qPrintable(QString::number(medianMs) + u" ms"_s));
}

QTEST_GUILESS_MAIN(TestHtmlSanitizer)
#include "tst_htmlsanitizer.moc"
