#pragma once

#include "core/error.h"
#include "document/filestamp.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QFileSystemWatcher;

namespace Folio::Document {

// Watches the one page file open in the editor for changes made by other programs: another
// editor's save, a script, a git checkout, a deletion or a move.
//
// Sources: a QFileSystemWatcher on the file (in-place writes) and on its folder (editors and
// git replace a file by renaming a temporary file over it, which drops the file's own watch:
// it is armed again after every look), and a cheap stat() poll as a backstop for what inotify
// misses (network file systems, watch limits, a folder that came back). Events are coalesced
// for settleDelay() (a burst of writes is looked at once).
//
// A look compares the file's stamp (inode, size, modification time) with the last one seen,
// and only when it differs reads the bytes and compares them with the baseline: what Folio
// last read or wrote. Folio's own saves set the baseline (setBaseline()), so they are never
// reported. Each version on disk is reported once, however often it is looked at.
class PageFileWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PageFileWatcher(QObject *parent = nullptr);
    ~PageFileWatcher() override;

    // Starts watching path; bytes are what Folio read from it. Replaces the previous watch.
    void watch(const QString &path, const QByteArray &bytes);
    void stop();
    // Folio wrote (or read again) bytes to the watched path: the new baseline.
    void setBaseline(const QByteArray &bytes);
    // The page was moved to newPath (same file): watches it there, baseline unchanged.
    void follow(const QString &newPath);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool isWatching() const { return !m_path.isEmpty(); }
    // The file was reported deleted() and has not come back.
    [[nodiscard]] bool isMissing() const { return m_missing; }
    // The stamp of the file as last seen while it existed (to find it again after a move).
    [[nodiscard]] const FileStamp &lastStamp() const { return m_lastExisting; }

    // How long events are collected before a look (default 100 ms).
    void setSettleDelay(std::chrono::milliseconds delay);
    // How often the stat() poll runs (default 2 s); zero turns it off.
    void setPollInterval(std::chrono::milliseconds interval);

    // Looks at the file now (Folio's own git operations call it once they are done). A
    // missing file is reported at once instead of after a second look.
    void checkNow();

Q_SIGNALS:
    // The file holds other bytes than the baseline (and than the last report).
    void changedOnDisk(const QByteArray &bytes);
    // The file is gone (seen missing twice, a settle delay apart: git removes a file before
    // writing its new version).
    void deleted();
    // After deleted(), the file is there again with these bytes.
    void restored(const QByteArray &bytes);
    // The file is there but cannot be read (permissions, I/O error); reported once per version.
    void readFailed(const Folio::Error &error);

private:
    void onEvent();
    void look(bool confirmMissing);
    void arm();

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_settle;
    QTimer m_poll;
    QElapsedTimer m_burst; // since the first event of the burst being collected
    QString m_path;
    QByteArray m_baseline;
    QByteArray m_reported; // the last version reported by changedOnDisk()
    FileStamp m_seen;      // as of the last look
    FileStamp m_lastExisting;
    bool m_missing = false;          // deleted() reported
    bool m_missingSuspected = false; // seen missing once, waiting for the second look
};

} // namespace Folio::Document
