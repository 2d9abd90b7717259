// Link-check benchmark on a generated handbook (FOLIO_BENCH_PAGES pages, default 4,000; see
// handbookgenerator.h): the time `folio check --only links` spends on the whole handbook,
// index build included, on 2 threads (FOLIO_BENCH_THREADS), against ripgrep listing every
// inline link (`](`) of the same tree in the same run, with the ratio; then the problems found
// by kind, which on the generated handbook are the links it makes broken on purpose. Not a
// pass/fail test: shared machines are too noisy. Budget: 3 s for 4,000 pages.
#include "benchsupport.h"
#include "checks/handbookchecker.h"
#include "handbookgenerator.h"
#include "workspace/pageindexer.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace Folio;

using namespace Folio::Bench;

namespace {

// Lines rg prints for every `](` of the tree's Markdown, or -1 when it did not run.
qsizetype ripgrepLinks(const QString &rg, const QString &dir)
{
    QProcess process;
    process.start(rg, {QStringLiteral("--only-matching"), QStringLiteral("--no-filename"),
                       QStringLiteral("--line-number"), QStringLiteral("--column"),
                       QStringLiteral("--type"), QStringLiteral("markdown"),
                       QStringLiteral("\\]\\([^)\\s]*"), dir});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
        return -1;
    return process.readAllStandardOutput().count('\n');
}

// The kind of a problem, from the start of its message ("no page", "no heading", ...).
QString kindOf(const Checks::Problem &problem)
{
    const QString head = problem.message.section(u' ', 0, 1);
    return Checks::severityName(problem.severity) + u": " + head;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int pageCount = Bench::benchPageCount();
    const int threads = qEnvironmentVariableIntValue("FOLIO_BENCH_THREADS") > 0
                            ? qEnvironmentVariableIntValue("FOLIO_BENCH_THREADS")
                            : 2;
    // parallelFor works on the pool's threads and the calling one, which waits meanwhile.
    QThreadPool::globalInstance()->setMaxThreadCount(threads);
    constexpr int repetitions = 5;
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("handbook"));
    const qint64 bytes = Bench::generateHandbook(root, pageCount);
    const auto handbook = Handbook::Handbook::open(root);
    if (bytes < 0 || !handbook) {
        std::fprintf(stderr, "bench_check: cannot write the handbook\n");
        return 2;
    }
    std::printf("bench_check: %d generated pages, %.1f MB of Markdown, %d threads (of %d)\n",
                pageCount, double(bytes) / 1e6, threads, QThread::idealThreadCount());
    // Warm-up: both sides find the files in the page cache.
    for (QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            (void)file.readAll();
    }

    std::vector<double> indexTimes, checkTimes, totalTimes, rgTimes;
    QList<Checks::PageProblems> problems;
    Workspace::PageIndex index;
    const QString rg = QStandardPaths::findExecutable(QStringLiteral("rg"));
    qsizetype rgLinks = -1;
    for (int r = 0; r < repetitions; ++r) {
        // Interleaved, so a burst of load on the shared machine hits both alike.
        QElapsedTimer total;
        total.start();
        indexTimes.push_back(
            milliseconds([&] { index = Workspace::PageIndexer::build(*handbook); }));
        checkTimes.push_back(milliseconds([&] {
            const Checks::HandbookChecker checker(index, Checks::CheckKind::Links);
            problems = checker.checkPages();
        }));
        totalTimes.push_back(double(total.nsecsElapsed()) / 1e6);
        if (!rg.isEmpty())
            rgTimes.push_back(milliseconds([&] { rgLinks = ripgrepLinks(rg, root); }));
    }

    qsizetype links = 0, pageLinks = 0, anchors = 0, images = 0, external = 0;
    for (const Workspace::IndexedPagePtr &page : index.pages()) {
        links += page->links.size();
        for (const Workspace::PageLink &link : page->links) {
            switch (link.kind) {
            case Workspace::PageLink::Kind::Page:
                ++pageLinks;
                anchors += link.anchor.isEmpty() ? 0 : 1;
                break;
            case Workspace::PageLink::Kind::Image:
                ++images;
                break;
            case Workspace::PageLink::Kind::External:
                ++external;
                break;
            }
        }
    }
    QMap<QString, qsizetype> byKind;
    qsizetype found = 0;
    for (const Checks::PageProblems &page : std::as_const(problems)) {
        found += page.problems.size();
        for (const Checks::Problem &problem : page.problems)
            ++byKind[kindOf(problem)];
    }

    std::printf("index build        median %8.1f ms\n", median(indexTimes));
    std::printf("link check         median %8.1f ms  (%lld pages, %lld links: %lld to pages, "
                "%lld with an anchor, %lld images, %lld external)\n",
                median(checkTimes), qlonglong(index.size()), qlonglong(links), qlonglong(pageLinks),
                qlonglong(anchors), qlonglong(images), qlonglong(external));
    const double folio = median(totalTimes);
    if (rg.isEmpty()) {
        std::printf("index + check      median %8.1f ms (budget 3000 ms); rg not found: install "
                    "ripgrep for the comparison\n",
                    folio);
    } else {
        const double baseline = median(rgTimes);
        std::printf("index + check      median %8.1f ms (budget 3000 ms)   rg listing every "
                    "`](` %8.1f ms (%lld matches)   ratio %5.2fx\n",
                    folio, baseline, qlonglong(rgLinks), folio / baseline);
    }
    std::printf("problems found     %lld:", qlonglong(found));
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        std::printf("  %s %lld", qPrintable(it.key()), qlonglong(it.value()));
    std::printf("\n");
    return 0;
}
