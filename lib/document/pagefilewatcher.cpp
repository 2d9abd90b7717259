#include "document/pagefilewatcher.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace Folio::Document {

namespace {

// A burst that never settles (a program appending for seconds) is still looked at this often.
constexpr qint64 MaximumBurstMs = 1000;

} // namespace

PageFileWatcher::PageFileWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(std::chrono::milliseconds(100));
    connect(&m_settle, &QTimer::timeout, this, [this] { look(true); });
    m_poll.setInterval(std::chrono::seconds(2));
    connect(&m_poll, &QTimer::timeout, this, [this] { look(true); });
}

PageFileWatcher::~PageFileWatcher() = default;

void PageFileWatcher::watch(const QString &path, const QByteArray &bytes)
{
    stop();
    m_path = path;
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &PageFileWatcher::onEvent);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &PageFileWatcher::onEvent);
    setBaseline(bytes);
    if (m_poll.interval() > 0)
        m_poll.start();
}

void PageFileWatcher::stop()
{
    delete m_watcher;
    m_watcher = nullptr;
    m_settle.stop();
    m_poll.stop();
    m_path.clear();
    m_baseline.clear();
    m_reported.clear();
    m_seen = {};
    m_lastExisting = {};
    m_missing = false;
    m_missingSuspected = false;
}

void PageFileWatcher::setBaseline(const QByteArray &bytes)
{
    if (m_path.isEmpty())
        return;
    m_baseline = bytes;
    m_reported.clear();
    // What is there now is what Folio just read or wrote: a look that the write's own events
    // trigger finds the same stamp and reads nothing.
    const auto stamp = FileStamp::of(m_path);
    m_seen = stamp ? stamp.value() : FileStamp{};
    if (m_seen.exists)
        m_lastExisting = m_seen;
    m_missing = !m_seen.exists;
    m_missingSuspected = false;
    arm();
}

void PageFileWatcher::follow(const QString &newPath)
{
    if (m_path.isEmpty())
        return;
    const QByteArray baseline = m_baseline;
    if (m_watcher) {
        const QStringList watched = m_watcher->files() + m_watcher->directories();
        if (!watched.isEmpty())
            m_watcher->removePaths(watched);
    }
    m_path = newPath;
    setBaseline(baseline);
}

void PageFileWatcher::setSettleDelay(std::chrono::milliseconds delay)
{
    m_settle.setInterval(delay);
}

void PageFileWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
    if (interval.count() <= 0)
        m_poll.stop();
    else if (!m_path.isEmpty())
        m_poll.start();
}

void PageFileWatcher::checkNow()
{
    m_settle.stop();
    look(false);
}

void PageFileWatcher::onEvent()
{
    if (!m_settle.isActive()) {
        m_burst.start();
        m_settle.start();
    } else if (m_burst.elapsed() < MaximumBurstMs) {
        m_settle.start(); // restarts: wait until the burst is over
    }
}

void PageFileWatcher::arm()
{
    if (!m_watcher || m_path.isEmpty())
        return;
    // A file replaced by a rename, or deleted and written again, lost its watch; a folder
    // deleted and made again too.
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!m_watcher->directories().contains(folder) && QFileInfo(folder).isDir())
        m_watcher->addPath(folder);
    if (!m_watcher->files().contains(m_path) && m_seen.exists)
        m_watcher->addPath(m_path);
}

void PageFileWatcher::look(bool confirmMissing)
{
    if (m_path.isEmpty())
        return;
    const auto stamp = FileStamp::of(m_path);
    if (!stamp) {
        // A folder above it cannot be searched: not the page's fault, said once per error.
        if (m_seen.exists) {
            m_seen = {};
            Q_EMIT readFailed(stamp.error());
        }
        return;
    }
    if (!stamp->exists) {
        m_seen = {};
        arm();
        if (m_missing)
            return;
        if (confirmMissing && !m_missingSuspected) {
            m_missingSuspected = true;
            m_settle.start();
            return;
        }
        m_missingSuspected = false;
        m_missing = true;
        Q_EMIT deleted();
        return;
    }
    m_missingSuspected = false;
    if (stamp.value() == m_seen && !m_missing) {
        arm();
        return;
    }

    QFile file(m_path);
    QByteArray bytes;
    bool read = file.open(QIODevice::ReadOnly);
    if (read) {
        bytes = file.readAll();
        read = file.error() == QFileDevice::NoError;
    }
    if (!read) {
        const bool first = m_seen != stamp.value();
        m_seen = stamp.value();
        arm();
        if (first) {
            Q_EMIT readFailed(Error{ErrorDomain::File, 0,
                                    QStringLiteral("%1: %2").arg(m_path, file.errorString())});
        }
        return;
    }
    // Written to while it was read: the events that write sends bring another look.
    const auto after = FileStamp::of(m_path);
    if (!after || after.value() != stamp.value()) {
        m_settle.start();
        return;
    }
    m_seen = stamp.value();
    m_lastExisting = m_seen;
    arm();
    if (m_missing) {
        m_missing = false;
        m_reported = bytes;
        Q_EMIT restored(bytes);
        return;
    }
    if (bytes == m_baseline || bytes == m_reported)
        return;
    m_reported = bytes;
    Q_EMIT changedOnDisk(bytes);
}

} // namespace Folio::Document

// The moc code lives with the class, as for the workspace watcher: the command line links
// folio_core and must not pull in unrelated QObjects.
#include "moc_pagefilewatcher.cpp"
