#include "workspace/handbooksearchpanel.h"

#include "widgets/messagebanner.h"
#include "widgets/shortcuttext.h"
#include "workspace/searchresultdelegate.h"
#include "workspace/searchresultsmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace Folio::Workspace {

namespace {

bool hasLineBreak(const QString &text)
{
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            return true;
    }
    return false;
}

} // namespace

HandbookSearchPanel::HandbookSearchPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("handbookSearchPanel"));
    setAccessibleName(tr("Find in handbook"));

    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("handbookSearchText"));
    m_edit->setAccessibleName(tr("Text to find in the handbook"));
    m_edit->setPlaceholderText(tr("Find in handbook"));
    m_edit->setClearButtonEnabled(true);

    m_matchCase = new QCheckBox(tr("Match &case"), this);
    m_matchCase->setObjectName(QStringLiteral("handbookSearchMatchCase"));
    m_matchCase->setAccessibleName(tr("Match case"));
    m_wholeWord = new QCheckBox(tr("&Whole word"), this);
    m_wholeWord->setObjectName(QStringLiteral("handbookSearchWholeWord"));
    m_wholeWord->setAccessibleName(tr("Whole word"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("handbookSearchStop"));
    m_stop->setAccessibleName(tr("Stop searching"));
    m_stop->setEnabled(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("handbookSearchStatus"));
    m_status->setAccessibleName(tr("Search status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_changedHint = new Widgets::MessageBanner(this);
    m_changedHint->setObjectName(QStringLiteral("handbookSearchChanged"));
    auto *again = new QAction(tr("Search &Again"), m_changedHint);
    again->setToolTip(tr("Search the handbook as it is now (%1)")
                          .arg(Widgets::shortcutText(QKeySequence(Qt::Key_F5))));
    connect(again, &QAction::triggered, this, &HandbookSearchPanel::search);
    m_changedHint->addAction(again);

    m_model = new SearchResultsModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("handbookSearchResults"));
    m_view->setAccessibleName(tr("Search results"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new SearchResultDelegate(m_view));
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // thousands of rows stream in
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::clicked, this, &HandbookSearchPanel::activate);
    // New pages show their lines; pages the user collapsed stay collapsed.
    connect(m_model, &SearchResultsModel::rowsInserted, this,
            [this](const QModelIndex &under, int first, int last) {
                if (under.isValid())
                    return;
                for (int row = first; row <= last; ++row)
                    m_view->expand(m_model->index(row, 0));
            });

    auto *options = new QHBoxLayout;
    options->addWidget(m_matchCase);
    options->addWidget(m_wholeWord);
    options->addStretch(1);
    options->addWidget(m_stop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_edit);
    layout->addLayout(options);
    layout->addWidget(m_changedHint);
    layout->addWidget(m_status);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_edit);

    auto *searchAgain = new QAction(tr("Search Again"), this);
    searchAgain->setShortcut(QKeySequence::Refresh);
    searchAgain->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(searchAgain, &QAction::triggered, this, &HandbookSearchPanel::search);
    addAction(searchAgain);
    // Esc stops a running search; enabled only then, so the key is not taken from the window
    // otherwise.
    m_stopAction = new QAction(tr("Stop Searching"), this);
    m_stopAction->setShortcut(Qt::Key_Escape);
    m_stopAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stopAction->setEnabled(false);
    connect(m_stopAction, &QAction::triggered, this, &HandbookSearchPanel::stop);
    addAction(m_stopAction);
    connect(m_stop, &QPushButton::clicked, this, &HandbookSearchPanel::stop);

    m_typingTimer.setSingleShot(true);
    m_typingTimer.setInterval(TypingDelayMs);
    connect(&m_typingTimer, &QTimer::timeout, this, &HandbookSearchPanel::search);
    connect(m_edit, &QLineEdit::textChanged, this, &HandbookSearchPanel::onTextChanged);
    connect(m_edit, &QLineEdit::returnPressed, this, &HandbookSearchPanel::search);
    const auto optionChanged = [this] {
        if (!m_edit->text().isEmpty())
            search();
    };
    connect(m_matchCase, &QCheckBox::toggled, this, optionChanged);
    connect(m_wholeWord, &QCheckBox::toggled, this, optionChanged);

    connect(&m_search, &HandbookSearch::matchesFound, this, &HandbookSearchPanel::onMatchesFound);
    connect(&m_search, &HandbookSearch::finished, this, &HandbookSearchPanel::onFinished);
}

void HandbookSearchPanel::setIndex(const PageIndex &index)
{
    if (index.isSameSnapshot(m_index))
        return;
    m_index = index;
    if (m_waitingForIndex) {
        if (!isIndexing())
            search();
        return;
    }
    if (m_shownQuery)
        m_changedHint->showMessage(Widgets::MessageBanner::Kind::Information,
                                   tr("The handbook changed since this search."));
}

