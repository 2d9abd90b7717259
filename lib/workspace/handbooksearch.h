#pragma once

#include "workspace/pageindex.h"

#include <QFutureWatcher>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace Folio::Workspace {

// What to look for in the whole handbook: plain text, no patterns.
struct SearchQuery
{
    QString text;
    bool matchCase = false;
    // The match must not touch a word character (Unicode letter, mark, digit or '_') on
    // either side.
    bool wholeWord = false;
};

// One matching line of a page.
struct LineMatch
{
    // Longer lines are cut to a window of this many UTF-16 characters around the first match.
    static constexpr int MaximumTextLength = 300;

    struct Range
    {
        int start = 0; // in text, UTF-16 characters
        int length = 0;
        friend bool operator==(const Range &, const Range &) = default;
    };

    int line = 0;        // 1-based line in the page file
    int column = 0;      // 0-based UTF-16 column of the first match in the whole line
    QString text;        // the line (or its window), without the line break
    int textStart = 0;   // the column in the whole line where text begins (0 unless cut)
    QList<Range> ranges; // every match in text, in order
};

// The matches of one page, in line order.
struct PageMatches
{
    qsizetype page = -1; // position in the PageIndex searched, for ordering results
    QString path;        // relative to the root
    QString title;
    QList<LineMatch> lines;
};

// Full-text search over the text a PageIndex holds in memory (no disk access).
//
// How it matches: the page bytes are UTF-8 and are searched as bytes. Case-sensitive: exact
// bytes (memmem). Case-insensitive with an ASCII query (the usual case): Boyer-Moore-Horspool
// with ASCII letters folded, other characters must be equal. Case-insensitive with non-ASCII in the
// query: the page is decoded and matched with Unicode case folding (QStringMatcher), slower.
// Columns and ranges are UTF-16 positions, as QTextDocument counts.
//
// The static functions are pure and thread-safe; the object runs one search at a time on the
// global thread pool for the window: start() cancels the previous search (newest request
// wins) and stale results never reach its signals.
class HandbookSearch : public QObject
{
    Q_OBJECT

public:
    // Gets batches of pages with matches, in no particular order; called from worker threads,
    // possibly several at once.
    using BatchHandler = std::function<void(QList<PageMatches> batch)>;

    explicit HandbookSearch(QObject *parent = nullptr);
    ~HandbookSearch() override; // cancels and waits

    // Searches every page in parallel chunks, handing each chunk's results to onBatch as soon
    // as it is done. Stops early when cancelled is set. Returns whether it ran to the end.
    static bool run(const PageIndex &index, const SearchQuery &query, const BatchHandler &onBatch,
                    const std::atomic_bool *cancelled = nullptr);
    // All matches, sorted by path (for the command line and tests).
    [[nodiscard]] static QList<PageMatches> findAll(const PageIndex &index,
                                                    const SearchQuery &query,
                                                    const std::atomic_bool *cancelled = nullptr);
    // The matches in one page's text.
    [[nodiscard]] static QList<LineMatch> findInText(const QByteArray &utf8,
                                                     const SearchQuery &query);

    // Starts searching a snapshot; results stream through matchesFound(), then finished().
    void start(const PageIndex &index, const SearchQuery &query);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_job.isRunning(); }

Q_SIGNALS:
    // A batch of pages with matches for the current search (order by PageMatches::page).
    void matchesFound(const QList<Folio::Workspace::PageMatches> &pages);
    // The current search ended: ran to the end, or was cancelled by cancel(). Not emitted for
    // a search replaced by start().
    void finished(bool completed);

private:
    QFutureWatcher<bool> m_job;
    QList<QFuture<bool>> m_started; // waited for on destruction
    std::shared_ptr<std::atomic_bool> m_cancelled;
    int m_generation = 0;
    bool m_cancelledByUser = false;
};

} // namespace Folio::Workspace

Q_DECLARE_METATYPE(Folio::Workspace::PageMatches)
