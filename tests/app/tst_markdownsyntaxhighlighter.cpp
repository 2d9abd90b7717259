#include "editor/markdownsyntaxhighlighter.h"
#include "webenginetestmain.h"

#include <QApplication>
#include <QPalette>
#include <QPlainTextDocumentLayout>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

using namespace Folio;
using Editing::MarkupKind;

namespace {

// The format the highlighter gave the character at column of line (0-based).
QTextCharFormat formatAt(QTextDocument *document, int line, int column)
{
    const QTextBlock block = document->findBlockByNumber(line);
    QTextCharFormat result;
    for (const QTextLayout::FormatRange &range : block.layout()->formats())
        if (column >= range.start && column < range.start + range.length)
            result = range.format;
    return result;
}

const QString Page = QStringLiteral("---\n"
                                    "title: Sales\n"
                                    "---\n"
                                    "# Heading\n"
                                    "Some *text* and `code`.\n"
                                    "Another line\n"
                                    "More text\n"
                                    "Last line\n");

} // namespace

class TestMarkdownSyntaxHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coloursEachConstruct();
    void typingReHighlightsOnlyTheEditedLine();
    void openingAFenceReHighlightsTheLinesBelow();
    void darkPaletteGivesLightColours();
};

void TestMarkdownSyntaxHighlighter::coloursEachConstruct()
{
    QTextDocument document(Page);
    // As in the editor: QTextDocument reports edits to the highlighter only with a layout.
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    Editor::MarkdownSyntaxHighlighter highlighter(&document);
    QCOMPARE(formatAt(&document, 1, 0).foreground(),
             highlighter.formatFor(MarkupKind::FrontMatterKey).foreground());
    QCOMPARE(formatAt(&document, 1, 8).foreground(),
             highlighter.formatFor(MarkupKind::FrontMatterValue).foreground());
    QCOMPARE(formatAt(&document, 3, 3).fontWeight(), int(QFont::Bold));
    QVERIFY(formatAt(&document, 4, 6).fontItalic());
    QVERIFY(!formatAt(&document, 4, 0).fontItalic());
    QCOMPARE(formatAt(&document, 4, 18).foreground(),
             highlighter.formatFor(MarkupKind::InlineCode).foreground());
    QVERIFY(formatAt(&document, 1, 0).foreground() != formatAt(&document, 1, 8).foreground());
}

void TestMarkdownSyntaxHighlighter::typingReHighlightsOnlyTheEditedLine()
{
    QTextDocument document(Page);
    // As in the editor: QTextDocument reports edits to the highlighter only with a layout.
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    Editor::MarkdownSyntaxHighlighter highlighter(&document);
    // QSyntaxHighlighter colours a new document once the event loop runs, ignoring edits
    // until then.
    QCoreApplication::processEvents();
    const qint64 before = highlighter.highlightedBlockCount();
    QVERIFY(before >= document.blockCount());
    QTextCursor cursor(document.findBlockByNumber(5));
    cursor.movePosition(QTextCursor::EndOfBlock);
    cursor.insertText(QStringLiteral(" **now bold**"));
    QCOMPARE(highlighter.highlightedBlockCount(), before + 1);
    QCOMPARE(formatAt(&document, 5, 16).fontWeight(), int(QFont::Bold));
}

void TestMarkdownSyntaxHighlighter::openingAFenceReHighlightsTheLinesBelow()
{
    QTextDocument document(Page);
    // As in the editor: QTextDocument reports edits to the highlighter only with a layout.
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    Editor::MarkdownSyntaxHighlighter highlighter(&document);
    // QSyntaxHighlighter colours a new document once the event loop runs, ignoring edits
    // until then.
    QCoreApplication::processEvents();
    const qint64 before = highlighter.highlightedBlockCount();
    QTextCursor cursor(document.findBlockByNumber(5));
    cursor.insertText(QStringLiteral("```"));
    // The fence turns every line below into code, so each is coloured again.
    QVERIFY(highlighter.highlightedBlockCount() - before >= document.blockCount() - 5);
    const QBrush code = highlighter.formatFor(MarkupKind::CodeBlock).foreground();
    QCOMPARE(formatAt(&document, 6, 0).foreground(), code);
    QCOMPARE(formatAt(&document, 7, 0).foreground(), code);
    // And closing it puts them back.
    QTextCursor(document.findBlockByNumber(7)).insertText(QStringLiteral("```\n"));
    QCOMPARE(document.findBlockByNumber(8).text(), QStringLiteral("Last line"));
    QCOMPARE(formatAt(&document, 6, 0).foreground(), code);
    QVERIFY(formatAt(&document, 8, 0).foreground() != code);
}

void TestMarkdownSyntaxHighlighter::darkPaletteGivesLightColours()
{
    QTextDocument document(Page);
    // As in the editor: QTextDocument reports edits to the highlighter only with a layout.
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    Editor::MarkdownSyntaxHighlighter highlighter(&document);
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    highlighter.setPalette(light);
    const QColor onLight = formatAt(&document, 3, 3).foreground().color();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    highlighter.setPalette(dark);
    const QColor onDark = formatAt(&document, 3, 3).foreground().color();
    // Each is readable on its own background: far from it in lightness.
    QVERIFY2(onLight.lightness() < 128, qPrintable(onLight.name()));
    QVERIFY2(onDark.lightness() > 128, qPrintable(onDark.name()));
    for (MarkupKind kind : {MarkupKind::FrontMatterKey, MarkupKind::InlineCode,
                            MarkupKind::LinkText, MarkupKind::Template, MarkupKind::HtmlTag}) {
        const QColor colour = highlighter.formatFor(kind).foreground().color();
        QVERIFY2(std::abs(colour.lightness() - 0x20) > 70, qPrintable(colour.name()));
    }
}

FOLIO_WIDGETS_TEST_MAIN(TestMarkdownSyntaxHighlighter)
#include "tst_markdownsyntaxhighlighter.moc"
