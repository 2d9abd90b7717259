#include "review/reviewcontroller.h"

#include "checks/pagereviewer.h"
#include "checks/problemsmodel.h"
#include "checks/spellchecker.h"
#include "checks/spellingwords.h"
#include "editor/editorview.h"
#include "preview/previewview.h"
#include "propose/handbooksettings.h"
#include "review/problemspanel.h"

#include <QMenu>
#include <QPointer>
#include <QTextCursor>
#include <QtConcurrent>

namespace Folio::Review {

ReviewController::ReviewController(Editor::EditorView *editor, Preview::PreviewView *preview,
                                   ProblemsPanel *panel, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_panel(panel)
    , m_reviewer(new Checks::PageReviewer(this))
{
    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &ReviewController::requestReview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        ++m_revision;
        if (!m_page.isEmpty())
            m_typingTimer.start();
    });
    connect(m_reviewer, &Checks::PageReviewer::reviewed, this, &ReviewController::onReviewed);
    connect(m_reviewer, &Checks::PageReviewer::spellingUnavailable, this,
            [this](const QString &reason) {
                Q_EMIT message(tr("Spelling is not checked: %1").arg(reason));
            });
    m_editor->setProblemMenuProvider(
        [this](QMenu *menu, const Checks::Problem &problem, const QTextCursor &span) {
            fillProblemMenu(menu, problem, span);
        });
    connect(m_panel, &ProblemsPanel::problemActivated, this,
            [this](const QString &path, const Checks::Problem &problem) {
                Q_EMIT problemActivated(path, problem.line, problem.column);
            });
    connect(m_panel, &ProblemsPanel::checkHandbookRequested, this,
            &ReviewController::checkHandbook);
    connect(m_panel, &ProblemsPanel::stopHandbookCheckRequested, this,
            &ReviewController::stopHandbookCheck);
    connect(&m_handbookJob, &QFutureWatcher<QList<Checks::PageProblems>>::finished, this,
            &ReviewController::onHandbookChecked);
}

ReviewController::~ReviewController()
{
    stopHandbookCheck();
    m_handbookJob.waitForFinished();
}

void ReviewController::setHandbook(const Handbook::Handbook &handbook,
                                   const Propose::HandbookSettings &settings)
{
    stopHandbookCheck();
    m_handbook = handbook;
    m_index = {};
    m_indexed = false;
    QList<Error> problems;
    auto words = Checks::SpellingWords::open(
        Checks::SpellingWords::handbookListPath(handbook.rootPath(), settings),
        Checks::SpellingWords::personalListPath(), &problems);
    for (const Error &problem : std::as_const(problems))
        Q_EMIT message(tr("A spelling word list cannot be used: %1").arg(problem.message));
    m_handbookLanguage = settings.spellingLanguage();
    m_reviewer->setHandbook(handbook, std::move(words), spellingLanguage());
    m_panel->model()->clear();
    m_pageProblems.clear();
    m_handbookChecked = false;
}

void ReviewController::setPreferredSpellingLanguage(const QString &language)
{
    if (language == m_preferredLanguage)
        return;
    m_preferredLanguage = language;
    m_reviewer->setDefaultLanguage(spellingLanguage());
    m_reviewer->reviewAgain();
}

QString ReviewController::spellingLanguage() const
{
    return m_preferredLanguage.isEmpty() ? m_handbookLanguage : m_preferredLanguage;
}

void ReviewController::setIndex(const Workspace::PageIndex &index)
{
    m_index = index;
    m_indexed = true;
    // The index changes after git updates and saves: the team's word list may have too.
    if (const auto reloaded = m_reviewer->words()->reload(); !reloaded)
        Q_EMIT message(tr("A spelling word list cannot be used: %1").arg(reloaded.error().message));
    m_reviewer->setIndex(index);
}

void ReviewController::setPage(const QString &path)
{
    // Without a whole-handbook check the dock lists the open page alone; after one, the page
    // left keeps its problems as last checked, for the user going through the list.
    if (!m_page.isEmpty() && m_page != path && !m_handbookChecked)
        m_panel->model()->setPageProblems(m_page, {});
    m_page = path;
    m_panel->setCurrentPage(path);
    m_pageProblems.clear();
    m_editor->setProblems({});
    m_preview->setMarkedWords({});
    m_typingTimer.stop();
    if (!path.isEmpty())
        requestReview();
}

void ReviewController::requestReview()
{
    if (m_page.isEmpty())
        return;
    m_reviewer->review({m_revision, m_page, m_editor->pageText()});
}

