#pragma once

#include "core/result.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace Folio::Checks {

// A file of words the spell checker accepts: UTF-8, one word per line; blank lines and lines
// starting with '#' are left alone. A Hunspell .dic file works too (its first line, the word
// count, and each word's "/FLAGS" are ignored). A value: not thread-safe, copy it.
class WordList
{
public:
    // Larger files are not word lists.
    static constexpr qint64 MaximumSize = 16 * 1024 * 1024;

    WordList() = default;
    // An empty list for a file, before or without reading it.
    explicit WordList(const QString &path)
        : m_path(path)
    {}

    // Reads the file; a file that does not exist yet is an empty list (add() creates it).
    // Errors: unreadable, too large, not UTF-8.
    [[nodiscard]] static Result<WordList> load(const QString &path);

    [[nodiscard]] const QString &path() const { return m_path; }
    // In file order, each once.
    [[nodiscard]] const QStringList &words() const { return m_words; }
    [[nodiscard]] bool contains(const QString &word) const;

    // Adds a word to the file, creating it and its folder when missing, and to this list.
    // The file is read again first, so that edits made meanwhile (a git update, another
    // window) are kept; the word goes in before the first word that sorts after it
    // (case-insensitive), so a sorted list stays sorted and the rest of the file stays byte
    // for byte: comments, order, BOM, line endings (CRLF when the file has them). Written
    // atomically (Document::AtomicFile). A word already there changes nothing.
    [[nodiscard]] Result<void> add(const QString &word);

    // Why a word cannot go into a list (white space, a line break, a leading '#' or a '/'
    // would change the file's meaning), or an empty string.
    [[nodiscard]] static QString invalidWordReason(QStringView word);

private:
    [[nodiscard]] static Result<QString> read(const QString &path);
    void parse(QStringView text);

    QString m_path;
    QStringList m_words;
    QSet<QString> m_set;
};

} // namespace Folio::Checks
