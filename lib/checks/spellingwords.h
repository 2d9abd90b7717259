#pragma once

#include "checks/wordlist.h"
#include "core/result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>

namespace Folio::Propose {
class HandbookSettings;
}

namespace Folio::Checks {

// The words a user has told Folio to accept, on top of the dictionary:
// - the handbook's list, in the repository so the team shares it ("GitLab", "Kubernetes",
//   "SAs"): the `dictionary` path of .folio.yml, else .folio/dictionary.txt;
// - the personal list, for this user on every handbook: dictionary.txt in the application's
//   data folder (QStandardPaths::AppDataLocation);
// - the session's ignored words, forgotten when Folio quits.
// A word accepts itself and its upper-case form; a word written in lower case also its
// capitalized form ("kubernetes" accepts "Kubernetes" at a sentence's start and
// "KUBERNETES"), as Hunspell does for its own words. ' and U+2019 are the same apostrophe.
//
// Thread-safe: one object is shared by every SpellChecker (std::shared_ptr), whichever thread
// they run on; adding a word takes effect in all of them on their next call.
class SpellingWords
{
public:
    enum class Scope
    {
        Handbook,
        Personal,
        Session,
    };
    static inline const QString DefaultHandbookList = QStringLiteral(".folio/dictionary.txt");
    static inline const QString PersonalListName = QStringLiteral("dictionary.txt");

    // What a checker takes from the lists.
    struct Snapshot
    {
        quint64 generation = 0;
        QSet<QString> accepted;      // every form a word accepts, apostrophes as '
        QStringList dictionaryWords; // handbook and personal words, for Hunspell's suggestions
    };

    // No files: only the session list works until lists are opened.
    SpellingWords();
    // Reads both files (a missing one is an empty list, created by the first add). A file
    // that cannot be read is reported in problems and left empty; adding to it fails the same
    // way, so it is never overwritten.
    [[nodiscard]] static std::shared_ptr<SpellingWords> open(const QString &handbookListPath,
                                                             const QString &personalListPath,
                                                             QList<Error> *problems = nullptr);

    // rootPath/<settings.dictionary()>, or rootPath/.folio/dictionary.txt when not set.
    [[nodiscard]] static QString handbookListPath(const QString &rootPath,
                                                  const Propose::HandbookSettings &settings);
    // QStandardPaths::AppDataLocation/dictionary.txt.
    [[nodiscard]] static QString personalListPath();

    // Handbook and Personal write the word to their file (see WordList::add) before it
    // counts; Session only remembers it.
    [[nodiscard]] Result<void> add(const QString &word, Scope scope);
    // Reads both files again, for when something else changed them (a git update).
    [[nodiscard]] Result<void> reload();

    [[nodiscard]] QStringList words(Scope scope) const;
    [[nodiscard]] QString path(Scope scope) const;
    [[nodiscard]] bool accepts(const QString &word) const;

    // Changes with every word added or list reloaded; cheap to poll from any thread.
    [[nodiscard]] quint64 generation() const { return m_generation.load(); }
    [[nodiscard]] Snapshot snapshot() const;

    // Every form `word` accepts (see above), with apostrophes as '.
    [[nodiscard]] static QStringList acceptedForms(const QString &word);

private:
    void rebuild(); // with m_mutex held

    mutable std::mutex m_mutex;
    WordList m_handbook;
    WordList m_personal;
    QStringList m_session;
    Snapshot m_snapshot;
    std::atomic<quint64> m_generation{1};
};

} // namespace Folio::Checks
