#pragma once

#include "core/result.h"
#include "propose/proposalplan.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Folio::Propose {

// A proposal whose commit is on a local branch but did not reach the server (offline, server
// down, token refused): what is needed to push it later and still get the merge request.
struct PendingPush
{
    QString branch; // the local proposal branch (= plan.sourceBranch)
    QString remote = QStringLiteral("origin");
    QString commitId; // the commit that was to be pushed
    ProposalPlan plan;
    QDateTime createdAt; // UTC
    QString lastError;   // technical text of the last failure, untranslated; never a secret
};

// The handbook's pending pushes, kept in <git dir>/folio/pending-pushes.json: inside .git so
// it travels with the clone's branches it refers to, is never committed, and needs no
// settings folder. Written atomically; every call reads the file afresh, so the window and
// the command line can share it. Holds no credentials.
class PendingPushes
{
public:
    // gitDir: Repository::gitDir(), the repository's own .git folder.
    explicit PendingPushes(QString gitDir);

    [[nodiscard]] QString filePath() const;

    // Oldest first. No file: an empty list. A damaged file is an error, never silently emptied.
    [[nodiscard]] Result<QList<PendingPush>> list() const;
    [[nodiscard]] Result<std::optional<PendingPush>> find(const QString &branch) const;
    // Adds push, or replaces the entry of the same branch (keeping its createdAt).
    [[nodiscard]] Result<void> add(const PendingPush &push);
    // Forgets branch's entry (the branch itself stays); removing what is not there is fine.
    [[nodiscard]] Result<void> remove(const QString &branch);

private:
    [[nodiscard]] Result<void> write(const QList<PendingPush> &pushes) const;
    QString m_gitDir;
};

} // namespace Folio::Propose
