#include "git/cloneoperation.h"

#include "git/giterror_p.h"
#include "git/giterrors.h"
#include "git/githandle_p.h"
#include "git/operationsupport_p.h"
#include "git/remotesession_p.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <cerrno>

namespace Folio::Git {

namespace {

// Undoes a failed clone: removes what it created and nothing else.
class CreatedFolders
{
public:
    explicit CreatedFolders(const QString &path)
        : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
    {
        // The highest ancestor that does not exist yet is what the clone will create.
        QString missing;
        for (QString folder = m_path; !QFileInfo::exists(folder);
             folder = QFileInfo(folder).absolutePath()) {
            missing = folder;
            if (QDir(folder).isRoot())
                break;
        }
        m_createdRoot = missing;
    }

    [[nodiscard]] bool existedNonEmpty() const
    {
        const QFileInfo info(m_path);
        if (!info.exists() && !info.isSymLink())
            return false;
        return !info.isDir() || !QDir(m_path).isEmpty(QDir::AllEntries | QDir::Hidden |
                                                      QDir::System | QDir::NoDotAndDotDot);
    }

    void removeCreated() const
    {
        if (!m_createdRoot.isEmpty()) {
            QDir(m_createdRoot).removeRecursively();
            return;
        }
        // The folder was there and empty: everything in it now came from the clone.
        QDirIterator it(m_path,
                        QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
        while (it.hasNext()) {
            const QFileInfo entry(it.next());
            if (entry.isDir() && !entry.isSymLink())
                QDir(entry.absoluteFilePath()).removeRecursively();
            else
                QFile::remove(entry.absoluteFilePath());
        }
    }

private:
    QString m_path;
    QString m_createdRoot;
};

bool isSshUrl(const QString &url)
{
    for (const QLatin1String scheme :
         {QLatin1String("ssh://"), QLatin1String("ssh+git://"), QLatin1String("git+ssh://")}) {
        if (url.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    if (url.contains(QLatin1String("://")) || url.startsWith(u'/') || url.startsWith(u'.'))
        return false;
    // scp-like "user@host:path": a colon before the first slash.
    const qsizetype colon = url.indexOf(u':');
    const qsizetype slash = url.indexOf(u'/');
    return colon > 0 && (slash < 0 || colon < slash);
}

// libgit2 1.8's libssh2 transport breaks the shallow negotiation (libgit2 issue #6889: the
// server answers "expected SHA1 list"); over SSH such a clone is made in full instead.
bool shallowBrokenFor(const QString &url)
{
    int major = 0, minor = 0, revision = 0;
    if (git_libgit2_version(&major, &minor, &revision) != 0)
        return true;
    return isSshUrl(url) && major == 1 && minor < 9;
}

} // namespace

bool CloneOperation::canCloneShallow(const QString &url)
{
    return !shallowBrokenFor(url);
}

CloneOperation::CloneOperation(TransportOptions options)
    : m_options(std::move(options))
{}

Result<CloneResult> CloneOperation::clone(const CloneRequest &request)
{
    const QString action = QStringLiteral("cannot clone %1").arg(request.url);
    if (request.path.isEmpty())
        return Error{ErrorDomain::File, ENOENT, action % QStringLiteral(": no folder given")};
    const CreatedFolders created(request.path);
    if (created.existedNonEmpty())
        return Error{
            ErrorDomain::Git, int(GitErrorCode::DestinationNotEmpty),
            action %
                QStringLiteral(": %1 already exists and is not an empty folder").arg(request.path)};

    RemoteSession session(m_options, request.url);
    git_clone_options options = GIT_CLONE_OPTIONS_INIT;
    session.install(&options.fetch_opts.callbacks);
    options.fetch_opts.depth =
        request.shallow && !shallowBrokenFor(request.url) ? 1 : GIT_FETCH_DEPTH_FULL;
    options.checkout_opts.checkout_strategy = GIT_CHECKOUT_SAFE;
    options.checkout_opts.progress_payload = &session;
    options.checkout_opts.progress_cb = [](const char *, size_t completed, size_t total,
                                           void *payload) {
        // libgit2 cannot stop a checkout from here; a cancel takes effect right after it.
        (void)static_cast<RemoteSession *>(payload)->reportProgress(
            {TransferProgress::Stage::CheckingOut, qint64(completed), qint64(total), 0});
    };
    const QByteArray branch = Internal::utf8(request.branch);
    if (!request.branch.isEmpty())
        options.checkout_branch = branch.constData();

    git_repository *raw = nullptr;
    const int rc = git_clone(&raw, Internal::utf8(request.url).constData(),
                             QFile::encodeName(request.path).constData(), &options);
    RepositoryPtr repo(raw);
    const auto failed = [&](Error error) {
        repo.reset(); // close the files before removing them
        created.removeCreated();
        return error;
    };
    if (rc != 0)
        return failed(session.failure(rc, action));
    if (session.cancelled())
        return failed(session.failure(GIT_EUSER, action));

    CloneResult result;
    result.path = request.path;
    result.shallow = git_repository_is_shallow(repo.get()) == 1;
    git_reference *rawHead = nullptr;
    int headRc = git_repository_head(&rawHead, repo.get());
    ReferencePtr head(rawHead);
    if (headRc == GIT_EUNBORNBRANCH || headRc == GIT_ENOTFOUND)
        return result; // an empty repository: nothing to check out
    if (headRc != 0)
        return failed(gitError(headRc, action));
    if (git_reference_is_branch(head.get())) {
        const char *name = nullptr;
        headRc = git_branch_name(&name, head.get());
        if (headRc != 0)
            return failed(gitError(headRc, action));
        result.branch = QString::fromUtf8(name);
    }
    if (const git_oid *id = git_reference_target(head.get()))
        result.commitId = Internal::oidToString(id);
    return result;
}

} // namespace Folio::Git
