#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace Folio::Git {

// An OpenSSH known_hosts file, read the way ssh reads it: plain and hashed ("|1|salt|hash")
// host fields, "[host]:port" for ports other than 22, comma-separated patterns with * and ?
// wildcards and ! negation, @revoked lines. @cert-authority lines are skipped (libgit2 offers
// no certificates to check against them). Keys are compared as raw SSH key blobs.
class KnownHosts
{
public:
    enum class Match
    {
        Known,   // a line has exactly this key
        Changed, // a line has another key of the same type for this host, or this key is revoked
        Unknown, // first contact
    };
    struct Lookup
    {
        Match match = Match::Unknown;
        int line = 0;                     // 1-based line of the conflicting entry when Changed
        bool knownWithOtherTypes = false; // when Unknown
    };

    explicit KnownHosts(const QString &path = {}); // empty: defaultPath()
    [[nodiscard]] static QString defaultPath();    // $HOME/.ssh/known_hosts
    [[nodiscard]] QString path() const { return m_path; }

    // A missing file is an empty one.
    [[nodiscard]] Result<Lookup> lookup(const QString &host, int port,
                                        const QByteArray &keyBlob) const;
    // Appends a hashed entry (Debian's ssh default, HashKnownHosts yes), creating ~/.ssh.
    [[nodiscard]] Result<void> add(const QString &host, int port, const QByteArray &keyBlob) const;

    // "host" for port 22, "[host]:port" otherwise: the name ssh writes and hashes.
    [[nodiscard]] static QString hostName(const QString &host, int port);
    // "SHA256:" + base64 without padding, as `ssh-keygen -l` prints it.
    [[nodiscard]] static QString fingerprint(const QByteArray &keyBlob);
    // The type name the blob starts with ("ssh-ed25519"); empty when the blob is malformed.
    [[nodiscard]] static QString keyType(const QByteArray &keyBlob);

private:
    QString m_path;
};

} // namespace Folio::Git
