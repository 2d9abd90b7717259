#include "checks/pagereviewer.h"

#include "checks/frontmatterchecker.h"
#include "checks/handbookchecker.h"
#include "checks/spellchecker.h"
#include "checks/spellingwords.h"
#include "workspace/pagescanner.h"

#include <QtConcurrent>

#include <algorithm>
#include <mutex>

namespace Folio::Checks {

struct PageReviewer::Context
{
    Handbook::Handbook handbook;
    Workspace::PageIndex index;
    bool indexed = false;
    FrontMatterSchema schema;

    // Learning the schema and the link lookups costs a pass over the whole index: done once
    // per index, on the reviewer's thread, by the first check that needs it.
    const HandbookChecker &checker()
    {
        std::call_once(m_once, [this] {
            m_checker.emplace(index, CheckKinds(CheckKind::Links) | CheckKind::FrontMatter, schema);
        });
        return *m_checker;
    }

private:
    std::once_flag m_once;
    std::optional<HandbookChecker> m_checker;
};

PageReviewer::PageReviewer(QObject *parent)
    : QObject(parent)
    , m_context(std::make_shared<Context>())
    , m_words(std::make_shared<SpellingWords>())
    , m_spelling(std::make_shared<SpellChecker>(m_words))
{
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1); // the thread keeps nothing, but starting one costs
    connect(&m_job, &QFutureWatcher<Answer>::finished, this, &PageReviewer::onJobFinished);
}

PageReviewer::~PageReviewer()
{
    m_queued.reset();
    m_job.waitForFinished();
}

void PageReviewer::setHandbook(const Handbook::Handbook &handbook,
                               std::shared_ptr<SpellingWords> words, const QString &defaultLanguage)
{
    auto context = std::make_shared<Context>();
    context->handbook = handbook;
    context->schema = FrontMatterSchema::builtIn(handbook.era());
    m_context = std::move(context);
    m_schema.reset();
    m_words = words ? std::move(words) : std::make_shared<SpellingWords>();
    // A new checker: the old one's caches hold the previous handbook's words.
    m_spelling = std::make_shared<SpellChecker>(m_words);
    m_spelling->setDefaultLanguage(defaultLanguage);
    m_reportedSpellingError.clear();
    m_last.reset();
    m_queued.reset();
}

void PageReviewer::setDefaultLanguage(const QString &language)
{
    // A new checker rather than changing the one a running check may be using.
    auto spelling = std::make_shared<SpellChecker>(m_words);
    spelling->setDefaultLanguage(language);
    m_spelling = std::move(spelling);
    m_reportedSpellingError.clear();
}

void PageReviewer::setIndex(const Workspace::PageIndex &index)
{
    auto context = std::make_shared<Context>();
    context->handbook = m_context->handbook;
    context->index = index;
    context->indexed = true;
    context->schema = m_schema ? *m_schema : FrontMatterSchema::builtIn(context->handbook.era());
    m_context = std::move(context);
    reviewAgain();
}

void PageReviewer::setSchema(const FrontMatterSchema &schema)
{
    m_schema = schema;
    auto context = std::make_shared<Context>();
    context->handbook = m_context->handbook;
    context->index = m_context->index;
    context->indexed = m_context->indexed;
    context->schema = schema;
    m_context = std::move(context);
    reviewAgain();
}

void PageReviewer::review(Request request)
{
    m_last = request;
    if (m_job.isRunning()) {
        m_queued = std::move(request); // replaces an older queued one
        return;
    }
    start(std::move(request));
}

void PageReviewer::reviewAgain()
{
    if (m_last)
        review(*m_last);
}

void PageReviewer::start(Request request)
{
    m_job.setFuture(QtConcurrent::run(
        &m_pool, [context = m_context, spelling = m_spelling, request = std::move(request)] {
            Answer answer{request.revision, request.path, {}, {}};
            const Markdown::Dialect dialect = context->handbook.renderOptions(request.path).dialect;
            if (auto misspelled = spelling->check(request.text, dialect))
                answer.problems = std::move(*misspelled);
            else
                answer.spellingError = misspelled.error().message;
            if (context->indexed) {
                Workspace::IndexedPage page = Workspace::PageScanner::scanText(
                    context->handbook, request.path, request.text.toUtf8());
                answer.problems.append(context->checker().check(page));
            } else {
                answer.problems.append(FrontMatterChecker::check(request.text, context->schema));
            }
            std::stable_sort(answer.problems.begin(), answer.problems.end(),
                             [](const Problem &a, const Problem &b) {
                                 return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                             });
            return answer;
        }));
}

void PageReviewer::onJobFinished()
{
    const Answer answer = m_job.result();
    if (m_queued) {
        start(*std::exchange(m_queued, std::nullopt));
        return; // this answer is already out of date
    }
    if (!answer.spellingError.isEmpty() && answer.spellingError != m_reportedSpellingError) {
        m_reportedSpellingError = answer.spellingError;
        Q_EMIT spellingUnavailable(answer.spellingError);
    }
    Q_EMIT reviewed(answer.revision, answer.path, answer.problems);
}

} // namespace Folio::Checks
