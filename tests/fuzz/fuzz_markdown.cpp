// Markdown render in both handbook dialects, and the HTML sanitizer on its own: nothing
// crashes, and nothing the preview would show can run a script. The output is read back the
// way a browser tokenizes tags (comments, quoted and unquoted attribute values, character
// references), and must hold no script-capable element, no event handler attribute, no URL
// with a scheme other than http(s), mailto and folio, and no style that loads or evaluates
// anything. Sanitizing the sanitizer's output again changes nothing.
//
// Input: a page (or an HTML fragment); its last byte chooses the dialect and the options.

#include "fuzzsupport.h"
#include "markdown/htmlsanitizer.h"
#include "markdown/renderer.h"

#include <fuzzer/FuzzedDataProvider.h>

using namespace Folio::Markdown;
using namespace Qt::StringLiterals;
using Folio::Fuzz::require;

namespace {

bool isSpace(QChar c)
{
    return c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r' || c == u' ';
}

bool isAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// Character references as a browser decodes them in an attribute value: numeric ones (with
// or without ';') and the named ones that can spell a scheme's ':' or hide whitespace.
QString decodeReferences(QStringView value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'&') {
            out.append(value[i]);
            continue;
        }
        const QStringView rest = value.sliced(i + 1);
        if (rest.startsWith(u'#')) {
            const bool hex = rest.size() > 1 && (rest[1] == u'x' || rest[1] == u'X');
            qsizetype j = hex ? 2 : 1;
            char32_t code = 0;
            bool any = false;
            for (; j < rest.size(); ++j) {
                const int digit =
                    hex ? QChar(rest[j]).isDigit()
                              ? rest[j].unicode() - u'0'
                              : (rest[j].toLower() >= u'a' && rest[j].toLower() <= u'f'
                                     ? rest[j].toLower().unicode() - u'a' + 10
                                     : -1)
                        : (rest[j] >= u'0' && rest[j] <= u'9' ? rest[j].unicode() - u'0' : -1);
                if (digit < 0)
                    break;
                any = true;
                code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
            }
            if (any) {
                out.append(code > 0 && code < 0x110000 ? QString::fromUcs4(&code, 1)
                                                       : QString(QChar(0xfffd)));
                i += j + (j < rest.size() && rest[j] == u';' ? 1 : 0);
                continue;
            }
        }
        static const std::pair<const char16_t *, char16_t> named[] = {
            {u"colon;", u':'}, {u"Tab;", u'\t'}, {u"NewLine;", u'\n'},
            {u"lpar;", u'('},  {u"sol;", u'/'},  {u"bsol;", u'\\'}};
        bool decoded = false;
        for (const auto &[name, c] : named) {
            const QStringView n(name);
            if (rest.startsWith(n)) {
                out.append(QChar(c));
                i += n.size();
                decoded = true;
                break;
            }
        }
        if (!decoded)
            out.append(u'&');
    }
    return out;
}

// The scheme a browser reads from a URL attribute, lowered; empty for a relative URL.
QString urlScheme(const QString &value)
{
    QString url;
    for (const QChar c : value) {
        if (c != u'\t' && c != u'\n' && c != u'\r')
            url.append(c);
    }
    qsizetype begin = 0;
    while (begin < url.size() && url[begin].unicode() <= 0x20)
        ++begin;
    url = url.sliced(begin);
    const qsizetype colon = url.indexOf(u':');
    if (colon <= 0 || !isAlpha(url[0]))
        return {};
    for (qsizetype i = 1; i < colon; ++i) {
        const QChar c = url[i];
        if (!isAlpha(c) && !c.isDigit() && c != u'+' && c != u'-' && c != u'.')
            return {};
    }
    return url.first(colon).toLower();
}

void checkAttribute(const QString &element, const QString &name, const QString &rawValue,
                    const QString &html)
{
    require(!name.startsWith(u"on"), "no event handler attribute", name + u'\n' + html);
    const QString value = decodeReferences(rawValue);
    static const QStringList urlAttributes = {
        u"href"_s,   u"src"_s,        u"action"_s, u"formaction"_s, u"poster"_s,
        u"cite"_s,   u"background"_s, u"data"_s,   u"codebase"_s,   u"xlink:href"_s,
        u"srcset"_s, u"ping"_s,       u"lowsrc"_s, u"dynsrc"_s};
    if (urlAttributes.contains(name)) {
        const QString scheme = urlScheme(value);
        require(scheme.isEmpty() || scheme == u"http" || scheme == u"https" ||
                    scheme == u"mailto" || scheme == u"folio",
                "URLs only with http, https, mailto or folio:",
                element + u' ' + name + u"=" + value + u'\n' + html);
    }
    if (name == u"style") {
        QString css;
        for (const QChar c : value) {
            if (!isSpace(c))
                css.append(c.toLower());
        }
        for (const char16_t *bad :
             {u"url(", u"expression", u"\\", u"image-set(", u"binding", u"@import", u"javascript:",
              u"position:fixed", u"position:absolute"}) {
            require(!css.contains(QStringView(bad)), "styles load and evaluate nothing",
                    element + u" style=" + value + u'\n' + html);
        }
    }
}

