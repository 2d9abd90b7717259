#pragma once

// Shared by the fetch, push, clone and SSH tests: repositories on a test server, seeded and
// inspected with the real git CLI as the referee. Header-only, like gitfixture.h.

#include "core/result.h"
#include "git/gitfixture.h"

#include <QDir>
#include <QRandomGenerator>
#include <QString>

namespace Folio::Test {

// Gives the bare repository at barePath a first commit on main (README.md), pushed by the git
// CLI straight to the path (no server involved), from a scratch clone in workPath.
inline bool seedRepository(const QString &barePath, const QString &workPath)
{
    return gitOk(QDir::tempPath(),
                 {QStringLiteral("clone"), QStringLiteral("-q"), barePath, workPath}) &&
           gitOk(workPath, {QStringLiteral("config"), QStringLiteral("user.name"),
                            QStringLiteral("Server Seed")}) &&
           gitOk(workPath, {QStringLiteral("config"), QStringLiteral("user.email"),
                            QStringLiteral("seed@folio.invalid")}) &&
           gitOk(workPath, {QStringLiteral("switch"), QStringLiteral("-q"), QStringLiteral("-c"),
                            QStringLiteral("main")}) &&
           commitFile(workPath, QStringLiteral("README.md"), "# Handbook\n",
                      QStringLiteral("Start the handbook")) &&
           gitOk(workPath, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                            QStringLiteral("main")});
}

// Clones barePath by path with the CLI, then points origin at url (the server's address), as
// if Folio had cloned it from there.
inline bool cloneWithOrigin(const QString &barePath, const QString &url, const QString &localPath)
{
    return gitOk(QDir::tempPath(),
                 {QStringLiteral("clone"), QStringLiteral("-q"), barePath, localPath}) &&
           gitOk(localPath, {QStringLiteral("config"), QStringLiteral("user.name"),
                             QStringLiteral("Folio Test")}) &&
           gitOk(localPath, {QStringLiteral("config"), QStringLiteral("user.email"),
                             QStringLiteral("test@folio.invalid")}) &&
           gitOk(localPath, {QStringLiteral("remote"), QStringLiteral("set-url"),
                             QStringLiteral("origin"), url});
}

// Commits count files of size bytes of random (incompressible) data, so that a transfer takes
// many progress callbacks and can be cancelled midway.
inline bool commitRandomFiles(const QString &workPath, int count, qsizetype size)
{
    QRandomGenerator random(20240521);
    for (int i = 0; i < count; ++i) {
        QByteArray bytes(size, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                         size / qsizetype(sizeof(quint32)));
        if (!writeFile(workPath + QStringLiteral("/images/image%1.bin").arg(i), bytes))
            return false;
    }
    return commitAll(workPath, QStringLiteral("Add %1 images").arg(count));
}

// `git ls-remote` of the bare repository, by path: what the server really has.
inline QByteArray lsRemote(const QString &barePath)
{
    return gitText(QDir::tempPath(), {QStringLiteral("ls-remote"), barePath});
}

// The error text of a failed result, for QVERIFY2 (which evaluates its message even on success).
template<typename T> QByteArray failureText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

inline QByteArray remoteBranchId(const QString &barePath, const QString &branch)
{
    const QByteArray out = gitText(QDir::tempPath(), {QStringLiteral("ls-remote"), barePath,
                                                      QStringLiteral("refs/heads/") + branch});
    return out.split('\t').value(0);
}

} // namespace Folio::Test
