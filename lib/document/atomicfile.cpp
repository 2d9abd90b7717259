#include "document/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio::Document {

namespace {

Error systemError(int code, const QString &what, const QString &path)
{
    return Error{
        ErrorDomain::File, code,
        QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(code)))};
}

// Closes a descriptor and removes the temporary file unless released.
class TemporaryFile
{
public:
    TemporaryFile(int fd, QByteArray path)
        : m_fd(fd)
        , m_path(std::move(path))
    {}
    ~TemporaryFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        if (!m_path.isEmpty())
            ::unlink(m_path.constData());
    }
    TemporaryFile(const TemporaryFile &) = delete;
    TemporaryFile &operator=(const TemporaryFile &) = delete;

    [[nodiscard]] int fd() const { return m_fd; }
    // Closes the descriptor, reporting the error close() gives (NFS reports write errors here).
    int close()
    {
        const int rc = ::close(m_fd);
        m_fd = -1;
        return rc;
    }
    void keep() { m_path.clear(); }

private:
    int m_fd;
    QByteArray m_path;
};

} // namespace

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, bytes, -1);
}

Result<void> AtomicFile::writeOwnerOnly(const QString &path, const QByteArray &bytes)
{
    return write(path, bytes, 0600);
}

Result<void> AtomicFile::write(const QString &path, const QByteArray &bytes, int forcedMode)
{
    // Write through symlinks to the real page, so the link itself survives.
    QFileInfo info(path);
    const QString target = info.isSymLink() ? info.canonicalFilePath() : info.absoluteFilePath();
    if (target.isEmpty())
        return Error{ErrorDomain::File, ENOENT,
                     QStringLiteral("%1: broken symbolic link").arg(path)};
    const QString folder = QFileInfo(target).absolutePath();
    const QByteArray nativeTarget = QFile::encodeName(target);
    const QByteArray nativeFolder = QFile::encodeName(folder);

    mode_t mode = 0644;
    struct stat existing = {};
    if (::stat(nativeTarget.constData(), &existing) == 0) {
        if (!S_ISREG(existing.st_mode))
            return Error{ErrorDomain::File, EINVAL,
                         QStringLiteral("%1 is not a regular file").arg(path)};
        mode = existing.st_mode & 07777;
    } else if (errno != ENOENT) {
        return systemError(errno, QStringLiteral("cannot read"), path);
    } else {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
    }
    if (forcedMode >= 0)
        mode = mode_t(forcedMode);

    // A dot-file next to the page: same filesystem (so rename is atomic), ignored by the page tree.
    int fd = -1;
    QByteArray tempPath;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        tempPath = QFile::encodeName(folder % u"/." % QFileInfo(target).fileName() % u".folio-" %
                                     QString::number(QRandomGenerator::global()->generate(), 36) %
                                     u".tmp");
        fd = ::open(tempPath.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return systemError(errno, QStringLiteral("cannot create a temporary file for"), path);
    }
    if (fd < 0)
        return systemError(EEXIST, QStringLiteral("cannot create a temporary file for"), path);
    TemporaryFile temp(fd, tempPath);

    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(temp.fd(), data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return systemError(errno, QStringLiteral("cannot write"), path);
        }
        data += n;
        left -= n;
    }
    if (::fchmod(temp.fd(), mode) != 0)
        return systemError(errno, QStringLiteral("cannot set the permissions of"), path);
    // Keep the page's owner when we are allowed to (root editing another user's checkout);
    // an ordinary user cannot give files away, and then the page becomes theirs, as with cp.
    if (forcedMode < 0 && existing.st_mode != 0 &&
        (existing.st_uid != ::geteuid() || existing.st_gid != ::getegid()) &&
        ::fchown(temp.fd(), existing.st_uid, existing.st_gid) != 0 && errno != EPERM) {
        return systemError(errno, QStringLiteral("cannot set the owner of"), path);
    }
    if (::fsync(temp.fd()) != 0)
        return systemError(errno, QStringLiteral("cannot flush"), path);
    if (temp.close() != 0)
        return systemError(errno, QStringLiteral("cannot close"), path);
    if (::rename(tempPath.constData(), nativeTarget.constData()) != 0)
        return systemError(errno, QStringLiteral("cannot replace"), path);
    temp.keep();

    // Make the rename itself durable.
    const int dirFd = ::open(nativeFolder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd < 0)
        return systemError(errno, QStringLiteral("cannot open the folder of"), path);
    const int syncRc = ::fsync(dirFd);
    const int syncErrno = errno;
    ::close(dirFd);
    if (syncRc != 0 && syncErrno != EINVAL) // some filesystems cannot fsync folders
        return systemError(syncErrno, QStringLiteral("cannot flush the folder of"), path);
    return {};
}

} // namespace Folio::Document
