#pragma once

#include "core/result.h"
#include "git/linesplitter.h"
#include "git/transportoptions.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include <git2.h>

namespace Folio::Git {

// The state behind the libgit2 callbacks of one fetch, push or clone: credentials with bounded
// attempts, SSH host-key verification against known_hosts, progress and cancellation, the
// server's sideband text and per-reference push results. Private to lib/git. Lives on the
// stack of the operation, which must outlive every libgit2 call that gets its callbacks.
class RemoteSession
{
public:
    struct RefUpdate
    {
        QString name;
        QString oldId; // empty when the reference is new
        QString newId;
    };
    struct PushStatus
    {
        QString reference;
        QString status; // empty: the server accepted it
    };

    RemoteSession(const TransportOptions &options, const QString &url);
    RemoteSession(const RemoteSession &) = delete;
    RemoteSession &operator=(const RemoteSession &) = delete;

    // Points every callback of callbacks at this session.
    void install(git_remote_callbacks *callbacks);

    // Turns a failed libgit2 call into a typed error (giterrors.h): what a callback decided
    // first (authentication, host key, cancel), then what libgit2 reports. Read right after
    // the call: libgit2's last error is per thread and the next call overwrites it.
    [[nodiscard]] Error failure(int code, const QString &action) const;
    [[nodiscard]] bool cancelled() const;
    // For the clone's checkout, which has its own progress callback.
    [[nodiscard]] bool reportProgress(const TransferProgress &progress);

    // Everything the server printed, split into lines (the rest of an unterminated line
    // included). Call after the operation.
    [[nodiscard]] QStringList serverLines();
    [[nodiscard]] const QByteArray &serverText() const { return m_serverText; }
    [[nodiscard]] const QList<PushStatus> &pushStatuses() const { return m_pushStatuses; }
    [[nodiscard]] const QList<RefUpdate> &refUpdates() const { return m_refUpdates; }

private:
    int credentials(git_credential **out, const char *url, const char *usernameFromUrl,
                    unsigned int allowedTypes);
    int sshKeyCredentials(git_credential **out, const QString &username);
    int certificateCheck(git_cert *cert, int valid, const char *host);
    int fail(int code, int typedCode, const QString &message);

    TransportOptions m_options;
    QString m_url;
    std::optional<Error> m_failure;
    bool m_cancelled = false;

    int m_tokenAttempts = 0;
    // SSH keys to offer, in order; built on the first request.
    struct SshKeyStep
    {
        bool agent = false;
        QString privateKey;
        QString publicKey;
        bool encrypted = false;
        int attempts = 0;
    };
    std::optional<QList<SshKeyStep>> m_sshSteps;
    qsizetype m_sshStep = 0;
    QStringList m_triedKeys;
    bool m_askedPassphrase = false;

    LineSplitter m_lines;
    QStringList m_serverLines;
    QByteArray m_serverText;
    QList<PushStatus> m_pushStatuses;
    QList<RefUpdate> m_refUpdates;
};

} // namespace Folio::Git
