#pragma once

// Shared by the git tests: an isolated HOME, a scratch repository driven by the real git CLI,
// and `git status` parsed so Folio's answers can be checked against it.

#include "core/result.h"
#include "git/changelist.h"
#include "git/gitlibrary.h"
#include "testsupport.h"

#include <QDir>
#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace Folio::Test {

// HOME and XDG_CONFIG_HOME inside a temporary folder, so neither libgit2 nor git sees the
// user's ~/.gitconfig (the identity tests depend on it). libgit2 reads HOME when it is first
// initialized: create this before any GitLibrary.
class IsolatedHome
{
public:
    IsolatedHome()
    {
        qputenv("HOME", m_dir.path().toUtf8());
        qputenv("XDG_CONFIG_HOME", (m_dir.path() + QStringLiteral("/.config")).toUtf8());
        qputenv("GIT_CONFIG_NOSYSTEM", "1");
    }
    [[nodiscard]] QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

// The error text of a failed result, for QVERIFY2 (which evaluates its message even on success).
template<typename T> QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

inline QString gitOut(const QString &dir, const QStringList &arguments)
{
    const ProcessResult result = git(dir, arguments);
    if (result.exitCode != 0)
        qWarning("git %s failed: %s", qPrintable(arguments.join(u' ')), result.err.constData());
    return QString::fromUtf8(result.out);
}

// Runs git and fails the calling test when it fails.
#define FOLIO_GIT(dir, ...)                                                                        \
    do {                                                                                           \
        const auto folioGitResult = Folio::Test::git(dir, QStringList{__VA_ARGS__});               \
        QVERIFY2(folioGitResult.exitCode == 0, folioGitResult.err.constData());                    \
    } while (false)

// A fresh repository at <temp>/repo on branch main, with a repo-local identity.
struct ScratchRepository
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("repo"));

    [[nodiscard]] bool init(bool withIdentity = true)
    {
        if (git(dir.path(), {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"),
                             QStringLiteral("main"), path})
                .exitCode != 0)
            return false;
        if (!withIdentity)
            return true;
        return git(path, {QStringLiteral("config"), QStringLiteral("user.name"),
                          QStringLiteral("Ada Lovelace")})
                       .exitCode == 0 &&
               git(path, {QStringLiteral("config"), QStringLiteral("user.email"),
                          QStringLiteral("ada@example.invalid")})
                       .exitCode == 0;
    }
    [[nodiscard]] QString file(const QString &relative) const { return path + u'/' + relative; }
    [[nodiscard]] bool write(const QString &relative, const QByteArray &bytes) const
    {
        return writeFile(file(relative), bytes);
    }
};

// `git status --porcelain -z -uall` as "XY path" -> old path (for renames, else empty).
inline QMap<QString, QString> cliStatus(const QString &repo, const QStringList &pathspec = {})
{
    QStringList arguments = {QStringLiteral("status"), QStringLiteral("--porcelain"),
                             QStringLiteral("-z"), QStringLiteral("--untracked-files=all")};
    if (!pathspec.isEmpty())
        arguments << QStringLiteral("--") << pathspec;
    const QByteArray out = git(repo, arguments).out;
    const QList<QByteArray> fields = out.split('\0');
    QMap<QString, QString> entries;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        const QString field = QString::fromUtf8(fields[i]);
        if (field.size() < 4)
            continue;
        QString old;
        if (field[0] == u'R' || field[0] == u'C')
            old = QString::fromUtf8(fields.value(++i));
        entries.insert(field, old);
    }
    return entries;
}

inline QChar porcelainLetter(Git::ChangeKind kind)
{
    switch (kind) {
    case Git::ChangeKind::None:
        return u' ';
    case Git::ChangeKind::Modified:
        return u'M';
    case Git::ChangeKind::Added:
        return u'A';
    case Git::ChangeKind::Deleted:
        return u'D';
    case Git::ChangeKind::Renamed:
        return u'R';
    case Git::ChangeKind::TypeChanged:
        return u'T';
    case Git::ChangeKind::Untracked:
        return u'?';
    case Git::ChangeKind::Conflicted:
        return u'U';
    }
    return u'!';
}

// What `git status --porcelain -z -uall` prints for Folio's list. git does not pair renames
// in the work tree: such a rename is " D old" plus "?? new" there.
inline QMap<QString, QString> expectedCliStatus(const Git::ChangeList &list)
{
    QMap<QString, QString> entries;
    for (const Git::Change &change : list.changes) {
        if (change.unstaged == Git::ChangeKind::Conflicted) {
            entries.insert(QStringLiteral("UU ") + change.path, QString());
            continue;
        }
        if (change.unstaged == Git::ChangeKind::Untracked) {
            entries.insert(QStringLiteral("?? ") + change.path, QString());
            continue;
        }
        if (change.unstaged == Git::ChangeKind::Renamed) {
            // The index still has the old name: git sees it deleted from the work tree and
            // the new name untracked. (The tests do not combine this with a staged change.)
            entries.insert(QStringLiteral(" D ") + change.oldPath, QString());
            entries.insert(QStringLiteral("?? ") + change.path, QString());
            continue;
        }
        const QString line = QString(porcelainLetter(change.staged)) +
                             porcelainLetter(change.unstaged) + u' ' + change.path;
        entries.insert(line,
                       change.staged == Git::ChangeKind::Renamed ? change.oldPath : QString());
    }
    return entries;
}

} // namespace Folio::Test
