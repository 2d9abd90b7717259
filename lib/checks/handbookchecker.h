#pragma once

#include "checks/checkkinds.h"
#include "checks/frontmatterschema.h"
#include "checks/linkchecker.h"
#include "checks/problem.h"
#include "checks/spellchecker.h"
#include "workspace/pageindex.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

namespace Folio::Checks {

// The problems of one page.
struct PageProblems
{
    QString path;            // relative to the handbook root
    QList<Problem> problems; // by line, then column
};

// Runs the chosen checks over pages of a PageIndex snapshot: links, anchors and images
// (LinkChecker), front matter against the schema learned from every page of the handbook
// (FrontMatterSchemaLearner + FrontMatterChecker), and spelling (SpellChecker, one per thread
// since a Hunspell handle serves one thread at a time, all sharing the word lists).
//
// The constructor does the whole-handbook learning (in parallel, like checkPages); after it
// the object is read-only, and check() and checkPages() may run on any threads at once. Pure
// work: call it off the UI thread.
class HandbookChecker
{
public:
    // Called from worker threads with the pages checked so far and the pages to check.
    using Progress = std::function<void(int done, int total)>;

    HandbookChecker(const Workspace::PageIndex &index, CheckKinds kinds,
                    LinkChecker::Options linkOptions = {});
    // With a schema already learned from the handbook (the window learns one for the front
    // matter form): no second pass over every page's front matter.
    HandbookChecker(const Workspace::PageIndex &index, CheckKinds kinds, FrontMatterSchema schema);

    // The word lists and default language spelling uses (none set: the dictionary alone, in
    // en_US), and whether misspellings come with suggestions (`folio check`)
    // or without (the window asks for them on demand: Hunspell takes ms per word). Call before
    // checking.
    void setSpelling(std::shared_ptr<SpellingWords> words, const QString &defaultLanguage,
                     SpellChecker::Suggestions suggestions = SpellChecker::Suggestions::Omitted);
    // Why spelling could not be checked (no dictionary for a language), empty when it could.
    [[nodiscard]] QString spellingError() const;

    // One page's problems, sorted by line then column. The page may be one of the index's or
    // one read separately (PageScanner::read) for the same handbook.
    [[nodiscard]] QList<Problem> check(const Workspace::IndexedPage &page) const;

    // The pages at these paths (relative to the root; empty: every page of the index), checked
    // in parallel on the global thread pool and the calling thread, in path order. Paths the
    // index does not have are left out. Returns an empty list when cancelled.
    [[nodiscard]] QList<PageProblems> checkPages(const QStringList &paths = {},
                                                 const std::atomic_bool *cancelled = nullptr,
                                                 const Progress &progress = {}) const;

    [[nodiscard]] CheckKinds kinds() const { return m_kinds; }
    [[nodiscard]] const Workspace::PageIndex &index() const { return m_index; }
    // The schema front matter is checked against (the era's built-in one when FrontMatter is
    // not among the kinds).
    [[nodiscard]] const FrontMatterSchema &frontMatterSchema() const { return m_schema; }

private:
    [[nodiscard]] QList<Problem> spellingProblems(const Workspace::IndexedPage &page) const;

    Workspace::PageIndex m_index;
    CheckKinds m_kinds;
    std::optional<LinkChecker> m_links;
    FrontMatterSchema m_schema;

    std::shared_ptr<SpellingWords> m_words;
    QString m_language;
    SpellChecker::Suggestions m_suggestions = SpellChecker::Suggestions::Omitted;
    mutable std::mutex m_spellingMutex; // guards the two below
    mutable std::unordered_map<std::thread::id, std::unique_ptr<SpellChecker>> m_spellCheckers;
    mutable QString m_spellingError;
};

} // namespace Folio::Checks
