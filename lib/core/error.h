#pragma once

#include <QMetaType>
#include <QString>

namespace Folio {

// Where an error came from, so callers can branch without string matching.
enum class ErrorDomain
{
    File,     // reading or writing files
    Encoding, // bytes that are not text Folio can edit
    Yaml,     // front matter
    Markdown, // cmark-gfm
    Git,      // libgit2
    Handbook, // folder layout
    Proposal, // proposing changes: the handbook's .folio.yml, merge-request plans
    Spelling, // Hunspell dictionaries and spelling word lists
    Search,   // find and replace: empty queries, invalid regular expressions
};

// One error currency for lib/: the domain, the C library's own code (e.g. GIT_ENOTFOUND),
// its own message, and a position in the page when there is one (1-based, 0 = unknown).
struct Error
{
    ErrorDomain domain = ErrorDomain::File;
    int code = 0;
    QString message;
    int line = 0;
    int column = 0;

    // "message" or "line L, column C: message" — technical text, untranslated.
    [[nodiscard]] QString toString() const;
};

} // namespace Folio

// Carried by the signals of worker-thread services (GitService) across queued connections.
Q_DECLARE_METATYPE(Folio::Error)
