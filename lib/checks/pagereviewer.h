#pragma once

#include "checks/frontmatterschema.h"
#include "checks/problem.h"
#include "handbook/handbook.h"
#include "workspace/pageindex.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>
#include <optional>

namespace Folio::Checks {

class SpellChecker;
class SpellingWords;

// Checks the open page as the user types: spelling, links and anchors against the handbook's
// index, and front matter against the schema learned from the handbook. The work runs on one
// thread of its own, so the spell checker's paragraph cache serves every keystroke and only
// edited paragraphs are checked again; the newest request wins (one queued at most).
class PageReviewer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        quint64 revision = 0; // echoed in reviewed(), to tell answers to old text apart
        QString path;         // relative to the handbook root
        QString text;
    };

    explicit PageReviewer(QObject *parent = nullptr);
    ~PageReviewer() override; // waits for the running check

    // A new handbook: its word lists (shared with the whole-handbook check and the context
    // menu) and spelling language. Drops the index until setIndex().
    void setHandbook(const Handbook::Handbook &handbook, std::shared_ptr<SpellingWords> words,
                     const QString &defaultLanguage);
    // The index links are checked against. Until the first one, links are not checked (every
    // page would look missing) and the front matter uses the era's built-in schema.
    void setIndex(const Workspace::PageIndex &index);
    // The language pages are spelled in when they do not name one; takes effect from the next
    // review (a check under way finishes with the old one).
    void setDefaultLanguage(const QString &language);

    // The front-matter schema learned from the handbook; until one is given, the era's
    // built-in schema.
    void setSchema(const FrontMatterSchema &schema);

    void review(Request request);
    // Checks the last request's text again (a word was added to a dictionary).
    void reviewAgain();

    [[nodiscard]] const std::shared_ptr<SpellingWords> &words() const { return m_words; }
    // Thread-safe; suggestions for the context menu come from here, sharing its caches.
    [[nodiscard]] SpellChecker &spellChecker() const { return *m_spelling; }
    [[nodiscard]] bool isBusy() const { return m_job.isRunning(); }

Q_SIGNALS:
    void reviewed(quint64 revision, const QString &path,
                  const QList<Folio::Checks::Problem> &problems);
    // Spelling cannot be checked (no dictionary for the language): the reason, once per
    // handbook and language.
    void spellingUnavailable(const QString &message);

private:
    struct Context;
    struct Answer
    {
        quint64 revision = 0;
        QString path;
        QList<Problem> problems;
        QString spellingError;
    };

    void start(Request request);
    void onJobFinished();

    QThreadPool m_pool; // one thread: the checks' caches live there
    QFutureWatcher<Answer> m_job;
    std::optional<Request> m_queued;
    std::optional<Request> m_last;
    std::shared_ptr<Context> m_context; // read by the running job, replaced, never changed
    std::optional<FrontMatterSchema> m_schema;
    std::shared_ptr<SpellingWords> m_words;
    std::shared_ptr<SpellChecker> m_spelling;
    QString m_reportedSpellingError;
};

} // namespace Folio::Checks
