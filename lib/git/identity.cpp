#include "git/identity.h"

#include "git/giterror_p.h"
#include "git/githandle_p.h"
#include "git/repositoryaccess_p.h"

namespace Folio::Git {

namespace {

Result<ConfigPtr> repositoryConfig(git_repository *repo)
{
    git_config *raw = nullptr;
    const int rc = git_repository_config(&raw, repo);
    ConfigPtr config(raw);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot read the git configuration"));
    return ConfigPtr(std::move(config));
}

// The value, or an empty string when no level sets the key.
Result<QString> readString(git_config *config, const char *key)
{
    git_buf buf = GIT_BUF_INIT;
    const int rc = git_config_get_string_buf(&buf, config, key);
    std::unique_ptr<git_buf, BufDeleter> owner(&buf);
    if (rc == GIT_ENOTFOUND)
        return QString();
    if (rc != 0)
        return gitError(
            rc,
            QStringLiteral("cannot read %1 from the git configuration").arg(QLatin1String(key)));
    return QString::fromUtf8(buf.ptr, qsizetype(buf.size)).trimmed();
}

} // namespace

Result<std::optional<Signature>> configuredIdentity(const Repository &repository)
{
    // Not a snapshot: the live object re-reads config files changed since the last call, so
    // an identity set with the git CLI meanwhile is seen.
    auto config = repositoryConfig(rawRepository(repository));
    if (!config)
        return config.error();
    auto name = readString(config->get(), "user.name");
    if (!name)
        return name.error();
    auto email = readString(config->get(), "user.email");
    if (!email)
        return email.error();
    if (name->isEmpty() || email->isEmpty())
        return std::optional<Signature>();
    return std::optional<Signature>(Signature{name.value(), email.value()});
}

Result<void> storeIdentity(const Repository &repository, const Signature &identity)
{
    const QByteArray name = identity.name.trimmed().toUtf8();
    const QByteArray email = identity.email.trimmed().toUtf8();
    // Let libgit2 judge the values first (empty, '<' or '>'), so a later commit cannot fail
    // on what was stored here.
    git_signature *rawSignature = nullptr;
    int rc = git_signature_new(&rawSignature, name.constData(), email.constData(), 0, 0);
    SignaturePtr signature(rawSignature);
    if (rc != 0)
        return gitError(rc, QStringLiteral("invalid name or email"));

    auto config = repositoryConfig(rawRepository(repository));
    if (!config)
        return config.error();
    git_config *rawLocal = nullptr;
    rc = git_config_open_level(&rawLocal, config->get(), GIT_CONFIG_LEVEL_LOCAL);
    ConfigPtr local(rawLocal);
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot open the repository's git configuration"));
    rc = git_config_set_string(local.get(), "user.name", name.constData());
    if (rc == 0)
        rc = git_config_set_string(local.get(), "user.email", email.constData());
    if (rc != 0)
        return gitError(rc, QStringLiteral("cannot store the name and email"));
    return {};
}

Result<void> validateIdentity(const Signature &identity)
{
    const QString name = identity.name.trimmed();
    const QString email = identity.email.trimmed();
    auto hasForbidden = [](const QString &text) {
        return text.contains(u'<') || text.contains(u'>') || text.contains(u'\n');
    };
    if (name.isEmpty() || hasForbidden(name))
        return Error{ErrorDomain::Git, GIT_EINVALID,
                     QStringLiteral("a name is needed, without '<' or '>'")};
    const qsizetype at = email.indexOf(u'@');
    if (at <= 0 || at != email.lastIndexOf(u'@') || at == email.size() - 1 ||
        email.contains(u' ') || hasForbidden(email))
        return Error{ErrorDomain::Git, GIT_EINVALID,
                     QStringLiteral("an email address like name@example.com is needed")};
    return {};
}

} // namespace Folio::Git