// Reads html as a browser's tokenizer would and checks every tag in it.
void checkSafeHtml(const QString &html)
{
    static const QStringList forbidden = {
        u"script"_s, u"style"_s,     u"iframe"_s,   u"frame"_s,    u"frameset"_s, u"object"_s,
        u"embed"_s,  u"applet"_s,    u"base"_s,     u"meta"_s,     u"link"_s,     u"form"_s,
        u"svg"_s,    u"math"_s,      u"template"_s, u"noscript"_s, u"textarea"_s, u"title"_s,
        u"xmp"_s,    u"plaintext"_s, u"noembed"_s,  u"noframes"_s, u"button"_s,   u"select"_s,
        u"video"_s,  u"audio"_s,     u"source"_s,   u"portal"_s,   u"param"_s,    u"datalist"_s};
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        if (html[i] != u'<' || i + 1 >= n) {
            ++i;
            continue;
        }
        const QChar next = html[i + 1];
        if (next == u'!') {
            if (QStringView(html).sliced(i).startsWith(u"<!--")) {
                // A comment ends at -->, --!>, or at once for <!--> and <!--->.
                const QStringView after = QStringView(html).sliced(i + 4);
                if (after.startsWith(u">") || after.startsWith(u"->")) {
                    i += 4 + (after.startsWith(u">") ? 1 : 2);
                    continue;
                }
                qsizetype end = html.indexOf(u"-->", i + 4);
                const qsizetype bang = html.indexOf(u"--!>", i + 4);
                if (end < 0 || (bang >= 0 && bang < end))
                    end = bang < 0 ? n : bang + 1;
                i = end < n ? end + 3 : n;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        if (next == u'?') {
            const qsizetype end = html.indexOf(u'>', i);
            i = end < 0 ? n : end + 1;
            continue;
        }
        const bool endTag = next == u'/';
        qsizetype p = i + (endTag ? 2 : 1);
        if (p >= n || !isAlpha(html[p])) {
            ++i;
            continue;
        }
        QString element;
        while (p < n && !isSpace(html[p]) && html[p] != u'/' && html[p] != u'>')
            element.append(html[p++].toLower());
        if (!endTag)
            require(!forbidden.contains(element), "no script-capable element",
                    element + u'\n' + html);
        QString type;
        bool disabled = false;
        // Attributes, as the tokenizer's attribute states read them.
        while (p < n && html[p] != u'>') {
            if (isSpace(html[p]) || html[p] == u'/') {
                ++p;
                continue;
            }
            QString name(html[p++].toLower());
            while (p < n && !isSpace(html[p]) && html[p] != u'/' && html[p] != u'>' &&
                   html[p] != u'=')
                name.append(html[p++].toLower());
            while (p < n && isSpace(html[p]))
                ++p;
            QString value;
            if (p < n && html[p] == u'=') {
                ++p;
                while (p < n && isSpace(html[p]))
                    ++p;
                if (p < n && (html[p] == u'"' || html[p] == u'\'')) {
                    const QChar quote = html[p++];
                    const qsizetype close = html.indexOf(quote, p);
                    value = html.mid(p, (close < 0 ? n : close) - p);
                    p = close < 0 ? n : close + 1;
                } else {
                    while (p < n && !isSpace(html[p]) && html[p] != u'>')
                        value.append(html[p++]);
                }
            }
            if (!endTag) {
                checkAttribute(element, name, value, html);
                if (name == u"type")
                    type = decodeReferences(value).toLower();
                disabled = disabled || name == u"disabled";
            }
        }
        if (!endTag && element == u"input")
            require(type == u"checkbox" && disabled, "input only as a disabled checkbox", html);
        i = p < n ? p + 1 : n;
    }
}

void checkSanitizer(QStringView html, const HtmlSanitizerOptions &options)
{
    const QString clean = HtmlSanitizer::sanitize(html, options);
    checkSafeHtml(clean);
    const QString again = HtmlSanitizer::sanitize(clean, options);
    require(again == clean, "sanitizing the output again changes nothing",
            html.toString() + u"\n=>\n" + clean + u"\n=>\n" + again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const auto choice = input.ConsumeIntegral<quint8>();
    const std::vector<char> rest = input.ConsumeRemainingBytes<char>();
    const QString text = Folio::Fuzz::pageText(QByteArray(rest.data(), qsizetype(rest.size())));

    RenderOptions options;
    options.dialect = choice & 1 ? Dialect::Kramdown : Dialect::Goldmark;
    switch ((choice >> 1) % 3) {
    case 0: {
        // The preview's path: front matter, dialect, cmark-gfm, sanitizer.
        const RenderedPage page = Renderer::renderPage(text, options);
        const qsizetype lines = text.count(u'\n') + 1;
        // Every block comes from lines of the page. (Not in order: footnotes render last
        // with the lines of their definitions; and a list that ends the page claims the
        // trailing blank lines, around a placeholder standing on one of them.)
        QString blocks;
        for (const RenderedBlock &block : page.blocks) {
            blocks += QString::number(block.firstLine) + u'-' + QString::number(block.lastLine) +
                      u": " + block.html.left(200) + u'\n';
            require(block.firstLine >= 1 && block.firstLine <= block.lastLine &&
                        block.lastLine <= lines,
                    "blocks are lines of the page", blocks);
        }
        checkSafeHtml(page.contentHtml());
        break;
    }
    case 1:
        // cmark-gfm's own HTML (raw HTML kept), then the sanitizer on it.
        checkSanitizer(Renderer::renderMarkdown(text), HtmlSanitizerOptions{});
        break;
    default: {
        // The input as an HTML fragment, with and without source positions and styles.
        HtmlSanitizerOptions sanitizerOptions;
        sanitizerOptions.keepSourcePositions = choice & 8;
        sanitizerOptions.keepStyles = choice & 16;
        checkSanitizer(text, sanitizerOptions);
        break;
    }
    }
    return 0;
}
