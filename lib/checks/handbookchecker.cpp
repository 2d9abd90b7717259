#include "checks/handbookchecker.h"

#include "checks/frontmatterchecker.h"
#include "checks/frontmatterschemalearner.h"
#include "document/frontmattereditor.h"
#include "workspace/parallelfor.h"

#include <algorithm>
#include <vector>

namespace Folio::Checks {

using Workspace::IndexedPage;

namespace {

// The front matter is at the top; a page's body teaches nothing (the window reads as much).
constexpr qsizetype FrontMatterReadSize = 256 * 1024;

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load(std::memory_order_relaxed);
}

FrontMatterSchema learnSchema(const Workspace::PageIndex &index)
{
    // Parsing is the work and runs in parallel; the learner then counts in page order.
    std::vector<std::optional<QList<Document::FrontMatterField>>> fields(size_t(index.size()));
    Workspace::parallelFor(index.size(), [&](qsizetype i) {
        const IndexedPage &page = index.at(i);
        if (page.text.isEmpty() && !page.problem.isEmpty())
            return;
        const auto editor = Document::FrontMatterEditor::open(
            QString::fromUtf8(page.text.left(FrontMatterReadSize)));
        if (editor)
            fields[size_t(i)] = editor->fields();
    });
    FrontMatterSchemaLearner learner(index.handbook().era());
    for (const auto &pageFields : fields) {
        if (pageFields)
            learner.addFields(*pageFields);
    }
    return learner.schema();
}

} // namespace

HandbookChecker::HandbookChecker(const Workspace::PageIndex &index, CheckKinds kinds,
                                 LinkChecker::Options linkOptions)
    : m_index(index)
    , m_kinds(kinds)
{
    if (kinds.testFlag(CheckKind::Links))
        m_links.emplace(index, std::move(linkOptions));
    m_schema = kinds.testFlag(CheckKind::FrontMatter)
                   ? learnSchema(index)
                   : FrontMatterSchema::builtIn(index.handbook().era());
}

HandbookChecker::HandbookChecker(const Workspace::PageIndex &index, CheckKinds kinds,
                                 FrontMatterSchema schema)
    : m_index(index)
    , m_kinds(kinds)
    , m_schema(std::move(schema))
{
    if (kinds.testFlag(CheckKind::Links))
        m_links.emplace(index, LinkChecker::Options());
}

QList<Problem> HandbookChecker::check(const IndexedPage &page) const
{
    QList<Problem> problems;
    if (page.text.isEmpty() && !page.problem.isEmpty())
        return problems; // not read: its problem is the index's to report
    if (m_kinds.testFlag(CheckKind::FrontMatter))
        problems += FrontMatterChecker::check(QString::fromUtf8(page.text), m_schema);
    if (m_kinds.testFlag(CheckKind::Spelling))
        problems += spellingProblems(page);
    if (m_links)
        problems += m_links->check(page);
    std::stable_sort(problems.begin(), problems.end(), [](const Problem &a, const Problem &b) {
        return a.line != b.line ? a.line < b.line : a.column < b.column;
    });
    return problems;
}

void HandbookChecker::setSpelling(std::shared_ptr<SpellingWords> words,
                                  const QString &defaultLanguage,
                                  SpellChecker::Suggestions suggestions)
{
    const std::lock_guard lock(m_spellingMutex);
    m_words = std::move(words);
    m_language = defaultLanguage;
    m_suggestions = suggestions;
    m_spellCheckers.clear();
}

QString HandbookChecker::spellingError() const
{
    const std::lock_guard lock(m_spellingMutex);
    return m_spellingError;
}

QList<Problem> HandbookChecker::spellingProblems(const IndexedPage &page) const
{
    SpellChecker *checker = nullptr;
    {
        // Pool threads live on, so this holds one checker per thread of the pool.
        const std::lock_guard lock(m_spellingMutex);
        auto &owned = m_spellCheckers[std::this_thread::get_id()];
        if (!owned) {
            owned = std::make_unique<SpellChecker>(m_words ? m_words
                                                           : std::make_shared<SpellingWords>());
            owned->setDefaultLanguage(m_language);
        }
        checker = owned.get();
    }
    const Markdown::Dialect dialect = m_index.handbook().renderOptions(page.path).dialect;
    auto problems = checker->check(QString::fromUtf8(page.text), dialect, m_suggestions);
    if (problems)
        return *problems;
    const std::lock_guard lock(m_spellingMutex);
    if (m_spellingError.isEmpty())
        m_spellingError = problems.error().message;
    return {};
}

QList<PageProblems> HandbookChecker::checkPages(const QStringList &paths,
                                                const std::atomic_bool *cancelled,
                                                const Progress &progress) const
{
    std::vector<const IndexedPage *> pages;
    if (paths.isEmpty()) {
        pages.reserve(size_t(m_index.size()));
        for (const Workspace::IndexedPagePtr &page : m_index.pages())
            pages.push_back(page.get());
    } else {
        QStringList sorted = paths;
        sorted.sort();
        sorted.removeDuplicates();
        for (const QString &path : std::as_const(sorted)) {
            if (const IndexedPage *page = m_index.page(path))
                pages.push_back(page);
        }
    }
    QList<PageProblems> result(qsizetype(pages.size()));
    std::atomic_int done = 0;
    const int total = int(pages.size());
    const int step = std::max(1, total / 100);
    Workspace::parallelFor(qsizetype(pages.size()), [&](qsizetype i) {
        if (isCancelled(cancelled))
            return;
        result[i] = PageProblems{pages[size_t(i)]->path, check(*pages[size_t(i)])};
        const int n = ++done;
        if (progress && (n % step == 0 || n == total))
            progress(n, total);
    });
    if (isCancelled(cancelled))
        return {};
    return result;
}

} // namespace Folio::Checks
