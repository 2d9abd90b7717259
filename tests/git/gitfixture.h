#pragma once

// Shared by the branch, discard, backup and merge tests: a repository in a temporary folder,
// with the real git CLI as the referee. Header-only so each test stays one executable.

#include "git/gitlibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Folio::Test {

// Runs git in repo; on failure prints what git said so the failing QVERIFY explains itself.
inline bool gitOk(const QString &repo, const QStringList &arguments, QByteArray *out = nullptr)
{
    const ProcessResult result = git(repo, arguments);
    if (out)
        *out = result.out;
    if (result.exitCode != 0)
        qWarning("git %s failed (%d): %s%s", qPrintable(arguments.join(u' ')), result.exitCode,
                 result.out.constData(), result.err.constData());
    return result.exitCode == 0;
}

// git's stdout, trimmed; empty on failure (which the comparison then reports).
inline QByteArray gitText(const QString &repo, const QStringList &arguments)
{
    QByteArray out;
    gitOk(repo, arguments, &out);
    return out.trimmed();
}

inline QByteArray porcelain(const QString &repo)
{
    QByteArray out;
    gitOk(repo,
          {QStringLiteral("status"), QStringLiteral("--porcelain=v1"), QStringLiteral("-uall")},
          &out);
    return out;
}

inline bool fsckClean(const QString &repo)
{
    return gitOk(repo, {QStringLiteral("fsck"), QStringLiteral("--strict"),
                        QStringLiteral("--no-dangling")});
}

inline QByteArray revParse(const QString &repo, const QString &revision)
{
    return gitText(repo, {QStringLiteral("rev-parse"), QStringLiteral("--verify"), revision});
}

inline bool commitAll(const QString &repo, const QString &message)
{
    return gitOk(repo, {QStringLiteral("add"), QStringLiteral("--all")}) &&
           gitOk(repo,
                 {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

inline bool commitFile(const QString &repo, const QString &relativePath, const QByteArray &bytes,
                       const QString &message)
{
    return writeFile(repo + u'/' + relativePath, bytes) &&
           gitOk(repo, {QStringLiteral("add"), QStringLiteral("--"), relativePath}) &&
           gitOk(repo,
                 {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
}

// Every file of the work tree (outside .git) with its bytes: compares "nothing changed".
inline QMap<QString, QByteArray> snapshot(const QString &repo)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(repo, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    const QDir root(repo);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (!relative.startsWith(QLatin1String(".git/")))
            files.insert(relative, readFile(path));
    }
    return files;
}

// Per test class: HOME inside a temporary folder (libgit2 reads ~/.gitconfig), libgit2 started
// after that, and a fresh repository per test function with a repo-local identity.
class GitFixture
{
public:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
        m_library.emplace();
    }

    // A new repository at <tmp>/repo on branch main; returns its path.
    QString newRepository()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("repo"));
        if (!gitOk(m_dir->path(), {QStringLiteral("init"), QStringLiteral("-q"),
                                   QStringLiteral("-b"), QStringLiteral("main"), path}) ||
            !gitOk(path, {QStringLiteral("config"), QStringLiteral("user.name"),
                          QStringLiteral("Folio Test")}) ||
            !gitOk(path, {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("test@folio.invalid")}))
            return {};
        return path;
    }

    [[nodiscard]] QString tempPath(const QString &name) const { return m_dir->filePath(name); }

private:
    QTemporaryDir m_home;
    std::optional<Git::GitLibrary> m_library;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace Folio::Test
