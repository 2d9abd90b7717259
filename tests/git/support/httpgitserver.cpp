#include "git/support/httpgitserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace Folio::Test {

namespace {

const QString lighttpdProgram = QStringLiteral("/usr/sbin/lighttpd");
const QString httpBackend = QStringLiteral("/usr/lib/git-core/git-http-backend");

QStringList readLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

bool writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text) == text.size();
}

} // namespace

HttpGitServer::HttpGitServer()
    : m_port(freeLoopbackPort())
{
    // Random per server so a test cannot pass by accident with a remembered token.
    m_token = QStringLiteral("glpat-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
}

HttpGitServer::~HttpGitServer()
{
    stop();
}

QString HttpGitServer::missingPrograms()
{
    QStringList missing;
    if (!QFileInfo(lighttpdProgram).isExecutable())
        missing << lighttpdProgram + QStringLiteral(" (package lighttpd)");
    if (!QFileInfo(httpBackend).isExecutable())
        missing << httpBackend + QStringLiteral(" (package git)");
    return missing.join(QStringLiteral(", "));
}

bool HttpGitServer::start()
{
    if (!m_dir.isValid() || m_port == 0) {
        m_error = QStringLiteral("no temporary folder or free port");
        return false;
    }
    const QString root = m_dir.path();
    QDir().mkpath(root + QStringLiteral("/www"));
    QDir().mkpath(root + QStringLiteral("/repos"));
    QDir().mkpath(root + QStringLiteral("/uploads"));
    if (!writeText(root + QStringLiteral("/users"),
                   (username() + u':' + m_token + u'\n').toUtf8())) {
        m_error = QStringLiteral("cannot write the user file");
        return false;
    }
    const QString config = QStringLiteral(R"(server.document-root = "%1/www"
server.bind = "127.0.0.1"
server.port = %2
server.errorlog = "%1/error.log"
server.upload-dirs = ( "%1/uploads" )
server.modules = ( "mod_alias", "mod_setenv", "mod_auth", "mod_authn_file", "mod_cgi" )
auth.backend = "plain"
auth.backend.plain.userfile = "%1/users"
alias.url = ( "/git" => "%3" )
$HTTP["url"] =~ "^/git" {
    cgi.assign = ( "" => "" )
    setenv.set-environment = (
        "GIT_PROJECT_ROOT" => "%1/repos",
        "GIT_HTTP_EXPORT_ALL" => "1",
        "GIT_CONFIG_NOSYSTEM" => "1",
        "GIT_CONFIG_GLOBAL" => "/dev/null",
        "HOME" => "%1",
        "PATH" => "/usr/local/bin:/usr/bin:/bin"
    )
    auth.require = ( "" => ( "method" => "basic", "realm" => "Folio test", "require" => "valid-user" ) )
}
)")
                               .arg(root)
                               .arg(m_port)
                               .arg(httpBackend);
    const QString configPath = root + QStringLiteral("/lighttpd.conf");
    if (!writeText(configPath, config.toUtf8())) {
        m_error = QStringLiteral("cannot write the lighttpd configuration");
        return false;
    }
    return m_process.start(lighttpdProgram,
                           {QStringLiteral("-D"), QStringLiteral("-f"), configPath}, m_port,
                           root + QStringLiteral("/error.log"), &m_error);
}

void HttpGitServer::stop()
{
    m_process.stop();
}

QString HttpGitServer::repositoryPath(const QString &name) const
{
    return m_dir.path() + QStringLiteral("/repos/") + name + QStringLiteral(".git");
}

QString HttpGitServer::url(const QString &name) const
{
    return QStringLiteral("http://127.0.0.1:%1/git/%2.git").arg(m_port).arg(name);
}

QString HttpGitServer::mergeRequestUrl(const QString &branch) const
{
    // Concatenated, not QString::arg: "%5B" would count as a placeholder.
    return QStringLiteral("http://127.0.0.1:") + QString::number(m_port) +
           QStringLiteral("/group/project/-/merge_requests/new?"
                          "merge_request%5Bsource_branch%5D=") +
           branch;
}

QString HttpGitServer::createdMergeRequestUrl(const QString &branch) const
{
    return QStringLiteral("http://127.0.0.1:%1/group/project/-/merge_requests/%2")
        .arg(m_port)
        .arg(branch);
}

QString HttpGitServer::rejectionText()
{
    return QStringLiteral("GitLab: You are not allowed to push code to this project. "
                          "(Folio test hook)");
}

QString HttpGitServer::createRepository(const QString &name, Hook hook)
{
    const QString path = repositoryPath(name);
    return createBareRepository(path) && setHook(name, hook) ? path : QString();
}

bool HttpGitServer::setHook(const QString &name, Hook hook)
{
    const QString path = repositoryPath(name);
    // printf, not echo: dash's echo would turn the two characters \n of an option into a break.
    // The options are read through eval of the variable's name only, never of its value.
    QByteArray script = R"(#!/bin/sh
printf '%s\n' "${GIT_PUSH_OPTION_COUNT-unset}" > "@REPO@/folio-push-option-count"
: > "@REPO@/folio-push-options"
i=0
while [ "$i" -lt "${GIT_PUSH_OPTION_COUNT:-0}" ]; do
    eval "value=\${GIT_PUSH_OPTION_$i}"
    printf '%s\n' "$value" >> "@REPO@/folio-push-options"
    i=$((i + 1))
done
cat > "@REPO@/folio-pushed-refs"
)";
    if (hook == Hook::Reject) {
        script += "echo '" + rejectionText().toUtf8() + "' >&2\nexit 1\n";
    } else if (hook == Hook::RecordOnly) {
        script += "exit 0\n";
    } else {
        // What GitLab prints after a push of a branch (the git CLI adds "remote: ").
        script +=
            hook == Hook::CreateMergeRequest
                ? "grep -qx 'merge_request.create' \"@REPO@/folio-push-options\" && create=1\n"
                : "create=\n";
        script += R"(while read -r old new ref; do
    case "$ref" in refs/heads/*) branch=${ref#refs/heads/} ;; *) continue ;; esac
    [ "$new" = 0000000000000000000000000000000000000000 ] && continue
    if [ -n "$create" ]; then
        printf '\nView merge request for %s:\n' "$branch" >&2
        printf '  %s\n\n' "@CREATEDURL@$branch" >&2
        continue
    fi
    printf '\nTo create a merge request for %s, visit:\n' "$branch" >&2
    printf '  %s\n\n' "@MRURL@$branch" >&2
done < "@REPO@/folio-pushed-refs"
exit 0
)";
    }
    script.replace("@REPO@", path.toUtf8());
    script.replace("@MRURL@", mergeRequestUrl(QString()).toUtf8());
    script.replace("@CREATEDURL@", createdMergeRequestUrl(QString()).toUtf8());
    return writeExecutable(path + QStringLiteral("/hooks/pre-receive"), script);
}

QStringList HttpGitServer::receivedPushOptions(const QString &name) const
{
    return readLines(repositoryPath(name) + QStringLiteral("/folio-push-options"));
}

QString HttpGitServer::receivedPushOptionCount(const QString &name) const
{
    return readLines(repositoryPath(name) + QStringLiteral("/folio-push-option-count")).value(0);
}

QStringList HttpGitServer::receivedReferences(const QString &name) const
{
    return readLines(repositoryPath(name) + QStringLiteral("/folio-pushed-refs"));
}

} // namespace Folio::Test