void ReviewController::onReviewed(quint64 revision, const QString &path,
                                  const QList<Checks::Problem> &problems)
{
    // An answer to text the user has changed since would put underlines in the wrong places;
    // the check of the new text is on its way.
    if (path != m_page || revision != m_revision)
        return;
    m_pageProblems = problems;
    m_editor->setProblems(problems);
    QList<Preview::MarkedWord> misspelled;
    for (const Checks::Problem &problem : problems) {
        if (problem.category == Checks::Category::Spelling)
            misspelled.append({problem.line, problem.subject});
    }
    m_preview->setMarkedWords(misspelled);
    m_panel->model()->setPageProblems(path, problems);
    Q_EMIT pageReviewed();
}

void ReviewController::checkHandbook()
{
    if (m_handbookJob.isRunning() || !m_indexed)
        return;
    m_handbookCancelled = std::make_shared<std::atomic_bool>(false);
    m_panel->setHandbookCheckProgress(0, int(m_index.pages().size()));
    QPointer<ProblemsPanel> panel(m_panel);
    const auto progress = [panel](int done, int total) {
        QMetaObject::invokeMethod(panel, [panel, done, total] {
            if (panel)
                panel->setHandbookCheckProgress(done, total);
        });
    };
    m_handbookJob.setFuture(
        QtConcurrent::run([index = m_index, words = m_reviewer->words(),
                           language = m_reviewer->spellChecker().defaultLanguage(),
                           cancelled = m_handbookCancelled, progress] {
            Checks::HandbookChecker checker(index, Checks::AllCheckKinds);
            checker.setSpelling(words, language);
            return checker.checkPages({}, cancelled.get(), progress);
        }));
}

void ReviewController::stopHandbookCheck()
{
    if (m_handbookCancelled)
        m_handbookCancelled->store(true);
}

void ReviewController::onHandbookChecked()
{
    const bool completed = m_handbookCancelled && !m_handbookCancelled->load();
    m_panel->setHandbookCheckProgress(0, -1);
    if (completed) {
        QHash<QString, QList<Checks::Problem>> all;
        for (const Checks::PageProblems &page : m_handbookJob.result())
            all.insert(page.path, page.problems);
        // The open page as typed, not as saved.
        if (!m_page.isEmpty())
            all.insert(m_page, m_pageProblems);
        m_panel->model()->setHandbookProblems(all);
        m_handbookChecked = true;
    }
    Q_EMIT handbookChecked(completed);
}

void ReviewController::fillProblemMenu(QMenu *menu, const Checks::Problem &problem,
                                       const QTextCursor &span)
{
    const auto replaceWith = [this, span](const QString &text) {
        QTextCursor cursor = span;
        cursor.beginEditBlock();
        cursor.insertText(text);
        cursor.endEditBlock();
        m_editor->setTextCursor(cursor);
    };
    QStringList suggestions = problem.suggestions;
    if (problem.category == Checks::Category::Spelling && suggestions.isEmpty()) {
        // Asked here, not for every underline: Hunspell takes milliseconds per word.
        const QString language = m_reviewer->spellChecker().languageFor(m_editor->pageText());
        if (auto found = m_reviewer->spellChecker().suggestions(problem.subject, language))
            suggestions = *found;
    }
    for (const QString &suggestion : std::as_const(suggestions)) {
        QAction *action = menu->addAction(problem.category == Checks::Category::Link
                                              ? tr("Change Link to “%1”").arg(suggestion)
                                          : problem.category == Checks::Category::FrontMatter
                                              ? tr("Rename to “%1”").arg(suggestion)
                                              : suggestion);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this,
                [replaceWith, suggestion] { replaceWith(suggestion); });
    }
    if (problem.category == Checks::Category::Spelling) {
        if (suggestions.isEmpty())
            menu->addAction(tr("No suggestions"))->setEnabled(false);
        menu->addSeparator();
        const QString word = problem.subject;
        connect(menu->addAction(tr("Add “%1” to Handbook Dictionary").arg(word)),
                &QAction::triggered, this,
                [this, word] { addWord(word, int(Checks::SpellingWords::Scope::Handbook)); });
        connect(menu->addAction(tr("Add “%1” to Personal Dictionary").arg(word)),
                &QAction::triggered, this,
                [this, word] { addWord(word, int(Checks::SpellingWords::Scope::Personal)); });
        connect(menu->addAction(tr("Ignore “%1”").arg(word)), &QAction::triggered, this,
                [this, word] { addWord(word, int(Checks::SpellingWords::Scope::Session)); });
    }
}

void ReviewController::addWord(const QString &word, int scope)
{
    const auto added = m_reviewer->words()->add(word, Checks::SpellingWords::Scope(scope));
    if (!added) {
        Q_EMIT message(tr("“%1” could not be added: %2").arg(word, added.error().message));
        return;
    }
    m_panel->model()->forgetMisspelling(word);
    if (Checks::SpellingWords::Scope(scope) == Checks::SpellingWords::Scope::Handbook)
        Q_EMIT handbookFileChanged(
            m_reviewer->words()->path(Checks::SpellingWords::Scope::Handbook));
    m_reviewer->reviewAgain();
}

} // namespace Folio::Review
