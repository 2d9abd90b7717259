#include "document/recoveryjournal.h"

#include "document/atomicfile.h"
#include "document/page.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Folio::Document {

namespace {

constexpr auto Format = "folio-recovery-1";
constexpr auto LockPrefix = "session-";
constexpr auto LockSuffix = ".lock";
constexpr auto EntrySuffix = ".json";

Error systemError(int code, const QString &what, const QString &path)
{
    return Error{
        ErrorDomain::File, code,
        QStringLiteral("%1 %2: %3").arg(what, path, QString::fromLocal8Bit(std::strerror(code)))};
}

Error notAnEntry(const QString &file, const QString &why)
{
    return Error{ErrorDomain::File, EINVAL,
                 QStringLiteral("%1 is not a readable recovery entry: %2").arg(file, why)};
}

// Session ids end up in file names: only what startSession() makes is accepted, so an entry
// file cannot point a lock check at another path.
bool isSessionId(const QString &session)
{
    return !session.isEmpty() && session.size() <= 64 &&
           std::all_of(session.cbegin(), session.cend(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || c == u'-';
           });
}

QString lockFileName(const QString &session)
{
    return QLatin1String(LockPrefix) + session + QLatin1String(LockSuffix);
}

QString normalizedRoot(const QString &root)
{
    return QDir::cleanPath(QFileInfo(root).absoluteFilePath());
}

} // namespace

RecoveryJournal::RecoveryJournal(const QString &folder)
    : m_folder(folder)
{
    startSession();
}

RecoveryJournal::~RecoveryJournal()
{
    if (m_lockFd < 0)
        return;
    // Unlinked while still locked, so no other Folio sees it unlocked and mistakes this session
    // for a crashed one. A failure leaves a stale lock file, which the next session cleans up.
    ::unlink(QFile::encodeName(m_lockPath).constData());
    ::close(m_lockFd);
}

QString RecoveryJournal::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/recovery");
}

void RecoveryJournal::startSession()
{
    const QByteArray nativeFolder = QFile::encodeName(m_folder);
    if (!QDir().mkpath(QFileInfo(m_folder).absolutePath())) {
        m_sessionError = systemError(errno ? errno : EACCES, QStringLiteral("cannot create"),
                                     QFileInfo(m_folder).absolutePath());
        return;
    }
    if (::mkdir(nativeFolder.constData(), 0700) != 0 && errno != EEXIST) {
        m_sessionError = systemError(errno, QStringLiteral("cannot create"), m_folder);
        return;
    }
    struct stat info = {};
    if (::stat(nativeFolder.constData(), &info) != 0) {
        m_sessionError = systemError(errno, QStringLiteral("cannot read"), m_folder);
        return;
    }
    if (!S_ISDIR(info.st_mode)) {
        m_sessionError = systemError(ENOTDIR, QStringLiteral("cannot use"), m_folder);
        return;
    }
    // Unsaved page text is nobody else's business, whatever the folder was made with.
    if ((info.st_mode & 07777) != 0700 && ::chmod(nativeFolder.constData(), 0700) != 0) {
        m_sessionError = systemError(errno, QStringLiteral("cannot make private"), m_folder);
        return;
    }

    // The lock is taken on a hidden name and then renamed into place, so a lock file other
    // sessions can see is always locked while its Folio runs.
    const QString id = QString::number(::getpid()) + u'-' +
                       QString::number(QRandomGenerator::system()->generate64(), 36);
    const QString hidden = m_folder + QStringLiteral("/.") + lockFileName(id);
    const QString lockPath = m_folder + u'/' + lockFileName(id);
    const QByteArray nativeHidden = QFile::encodeName(hidden);
    const int fd = ::open(nativeHidden.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        m_sessionError = systemError(errno, QStringLiteral("cannot create"), hidden);
        return;
    }
    const QByteArray pid = QByteArray::number(::getpid()) + '\n';
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0 ||
        ::write(fd, pid.constData(), size_t(pid.size())) < 0 ||
        ::rename(nativeHidden.constData(), QFile::encodeName(lockPath).constData()) != 0) {
        m_sessionError = systemError(errno, QStringLiteral("cannot lock"), lockPath);
        ::unlink(nativeHidden.constData());
        ::close(fd);
        return;
    }
    m_lockFd = fd;
    m_lockPath = lockPath;
    m_session = id;

    // Lock files of sessions that ended without removing theirs (a crash) and left no entries
    // are of no use to anyone.
    const QDir dir(m_folder);
    const QStringList locks =
        dir.entryList({QLatin1String(LockPrefix) + u'*' + QLatin1String(LockSuffix)}, QDir::Files);
    for (const QString &name : locks) {
        const QString session =
            name.mid(int(std::strlen(LockPrefix))).chopped(int(std::strlen(LockSuffix)));
        if (!isSessionId(session) || sessionRunning(session))
            continue;
        if (dir.entryList({session + u"-*" + QLatin1String(EntrySuffix)}, QDir::Files).isEmpty())
            ::unlink(QFile::encodeName(dir.filePath(name)).constData());
    }
}

