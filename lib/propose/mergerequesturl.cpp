#include "propose/mergerequesturl.h"

#include "propose/quickactions.h"

#include <QRegularExpression>
#include <QStringList>

namespace Folio::Propose::MergeRequestUrl {

namespace {

Error notGitLab(const QString &remoteUrl, const QString &why)
{
    return Error{
        ErrorDomain::Proposal, 0,
        QStringLiteral("cannot find the web page of remote \"%1\": %2").arg(remoteUrl, why)};
}

QByteArray encoded(const QString &text)
{
    // Only unreserved characters stay as they are; '[', ']', '&', '#', '+', space and every
    // non-ASCII byte of the UTF-8 are encoded.
    return QUrl::toPercentEncoding(text);
}

} // namespace

Result<QUrl> projectUrl(const QString &remoteUrl)
{
    const QString remote = remoteUrl.trimmed();
    if (remote.isEmpty())
        return notGitLab(remote, QStringLiteral("it is empty"));

    QString host;
    int port = -1;
    QString webScheme = QStringLiteral("https");
    QString path;
    // scp-like syntax: [user@]host:path, where the part before ':' has no '/'.
    static const QRegularExpression scpLike(QStringLiteral("^(?:[^@/]+@)?([^:/]+):(?!//)(.+)$"));
    const QRegularExpressionMatch scp = scpLike.match(remote);
    if (!remote.contains(QLatin1String("://")) && scp.hasMatch()) {
        // "C:/handbook" is a Windows path, not a host called C.
        if (scp.captured(1).size() == 1)
            return notGitLab(remote, QStringLiteral("it is a local folder"));
        host = scp.captured(1);
        path = scp.captured(2);
    } else {
        const QUrl url(remote, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || scheme.isEmpty() || scheme == u"file")
            return notGitLab(remote, QStringLiteral("it is a local folder"));
        if (scheme != u"https" && scheme != u"http" && scheme != u"ssh" && scheme != u"git" &&
            scheme != u"git+ssh" && scheme != u"ssh+git")
            return notGitLab(remote, QStringLiteral("unknown scheme \"%1\"").arg(scheme));
        host = url.host();
        path = url.path(QUrl::FullyDecoded);
        if (scheme == u"https" || scheme == u"http") {
            webScheme = scheme;
            port = url.port(); // the web server's own port; an SSH port says nothing about it
        }
    }

    while (path.startsWith(u'/'))
        path.remove(0, 1);
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(QLatin1String(".git")))
        path.chop(4);
    if (host.isEmpty() || path.isEmpty())
        return notGitLab(remote, QStringLiteral("it names no host and project"));

    QUrl project;
    project.setScheme(webScheme);
    project.setHost(host);
    project.setPort(port);
    project.setPath(u'/' + path);
    if (!project.isValid())
        return notGitLab(remote, project.errorString());
    return project;
}

Result<QUrl> newMergeRequest(const QString &remoteUrl, const ProposalPlan &plan)
{
    auto project = projectUrl(remoteUrl);
    if (!project)
        return project.error();
    return newMergeRequestAt(*project, plan);
}

std::optional<QUrl> projectOfLink(const QUrl &link)
{
    const QString path = link.path(QUrl::FullyEncoded);
    const qsizetype cut = path.indexOf(QLatin1String("/-/"));
    if (!link.isValid() || cut <= 0)
        return std::nullopt;
    QUrl project = link.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
    project.setPath(path.left(cut), QUrl::StrictMode);
    return project;
}

Result<QUrl> newMergeRequestAt(const QUrl &project, const ProposalPlan &plan)
{
    using QuickActions::Include;
    const QString description = QuickActions::appendTo(
        plan.description, QuickActions::forPlan(plan, static_cast<int>(Include::Labels) |
                                                          static_cast<int>(Include::Assignees) |
                                                          static_cast<int>(Include::Reviewers) |
                                                          static_cast<int>(Include::Draft)));
    const std::pair<const char *, QString> fields[] = {
        {"source_branch", plan.sourceBranch},
        {"target_branch", plan.targetBranch},
        {"title", plan.title},
        {"description", description},
    };
    QByteArrayList query;
    for (const auto &[name, value] : fields) {
        query.append(encoded(QStringLiteral("merge_request[%1]").arg(QLatin1String(name))) + '=' +
                     encoded(value));
    }
    const QByteArray base = project.toEncoded();
    // Built by hand and parsed strictly: QUrlQuery would leave '+' and brackets as they are.
    QUrl url =
        QUrl::fromEncoded(base + "/-/merge_requests/new?" + query.join('&'), QUrl::StrictMode);
    if (!url.isValid())
        return Error{ErrorDomain::Proposal, 0, url.errorString()};
    return url;
}

} // namespace Folio::Propose::MergeRequestUrl
