// Workspace benchmark on a generated handbook (FOLIO_BENCH_PAGES pages, default 4,000, with
// the real handbook's size distribution; see handbookgenerator.h): the time to index it, a
// quick-open query per keystroke, and full-text search against ripgrep (`rg`) on the same
// tree in the same run, with the ratio; then the memory the index holds and this process's
// RSS. Not a pass/fail test: shared machines are too noisy. bench_window_memory measures the
// window's own RSS with the handbook open.
#include "benchsupport.h"
#include "handbookgenerator.h"
#include "workspace/handbooksearch.h"
#include "workspace/pageindexer.h"
#include "workspace/quickopenmatcher.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Folio;

using namespace Folio::Bench;

namespace {

qint64 rssKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// rg's output lines, or -1 when it did not run.
qsizetype ripgrep(const QString &rg, const QStringList &options, const QString &phrase,
                  const QString &dir)
{
    QProcess process;
    process.start(rg, options + QStringList{QStringLiteral("--fixed-strings"),
                                            QStringLiteral("--line-number"), phrase, dir});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.readAllStandardOutput().count('\n');
}

qsizetype lineCount(const QList<Workspace::PageMatches> &pages)
{
    qsizetype lines = 0;
    for (const Workspace::PageMatches &page : pages)
        lines += page.lines.size();
    return lines;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pageCount = Bench::benchPageCount();
    constexpr int repetitions = 5;
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("handbook"));
    const qint64 bytes = Bench::generateHandbook(root, pageCount);
    if (bytes < 0) {
        std::fprintf(stderr, "bench_workspace: cannot write the handbook\n");
        return 2;
    }
    const auto handbook = Handbook::Handbook::open(root);
    if (!handbook) {
        std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(handbook.error().message));
        return 2;
    }
    const qint64 rssBefore = rssKilobytes();
    std::printf("bench_workspace: %d generated pages, %.1f MB of Markdown, %d threads\n", pageCount,
                double(bytes) / 1e6, QThread::idealThreadCount());

    // Warm-up: both sides find the files in the page cache.
    for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            (void)file.readAll();
    }

    // Index ready.
    Workspace::PageIndex index = Workspace::PageIndexer::build(*handbook);
    std::vector<double> indexing;
    for (int r = 0; r < repetitions; ++r) {
        indexing.push_back(milliseconds([&] { index = Workspace::PageIndexer::build(*handbook); }));
    }
    qsizetype headings = 0, links = 0, broken = 0;
    for (const Workspace::IndexedPagePtr &page : index.pages()) {
        headings += page->headings.size();
        links += page->links.size();
        for (const Workspace::PageLink &link : page->links)
            broken += link.isBroken() ? 1 : 0;
    }
    std::printf("index ready        median %8.1f ms  (min %.1f, of %d runs; budget 1000 ms)  "
                "%lld pages, %lld headings, %lld links (%lld broken)\n",
                percentile(indexing, 0.5), percentile(indexing, 0.0), repetitions,
                qlonglong(index.size()), qlonglong(headings), qlonglong(links), qlonglong(broken));
    std::vector<double> refresh;
    for (int r = 0; r < repetitions; ++r)
        refresh.push_back(
            milliseconds([&] { (void)Workspace::PageIndexer::update(index, {QString()}); }));
    std::printf(
        "refresh, no change median %8.1f ms  (the watcher's poll: list and stat every page)\n",
        percentile(refresh, 0.5));

    // Quick open: every prefix of a few typed queries, as keystrokes.
    const Workspace::QuickOpenMatcher matcher(index);
    std::vector<double> keystrokes;
    for (const char *typed : {"section 12 topic", "hbsec3top4", "merge request", "page-3999",
                              "customer review", "zzz"}) {
        const QString query = QString::fromUtf8(typed);
        for (qsizetype n = 1; n <= query.size(); ++n)
            keystrokes.push_back(
                milliseconds([&] { (void)matcher.match(QStringView(query).left(n), 50); }));
    }
    std::printf("quick open         p50 %8.2f ms  p95 %.2f ms  max %.2f ms per keystroke "
                "(%zu keystrokes; budget 10 ms)\n",
                percentile(keystrokes, 0.5), percentile(keystrokes, 0.95),
                percentile(keystrokes, 1.0), keystrokes.size());

    // Full-text search against ripgrep.
    const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    if (rg.isEmpty())
        std::printf("full-text search   rg not found: install ripgrep (scripts/setup-deps.sh) for "
                    "the comparison\n");
    const QString phrase = QStringLiteral("quarterly business review");
    struct Mode
    {
        const char *name;
        bool matchCase;
        bool wholeWord;
        QStringList rgOptions;
    };
    const Mode modes[] = {
        {"phrase, match case", true, false, {}},
        {"phrase, ignore case", false, false, {QStringLiteral("-i")}},
        {"word, ignore case", false, true, {QStringLiteral("-i"), QStringLiteral("-w")}}};
    for (const Mode &mode : modes) {
        const Workspace::SearchQuery query{mode.wholeWord ? QStringLiteral("review") : phrase,
                                           mode.matchCase, mode.wholeWord};
        std::vector<double> folio, ripgrepTimes;
        qsizetype folioLines = 0, rgLines = 0;
        for (int r = 0; r < repetitions; ++r) {
            // Interleaved, so a burst of load on the shared machine hits both alike.
            folio.push_back(milliseconds(
                [&] { folioLines = lineCount(Workspace::HandbookSearch::findAll(index, query)); }));
            if (!rg.isEmpty())
                ripgrepTimes.push_back(
                    milliseconds([&] { rgLines = ripgrep(rg, mode.rgOptions, query.text, root); }));
        }
        const double folioMedian = percentile(folio, 0.5);
        if (rg.isEmpty()) {
            std::printf("search %-20s folio %8.2f ms (%lld lines)\n", mode.name, folioMedian,
                        qlonglong(folioLines));
            continue;
        }
        const double rgMedian = percentile(ripgrepTimes, 0.5);
        std::printf("search %-20s folio %8.2f ms (%lld lines)   rg %s %8.2f ms (%lld lines)   "
                    "ratio %5.2fx (budget 0.5x)\n",
                    mode.name, folioMedian, qlonglong(folioLines),
                    qPrintable(mode.rgOptions.join(u' ')), rgMedian, qlonglong(rgLines),
                    folioMedian / rgMedian);
    }

    const qint64 rssAfter = rssKilobytes();
    std::printf("memory             index %.1f MB (page text %.1f MB); this process's RSS %.1f "
                "MB (%.1f MB before indexing; budget for the window: 200 MB)\n",
                double(index.estimatedMemoryBytes()) / 1e6, double(index.textBytes()) / 1e6,
                double(rssAfter) / 1024.0, double(rssBefore) / 1024.0);
    return index.size() == pageCount + 1 ? 0 : 1;
}
