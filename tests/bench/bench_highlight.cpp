// The editor's highlighting on the largest corpus page: colouring the whole page once, and
// the work one keystroke in the middle costs, against cmark-gfm parsing the same page in the
// same process. A report, never a pass/fail: shared machines are too noisy for that.
#include "benchsupport.h"
#include "editing/markdownhighlighter.h"
#include "editing/wordcount.h"
#include "editor/markdownsyntaxhighlighter.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <QApplication>
#include <QFile>
#include <QPlainTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <cstdio>

using namespace Folio;

namespace {

void cmarkParse(const QByteArray &markdown)
{
    cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
    for (const char *name : {"table", "strikethrough", "autolink", "tasklist"})
        cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(name));
    cmark_parser_feed(parser, markdown.constData(), size_t(markdown.size()));
    cmark_node_free(cmark_parser_finish(parser));
    cmark_parser_free(parser);
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    cmark_gfm_core_extensions_ensure_registered();

    const QString largestPath = Folio::Bench::largestCorpusPage(QStringLiteral(FOLIO_CORPUS_DIR));
    QFile file(largestPath);
    if (largestPath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "no corpus at %s\n", FOLIO_CORPUS_DIR);
        return 1;
    }
    const QByteArray bytes = file.readAll();
    const QString text = QString::fromUtf8(bytes);
    constexpr int Runs = 15;

    std::vector<double> parse;
    std::vector<double> tokenize;
    std::vector<double> full;
    std::vector<double> count;
    for (int run = 0; run < Runs; ++run) {
        parse.push_back(Bench::milliseconds([&] { cmarkParse(bytes); }));
        tokenize.push_back(Bench::milliseconds([&] {
            int state = Editing::MarkdownHighlighter::PageStart;
            for (QStringView line : QStringView(text).split(u'\n'))
                state = Editing::MarkdownHighlighter::highlightLine(line, state).state;
        }));
        count.push_back(Bench::milliseconds([&] { (void)Editing::WordCount::of(text); }));
        QTextDocument document(text);
        document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
        Editor::MarkdownSyntaxHighlighter highlighter(&document);
        full.push_back(Bench::milliseconds([&] { highlighter.rehighlight(); }));
    }

    // Keystrokes in the middle of the page, each in a different line: the time of the
    // highlighter's reaction (rehighlightBlock of the edited line, the lines below while their
    // state changes) and the lines it looked at.
    QTextDocument document(text);
    document.setDocumentLayout(new QPlainTextDocumentLayout(&document));
    Editor::MarkdownSyntaxHighlighter highlighter(&document);
    QCoreApplication::processEvents();
    std::vector<double> keystroke;
    std::vector<double> insertWithout;
    qint64 blocks = 0;
    constexpr int Keystrokes = 200;
    const int middle = document.blockCount() / 2;
    for (int i = 0; i < Keystrokes; ++i) {
        QTextBlock block = document.findBlockByNumber(middle + i % 50);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.length() / 2);
        const qint64 before = highlighter.highlightedBlockCount();
        keystroke.push_back(Bench::milliseconds([&] { cursor.insertText(QStringLiteral("x")); }));
        blocks += highlighter.highlightedBlockCount() - before;
    }
    // The same keystrokes in a document without a highlighter: what the edit itself costs.
    QTextDocument plain(text);
    plain.setDocumentLayout(new QPlainTextDocumentLayout(&plain));
    for (int i = 0; i < Keystrokes; ++i) {
        QTextBlock block = plain.findBlockByNumber(middle + i % 50);
        QTextCursor cursor(block);
        cursor.setPosition(block.position() + block.length() / 2);
        insertWithout.push_back(
            Bench::milliseconds([&] { cursor.insertText(QStringLiteral("x")); }));
    }

    const double parseMs = Bench::median(parse);
    const double keyMs = Bench::median(keystroke) - Bench::median(insertWithout);
    std::printf("page: %s (%lld bytes, %d lines)\n", qPrintable(largestPath),
                static_cast<long long>(bytes.size()), document.blockCount());
    std::printf("cmark-gfm parse (baseline):      %8.3f ms\n", parseMs);
    std::printf("full highlight (QSyntaxHighlighter): %8.3f ms  (%.2fx cmark parse)\n",
                Bench::median(full), Bench::median(full) / parseMs);
    std::printf("tokenizer alone, whole page:     %8.3f ms  (%.2fx cmark parse)\n",
                Bench::median(tokenize), Bench::median(tokenize) / parseMs);
    std::printf("word count, whole page:          %8.3f ms\n", Bench::median(count));
    std::printf("keystroke, highlighter's share:  %8.3f ms median (p95 insert %.3f ms with, "
                "%.3f ms without)  (%.4fx cmark parse; goal <= 2 ms)\n",
                keyMs, Bench::percentile(keystroke, 0.95), Bench::percentile(insertWithout, 0.95),
                keyMs / parseMs);
    std::printf("lines re-highlighted per keystroke: %.2f\n", double(blocks) / Keystrokes);
    return 0;
}
