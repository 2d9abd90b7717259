#pragma once

#include "git/support/serverprocess.h"

#include <QByteArray>
#include <QTemporaryDir>

namespace Folio::Test {

// A real OpenSSH server on 127.0.0.1, run as the current user with a generated sshd_config,
// host key and authorized_keys in a temporary folder; git runs over it as on any SSH host.
// Only public-key logins (root too, since tests may run as root in a container). The
// destructor stops it.
class SshGitServer
{
public:
    SshGitServer();
    ~SshGitServer();

    // Empty when sshd and ssh-keygen are installed, else what is missing.
    [[nodiscard]] static QString missingPrograms();

    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString user() const { return m_user; }

    // Generates an ed25519 key pair at privateKeyPath (+ .pub), encrypted when passphrase is
    // set, and lets it log in.
    [[nodiscard]] bool addClientKey(const QString &privateKeyPath, const QString &passphrase = {});

    [[nodiscard]] QString createRepository(const QString &name); // bare, branch main
    [[nodiscard]] QString repositoryPath(const QString &name) const;
    [[nodiscard]] QString url(const QString &name) const;

    // The server's key as a known_hosts line: "[127.0.0.1]:port ssh-ed25519 AAAA...".
    [[nodiscard]] QByteArray knownHostsLine() const;
    // As `ssh-keygen -l` prints it: "SHA256:...".
    [[nodiscard]] QString hostKeyFingerprint() const;
    [[nodiscard]] QString hostKeyPath() const;

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_user;
    QString m_error;
    ServerProcess m_process;
};

} // namespace Folio::Test
