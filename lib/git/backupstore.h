#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Folio::Git {

// One file kept before Folio replaced or removed it.
struct BackupEntry
{
    QString id;       // "2024-05-01_143012" (local time), "-2", "-3"... when taken the same second
    QString copyPath; // absolute path of the kept bytes
    QString originalPath; // absolute path the file had
    QString repository;   // work tree of its repository, with a trailing '/'
    QString relativePath; // path inside the repository
    QDateTime time;       // when it was taken (UTC)
    QString reason;       // what replaced it: "discard", "discard-staged", "merge-abort"...
    QByteArray sha256;    // of the kept bytes, hex
    // What the operation left at originalPath (hex SHA-256; empty when it removed the file);
    // nullopt when not recorded. Restoring over exactly that is safe: nothing newer is lost.
    std::optional<QByteArray> leftBehindSha256;
    int permissions = 0; // QFile::Permissions of the original

    friend bool operator==(const BackupEntry &, const BackupEntry &) = default;
};

// Keeps copies of files before Folio overwrites them, in a folder outside the repository.
//
// Layout: <root>/<id>/<repository-relative path> holds the bytes, <root>/<id>.json the manifest
// (original path, repository, time, reason, hashes). The copy is written and flushed first and
// the manifest last, so a manifest only ever names a complete copy; list() ignores folders
// without one. Every write goes through AtomicFile (fsync of the file and its folder).
//
// Restore policy: a backup goes back to its original path when nothing there would be lost:
// the path is empty, still holds what the operation left behind, or already holds the backup.
// Otherwise restore() refuses (ErrorDomain::File, EEXIST) unless told to keep both (the backup
// is written next to the file, "page (restored 2024-05-01 143012).md") or to replace it, in
// which case the current file is itself backed up first. Nothing is ever lost either way.
class BackupStore
{
public:
    enum class RestoreMode
    {
        IfUnchanged, // refuse when the file changed since the backup
        KeepBoth,    // when it changed, write the backup next to it
        Replace,     // when it changed, back the current file up, then replace it
    };

    // root defaults to QStandardPaths::AppDataLocation + "/backups".
    explicit BackupStore(QString root = {});

    [[nodiscard]] static QString defaultRoot();
    [[nodiscard]] QString root() const { return m_root; }

    // Copies the file at absolutePath (a regular file) durably into a new backup.
    [[nodiscard]] Result<BackupEntry> backupFile(const QString &absolutePath,
                                                 const QString &repository,
                                                 const QString &relativePath,
                                                 const QString &reason);
    // Same for content that is not in a file (e.g. a staged version only git's index holds).
    [[nodiscard]] Result<BackupEntry>
    backupBytes(const QByteArray &bytes, const QString &originalPath, const QString &repository,
                const QString &relativePath, const QString &reason, int permissions = 0);
    // Records what is at entry.originalPath now, after the operation that needed the backup.
    [[nodiscard]] Result<void> recordLeftBehind(BackupEntry &entry);

    // Every complete backup, newest first.
    [[nodiscard]] Result<QList<BackupEntry>> list() const;

    // Puts a backup back (see the policy above); returns the path written.
    [[nodiscard]] Result<QString> restore(const BackupEntry &entry,
                                          RestoreMode mode = RestoreMode::IfUnchanged);

private:
    [[nodiscard]] Result<BackupEntry> store(const QByteArray &bytes, BackupEntry entry);
    [[nodiscard]] Result<void> writeManifest(const BackupEntry &entry) const;

    QString m_root;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::BackupEntry)