bool RecoveryJournal::sessionRunning(const QString &session) const
{
    if (session == m_session)
        return true;
    if (!isSessionId(session))
        return false;
    const QByteArray path = QFile::encodeName(m_folder + u'/' + lockFileName(session));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return errno != ENOENT; // unreadable: keep its entries away rather than take them
    const bool running = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // also drops the shared lock, when we got it
    return running;
}

QString RecoveryJournal::entryPath(const QString &handbookRoot, const QString &relativePath) const
{
    const QByteArray key =
        (normalizedRoot(handbookRoot) + QChar(0) + QDir::cleanPath(relativePath)).toUtf8();
    const QByteArray hash = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex();
    return m_folder + u'/' + m_session + u'-' + QString::fromLatin1(hash.left(32)) +
           QLatin1String(EntrySuffix);
}

Result<void> RecoveryJournal::write(RecoveryEntry entry) const
{
    if (m_sessionError)
        return *m_sessionError;
    entry.session = m_session;
    if (!entry.savedAt.isValid())
        entry.savedAt = QDateTime::currentDateTimeUtc();
    entry.file = entryPath(entry.handbookRoot, entry.relativePath);
    const QJsonObject object{
        {QStringLiteral("format"), QLatin1String(Format)},
        {QStringLiteral("handbookRoot"), normalizedRoot(entry.handbookRoot)},
        {QStringLiteral("relativePath"), QDir::cleanPath(entry.relativePath)},
        {QStringLiteral("baseChecksum"), QString::fromLatin1(entry.baseChecksum)},
        {QStringLiteral("savedAt"), entry.savedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("session"), entry.session},
        {QStringLiteral("text"), entry.text},
    };
    return AtomicFile::writeOwnerOnly(entry.file, QJsonDocument(object).toJson());
}

Result<void> RecoveryJournal::remove(const QString &handbookRoot, const QString &relativePath) const
{
    if (m_sessionError)
        return {};
    return removeFile(entryPath(handbookRoot, relativePath));
}

Result<void> RecoveryJournal::removeFile(const QString &file)
{
    if (::unlink(QFile::encodeName(file).constData()) != 0 && errno != ENOENT)
        return systemError(errno, QStringLiteral("cannot remove"), file);
    return {};
}

