#include "git/remotesession_p.h"

#include "git/credentialprovider.h"
#include "git/giterror_p.h"
#include "git/giterrors.h"
#include "git/knownhosts.h"
#include "git/operationsupport_p.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <git2/sys/errors.h>

namespace Folio::Git {

namespace {

RemoteSession *session(void *payload)
{
    return static_cast<RemoteSession *>(payload);
}

// The port the SSH connection uses: certificate_check is given only the host.
int sshPort(const QString &url)
{
    if (url.contains(QLatin1String("://"))) {
        const QUrl parsed(url);
        return parsed.port(22);
    }
    return 22; // scp-like "user@host:path"
}

// An OpenSSH private key is encrypted when its cipher is not "none"; a PEM key when its header
// says so. Unencrypted keys are offered without asking anything.
bool keyIsEncrypted(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = file.read(64 * 1024);
    if (text.contains("ENCRYPTED"))
        return true;
    static const QByteArray begin = "-----BEGIN OPENSSH PRIVATE KEY-----";
    static const QByteArray end = "-----END OPENSSH PRIVATE KEY-----";
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end);
    if (from < 0 || to < from)
        return false;
    const QByteArray body =
        QByteArray::fromBase64(text.mid(from + begin.size(), to - from - begin.size()));
    static const QByteArray magic("openssh-key-v1\0", 15);
    if (!body.startsWith(magic) || body.size() < magic.size() + 4)
        return false;
    const auto *bytes = reinterpret_cast<const unsigned char *>(body.constData() + magic.size());
    const quint32 length = quint32(bytes[0]) << 24 | quint32(bytes[1]) << 16 |
                           quint32(bytes[2]) << 8 | quint32(bytes[3]);
    return body.mid(magic.size() + 4, qsizetype(length)) != "none";
}

bool isNetworkError(int code)
{
    if (code == GIT_TIMEOUT)
        return true;
    const git_error *last = git_error_last();
    if (!last || !last->message)
        return false;
    if (last->klass == GIT_ERROR_NET)
        return true;
    // Connecting reports the socket's errno under GIT_ERROR_OS; libssh2 reports a connection the
    // server dropped during the handshake under GIT_ERROR_SSH.
    const QString message = QString::fromUtf8(last->message);
    static const QLatin1String connectionTexts[] = {
        QLatin1String("failed to connect"),  QLatin1String("failed to resolve address"),
        QLatin1String("Connection refused"), QLatin1String("Network is unreachable"),
        QLatin1String("No route to host"),   QLatin1String("timed out"),
        QLatin1String("Connection reset"),   QLatin1String("failed to start SSH session"),
    };
    if (last->klass != GIT_ERROR_OS && last->klass != GIT_ERROR_SSH)
        return false;
    for (const QLatin1String &text : connectionTexts) {
        if (message.contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString libgit2Message(int code)
{
    const git_error *last = git_error_last();
    return last && last->message ? QString::fromUtf8(last->message)
                                 : QStringLiteral("libgit2 error %1").arg(code);
}

} // namespace

RemoteSession::RemoteSession(const TransportOptions &options, const QString &url)
    : m_options(options)
    , m_url(url)
{
    if (m_options.maxAuthAttempts < 1)
        m_options.maxAuthAttempts = 1;
}

void RemoteSession::install(git_remote_callbacks *callbacks)
{
    callbacks->payload = this;
    callbacks->credentials = [](git_credential **out, const char *url, const char *username,
                                unsigned int allowed, void *payload) {
        return session(payload)->credentials(out, url, username, allowed);
    };
    callbacks->certificate_check = [](git_cert *cert, int valid, const char *host, void *payload) {
        return session(payload)->certificateCheck(cert, valid, host);
    };
    callbacks->sideband_progress = [](const char *text, int length, void *payload) {
        RemoteSession *self = session(payload);
        const QByteArrayView chunk(text, length > 0 ? length : 0);
        self->m_serverText.append(chunk);
        for (const QByteArray &line : self->m_lines.feed(chunk))
            self->m_serverLines.append(QString::fromUtf8(line));
        return self->cancelled() ? GIT_EUSER : 0;
    };
    callbacks->transfer_progress = [](const git_indexer_progress *stats, void *payload) {
        TransferProgress progress;
        if (stats->received_objects < stats->total_objects || stats->total_deltas == 0) {
            progress.stage = TransferProgress::Stage::Receiving;
            progress.current = stats->received_objects;
            progress.total = stats->total_objects;
        } else {
            progress.stage = TransferProgress::Stage::Resolving;
            progress.current = stats->indexed_deltas;
            progress.total = stats->total_deltas;
        }
        progress.bytes = qint64(stats->received_bytes);
        return session(payload)->reportProgress(progress) ? 0 : GIT_EUSER;
    };
    callbacks->push_transfer_progress = [](unsigned int current, unsigned int total, size_t bytes,
                                           void *payload) {
        const TransferProgress progress{TransferProgress::Stage::Sending, current, total,
                                        qint64(bytes)};
        return session(payload)->reportProgress(progress) ? 0 : GIT_EUSER;
    };
    callbacks->pack_progress = [](int, uint32_t, uint32_t, void *payload) {
        return session(payload)->cancelled() ? GIT_EUSER : 0;
    };
    // A server-side rejection (hook, protected branch) does not fail git_remote_push: it only
    // reaches this per-reference callback.
    callbacks->push_update_reference = [](const char *reference, const char *status,
                                          void *payload) {
        session(payload)->m_pushStatuses.append(
            {QString::fromUtf8(reference), status ? QString::fromUtf8(status) : QString()});
        return 0;
    };
    callbacks->update_tips = [](const char *reference, const git_oid *oldId, const git_oid *newId,
                                void *payload) {
        RefUpdate update;
        update.name = QString::fromUtf8(reference);
        if (oldId && !git_oid_is_zero(oldId))
            update.oldId = Internal::oidToString(oldId);
        if (newId && !git_oid_is_zero(newId))
            update.newId = Internal::oidToString(newId);
        session(payload)->m_refUpdates.append(update);
        return 0;
    };
}

bool RemoteSession::cancelled() const
{
    return m_cancelled || (m_options.cancel && m_options.cancel->load());
}

bool RemoteSession::reportProgress(const TransferProgress &progress)
{
    if (!cancelled() && m_options.progress && !m_options.progress(progress))
        m_cancelled = true;
    return !cancelled();
}

int RemoteSession::fail(int code, int typedCode, const QString &message)
{
    if (!m_failure)
        m_failure = Error{ErrorDomain::Git, typedCode, message};
    git_error_set_str(GIT_ERROR_CALLBACK, message.toUtf8().constData());
    return code;
}

int RemoteSession::credentials(git_credential **out, const char *url, const char *usernameFromUrl,
                               unsigned int allowedTypes)
{
    if (cancelled())
        return fail(GIT_EUSER, int(GitErrorCode::Cancelled), QStringLiteral("cancelled"));
    const QString username = usernameFromUrl ? QString::fromUtf8(usernameFromUrl) : QString();
    if (allowedTypes & GIT_CREDENTIAL_USERNAME) {
        // SSH without a user in the URL: like ssh, the local login name.
        const QString name = username.isEmpty() ? qEnvironmentVariable("USER") : username;
        return git_credential_username_new(out, Internal::utf8(name).constData());
    }
    if (allowedTypes & GIT_CREDENTIAL_SSH_KEY)
        return sshKeyCredentials(out, username.isEmpty() ? qEnvironmentVariable("USER") : username);
    if (allowedTypes & GIT_CREDENTIAL_USERPASS_PLAINTEXT) {
        const QString where = QUrl(QString::fromUtf8(url)).toString(QUrl::RemoveUserInfo);
        if (++m_tokenAttempts > m_options.maxAuthAttempts)
            return fail(GIT_EAUTH, int(GitErrorCode::AuthenticationFailed),
                        QStringLiteral("%1 refused the user name and token %2 times")
                            .arg(where)
                            .arg(m_options.maxAuthAttempts));
        if (!m_options.credentials)
            return fail(GIT_EAUTH, int(GitErrorCode::AuthenticationFailed),
                        QStringLiteral("%1 asks for a user name and token").arg(where));
        const auto answer = m_options.credentials->userToken(
            {where, username, m_tokenAttempts, m_options.maxAuthAttempts});
        if (!answer)
            return fail(GIT_EUSER, int(GitErrorCode::Cancelled),
                        QStringLiteral("no user name and token given for %1").arg(where));
        return git_credential_userpass_plaintext_new(out,
                                                     Internal::utf8(answer->username).constData(),
                                                     Internal::utf8(answer->token).constData());
    }
    return fail(GIT_EAUTH, int(GitErrorCode::AuthenticationFailed),
                QStringLiteral("the server asks for a kind of credentials Folio does not support"));
}

int RemoteSession::sshKeyCredentials(git_credential **out, const QString &username)
{
    if (!m_sshSteps) {
        // ssh-agent first (it holds unlocked keys), then the default key files, as ssh does.
        // libgit2 finds neither by itself.
        m_sshSteps.emplace();
        const QString agent = qEnvironmentVariable("SSH_AUTH_SOCK");
        if (!agent.isEmpty() && QFileInfo::exists(agent))
            m_sshSteps->append(SshKeyStep{true, {}, {}, false, 0});
        const QString folder = QDir::homePath() + QStringLiteral("/.ssh/");
        for (const QLatin1String name : {QLatin1String("id_ed25519"), QLatin1String("id_rsa")}) {
            const QString key = folder + name;
            if (!QFileInfo(key).isFile())
                continue;
            const QString publicKey = key + QStringLiteral(".pub");
            m_sshSteps->append(SshKeyStep{false, key,
                                          QFileInfo(publicKey).isFile() ? publicKey : QString(),
                                          keyIsEncrypted(key), 0});
        }
    }
    const QByteArray user = Internal::utf8(username);
    while (m_sshStep < m_sshSteps->size()) {
        SshKeyStep &step = (*m_sshSteps)[m_sshStep];
        // Each call after the first means the previous offer was refused. An encrypted key
        // gets maxAuthAttempts passphrases; anything else one try.
        const int allowed = step.encrypted ? m_options.maxAuthAttempts : 1;
        if (step.attempts >= allowed) {
            ++m_sshStep;
            continue;
        }
        ++step.attempts;
        if (step.agent) {
            m_triedKeys.append(QStringLiteral("ssh-agent"));
            return git_credential_ssh_key_from_agent(out, user.constData());
        }
        QString passphrase;
        if (step.encrypted) {
            if (!m_options.credentials) {
                ++m_sshStep;
                continue;
            }
            const auto answer =
                m_options.credentials->keyPassphrase({step.privateKey, step.attempts, allowed});
            if (!answer)
                return fail(GIT_EUSER, int(GitErrorCode::Cancelled),
                            QStringLiteral("no passphrase given for %1").arg(step.privateKey));
            passphrase = *answer;
            m_askedPassphrase = true;
        }
        if (step.attempts == 1)
            m_triedKeys.append(step.privateKey);
        const QByteArray phrase = Internal::utf8(passphrase);
        return git_credential_ssh_key_new(
            out, user.constData(),
            step.publicKey.isEmpty() ? nullptr : QFile::encodeName(step.publicKey).constData(),
            QFile::encodeName(step.privateKey).constData(),
            step.encrypted ? phrase.constData() : nullptr);
    }
    return fail(GIT_EAUTH, int(GitErrorCode::AuthenticationFailed),
                m_triedKeys.isEmpty()
                    ? QStringLiteral("no SSH key to offer: no ssh-agent and no ~/.ssh/id_ed25519 "
                                     "or ~/.ssh/id_rsa")
                    : QStringLiteral("the server refused the SSH keys (%1)%2")
                          .arg(m_triedKeys.join(QStringLiteral(", ")),
                               m_askedPassphrase ? QStringLiteral(", or the passphrase was wrong")
                                                 : QString()));
}

int RemoteSession::certificateCheck(git_cert *cert, int valid, const char *host)
{
    // TLS: libgit2's own verification against the system's certificate store decides; an
    // invalid certificate stays refused.
    if (cert->cert_type != GIT_CERT_HOSTKEY_LIBSSH2)
        return valid ? 0 : GIT_PASSTHROUGH;
    const auto *hostKey = reinterpret_cast<const git_cert_hostkey *>(cert);
    const QString hostName = QString::fromUtf8(host);
    if (!(hostKey->type & GIT_CERT_SSH_RAW) || !hostKey->hostkey || hostKey->hostkey_len == 0)
        return fail(GIT_ECERTIFICATE, int(GitErrorCode::HostKeyRejected),
                    QStringLiteral("the SSH host key of %1 cannot be checked").arg(hostName));
    const QByteArray blob(hostKey->hostkey, qsizetype(hostKey->hostkey_len));
    const int port = sshPort(m_url);
    const KnownHosts knownHosts(m_options.knownHostsPath);
    const QString fingerprint = KnownHosts::fingerprint(blob);
    const auto lookup = knownHosts.lookup(hostName, port, blob);
    if (!lookup) {
        m_failure = lookup.error();
        return GIT_ECERTIFICATE;
    }
    switch (lookup->match) {
    case KnownHosts::Match::Known:
        return 0;
    case KnownHosts::Match::Changed:
        return fail(GIT_ECERTIFICATE, int(GitErrorCode::HostKeyChanged),
                    QStringLiteral("the SSH host key of %1 has CHANGED (now %2 %3; %4 line %5 "
                                   "has another key). Someone may be intercepting the "
                                   "connection. If the server was really reinstalled, remove "
                                   "that line and connect again.")
                        .arg(KnownHosts::hostName(hostName, port), KnownHosts::keyType(blob),
                             fingerprint, knownHosts.path())
                        .arg(lookup->line));
    case KnownHosts::Match::Unknown:
        break;
    }
    const HostKeyQuestion question{hostName,
                                   port,
                                   KnownHosts::keyType(blob),
                                   fingerprint,
                                   knownHosts.path(),
                                   lookup->knownWithOtherTypes};
    const HostKeyDecision decision = m_options.credentials
                                         ? m_options.credentials->unknownHostKey(question)
                                         : HostKeyDecision::Reject;
    switch (decision) {
    case HostKeyDecision::Reject:
        return fail(GIT_ECERTIFICATE, int(GitErrorCode::HostKeyRejected),
                    QStringLiteral("the SSH host key of %1 (%2) is not known and was not accepted")
                        .arg(KnownHosts::hostName(hostName, port), fingerprint));
    case HostKeyDecision::AcceptOnce:
        return 0;
    case HostKeyDecision::AcceptAndRemember:
        if (auto added = knownHosts.add(hostName, port, blob); !added) {
            m_failure = added.error();
            return GIT_ECERTIFICATE;
        }
        return 0;
    }
    return GIT_ECERTIFICATE;
}

QStringList RemoteSession::serverLines()
{
    for (const QByteArray &line : m_lines.finish())
        m_serverLines.append(QString::fromUtf8(line));
    return m_serverLines;
}

Error RemoteSession::failure(int code, const QString &action) const
{
    const auto typed = [&](GitErrorCode typedCode, const QString &detail) {
        return Error{ErrorDomain::Git, int(typedCode), action % u": " % detail};
    };
    if (m_failure) {
        Error error = *m_failure;
        error.message = action % u": " % error.message;
        return error;
    }
    if (cancelled())
        return typed(GitErrorCode::Cancelled, QStringLiteral("cancelled"));
    if (code == GIT_ENONFASTFORWARD)
        return typed(GitErrorCode::NotFastForward,
                     libgit2Message(code) %
                         QStringLiteral(" (the remote branch has commits this one lacks: "
                                        "update first)"));
    if (code == GIT_EAUTH)
        return typed(GitErrorCode::AuthenticationFailed, libgit2Message(code));
    if (isNetworkError(code))
        return typed(GitErrorCode::NetworkUnavailable, libgit2Message(code));
    return gitError(code, action);
}

} // namespace Folio::Git
