#pragma once

#include "core/result.h"
#include "git/changelist.h"
#include "git/worddiff.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Folio::Git {

class Repository;

// What the work-tree file is compared with.
enum class DiffBase
{
    Head,     // the last commit: everything not yet committed (`git diff HEAD`)
    Index,    // the index: only what is not staged (`git diff`)
    Revision, // a branch, tag or commit, e.g. "main" or "origin/main" (`git diff main`)
};

struct FileDiffRequest
{
    QString path = {};    // relative to the work tree
    QString oldPath = {}; // the former name of a renamed file, so the diff follows the rename
    DiffBase base = DiffBase::Head;
    QString revision = {}; // for DiffBase::Revision
    int contextLines = 3;
};

enum class DiffLineKind
{
    Context,
    Added,
    Removed,
};

struct DiffLine
{
    DiffLineKind kind = DiffLineKind::Context;
    int oldNumber = 0; // 1-based line number in the old file, 0 for an added line
    int newNumber = 0; // 1-based line number in the new file, 0 for a removed line
    QString text = {}; // without the line end
    // Ranges of text to emphasize: the words that changed against the paired line.
    QList<TextRange> emphasis = {};
    bool noNewlineAtEnd = false; // last line of a file that does not end with a line break

    friend bool operator==(const DiffLine &, const DiffLine &) = default;
};

struct DiffHunk
{
    int oldStart = 0;
    int oldCount = 0;
    int newStart = 0;
    int newCount = 0;
    QString header = {}; // "@@ -1,3 +1,4 @@ section", without the line end
    QList<DiffLine> lines = {};
};

struct FileDiff
{
    QString path = {};
    QString oldPath = {};               // set for a rename
    ChangeKind kind = ChangeKind::None; // None: the file is the same on both sides
    bool binary = false;                // then there are no hunks
    QList<DiffHunk> hunks = {};
};

// The diff of one file of the work tree against the request's base.
[[nodiscard]] Result<FileDiff> diffFile(const Repository &repository,
                                        const FileDiffRequest &request);

// The bytes of a file (relative to the work tree) as committed in revision ("HEAD", "main",
// "origin/main", a commit id): what a rendered diff compares the page with. GIT_ENOTFOUND
// when the file is not in that revision, or the branch has no commit yet.
[[nodiscard]] Result<QByteArray> fileAtRevision(const Repository &repository, const QString &path,
                                                const QString &revision = QStringLiteral("HEAD"));

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::FileDiffRequest)
Q_DECLARE_METATYPE(Folio::Git::FileDiff)
