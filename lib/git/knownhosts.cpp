#include "git/knownhosts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

#include <cerrno>

namespace Folio::Git {

namespace {

// ssh's hashed host field: |1|base64(salt)|base64(HMAC-SHA1(salt, name)).
bool hashedFieldMatches(QByteArrayView field, const QString &name)
{
    const QList<QByteArray> parts = field.toByteArray().split('|');
    if (parts.size() != 4 || !parts[0].isEmpty() || parts[1] != "1")
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2]);
    const auto hash = QByteArray::fromBase64Encoding(parts[3]);
    if (!salt || !hash)
        return false;
    const QByteArray expected =
        QMessageAuthenticationCode::hash(name.toUtf8(), *salt, QCryptographicHash::Sha1);
    return expected == *hash;
}

// ssh's patterns know only * and ?; '[' is literal (as in "[host]:port"), so no QRegularExpression
// wildcard conversion, which would read it as a character class.
bool patternMatches(QStringView pattern, QStringView name)
{
    qsizetype p = 0, n = 0, starP = -1, starN = 0;
    while (n < name.size()) {
        if (p < pattern.size() &&
            (pattern[p] == u'?' || pattern[p].toLower() == name[n].toLower())) {
            ++p;
            ++n;
        } else if (p < pattern.size() && pattern[p] == u'*') {
            starP = p++;
            starN = n;
        } else if (starP >= 0) {
            p = starP + 1;
            n = ++starN;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == u'*')
        ++p;
    return p == pattern.size();
}

// A plain host field: any positive pattern matches and no negated one does.
bool plainFieldMatches(QByteArrayView field, const QString &name)
{
    bool matched = false;
    for (const QByteArray &raw : field.toByteArray().split(',')) {
        QString pattern = QString::fromUtf8(raw);
        const bool negated = pattern.startsWith(u'!');
        if (negated)
            pattern.remove(0, 1);
        if (!patternMatches(pattern, name))
            continue;
        if (negated)
            return false;
        matched = true;
    }
    return matched;
}

} // namespace

KnownHosts::KnownHosts(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path)
{}

QString KnownHosts::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/known_hosts");
}

QString KnownHosts::hostName(const QString &host, int port)
{
    return port == 22 ? host : QStringLiteral("[%1]:%2").arg(host).arg(port);
}

QString KnownHosts::fingerprint(const QByteArray &keyBlob)
{
    const QByteArray digest = QCryptographicHash::hash(keyBlob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:") +
           QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

QString KnownHosts::keyType(const QByteArray &keyBlob)
{
    // SSH wire format: uint32 big-endian length, then the name.
    if (keyBlob.size() < 4)
        return {};
    const auto *bytes = reinterpret_cast<const unsigned char *>(keyBlob.constData());
    const quint32 length = quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                           quint32(bytes[2]) << 8 | quint32(bytes[3]);
    if (length == 0 || length > 64 || qsizetype(length) > keyBlob.size() - 4)
        return {};
    return QString::fromLatin1(keyBlob.mid(4, qsizetype(length)));
}

Result<KnownHosts::Lookup> KnownHosts::lookup(const QString &host, int port,
                                              const QByteArray &keyBlob) const
{
    Lookup result;
    QFile file(m_path);
    if (!file.exists())
        return result;
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorDomain::File, EACCES,
                     QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString())};
    const QString name = hostName(host, port);
    const QString type = keyType(keyBlob);
    bool known = false;
    int lineNumber = 0;
    while (!file.atEnd()) {
        ++lineNumber;
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QList<QByteArray> fields = line.simplified().split(' ');
        QByteArray marker;
        if (fields.first().startsWith('@'))
            marker = fields.takeFirst();
        if (fields.size() < 3 || marker == "@cert-authority")
            continue;
        const QByteArray &hosts = fields[0];
        const bool hostMatches = hosts.startsWith('|') ? hashedFieldMatches(hosts, name)
                                                       : plainFieldMatches(hosts, name);
        const auto blob = QByteArray::fromBase64Encoding(fields[2]);
        if (!hostMatches && !(marker == "@revoked" && blob && *blob == keyBlob))
            continue;
        if (!blob)
            continue;
        const bool sameKey = *blob == keyBlob;
        if (marker == "@revoked") {
            if (sameKey)
                return Lookup{Match::Changed, lineNumber, false};
            continue;
        }
        if (sameKey) {
            known = true;
        } else if (QString::fromLatin1(fields[1]) == type) {
            if (result.match != Match::Changed)
                result = Lookup{Match::Changed, lineNumber, false};
        } else {
            result.knownWithOtherTypes = true;
        }
    }
    if (file.error() != QFile::NoError)
        return Error{ErrorDomain::File, EIO,
                     QStringLiteral("cannot read %1: %2").arg(m_path, file.errorString())};
    if (known) // another line may list an old key too; ssh accepts any listed key
        return Lookup{Match::Known, 0, false};
    return result;
}

Result<void> KnownHosts::add(const QString &host, int port, const QByteArray &keyBlob) const
{
    const QString type = keyType(keyBlob);
    if (type.isEmpty())
        return Error{ErrorDomain::File, EINVAL, QStringLiteral("malformed SSH host key")};
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error{ErrorDomain::File, EACCES,
                         QStringLiteral("cannot create %1").arg(info.absolutePath())};
        // ~/.ssh is private, as ssh creates it.
        QFile::setPermissions(info.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return Error{ErrorDomain::File, EACCES,
                     QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString())};
    QByteArray line;
    // Never glue the new entry onto a last line that lacks its newline.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        line += '\n';
    QByteArray salt(20, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / qsizetype(sizeof(quint32)));
    const QByteArray hash = QMessageAuthenticationCode::hash(hostName(host, port).toUtf8(), salt,
                                                             QCryptographicHash::Sha1);
    line += "|1|" + salt.toBase64() + '|' + hash.toBase64() + ' ' + type.toLatin1() + ' ' +
            keyBlob.toBase64() + '\n';
    if (!file.seek(file.size()) || file.write(line) != line.size() || !file.flush())
        return Error{ErrorDomain::File, EIO,
                     QStringLiteral("cannot write %1: %2").arg(m_path, file.errorString())};
    return {};
}

} // namespace Folio::Git
