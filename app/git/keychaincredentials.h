#pragma once

#include "git/credentialprovider.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>

class QWidget;

namespace Folio::Git {

// Where HTTPS tokens are kept between sessions: the system keychain in the app, an in-memory
// stand-in in tests (which must never touch the user's keychain).
class SecretStore
{
public:
    enum class Status
    {
        Found,
        NotFound,
        Unavailable, // no keychain on this system (headless CI without a secret service)
        Failed,
    };
    struct Answer
    {
        Status status = Status::NotFound;
        QString secret;
        QString error; // technical text, untranslated; never contains the secret
    };

    SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;
    virtual ~SecretStore();

    // Both block until the store answers; any thread with an event loop.
    [[nodiscard]] virtual Answer read(const QString &key) = 0;
    [[nodiscard]] virtual Answer write(const QString &key, const QString &secret) = 0;
};

// QtKeychain's ReadPasswordJob / WritePasswordJob under service "folio", key = host.
class SystemKeychain : public SecretStore
{
public:
    static inline const QString Service = QStringLiteral("folio");

    [[nodiscard]] Answer read(const QString &key) override;
    [[nodiscard]] Answer write(const QString &key, const QString &secret) override;
};

// The app's CredentialProvider. An HTTPS token comes from the keychain (key: the server's
// host); when there is none, or the server refused it, a small dialog asks for it. A token
// typed in the dialog is written to the keychain only after the operation that used it
// succeeded (confirmToken()), never to files, settings, logs or URLs. Without a keychain the
// dialog says so and Folio asks every time. Unknown SSH host keys and key passphrases are
// asked in dialogs too.
//
// Lives on the UI thread; the CredentialProvider calls come from the git worker thread and
// block there while the UI thread shows the dialog (BlockingQueuedConnection).
class KeychainCredentials : public QObject, public CredentialProvider
{
    Q_OBJECT

public:
    explicit KeychainCredentials(std::unique_ptr<SecretStore> store, QWidget *dialogParent);
    ~KeychainCredentials() override;

    [[nodiscard]] std::optional<UserToken> userToken(const UserTokenRequest &request) override;
    [[nodiscard]] std::optional<QString> keyPassphrase(const PassphraseRequest &request) override;
    [[nodiscard]] HostKeyDecision unknownHostKey(const HostKeyQuestion &question) override;

    // The network operation that asked for a token succeeded: keep the typed token in the
    // keychain. Any thread.
    void confirmToken();
    // It failed: forget the typed token. Any thread.
    void discardToken();

private:
    struct Pending
    {
        QString host;
        QString secret;            // as stored: the token, or "user name\ntoken"
        bool fromKeychain = false; // read from the keychain, not typed
    };

    template<typename T, typename F> T onUiThread(F &&function);

    std::unique_ptr<SecretStore> m_store;
    QPointer<QWidget> m_parent;
    std::mutex m_mutex; // guards the members below
    std::optional<Pending> m_pending;
    bool m_keychainAvailable = true;
};

} // namespace Folio::Git
