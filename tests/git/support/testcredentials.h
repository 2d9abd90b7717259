#pragma once

#include "git/credentialprovider.h"

#include <QList>
#include <QString>

namespace Folio::Test {

// A CredentialProvider that answers from fields and records every question, so tests can count
// the attempts libgit2 made and see what the user would have been shown.
class TestCredentials : public Git::CredentialProvider
{
public:
    std::optional<Git::UserToken> token; // nullopt: the user cancels
    std::optional<QString> passphrase;   // nullopt: the user cancels
    Git::HostKeyDecision hostKeyDecision = Git::HostKeyDecision::Reject;

    QList<Git::UserTokenRequest> tokenRequests;
    QList<Git::PassphraseRequest> passphraseRequests;
    QList<Git::HostKeyQuestion> hostKeyQuestions;

    void reset()
    {
        token.reset();
        passphrase.reset();
        hostKeyDecision = Git::HostKeyDecision::Reject;
        tokenRequests.clear();
        passphraseRequests.clear();
        hostKeyQuestions.clear();
    }

    std::optional<Git::UserToken> userToken(const Git::UserTokenRequest &request) override
    {
        tokenRequests.append(request);
        return token;
    }
    std::optional<QString> keyPassphrase(const Git::PassphraseRequest &request) override
    {
        passphraseRequests.append(request);
        return passphrase;
    }
    Git::HostKeyDecision unknownHostKey(const Git::HostKeyQuestion &question) override
    {
        hostKeyQuestions.append(question);
        return hostKeyDecision;
    }
};

} // namespace Folio::Test
