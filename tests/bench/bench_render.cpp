// Render benchmark: Folio's page renderer against plain cmark-gfm on the same pages, in the
// same process. Prints the time of each and the ratio (Folio / baseline).
#include "markdown/renderer.h"
#include "markdown/renderer_p.h"

#include "cmarkbaseline.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>

namespace {

// The best of several rounds: the least disturbed by other work on a shared machine.
double bestMilliseconds(int rounds, const std::function<void()> &work)
{
    double best = 1e300;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, double(timer.nsecsElapsed()) / 1e6);
    }
    return best;
}

void report(const char *what, double folio, double baseline, const char *baselineName)
{
    std::printf("%-36s folio %9.3f ms   %-22s %9.3f ms   ratio %5.2fx\n", what, folio, baselineName,
                baseline, folio / baseline);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cmark_gfm_core_extensions_ensure_registered();
    const QString corpus =
        qEnvironmentVariable("FOLIO_CORPUS_DIR", QStringLiteral(FOLIO_CORPUS_DIR));
    QList<QByteArray> pages;
    QByteArray largest;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        pages.append(file.readAll());
        if (pages.last().size() > largest.size())
            largest = pages.last();
    }
    if (pages.isEmpty()) {
        std::fprintf(stderr, "bench_render: no pages found in %s\n", qPrintable(corpus));
        return 2;
    }
    std::printf("bench_render: %lld corpus pages, largest %lld bytes\n", qlonglong(pages.size()),
                qlonglong(largest.size()));

    using Folio::Markdown::Renderer;
    const QString largestText = QString::fromUtf8(largest);
    size_t sink = 0;
    // A first render: nothing parsed before (the chunk cache is what makes keystrokes cheap,
    // so it must not flatter this figure). Sanitized blocks stay cached between rounds, as
    // they do in the app for any page opened before.
    const double folioLargest = bestMilliseconds(15, [&] {
        Folio::Markdown::clearChunkCache();
        sink += size_t(Renderer::renderPage(largestText).bodyHtml().size());
    });
    const double baseLargest = bestMilliseconds(15, [&] { sink += cmarkBaselineRender(largest); });
    report("render largest page (first)", folioLargest, baseLargest, "cmark-gfm");
    // A keystroke: one character more each round, the rest of the page as before.
    QString typed = largestText;
    const qsizetype typingAt = typed.indexOf(QLatin1Char(' '), typed.size() / 2);
    int keystrokes = 0;
    (void)Renderer::renderPage(typed);
    const double folioKeystroke = bestMilliseconds(15, [&] {
        typed.insert(typingAt + keystrokes++, QLatin1Char('x'));
        sink += size_t(Renderer::renderPage(typed).blocks.size());
    });
    report("render largest page (keystroke)", folioKeystroke, baseLargest, "cmark-gfm, whole");

    QList<QString> texts;
    for (const QByteArray &page : std::as_const(pages))
        texts.append(QString::fromUtf8(page));
    const double folioAll = bestMilliseconds(5, [&] {
        Folio::Markdown::clearChunkCache();
        for (const QString &text : std::as_const(texts))
            sink += size_t(Folio::Markdown::Renderer::renderPage(text).bodyHtml().size());
    });
    const double baseAll = bestMilliseconds(5, [&] {
        for (const QByteArray &page : std::as_const(pages))
            sink += cmarkBaselineRender(page);
    });
    report("render whole corpus", folioAll, baseAll, "cmark-gfm");
    return sink > 0 ? 0 : 1;
}
