#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

namespace Folio::Git {

// What an HTTPS server asks for. GitLab takes any user name with a personal access token.
struct UserTokenRequest
{
    QString url;         // the remote's URL, without credentials
    QString username;    // from the URL ("https://ada@host/..."), else empty
    int attempt = 1;     // 2 and more: the previous answer was refused
    int maxAttempts = 1; // after this many refusals the operation fails
};

struct UserToken
{
    QString username;
    QString token;
};

// An encrypted SSH key in ~/.ssh needs its passphrase.
struct PassphraseRequest
{
    QString keyPath;
    int attempt = 1; // 2 and more: the previous passphrase was wrong
    int maxAttempts = 1;
};

// First contact with an SSH server: its key is not in known_hosts.
struct HostKeyQuestion
{
    QString host;
    int port = 22;
    QString keyType;     // "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa"
    QString fingerprint; // as OpenSSH prints it: "SHA256:" + unpadded base64
    QString knownHostsPath;
    bool knownWithOtherTypes = false; // known_hosts has this host, but only with other key types
};

enum class HostKeyDecision
{
    Reject,
    AcceptOnce,        // this connection only
    AcceptAndRemember, // append to known_hosts
};

// Implemented by the app (dialogs, QtKeychain); lib/ only asks. Called on the thread that runs
// the network operation (GitService's worker thread): an implementation that shows dialogs
// blocks there until the UI thread answers (e.g. a BlockingQueuedConnection). Returning
// std::nullopt means the user cancelled.
class CredentialProvider
{
public:
    CredentialProvider() = default;
    CredentialProvider(const CredentialProvider &) = delete;
    CredentialProvider &operator=(const CredentialProvider &) = delete;
    virtual ~CredentialProvider();

    [[nodiscard]] virtual std::optional<UserToken> userToken(const UserTokenRequest &request) = 0;
    [[nodiscard]] virtual std::optional<QString>
    keyPassphrase(const PassphraseRequest &request) = 0;
    [[nodiscard]] virtual HostKeyDecision unknownHostKey(const HostKeyQuestion &question) = 0;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::HostKeyQuestion)
