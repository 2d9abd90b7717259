#pragma once

#include "git/support/serverprocess.h"

#include <QStringList>
#include <QTemporaryDir>

namespace Folio::Test {

// A real smart-HTTP git server: git http-backend as a CGI of lighttpd on 127.0.0.1, with basic
// authentication (one user, a random token) for reads and writes, as a private GitLab project.
// Everything lives in a temporary folder; the destructor stops the server.
//
// Repositories created with Hook::RecordAndAnnounce record each push's options and updated
// references and print GitLab's "To create a merge request for <branch>, visit:" message; with
// Hook::Reject they refuse every push with rejectionText(). Hook::CreateMergeRequest behaves like
// GitLab with push options: when the push sent "merge_request.create" it prints "View merge
// request for <branch>:" and createdMergeRequestUrl(), else the same as RecordAndAnnounce.
class HttpGitServer
{
public:
    enum class Hook
    {
        RecordAndAnnounce,
        Reject,
        CreateMergeRequest,
        RecordOnly, // a plain git server: records, prints nothing
    };

    HttpGitServer();
    ~HttpGitServer();

    // Empty when lighttpd and git http-backend are installed, else what is missing.
    [[nodiscard]] static QString missingPrograms();

    // Returns once the port accepts connections.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] quint16 port() const { return m_port; }

    [[nodiscard]] QString username() const { return QStringLiteral("folio"); }
    [[nodiscard]] QString token() const { return m_token; }

    // A bare repository "<name>.git" on branch main; returns its path (empty on failure).
    [[nodiscard]] QString createRepository(const QString &name,
                                           Hook hook = Hook::RecordAndAnnounce);
    // Replaces the repository's pre-receive hook (e.g. Reject after seeding it).
    [[nodiscard]] bool setHook(const QString &name, Hook hook);
    [[nodiscard]] QString repositoryPath(const QString &name) const;
    [[nodiscard]] QString url(const QString &name) const;

    // What the last push to name sent, in order, exactly as the hook received them.
    [[nodiscard]] QStringList receivedPushOptions(const QString &name) const;
    // GIT_PUSH_OPTION_COUNT of the last push; "unset" when the client sent no options at all.
    [[nodiscard]] QString receivedPushOptionCount(const QString &name) const;
    // "<old> <new> <ref>" lines of the last push.
    [[nodiscard]] QStringList receivedReferences(const QString &name) const;
    // The URL the hook prints for branch.
    [[nodiscard]] QString mergeRequestUrl(const QString &branch) const;
    // The merge request Hook::CreateMergeRequest says it created for branch.
    [[nodiscard]] QString createdMergeRequestUrl(const QString &branch) const;
    [[nodiscard]] static QString rejectionText();

private:
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    QString m_token;
    QString m_error;
    ServerProcess m_process;
};

} // namespace Folio::Test
