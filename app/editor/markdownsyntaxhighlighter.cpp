#include "editor/markdownsyntaxhighlighter.h"

#include <QFont>
#include <QGuiApplication>

#include <cstdlib>

namespace Folio::Editor {

using Editing::MarkupKind;

MarkdownSyntaxHighlighter::MarkdownSyntaxHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    setPalette(QGuiApplication::palette());
}

namespace {

QColor blend(const QColor &a, const QColor &b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amount) + b.redF() * amount),
                            float(a.greenF() * (1 - amount) + b.greenF() * amount),
                            float(a.blueF() * (1 - amount) + b.blueF() * amount));
}

} // namespace

void MarkdownSyntaxHighlighter::setPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // The palette says light or dark by its base, whatever the platform's scheme setting
    // (Qt 6.4 has no colorScheme()); each accent has a shade that keeps contrast on either.
    const bool dark = base.lightness() < text.lightness();
    const auto pick = [dark](QRgb light, QRgb onDark) { return QColor(dark ? onDark : light); };
    // Markup that is not prose reads as dimmed text, halfway to the background.
    const QColor dim = blend(text, base, 0.45);
    const QColor accent = pick(0x1f5fa8, 0x82b6f0);

    const auto format = [this](MarkupKind kind) -> QTextCharFormat & {
        return m_formats[size_t(kind)];
    };
    for (QTextCharFormat &f : m_formats)
        f = QTextCharFormat();

    format(MarkupKind::FrontMatterDelimiter).setForeground(dim);
    format(MarkupKind::FrontMatterKey).setForeground(pick(0x7a3e9d, 0xc9a0e6));
    format(MarkupKind::FrontMatterValue).setForeground(pick(0x2e6b30, 0x9ccc9c));
    format(MarkupKind::Comment).setForeground(dim);
    format(MarkupKind::Comment).setFontItalic(true);
    format(MarkupKind::HeadingMarker).setForeground(dim);
    format(MarkupKind::HeadingMarker).setFontWeight(QFont::Bold);
    format(MarkupKind::HeadingText).setForeground(accent);
    format(MarkupKind::HeadingText).setFontWeight(QFont::Bold);
    format(MarkupKind::Emphasis).setFontItalic(true);
    format(MarkupKind::Strong).setFontWeight(QFont::Bold);
    format(MarkupKind::Strikethrough).setFontStrikeOut(true);
    const QColor code = pick(0x9a4a00, 0xe8b070);
    const QColor codeBackground = blend(base, text, 0.06);
    for (MarkupKind kind : {MarkupKind::InlineCode, MarkupKind::CodeBlock}) {
        format(kind).setForeground(code);
        format(kind).setBackground(codeBackground);
    }
    format(MarkupKind::CodeFence).setForeground(dim);
    format(MarkupKind::CodeFence).setBackground(codeBackground);
    // The palette's link colour when it reads on the base (Qt's default blue does not on dark).
    const QColor link = palette.color(QPalette::Link);
    format(MarkupKind::LinkText)
        .setForeground(std::abs(link.lightness() - base.lightness()) > 90 ? link : accent);
    format(MarkupKind::LinkUrl).setForeground(dim);
    format(MarkupKind::LinkUrl).setFontUnderline(true);
    const QColor marker = pick(0xb35900, 0xf0a860);
    for (MarkupKind kind : {MarkupKind::ListMarker, MarkupKind::QuoteMarker, MarkupKind::TablePipe,
                            MarkupKind::BlockMarker}) {
        format(kind).setForeground(marker);
        format(kind).setFontWeight(QFont::Bold);
    }
    format(MarkupKind::Attribute).setForeground(dim);
    format(MarkupKind::Template).setForeground(dim);
    format(MarkupKind::HtmlTag).setForeground(pick(0xa0306a, 0xe896bc));
    rehighlight();
}

QTextCharFormat MarkdownSyntaxHighlighter::formatFor(MarkupKind kind) const
{
    return m_formats[size_t(kind)];
}

void MarkdownSyntaxHighlighter::highlightBlock(const QString &text)
{
    ++m_highlightedBlocks;
    const Editing::MarkdownHighlighter::Line line =
        Editing::MarkdownHighlighter::highlightLine(text, previousBlockState());
    // Nested spans come after the span around them: merge so a link in a heading stays bold.
    for (const Editing::MarkupSpan &span : line.spans) {
        QTextCharFormat merged = format(span.start);
        merged.merge(m_formats[size_t(span.kind)]);
        setFormat(span.start, span.length, merged);
    }
    setCurrentBlockState(line.state);
}

} // namespace Folio::Editor