void HandbookSearchPanel::focusSearch(const QString &initialText)
{
    if (!initialText.isEmpty() && !hasLineBreak(initialText))
        m_edit->setText(initialText);
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

bool HandbookSearchPanel::isIndexing() const
{
    return m_index.isEmpty() && m_index.handbook().rootPath().isEmpty();
}

bool HandbookSearchPanel::isChangedHintShown() const
{
    return !m_changedHint->isHidden();
}

QString HandbookSearchPanel::statusText() const
{
    return m_status->text();
}

void HandbookSearchPanel::onTextChanged(const QString &text)
{
    if (text.isEmpty()) {
        m_typingTimer.stop();
        clearResults();
        return;
    }
    m_typingTimer.start();
}

void HandbookSearchPanel::search()
{
    m_typingTimer.stop();
    const QString text = m_edit->text();
    if (text.isEmpty()) {
        clearResults();
        return;
    }
    if (hasLineBreak(text)) {
        // As `folio search`: a search is for text on one line.
        clearResults();
        m_status->setText(tr("The text to find must be on one line."));
        return;
    }
    clearResults();
    m_shownQuery = SearchQuery{text, m_matchCase->isChecked(), m_wholeWord->isChecked()};
    if (isIndexing()) {
        m_waitingForIndex = true;
        m_status->setText(tr("Indexing the handbook… The search starts when it is done."));
        return;
    }
    m_search.start(m_index, *m_shownQuery);
    m_capped = false;
    setSearching(true);
    m_status->setText(tr("Searching…"));
}

void HandbookSearchPanel::stop()
{
    if (m_waitingForIndex) {
        m_waitingForIndex = false;
        m_shownQuery.reset();
        m_status->setText(tr("Stopped."));
        return;
    }
    if (m_searching)
        m_search.cancel();
}

void HandbookSearchPanel::clearResults()
{
    if (m_searching)
        m_search.cancel();
    setSearching(false);
    m_waitingForIndex = false;
    m_shownQuery.reset();
    m_changedHint->hide();
    m_model->clear();
    m_status->clear();
}

void HandbookSearchPanel::setSearching(bool searching)
{
    m_searching = searching;
    m_stop->setEnabled(searching);
    m_stopAction->setEnabled(searching);
}

void HandbookSearchPanel::onMatchesFound(const QList<PageMatches> &pages)
{
    // Batches already on their way when the search was stopped at the cap are dropped.
    if (!m_searching || m_capped)
        return;
    // Pages inserted above the first row in sight would push it down: keep it where it is
    // once the user has scrolled (at the top, new pages above are welcome).
    QPersistentModelIndex anchor;
    if (m_view->verticalScrollBar()->value() > 0)
        anchor = m_view->indexAt(QPoint(1, 1));
    // Up to the cap, cutting the batch where it is reached.
    QList<PageMatches> kept;
    qsizetype room = MaximumMatches - m_model->matchCount();
    for (const PageMatches &page : pages) {
        if (room <= 0)
            break;
        kept.append(page);
        if (page.lines.size() > room)
            kept.last().lines.resize(room);
        room -= kept.last().lines.size();
    }
    m_model->addMatches(kept);
    if (anchor.isValid())
        m_view->scrollTo(anchor, QAbstractItemView::PositionAtTop);
    if (room <= 0) {
        m_capped = true;
        m_search.cancel();
    }
}

QString HandbookSearchPanel::countText() const
{
    return tr("%1 in %2")
        .arg(tr("%n match(es)", nullptr, m_model->matchCount()),
             tr("%n page(s)", nullptr, m_model->pageCount()));
}

void HandbookSearchPanel::onFinished(bool completed)
{
    if (!m_searching)
        return;
    setSearching(false);
    completed = completed && !m_capped; // the list does not hold every match
    if (!completed && m_capped)
        m_status->setText(
            tr("Stopped at %1: make the search more precise to see fewer").arg(countText()));
    else if (!completed)
        m_status->setText(tr("Stopped: %1 so far").arg(countText()));
    else if (m_model->pageCount() == 0)
        m_status->setText(tr("No matches"));
    else
        m_status->setText(countText());
    Q_EMIT searchFinished(completed);
}

void HandbookSearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    Q_EMIT matchActivated(index.data(SearchResultsModel::PathRole).toString(),
                          index.data(SearchResultsModel::LineRole).toInt(),
                          index.data(SearchResultsModel::ColumnRole).toInt());
}

bool HandbookSearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    // Enter on a result opens it. The view's own activated() is not used: it also fires on a
    // double click, after clicked() already opened the result.
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            activate(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Folio::Workspace
