#include "document/filestamp.h"

#include <QDirIterator>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>

namespace Folio::Document {

Result<FileStamp> FileStamp::of(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        const int error = errno;
        if (error == ENOENT || error == ENOTDIR)
            return FileStamp{};
        return Error{
            ErrorDomain::File, error,
            QStringLiteral("%1: %2").arg(path, QString::fromLocal8Bit(std::strerror(error)))};
    }
    FileStamp stamp;
    stamp.exists = true;
    stamp.device = quint64(info.st_dev);
    stamp.inode = quint64(info.st_ino);
    stamp.size = qint64(info.st_size);
    stamp.modifiedNs = qint64(info.st_mtim.tv_sec) * 1'000'000'000 + info.st_mtim.tv_nsec;
    return stamp;
}

QString FileStamp::findSameFile(const QString &root, const FileStamp &stamp)
{
    if (!stamp.exists)
        return {};
    // Without QDir::Hidden the iterator neither lists nor descends into hidden entries.
    QDirIterator it(root, QDir::Files | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        struct stat info;
        // A file that vanished between listing and stat() is simply not the one.
        if (::stat(QFile::encodeName(path).constData(), &info) != 0)
            continue;
        if (quint64(info.st_ino) == stamp.inode && quint64(info.st_dev) == stamp.device &&
            qint64(info.st_size) == stamp.size)
            return path;
    }
    return {};
}

} // namespace Folio::Document
