#pragma once

#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace Folio::Git {

class CredentialProvider;

// One progress report of a fetch, push or clone, shaped for a progress bar.
struct TransferProgress
{
    enum class Stage
    {
        Receiving,   // objects arriving: current/total objects, bytes received
        Resolving,   // deltas being resolved: current/total deltas
        Sending,     // push: current/total objects, bytes sent
        CheckingOut, // clone: current/total files
    };
    Stage stage = Stage::Receiving;
    qint64 current = 0;
    qint64 total = 0;
    qint64 bytes = 0;
};

// Returns false to cancel the operation.
using ProgressCallback = std::function<bool(const TransferProgress &)>;

// What every network operation needs besides its own request.
struct TransportOptions
{
    CredentialProvider *credentials = nullptr; // not owned; none: servers that ask are refused
    QString knownHostsPath;                    // empty: ~/.ssh/known_hosts
    // libgit2 calls the credentials callback again after every refusal, without saying so:
    // this bounds the questions per kind (token, passphrase) before AuthenticationFailed.
    int maxAuthAttempts = 3;
    ProgressCallback progress;
    // Set from any thread to cancel; checked in every libgit2 callback. Not owned.
    const std::atomic<bool> *cancel = nullptr;
};

} // namespace Folio::Git

Q_DECLARE_METATYPE(Folio::Git::TransferProgress)
