#include "git/backupstore.h"

#include "document/atomicfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Folio::Git {

namespace {

constexpr int manifestVersion = 1;

Error fileError(int code, const QString &message)
{
    return Error{ErrorDomain::File, code, message};
}

QByteArray sha256(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

// Makes a folder's entries (a new file or sub-folder) durable; some filesystems cannot.
Result<void> syncFolder(const QString &folder)
{
    const int fd =
        ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return fileError(errno, QStringLiteral("cannot open %1: %2")
                                    .arg(folder, QString::fromLocal8Bit(std::strerror(errno))));
    const int rc = ::fsync(fd);
    const int code = errno;
    ::close(fd);
    if (rc != 0 && code != EINVAL)
        return fileError(code, QStringLiteral("cannot flush %1: %2")
                                   .arg(folder, QString::fromLocal8Bit(std::strerror(code))));
    return {};
}

Result<QByteArray> readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(ENOENT,
                         QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fileError(EIO, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return bytes;
}

QJsonObject toJson(const BackupEntry &entry)
{
    QJsonObject json{
        {QStringLiteral("version"), manifestVersion},
        {QStringLiteral("originalPath"), entry.originalPath},
        {QStringLiteral("repository"), entry.repository},
        {QStringLiteral("relativePath"), entry.relativePath},
        {QStringLiteral("time"), entry.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("reason"), entry.reason},
        {QStringLiteral("sha256"), QString::fromLatin1(entry.sha256)},
        {QStringLiteral("permissions"), entry.permissions},
    };
    if (entry.leftBehindSha256)
        json.insert(QStringLiteral("leftBehindSha256"),
                    QString::fromLatin1(*entry.leftBehindSha256));
    return json;
}

std::optional<BackupEntry> fromJson(const QString &root, const QString &id, const QJsonObject &json)
{
    if (json.value(QStringLiteral("version")).toInt() != manifestVersion)
        return std::nullopt;
    BackupEntry entry;
    entry.id = id;
    entry.originalPath = json.value(QStringLiteral("originalPath")).toString();
    entry.repository = json.value(QStringLiteral("repository")).toString();
    entry.relativePath = json.value(QStringLiteral("relativePath")).toString();
    entry.time =
        QDateTime::fromString(json.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    entry.reason = json.value(QStringLiteral("reason")).toString();
    entry.sha256 = json.value(QStringLiteral("sha256")).toString().toLatin1();
    entry.permissions = json.value(QStringLiteral("permissions")).toInt();
    const QJsonValue leftBehind = json.value(QStringLiteral("leftBehindSha256"));
    if (leftBehind.isString())
        entry.leftBehindSha256 = leftBehind.toString().toLatin1();
    if (entry.originalPath.isEmpty() || entry.relativePath.isEmpty() || !entry.time.isValid())
        return std::nullopt;
    entry.copyPath = root % u'/' % id % u'/' % entry.relativePath;
    return entry;
}

// "page.md" -> "page (restored 2024-05-01_143012).md", numbered when that exists too.
QString besidePath(const QString &originalPath, const QString &id)
{
    const QFileInfo info(originalPath);
    const QString suffix = info.suffix().isEmpty() || info.completeBaseName().isEmpty()
                               ? QString()
                               : u'.' + info.suffix();
    const QString base = suffix.isEmpty() ? info.fileName() : info.completeBaseName();
    QString candidate;
    for (int n = 1;; ++n) {
        const QString counter = n == 1 ? QString() : u' ' + QString::number(n);
        candidate = info.absolutePath() % u'/' % base % QLatin1String(" (restored ") % id %
                    counter % u')' % suffix;
        if (!QFileInfo::exists(candidate))
            return candidate;
    }
}

} // namespace

BackupStore::BackupStore(QString root)
    : m_root(QDir::cleanPath(QFileInfo(root.isEmpty() ? defaultRoot() : root).absoluteFilePath()))
{}

QString BackupStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/backups");
}

Result<BackupEntry> BackupStore::backupFile(const QString &absolutePath, const QString &repository,
                                            const QString &relativePath, const QString &reason)
{
    const QFileInfo info(absolutePath);
    // A symlink would be copied as its target's bytes and come back as a plain file.
    if (info.isSymLink() || !info.isFile())
        return fileError(EINVAL,
                         QStringLiteral("cannot back up %1: not a regular file").arg(absolutePath));
    auto bytes = readAll(absolutePath);
    if (!bytes)
        return bytes.error();
    return backupBytes(bytes.value(), absolutePath, repository, relativePath, reason,
                       int(QFile::permissions(absolutePath)));
}

Result<BackupEntry> BackupStore::backupBytes(const QByteArray &bytes, const QString &originalPath,
                                             const QString &repository, const QString &relativePath,
                                             const QString &reason, int permissions)
{
    BackupEntry entry;
    entry.originalPath = originalPath;
    entry.repository = repository;
    entry.relativePath = QDir::cleanPath(relativePath);
    entry.time = QDateTime::currentDateTimeUtc();
    entry.reason = reason;
    entry.sha256 = sha256(bytes);
    entry.permissions = permissions;
    if (entry.relativePath.isEmpty() || entry.relativePath.startsWith(QLatin1String("../")) ||
        entry.relativePath == QLatin1String("..") || QFileInfo(entry.relativePath).isAbsolute())
        return fileError(EINVAL, QStringLiteral("cannot back up %1: bad relative path %2")
                                     .arg(originalPath, relativePath));
    return store(bytes, std::move(entry));
}

Result<BackupEntry> BackupStore::store(const QByteArray &bytes, BackupEntry entry)
{
    QDir root(m_root);
    if (!root.mkpath(QStringLiteral(".")))
        return fileError(EACCES, QStringLiteral("cannot create the backup folder %1").arg(m_root));

    // Claim a fresh folder: mkdir fails when another backup took the same second.
    const QString stamp = entry.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd_HHmmss"));
    for (int n = 1; n < 1000 && entry.id.isEmpty(); ++n) {
        const QString id = n == 1 ? stamp : stamp % u'-' % QString::number(n);
        if (!root.exists(id) && !root.exists(id + QStringLiteral(".json")) && root.mkdir(id))
            entry.id = id;
    }
    if (entry.id.isEmpty())
        return fileError(EEXIST, QStringLiteral("cannot create a backup folder in %1").arg(m_root));
    entry.copyPath = m_root % u'/' % entry.id % u'/' % entry.relativePath;

    const QString copyFolder = QFileInfo(entry.copyPath).absolutePath();
    if (!QDir().mkpath(copyFolder))
        return fileError(EACCES, QStringLiteral("cannot create %1").arg(copyFolder));
    if (auto written = Document::AtomicFile::write(entry.copyPath, bytes); !written)
        return written.error();
    // AtomicFile flushed the copy's own folder; the folders above it are new too.
    for (QString folder = QFileInfo(copyFolder).absolutePath(); folder.size() >= m_root.size();
         folder = QFileInfo(folder).absolutePath()) {
        if (auto synced = syncFolder(folder); !synced)
            return synced.error();
        if (folder == m_root)
            break;
    }
    if (auto synced = syncFolder(QFileInfo(m_root).absolutePath()); !synced)
        return synced.error();
    if (auto manifest = writeManifest(entry); !manifest)
        return manifest.error();
    return entry;
}

Result<void> BackupStore::writeManifest(const BackupEntry &entry) const
{
    return Document::AtomicFile::write(m_root % u'/' % entry.id % QLatin1String(".json"),
                                       QJsonDocument(toJson(entry)).toJson());
}

Result<void> BackupStore::recordLeftBehind(BackupEntry &entry)
{
    const QFileInfo info(entry.originalPath);
    if (!info.exists() && !info.isSymLink()) {
        entry.leftBehindSha256 = QByteArray();
    } else {
        auto bytes = readAll(entry.originalPath);
        if (!bytes)
            return bytes.error();
        entry.leftBehindSha256 = sha256(bytes.value());
    }
    return writeManifest(entry);
}

Result<QList<BackupEntry>> BackupStore::list() const
{
    QList<BackupEntry> entries;
    const QDir root(m_root);
    if (!root.exists())
        return entries;
    const QFileInfoList manifests =
        root.entryInfoList({QStringLiteral("*.json")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &manifest : manifests) {
        QFile file(manifest.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll());
        // A manifest someone else damaged must not hide every other backup.
        auto entry = fromJson(m_root, manifest.completeBaseName(), json.object());
        if (entry && QFileInfo(entry->copyPath).isFile())
            entries.append(std::move(*entry));
    }
    std::sort(entries.begin(), entries.end(), [](const BackupEntry &a, const BackupEntry &b) {
        return a.time != b.time ? a.time > b.time : a.id > b.id;
    });
    return entries;
}

Result<QString> BackupStore::restore(const BackupEntry &entry, RestoreMode mode)
{
    auto bytes = readAll(entry.copyPath);
    if (!bytes)
        return bytes.error();
    if (sha256(bytes.value()) != entry.sha256)
        return fileError(EIO, QStringLiteral("the backup %1 of %2 is damaged: it no longer has "
                                             "the content that was saved")
                                  .arg(entry.id, entry.relativePath));

    const QFileInfo current(entry.originalPath);
    QString target = entry.originalPath;
    bool writeNew = !current.exists() && !current.isSymLink();
    if (!writeNew) {
        if (!current.isFile() || current.isSymLink()) {
            if (mode != RestoreMode::KeepBoth)
                return fileError(
                    EEXIST, QStringLiteral("%1 is no longer a plain file").arg(entry.originalPath));
            target = besidePath(entry.originalPath, entry.id);
            writeNew = true;
        } else {
            auto currentBytes = readAll(entry.originalPath);
            if (!currentBytes)
                return currentBytes.error();
            const QByteArray currentHash = sha256(currentBytes.value());
            if (currentHash == entry.sha256)
                return entry.originalPath; // already back
            const bool untouchedSince =
                entry.leftBehindSha256 && *entry.leftBehindSha256 == currentHash;
            if (!untouchedSince) {
                switch (mode) {
                case RestoreMode::IfUnchanged:
                    return fileError(EEXIST,
                                     QStringLiteral("%1 has changed since the backup %2 was "
                                                    "taken: restore it next to the file or "
                                                    "replace the file")
                                         .arg(entry.originalPath, entry.id));
                case RestoreMode::KeepBoth:
                    target = besidePath(entry.originalPath, entry.id);
                    writeNew = true;
                    break;
                case RestoreMode::Replace: {
                    auto kept = backupFile(entry.originalPath, entry.repository, entry.relativePath,
                                           QStringLiteral("replaced-by-restore"));
                    if (!kept)
                        return kept.error();
                    break;
                }
                }
            }
        }
    }

    if (writeNew && !QDir().mkpath(QFileInfo(target).absolutePath()))
        return fileError(EACCES, QStringLiteral("cannot create the folder of %1").arg(target));
    if (auto written = Document::AtomicFile::write(target, bytes.value()); !written)
        return written.error();
    if (writeNew && entry.permissions != 0 &&
        !QFile::setPermissions(target, QFile::Permissions(entry.permissions)))
        return fileError(EACCES, QStringLiteral("cannot set the permissions of %1").arg(target));
    return target;
}

} // namespace Folio::Git
