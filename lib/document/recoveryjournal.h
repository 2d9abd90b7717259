#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Folio::Document {

// One page's unsaved edits, as the journal keeps them.
struct RecoveryEntry
{
    QString handbookRoot;
    QString relativePath;
    // SHA-256 (hex) of the bytes on disk the edits were made on: when the file's bytes have
    // another checksum now, something changed it since.
    QByteArray baseChecksum;
    QDateTime savedAt;
    QString session; // the Folio that wrote it
    QString text;    // the editor's text, '\n' line ends
    QString file;    // where the entry is stored (set by read())
};

// How the page on disk compares with what an entry's edits were based on.
struct DiskComparison
{
    enum class State
    {
        Unchanged, // the file has the bytes the edits were made on
        Changed,   // something else wrote the file since
        Gone,      // the file is not there any more
    };
    State state = State::Unchanged;
    QString diskText; // the page as it is now (empty when gone or unreadable as text)
};

// Orphans found for a handbook, and the entry files that could not be read (kept, reported).
struct RecoveryScan
{
    QList<RecoveryEntry> entries;
    QList<Error> problems;
};

// A journal of unsaved edits, so a crash loses at most the last second of typing: one file
// per (session, handbook, page) in a folder only its owner can read (0700, files 0600).
//
// Each running Folio is a session holding an flock()ed lock file in the folder; entries name
// their session. An entry whose session's lock is not held (the process died, whatever lock
// file it left behind) is an orphan, offered when its handbook opens again. The kernel drops
// flock() locks when a process dies, so a stale lock file can never look alive, and a
// recycled pid does not matter. Entries of sessions still running are never offered.
//
// write(), remove() and the static functions only touch the file system: they may run on a
// worker thread, one call at a time.
class RecoveryJournal
{
public:
    // Opens the journal in folder (default: the user's data folder + "/recovery") and starts
    // a session; check sessionError() before use.
    explicit RecoveryJournal(const QString &folder = defaultFolder());
    // Ends the session: its lock file is removed. Entries left are orphans from then on.
    ~RecoveryJournal();
    RecoveryJournal(const RecoveryJournal &) = delete;
    RecoveryJournal &operator=(const RecoveryJournal &) = delete;

    [[nodiscard]] static QString defaultFolder();
    [[nodiscard]] const QString &folder() const { return m_folder; }
    [[nodiscard]] const QString &session() const { return m_session; }
    // Why the session could not start (no folder, no lock); empty when it did.
    [[nodiscard]] const std::optional<Error> &sessionError() const { return m_sessionError; }

    // Stores (replaces) this session's entry for entry.handbookRoot / entry.relativePath;
    // session, savedAt (when empty) and file are filled in.
    [[nodiscard]] Result<void> write(RecoveryEntry entry) const;
    // Removes this session's entry for a page; no entry is not an error.
    [[nodiscard]] Result<void> remove(const QString &handbookRoot,
                                      const QString &relativePath) const;
    // Removes an entry file (an orphan the user restored or discarded).
    [[nodiscard]] static Result<void> removeFile(const QString &file);

    // Entries of handbookRoot left by sessions that are not running.
    [[nodiscard]] RecoveryScan orphans(const QString &handbookRoot) const;
    // Reads one entry file; a clear error for anything that is not a whole entry.
    [[nodiscard]] static Result<RecoveryEntry> read(const QString &file);

    // Compares the page on disk with what the entry's edits were based on.
    [[nodiscard]] static DiskComparison compareWithDisk(const RecoveryEntry &entry);
    [[nodiscard]] static QByteArray checksum(const QByteArray &bytes);

private:
    [[nodiscard]] QString entryPath(const QString &handbookRoot, const QString &relativePath) const;
    [[nodiscard]] bool sessionRunning(const QString &session) const;
    void startSession();

    QString m_folder;
    QString m_session;
    int m_lockFd = -1;
    QString m_lockPath;
    std::optional<Error> m_sessionError;
};

} // namespace Folio::Document
