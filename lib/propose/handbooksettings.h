#pragma once

#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Folio::Propose {

// What a handbook's maintainers decided about proposing changes, read from .folio.yml at the
// repository root. Every field has a default, so a handbook without the file works.
class HandbookSettings
{
public:
    // Error::code of the problems in problems() (ErrorDomain::Proposal); YAML syntax errors
    // come back as ErrorDomain::Yaml with code 0.
    enum class Problem
    {
        NotAMapping = 1, // the file is not "key: value" lines
        WrongType,       // e.g. "labels: 5" where a list is expected
        InvalidValue,    // right type, unusable value (a user name with spaces)
        UnknownKey,      // possibly a typo, with a suggestion in the message
        DuplicateKey,
        OutsideRoot, // dictionary path leading out of the handbook
    };

    static inline const QString FileName = QStringLiteral(".folio.yml");
    static constexpr qsizetype MaximumSize = 256 * 1024;

    HandbookSettings() = default; // the defaults

    // Reads rootPath/.folio.yml. No file gives the defaults. An Error only when the file
    // exists but gives nothing usable: unreadable, too large, a YAML syntax error (with its
    // line and column), or not a mapping. Otherwise every valid field is taken, every invalid
    // one keeps its default and is listed in problems().
    [[nodiscard]] static Result<HandbookSettings> load(const QString &rootPath);
    // The same for the file's bytes (UTF-8, with or without BOM, LF or CRLF). rootPath is
    // used to check that the dictionary stays inside the handbook, through symbolic links too.
    [[nodiscard]] static Result<HandbookSettings> parse(const QByteArray &bytes,
                                                        const QString &rootPath = QString());

    // The keys .folio.yml understands, in documentation order.
    [[nodiscard]] static QStringList knownKeys();

    // Empty: the remote's default branch.
    [[nodiscard]] const QString &targetBranch() const { return m_targetBranch; }
    // Default ["SA-HANDBOOK"], the Solutions Architects' process; "labels: []" means none.
    [[nodiscard]] const QStringList &labels() const { return m_labels; }
    // GitLab user names without the leading '@'.
    [[nodiscard]] const QStringList &reviewers() const { return m_reviewers; }
    [[nodiscard]] const QStringList &assignees() const { return m_assignees; }
    // The announcement template (see Announcement); empty: the built-in one.
    [[nodiscard]] const QString &announcement() const { return m_announcement; }
    // Relative to the root, '/'-separated, cleaned; empty when not set.
    [[nodiscard]] const QString &dictionary() const { return m_dictionary; }
    // The language pages are spell-checked in when their front matter has no `lang`, as
    // written ("en_US", "de-DE", "fr"); empty when not set (en_US). Only its form is checked
    // here: whether this computer has a dictionary for it is the spell checker's business.
    [[nodiscard]] const QString &spellingLanguage() const { return m_spellingLanguage; }
    // Whether to offer a new branch when the user is on the target branch (GitLab ignores
    // push options on the default branch). Default true.
    [[nodiscard]] bool offerBranchOnDefault() const { return m_offerBranchOnDefault; }
    // The chat handle to mention in the announcement, with its '@'; empty when not set.
    [[nodiscard]] const QString &teamHandle() const { return m_teamHandle; }
    [[nodiscard]] bool removeSourceBranch() const { return m_removeSourceBranch; }
    [[nodiscard]] bool draft() const { return m_draft; }

    // What was wrong in the file, each with its line and column; technical text, untranslated.
    [[nodiscard]] const QList<Error> &problems() const { return m_problems; }

private:
    QString m_targetBranch;
    QStringList m_labels{QStringLiteral("SA-HANDBOOK")};
    QStringList m_reviewers;
    QStringList m_assignees;
    QString m_announcement;
    QString m_dictionary;
    QString m_spellingLanguage;
    bool m_offerBranchOnDefault = true;
    QString m_teamHandle;
    bool m_removeSourceBranch = true;
    bool m_draft = false;
    QList<Error> m_problems;
};

} // namespace Folio::Propose
