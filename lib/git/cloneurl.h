#pragma once

#include <QString>

namespace Folio::Git {

// A repository address as a user pastes it into the Clone dialog, checked before anything goes
// on the network. Folio clones from servers only: https:// (and http://, which some company
// servers still use), ssh:// and the scp-like "git@host:group/project.git" that GitLab's Clone
// button shows. Local paths, file:// and git:// (unauthenticated, unencrypted) are refused.
class CloneUrl
{
public:
    enum class Kind
    {
        Https,
        Http, // unencrypted: a token sent to it can be read on the way
        Ssh,  // ssh://, git+ssh://, ssh+git:// or scp-like
    };

    enum class Problem
    {
        None,
        Empty,
        UnsupportedScheme, // git://, file://, ftp://...: scheme() says which
        NotAnAddress,      // no scheme and not scp-like (a path, "gitlab.com/x"), spaces, no host
        NoRepository,      // a server but no repository: "https://gitlab.com/"
        // A password or an access token written into the address. Refused: git would store it
        // in plain text in .git/config; Folio asks for it and keeps it in the system keychain.
        ContainsSecret,
    };

    [[nodiscard]] static CloneUrl parse(const QString &text);

    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] bool isValid() const { return m_problem == Problem::None; }
    // What was given, without surrounding blanks: what git receives.
    [[nodiscard]] QString url() const { return m_url; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    // Lower case, as typed ("https", "ftp"); empty for the scp-like form.
    [[nodiscard]] QString scheme() const { return m_scheme; }
    [[nodiscard]] QString host() const { return m_host; }
    // The last path segment without ".git": the folder name git would pick. Empty when the
    // address names no repository. Set even when another problem makes the address unusable.
    [[nodiscard]] QString repositoryName() const { return m_repositoryName; }

private:
    QString m_url;
    Problem m_problem = Problem::Empty;
    Kind m_kind = Kind::Https;
    QString m_scheme;
    QString m_host;
    QString m_repositoryName;
};

} // namespace Folio::Git