RecoveryScan RecoveryJournal::orphans(const QString &handbookRoot) const
{
    RecoveryScan scan;
    const QString root = normalizedRoot(handbookRoot);
    const QDir dir(m_folder);
    const QStringList names =
        dir.entryList({u'*' + QLatin1String(EntrySuffix)}, QDir::Files, QDir::Name);
    QHash<QString, bool> running; // per session, asked once
    for (const QString &name : names) {
        if (!m_session.isEmpty() && name.startsWith(m_session + u'-'))
            continue; // ours
        auto entry = read(dir.filePath(name));
        if (!entry) {
            scan.problems.append(entry.error());
            continue;
        }
        if (entry->handbookRoot != root)
            continue;
        auto known = running.constFind(entry->session);
        if (known == running.cend())
            known = running.insert(entry->session, sessionRunning(entry->session));
        if (!known.value())
            scan.entries.append(std::move(entry).value());
    }
    std::sort(scan.entries.begin(), scan.entries.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) {
                  return std::tie(a.relativePath, a.savedAt) < std::tie(b.relativePath, b.savedAt);
              });
    return scan;
}

Result<RecoveryEntry> RecoveryJournal::read(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorDomain::File, 0, QStringLiteral("%1: %2").arg(file, in.errorString())};
    // Text as large as the largest page, escaped; anything bigger is not ours.
    if (in.size() > 8 * Page::MaximumSize)
        return notAnEntry(file, QStringLiteral("it is %1 bytes").arg(in.size()));
    const QByteArray bytes = in.readAll();
    if (in.error() != QFileDevice::NoError)
        return Error{ErrorDomain::File, 0, QStringLiteral("%1: %2").arg(file, in.errorString())};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return notAnEntry(file, QStringLiteral("%1 at byte %2 of %3")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset)
                                    .arg(bytes.size()));
    }
    const QJsonObject object = document.object();
    if (object.value(QStringLiteral("format")).toString() != QLatin1String(Format))
        return notAnEntry(file, QStringLiteral("unknown format"));
    RecoveryEntry entry;
    entry.file = file;
    for (const auto &[key, target] :
         {std::pair{QStringLiteral("handbookRoot"), &entry.handbookRoot},
          std::pair{QStringLiteral("relativePath"), &entry.relativePath},
          std::pair{QStringLiteral("session"), &entry.session},
          std::pair{QStringLiteral("text"), &entry.text}}) {
        const QJsonValue value = object.value(key);
        if (!value.isString())
            return notAnEntry(file, QStringLiteral("no %1").arg(key));
        *target = value.toString();
    }
    entry.baseChecksum = object.value(QStringLiteral("baseChecksum")).toString().toLatin1();
    entry.savedAt = QDateTime::fromString(object.value(QStringLiteral("savedAt")).toString(),
                                          Qt::ISODateWithMs);
    if (!entry.savedAt.isValid())
        return notAnEntry(file, QStringLiteral("no valid savedAt"));
    entry.relativePath = QDir::cleanPath(entry.relativePath);
    if (entry.relativePath.isEmpty() || entry.relativePath.startsWith(u'/') ||
        entry.relativePath == u".." || entry.relativePath.startsWith(QStringLiteral("../")))
        return notAnEntry(file, QStringLiteral("the page path is outside the handbook"));
    return entry;
}

DiskComparison RecoveryJournal::compareWithDisk(const RecoveryEntry &entry)
{
    DiskComparison comparison;
    QFile file(QDir(entry.handbookRoot).filePath(entry.relativePath));
    if (!file.exists()) {
        comparison.state = DiskComparison::State::Gone;
        return comparison;
    }
    QByteArray bytes;
    if (file.open(QIODevice::ReadOnly))
        bytes = file.readAll();
    if (!file.isOpen() || file.error() != QFileDevice::NoError) {
        // Cannot tell what is there: say it changed, so the user looks before restoring.
        comparison.state = DiskComparison::State::Changed;
        return comparison;
    }
    comparison.state = checksum(bytes) == entry.baseChecksum ? DiskComparison::State::Unchanged
                                                             : DiskComparison::State::Changed;
    if (auto page = Page::fromBytes(bytes))
        comparison.diskText = page->text();
    return comparison;
}

QByteArray RecoveryJournal::checksum(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

} // namespace Folio::Document
