#include "workspace/handbooksearch.h"

#include "workspace/parallelfor.h"

#include <QMutex>
#include <QStringMatcher>
#include <QtConcurrent>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>
#include <string.h> // memmem (POSIX 2024, glibc, musl, BSDs)
#include <string_view>

namespace Folio::Workspace {

namespace {

bool isWordCodePoint(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
               c == '_';
    if (QChar::isLetterOrNumber(c))
        return true;
    const QChar::Category category = QChar::category(c);
    return category >= QChar::Mark_NonSpacing && category <= QChar::Mark_Enclosing;
}

// The code point ending just before byte `at`, or 0 at the start (counts as a boundary).
char32_t codePointBefore(const char *text, qsizetype at)
{
    if (at <= 0)
        return 0;
    if (uchar(text[at - 1]) < 0x80)
        return uchar(text[at - 1]);
    qsizetype start = at - 1;
    while (start > 0 && at - start < 4 && (uchar(text[start]) & 0xC0) == 0x80)
        --start;
    return QString::fromUtf8(text + start, at - start).toUcs4().value(0, 0);
}

char32_t codePointAt(const char *text, qsizetype size, qsizetype at)
{
    if (at >= size)
        return 0;
    const uchar lead = uchar(text[at]);
    if (lead < 0x80)
        return lead;
    const qsizetype length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return QString::fromUtf8(text + at, std::min(length, size - at)).toUcs4().value(0, 0);
}

// UTF-16 units in UTF-8 bytes: one per lead byte, two for a 4-byte sequence.
int utf16Length(const char *bytes, qsizetype size)
{
    int units = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const uchar b = uchar(bytes[i]);
        if ((b & 0xC0) != 0x80)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

// Finds a needle in bytes, optionally folding ASCII letters.
class BytePattern
{
public:
    BytePattern(const QByteArray &needle, bool foldAscii)
        : m_folds(foldAscii)
    {
        for (int c = 0; c < 256; ++c)
            m_fold[size_t(c)] = uchar(foldAscii && c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
        m_needle.resize(size_t(needle.size()));
        for (qsizetype i = 0; i < needle.size(); ++i)
            m_needle[size_t(i)] = m_fold[uchar(needle[i])];
        const size_t m = m_needle.size();
        // The needle's rarest byte anchors the search: memchr finds its candidates many
        // times faster than a byte-by-byte loop (Horspool, tried first, skips at most the
        // needle's length: slow for short words).
        for (size_t i = 0; i < m; ++i) {
            if (rarity(m_needle[i]) > rarity(m_needle[m_anchor]))
                m_anchor = i;
        }
    }

    [[nodiscard]] qsizetype size() const { return qsizetype(m_needle.size()); }

    // Where a search through one text is: the next anchor bytes found, so that the rarer case
    // is not looked for again from every match. Start each text with a fresh one.
    struct Cursor
    {
        qsizetype nextLower = -1;
        qsizetype nextUpper = -1;
    };

    [[nodiscard]] qsizetype find(const char *text, qsizetype size, qsizetype from,
                                 Cursor &cursor) const
    {
        const size_t m = m_needle.size();
        if (m == 0)
            return -1;
        if (!m_folds) {
            // glibc's memmem (two-way with a shift table) is several times faster than a
            // byte-by-byte Horspool loop on long needles.
            const void *found = ::memmem(text + from, size_t(size - from), m_needle.data(), m);
            return found ? static_cast<const char *>(found) - text : -1;
        }
        const uchar anchor = m_needle[m_anchor]; // folded: a letter is lower case
        const bool letter = anchor >= 'a' && anchor <= 'z';
        return findByAnchor(text, size, from, anchor, letter ? uchar(anchor - 'a' + 'A') : anchor,
                            cursor);
    }

private:
    // How rare a byte is in handbook text, higher is rarer: letters by English frequency,
    // white space and common punctuation least rare, other bytes rare.
    [[nodiscard]] static int rarity(uchar c)
    {
        static constexpr std::string_view common = " etaoinsrhldcumfpgwybvk.,-\n";
        const size_t at = common.find(char(c));
        return at == std::string_view::npos ? 100 : int(at);
    }

    // Candidates where the anchor byte (either case, lower and upper) is, checked whole.
    [[nodiscard]] qsizetype findByAnchor(const char *text, qsizetype size, qsizetype from,
                                         uchar lower, uchar upper, Cursor &cursor) const
    {
        const size_t m = m_needle.size();
        const auto r = qsizetype(m_anchor);
        const auto *h = reinterpret_cast<const uchar *>(text);
        const auto next = [&](uchar byte, qsizetype start) -> qsizetype {
            if (start >= size)
                return size;
            const void *found = std::memchr(text + start, byte, size_t(size - start));
            return found ? static_cast<const char *>(found) - text : size;
        };
        qsizetype &nextLower = cursor.nextLower;
        qsizetype &nextUpper = cursor.nextUpper;
        if (nextLower < from + r)
            nextLower = next(lower, from + r);
        if (nextUpper < from + r)
            nextUpper = lower == upper ? size : next(upper, from + r);
        while (true) {
            const qsizetype at = std::min(nextLower, nextUpper);
            if (at >= size)
                return -1;
            const qsizetype start = at - r;
            if (start + qsizetype(m) > size)
                return -1;
            size_t k = 0;
            while (k < m && m_fold[h[size_t(start) + k]] == m_needle[k])
                ++k;
            if (k == m)
                return start;
            if (at == nextLower)
                nextLower = next(lower, at + 1);
            else
                nextUpper = next(upper, at + 1);
        }
    }

    std::array<uchar, 256> m_fold{};
    std::vector<uchar> m_needle;
    size_t m_anchor = 0; // index of the needle's rarest byte
    bool m_folds = false;
};

// Cuts a long line to a window around its first match and moves the ranges with it.
LineMatch makeLineMatch(int line, QString text, QList<LineMatch::Range> ranges)
{
    LineMatch match;
    match.line = line;
    match.column = ranges.isEmpty() ? 0 : ranges.first().start;
    if (text.size() > LineMatch::MaximumTextLength) {
        int start = std::max(0, match.column - LineMatch::MaximumTextLength / 5);
        start = std::min(start, int(text.size()) - LineMatch::MaximumTextLength);
        if (start > 0 && text[start].isLowSurrogate())
            --start;
        text = text.sliced(start, LineMatch::MaximumTextLength);
        match.textStart = start;
        QList<LineMatch::Range> kept;
        for (const LineMatch::Range &range : std::as_const(ranges)) {
            const int from = range.start - start;
            if (from >= 0 && from + range.length <= text.size())
                kept.append({from, range.length});
        }
        ranges = kept;
    }
    match.text = std::move(text);
    match.ranges = std::move(ranges);
    return match;
}

// One query, prepared once and used for every page.
class Searcher
{
public:
    explicit Searcher(const SearchQuery &query)
        : m_query(query)
        , m_utf8(query.text.toUtf8())
    {
        const bool ascii =
            std::all_of(m_utf8.cbegin(), m_utf8.cend(), [](char c) { return uchar(c) < 0x80; });
        if (query.matchCase || ascii)
            m_bytes.emplace(m_utf8, !query.matchCase);
        else
            m_unicode.emplace(query.text, Qt::CaseInsensitive);
    }

    [[nodiscard]] QList<LineMatch> find(const QByteArray &utf8) const
    {
        if (m_query.text.isEmpty())
            return {};
        return m_bytes ? findBytes(utf8) : findUnicode(utf8);
    }

private:
    [[nodiscard]] QList<LineMatch> findBytes(const QByteArray &utf8) const
    {
        QList<LineMatch> result;
        const char *text = utf8.constData();
        const qsizetype size = utf8.size();
        const qsizetype m = m_bytes->size();
        int lineNumber = 1;
        qsizetype lineStart = 0;
        qsizetype counted = 0; // newlines counted up to here
        int currentLine = 0;   // the line collecting ranges
        qsizetype currentStart = 0;
        qsizetype columnByte = 0; // the byte whose UTF-16 column is `column`
        int column = 0;
        QList<LineMatch::Range> ranges;
        const auto flush = [&] {
            if (ranges.isEmpty())
                return;
            const void *nl = std::memchr(text + currentStart, '\n', size_t(size - currentStart));
            qsizetype end = nl ? static_cast<const char *>(nl) - text : size;
            if (end > currentStart && text[end - 1] == '\r')
                --end;
            result.append(makeLineMatch(
                currentLine, QString::fromUtf8(text + currentStart, end - currentStart), ranges));
            ranges.clear();
        };
        BytePattern::Cursor cursor;
        for (qsizetype at = m_bytes->find(text, size, 0, cursor); at >= 0;
             at = m_bytes->find(text, size, at, cursor)) {
            if (m_query.wholeWord && (isWordCodePoint(codePointBefore(text, at)) ||
                                      isWordCodePoint(codePointAt(text, size, at + m)))) {
                ++at;
                continue;
            }
            // The line of this match.
            while (true) {
                const void *nl = std::memchr(text + counted, '\n', size_t(at - counted));
                if (!nl)
                    break;
                counted = static_cast<const char *>(nl) - text + 1;
                ++lineNumber;
                lineStart = counted;
            }
            counted = at;
            if (lineNumber != currentLine) {
                flush();
                currentLine = lineNumber;
                currentStart = lineStart;
                columnByte = lineStart;
                column = 0;
            }
            // Counted on from the previous match of the line: linear in the line's length.
            column += utf16Length(text + columnByte, at - columnByte);
            columnByte = at;
            ranges.append({column, utf16Length(text + at, m)});
            at += m;
        }
        flush();
        return result;
    }

    [[nodiscard]] QList<LineMatch> findUnicode(const QByteArray &utf8) const
    {
        QList<LineMatch> result;
        const QString text = QString::fromUtf8(utf8);
        const qsizetype size = text.size();
        const qsizetype m = m_unicode->pattern().size();
        int lineNumber = 1;
        qsizetype lineStart = 0;
        qsizetype counted = 0;
        int currentLine = 0;
        qsizetype currentStart = 0;
        QList<LineMatch::Range> ranges;
        const auto flush = [&] {
            if (ranges.isEmpty())
                return;
            qsizetype end = text.indexOf(u'\n', currentStart);
            if (end < 0)
                end = size;
            if (end > currentStart && text[end - 1] == u'\r')
                --end;
            result.append(
                makeLineMatch(currentLine, text.sliced(currentStart, end - currentStart), ranges));
            ranges.clear();
        };
        const auto codePoint = [&](qsizetype at, bool before) -> char32_t {
            if (before) {
                if (at <= 0)
                    return 0;
                if (at >= 2 && text[at - 1].isLowSurrogate() && text[at - 2].isHighSurrogate())
                    return QChar::surrogateToUcs4(text[at - 2], text[at - 1]);
                return text[at - 1].unicode();
            }
            if (at >= size)
                return 0;
            if (at + 1 < size && text[at].isHighSurrogate() && text[at + 1].isLowSurrogate())
                return QChar::surrogateToUcs4(text[at], text[at + 1]);
            return text[at].unicode();
        };
        for (qsizetype at = m_unicode->indexIn(text, 0); at >= 0;
             at = m_unicode->indexIn(text, at)) {
            if (m_query.wholeWord && (isWordCodePoint(codePoint(at, true)) ||
                                      isWordCodePoint(codePoint(at + m, false)))) {
                ++at;
                continue;
            }
            for (qsizetype nl = text.indexOf(u'\n', counted); nl >= 0 && nl < at;
                 nl = text.indexOf(u'\n', counted)) {
                counted = nl + 1;
                ++lineNumber;
                lineStart = counted;
            }
            counted = at;
            if (lineNumber != currentLine) {
                flush();
                currentLine = lineNumber;
                currentStart = lineStart;
            }
            ranges.append({int(at - lineStart), int(m)});
            at += m;
        }
        flush();
        return result;
    }

    SearchQuery m_query;
    QByteArray m_utf8;
    std::optional<BytePattern> m_bytes;
    std::optional<QStringMatcher> m_unicode;
};

} // namespace

HandbookSearch::HandbookSearch(QObject *parent)
    : QObject(parent)
{
    connect(&m_job, &QFutureWatcher<bool>::finished, this, [this] {
        const bool byUser = m_cancelledByUser;
        m_cancelledByUser = false;
        Q_EMIT finished(m_job.result() && !byUser);
    });
}

HandbookSearch::~HandbookSearch()
{
    if (m_cancelled)
        m_cancelled->store(true);
    // Every search ever started may still hold this object (its batches are posted to it).
    for (QFuture<bool> &future : m_started)
        future.waitForFinished();
}

QList<LineMatch> HandbookSearch::findInText(const QByteArray &utf8, const SearchQuery &query)
{
    return Searcher(query).find(utf8);
}

bool HandbookSearch::run(const PageIndex &index, const SearchQuery &query,
                         const BatchHandler &onBatch, const std::atomic_bool *cancelled)
{
    if (query.text.isEmpty())
        return true;
    const Searcher searcher(query);
    // Chunks of about 512 KB of text: enough work per task, early first results.
    constexpr qint64 ChunkBytes = 512 * 1024;
    struct Chunk
    {
        qsizetype first;
        qsizetype last; // one past
    };
    std::vector<Chunk> chunks;
    qsizetype first = 0;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < index.size(); ++i) {
        bytes += index.at(i).text.size();
        if (bytes >= ChunkBytes || i + 1 == index.size()) {
            chunks.push_back({first, i + 1});
            first = i + 1;
            bytes = 0;
        }
    }
    const auto stop = [cancelled] {
        return cancelled && cancelled->load(std::memory_order_relaxed);
    };
    parallelFor(qsizetype(chunks.size()), [&](qsizetype c) {
        const Chunk &chunk = chunks[size_t(c)];
        QList<PageMatches> batch;
        for (qsizetype i = chunk.first; i < chunk.last && !stop(); ++i) {
            const IndexedPage &page = index.at(i);
            QList<LineMatch> lines = searcher.find(page.text);
            if (!lines.isEmpty())
                batch.append(PageMatches{i, page.path, page.title, std::move(lines)});
        }
        if (!batch.isEmpty() && !stop())
            onBatch(std::move(batch));
    });
    return !stop();
}

QList<PageMatches> HandbookSearch::findAll(const PageIndex &index, const SearchQuery &query,
                                           const std::atomic_bool *cancelled)
{
    QMutex mutex;
    QList<PageMatches> all;
    run(
        index, query,
        [&](QList<PageMatches> batch) {
            const QMutexLocker lock(&mutex);
            all.append(std::move(batch));
        },
        cancelled);
    std::sort(all.begin(), all.end(),
              [](const PageMatches &a, const PageMatches &b) { return a.page < b.page; });
    return all;
}

void HandbookSearch::start(const PageIndex &index, const SearchQuery &query)
{
    if (m_cancelled)
        m_cancelled->store(true);
    m_cancelledByUser = false;
    m_started.erase(std::remove_if(m_started.begin(), m_started.end(),
                                   [](const QFuture<bool> &f) { return f.isFinished(); }),
                    m_started.end());
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const int generation = ++m_generation;
    const BatchHandler onBatch = [this, generation](QList<PageMatches> batch) {
        QMetaObject::invokeMethod(
            this,
            [this, generation, batch = std::move(batch)] {
                if (generation == m_generation && !m_cancelledByUser)
                    Q_EMIT matchesFound(batch);
            },
            Qt::QueuedConnection);
    };
    QFuture<bool> future = QtConcurrent::run([index, query, onBatch, cancelled = m_cancelled] {
        return run(index, query, onBatch, cancelled.get());
    });
    m_started.append(future);
    m_job.setFuture(future);
}

void HandbookSearch::cancel()
{
    if (m_cancelled && m_job.isRunning()) {
        m_cancelled->store(true);
        m_cancelledByUser = true;
    }
}

} // namespace Folio::Workspace

// The moc code lives with the class, not in folio_core's shared mocs_compilation.cpp: the
// command line links these classes and must not pull in the other QObjects (and libgit2).
#include "moc_handbooksearch.cpp"
