#include "propose/pendingpushes.h"

#include "document/atomicfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Folio::Propose {

namespace {

constexpr int FormatVersion = 1;

Error storeError(const QString &path, const QString &why)
{
    return Error{
        ErrorDomain::Proposal, 0,
        QStringLiteral("pending pushes in %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

QJsonArray toArray(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList toStringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

QJsonObject toJson(const PendingPush &push)
{
    const ProposalPlan &plan = push.plan;
    QJsonArray pages;
    for (const Handbook::PageEntry &page : plan.pages)
        pages.append(QJsonObject{{QStringLiteral("path"), page.path},
                                 {QStringLiteral("title"), page.title}});
    const QJsonObject planJson{
        {QStringLiteral("title"), plan.title},
        {QStringLiteral("description"), plan.description},
        {QStringLiteral("sourceBranch"), plan.sourceBranch},
        {QStringLiteral("targetBranch"), plan.targetBranch},
        {QStringLiteral("labels"), toArray(plan.labels)},
        {QStringLiteral("assignees"), toArray(plan.assignees)},
        {QStringLiteral("reviewers"), toArray(plan.reviewers)},
        {QStringLiteral("draft"), plan.draft},
        {QStringLiteral("removeSourceBranch"), plan.removeSourceBranch},
        {QStringLiteral("pages"), pages},
        {QStringLiteral("author"), plan.author},
    };
    return QJsonObject{
        {QStringLiteral("branch"), push.branch},
        {QStringLiteral("remote"), push.remote},
        {QStringLiteral("commit"), push.commitId},
        {QStringLiteral("createdAt"), push.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("lastError"), push.lastError},
        {QStringLiteral("plan"), planJson},
    };
}

PendingPush fromJson(const QJsonObject &json)
{
    PendingPush push;
    push.branch = json.value(QStringLiteral("branch")).toString();
    push.remote = json.value(QStringLiteral("remote")).toString(QStringLiteral("origin"));
    push.commitId = json.value(QStringLiteral("commit")).toString();
    push.createdAt =
        QDateTime::fromString(json.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    push.lastError = json.value(QStringLiteral("lastError")).toString();
    const QJsonObject planJson = json.value(QStringLiteral("plan")).toObject();
    ProposalPlan &plan = push.plan;
    plan.title = planJson.value(QStringLiteral("title")).toString();
    plan.description = planJson.value(QStringLiteral("description")).toString();
    plan.sourceBranch = planJson.value(QStringLiteral("sourceBranch")).toString();
    plan.targetBranch = planJson.value(QStringLiteral("targetBranch")).toString();
    plan.labels = toStringList(planJson.value(QStringLiteral("labels")));
    plan.assignees = toStringList(planJson.value(QStringLiteral("assignees")));
    plan.reviewers = toStringList(planJson.value(QStringLiteral("reviewers")));
    plan.draft = planJson.value(QStringLiteral("draft")).toBool();
    plan.removeSourceBranch = planJson.value(QStringLiteral("removeSourceBranch")).toBool(true);
    for (const QJsonValue &page : planJson.value(QStringLiteral("pages")).toArray()) {
        const QJsonObject pageJson = page.toObject();
        plan.pages.append({pageJson.value(QStringLiteral("path")).toString(),
                           pageJson.value(QStringLiteral("title")).toString()});
    }
    plan.author = planJson.value(QStringLiteral("author")).toString();
    return push;
}

} // namespace

PendingPushes::PendingPushes(QString gitDir)
    : m_gitDir(std::move(gitDir))
{}

QString PendingPushes::filePath() const
{
    return QDir(m_gitDir).filePath(QStringLiteral("folio/pending-pushes.json"));
}

Result<QList<PendingPush>> PendingPushes::list() const
{
    const QString path = filePath();
    QFile file(path);
    if (!file.exists())
        return QList<PendingPush>();
    if (!file.open(QIODevice::ReadOnly))
        return storeError(path, file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return storeError(path, parseError.errorString());
    if (!document.isObject())
        return storeError(path, QStringLiteral("not a JSON object"));
    QList<PendingPush> pushes;
    for (const QJsonValue &value : document.object().value(QStringLiteral("pushes")).toArray()) {
        PendingPush push = fromJson(value.toObject());
        if (!push.branch.isEmpty())
            pushes.append(push);
    }
    return pushes;
}

Result<std::optional<PendingPush>> PendingPushes::find(const QString &branch) const
{
    auto pushes = list();
    if (!pushes)
        return pushes.error();
    for (const PendingPush &push : std::as_const(*pushes)) {
        if (push.branch == branch)
            return std::optional<PendingPush>(push);
    }
    return std::optional<PendingPush>();
}

Result<void> PendingPushes::add(const PendingPush &push)
{
    auto pushes = list();
    if (!pushes)
        return pushes.error();
    PendingPush entry = push;
    if (!entry.createdAt.isValid())
        entry.createdAt = QDateTime::currentDateTimeUtc();
    for (PendingPush &existing : *pushes) {
        if (existing.branch == push.branch) {
            if (existing.createdAt.isValid())
                entry.createdAt = existing.createdAt;
            existing = entry;
            return write(*pushes);
        }
    }
    pushes->append(entry);
    return write(*pushes);
}

Result<void> PendingPushes::remove(const QString &branch)
{
    auto pushes = list();
    if (!pushes)
        return pushes.error();
    const qsizetype removed =
        pushes->removeIf([&branch](const PendingPush &push) { return push.branch == branch; });
    if (removed == 0)
        return {};
    return write(*pushes);
}

Result<void> PendingPushes::write(const QList<PendingPush> &pushes) const
{
    const QString path = filePath();
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return storeError(path, QStringLiteral("cannot create the folder"));
    QJsonArray array;
    for (const PendingPush &push : pushes)
        array.append(toJson(push));
    const QJsonObject root{{QStringLiteral("version"), FormatVersion},
                           {QStringLiteral("pushes"), array}};
    return Document::AtomicFile::write(path, QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace Folio::Propose
