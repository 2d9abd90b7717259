#pragma once

#include <QDirIterator>
#include <QElapsedTimer>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <functional>
#include <vector>

// What every benchmark measures with: wall-clock milliseconds of some work, medians and
// percentiles of repeated runs, the size of the generated handbook, the corpus's largest page.
namespace Folio::Bench {

inline double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

// p in [0, 1]; values must not be empty.
inline double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

inline double median(std::vector<double> values)
{
    return percentile(std::move(values), 0.5);
}

// FOLIO_BENCH_PAGES, default 4,000: the generated handbook's page count.
inline int benchPageCount()
{
    const int pages = qEnvironmentVariableIntValue("FOLIO_BENCH_PAGES");
    return pages > 0 ? pages : 4000;
}

// The largest page (by bytes) of the handbook corpus at corpus; empty when there is none.
inline QString largestCorpusPage(const QString &corpus)
{
    QString largestPath;
    qint64 largestSize = 0;
    QDirIterator it(corpus, {QStringLiteral("*.md"), QStringLiteral("*.erb")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (it.fileInfo().size() > largestSize) {
            largestSize = it.fileInfo().size();
            largestPath = it.filePath();
        }
    }
    return largestPath;
}

} // namespace Folio::Bench
