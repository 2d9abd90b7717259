#include "git/cloneurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Folio::Git {

namespace {

// Personal access tokens pasted as the user name ("https://glpat-...@gitlab.com/...") work
// with some servers and end up in .git/config just like a password would.
bool looksLikeToken(const QString &userName)
{
    for (const QLatin1String prefix :
         {QLatin1String("glpat-"), QLatin1String("gloas-"), QLatin1String("gldt-"),
          QLatin1String("glrt-"), QLatin1String("ghp_"), QLatin1String("gho_"),
          QLatin1String("ghu_"), QLatin1String("ghs_"), QLatin1String("github_pat_")}) {
        if (userName.startsWith(prefix, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool queryHasSecret(const QUrl &url)
{
    const auto items = QUrlQuery(url).queryItems();
    for (const auto &[key, value] : items) {
        if (key.contains(QLatin1String("token"), Qt::CaseInsensitive) ||
            key.contains(QLatin1String("password"), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// "group/handbook.git/" -> "handbook"; what `git clone` would name the folder.
QString nameFromPath(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    QString name = path.section(u'/', -1);
    if (name.endsWith(QLatin1String(".git")))
        name.chop(4);
    if (name == QLatin1String(".") || name == QLatin1String(".."))
        return {};
    return name;
}

} // namespace

CloneUrl CloneUrl::parse(const QString &text)
{
    CloneUrl result;
    result.m_url = text.trimmed();
    const QString &url = result.m_url;
    const auto fail = [&result](Problem problem) {
        result.m_problem = problem;
        return result;
    };
    if (url.isEmpty())
        return fail(Problem::Empty);
    static const QRegularExpression blank(QStringLiteral("\\s"));
    if (url.contains(blank))
        return fail(Problem::NotAnAddress);

    static const QRegularExpression schemePrefix(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    if (const auto match = schemePrefix.match(url); match.hasMatch()) {
        result.m_scheme = match.captured(1).toLower();
        const QString &scheme = result.m_scheme;
        if (scheme == QLatin1String("https"))
            result.m_kind = Kind::Https;
        else if (scheme == QLatin1String("http"))
            result.m_kind = Kind::Http;
        else if (scheme == QLatin1String("ssh") || scheme == QLatin1String("git+ssh") ||
                 scheme == QLatin1String("ssh+git"))
            result.m_kind = Kind::Ssh;
        else
            return fail(Problem::UnsupportedScheme);
        const QUrl parsed(url, QUrl::StrictMode);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return fail(Problem::NotAnAddress);
        result.m_host = parsed.host();
        result.m_repositoryName = nameFromPath(parsed.path(QUrl::FullyDecoded));
        if (!parsed.password().isEmpty() || looksLikeToken(parsed.userName()) ||
            queryHasSecret(parsed))
            return fail(Problem::ContainsSecret);
    } else if (url.contains(QLatin1String("://"))) {
        return fail(Problem::NotAnAddress);
    } else {
        // scp-like "[user@]host:path": a colon before any slash. A one-letter "host" is a
        // Windows drive ("C:\..."), a path.
        static const QRegularExpression scpLike(
            QStringLiteral("^(?:([^@/]+)@)?([^@/:\\[\\]]+|\\[[^\\]/]+\\]):(.*)$"));
        const auto scp = scpLike.match(url);
        if (!scp.hasMatch() || scp.captured(2).size() < 2)
            return fail(Problem::NotAnAddress);
        result.m_kind = Kind::Ssh;
        result.m_host = scp.captured(2);
        result.m_repositoryName = nameFromPath(scp.captured(3));
        if (scp.captured(1).contains(u':'))
            return fail(Problem::ContainsSecret); // "user:password@host:path"
    }
    if (result.m_repositoryName.isEmpty())
        return fail(Problem::NoRepository);
    result.m_problem = Problem::None;
    return result;
}

} // namespace Folio::Git
