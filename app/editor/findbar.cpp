#include "editor/findbar.h"

#include "editor/editapplier.h"
#include "editor/editorview.h"
#include "widgets/shortcuttext.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>

namespace Folio::Editor {

namespace {

// More highlights than this only slow typing down; the count still tells them all.
constexpr qsizetype MaxHighlights = 5000;

} // namespace

FindBar::FindBar(EditorView *editor, QWidget *shortcutScope, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    setObjectName(QStringLiteral("findBar"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("findQuery"));
    m_query->setPlaceholderText(tr("Find in page"));
    m_query->setAccessibleName(tr("Find"));
    m_query->setClearButtonEnabled(true);
    // Room for a phrase even when the editor is narrow and the options take the rest.
    m_query->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
    m_replacement = new QLineEdit(this);
    m_replacement->setObjectName(QStringLiteral("replaceText"));
    m_replacement->setPlaceholderText(tr("Replace with"));
    m_replacement->setAccessibleName(tr("Replace with"));
    m_matchCase = new QCheckBox(tr("Match &case"), this);
    m_wholeWord = new QCheckBox(tr("&Whole words"), this);
    m_regularExpression = new QCheckBox(tr("Regular e&xpression"), this);
    m_regularExpression->setToolTip(tr("\\1 or $1 in the replacement stand for the groups"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("findStatus"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000 of 0000")));
    auto *previous = new QToolButton(this);
    previous->setObjectName(QStringLiteral("findPreviousButton"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolTip(tr("Previous match (%1)")
                             .arg(Widgets::shortcutText(QKeySequence(Qt::SHIFT | Qt::Key_Return))));
    previous->setAccessibleName(tr("Previous match"));
    auto *next = new QToolButton(this);
    next->setArrowType(Qt::DownArrow);
    next->setToolTip(
        tr("Next match (%1)").arg(Widgets::shortcutText(QKeySequence(Qt::Key_Return))));
    next->setAccessibleName(tr("Next match"));
    auto *closeButton = new QToolButton(this);
    closeButton->setIcon(QIcon::fromTheme(QStringLiteral("window-close")));
    closeButton->setText(tr("Close"));
    closeButton->setToolTip(
        tr("Close (%1)").arg(Widgets::shortcutText(QKeySequence(Qt::Key_Escape))));
    closeButton->setAutoRaise(true);
    m_replaceButton = new QPushButton(tr("&Replace"), this);
    m_replaceAllButton = new QPushButton(tr("Replace &All"), this);
    for (QPushButton *button : {m_replaceButton, m_replaceAllButton}) {
        button->setAutoDefault(false);
        button->setFocusPolicy(Qt::TabFocus);
    }

    auto *findRow = new QHBoxLayout;
    findRow->addWidget(m_query, 1);
    findRow->addWidget(previous);
    findRow->addWidget(next);
    findRow->addWidget(m_status);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWord);
    findRow->addWidget(m_regularExpression);
    findRow->addWidget(closeButton);
    m_replaceRow = new QWidget(this);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replacement, 1);
    replaceRow->addWidget(m_replaceButton);
    replaceRow->addWidget(m_replaceAllButton);
    replaceRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    const auto makeAction = [&](const QString &text, const QKeySequence &shortcut,
                                const QString &name) {
        auto *action = new QAction(text, this);
        action->setObjectName(name);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        shortcutScope->addAction(action);
        return action;
    };
    m_findAction =
        makeAction(tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F), QStringLiteral("findAction"));
    m_replaceAction = makeAction(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
                                 QStringLiteral("replaceAction"));
    m_findNextAction =
        makeAction(tr("Find &Next"), QKeySequence(Qt::Key_F3), QStringLiteral("findNextAction"));
    m_findPreviousAction = makeAction(tr("Find Pre&vious"), QKeySequence(Qt::SHIFT | Qt::Key_F3),
                                      QStringLiteral("findPreviousAction"));
    connect(m_findAction, &QAction::triggered, this, [this] { open(false); });
    connect(m_replaceAction, &QAction::triggered, this, [this] { open(true); });
    connect(m_findNextAction, &QAction::triggered, this, &FindBar::findNext);
    connect(m_findPreviousAction, &QAction::triggered, this, &FindBar::findPrevious);

    connect(m_query, &QLineEdit::textEdited, this, &FindBar::onQueryEdited);
    for (QCheckBox *box : {m_matchCase, m_wholeWord, m_regularExpression}) {
        box->setFocusPolicy(Qt::TabFocus);
        connect(box, &QCheckBox::toggled, this, &FindBar::onQueryEdited);
    }
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(closeButton, &QToolButton::clicked, this, &FindBar::close);
    connect(m_replaceButton, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAllButton, &QPushButton::clicked, this, &FindBar::replaceAll);
    m_query->installEventFilter(this);
    m_replacement->installEventFilter(this);

    // The page changes under the bar (typing, undo, a reload): search it again, a moment
    // later so that typing stays quick.
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &FindBar::refresh);
    // The document's signal, as the editor's is blocked while a page is loaded.
    connect(m_editor->document(), &QTextDocument::contentsChanged, this, [this] {
        if (isVisible())
            m_refreshTimer.start();
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, [this] {
        if (isVisible())
            showStatus();
    });
    hide();
}

QString FindBar::statusText() const
{
    return m_status->text();
}

void FindBar::open(bool replacing)
{
    const QTextCursor cursor = m_editor->textCursor();
    const QString selected = cursor.selectedText();
    // A selection within a line is what to look for; several lines are not.
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator)) {
        m_query->setText(m_regularExpression->isChecked() ? QRegularExpression::escape(selected)
                                                          : selected);
    }
    m_searchFrom = cursor.selectionStart();
    m_replaceRow->setVisible(replacing);
    show();
    refresh();
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void FindBar::close()
{
    hide();
    m_refreshTimer.stop();
    m_matches.clear();
    m_editor->setSearchHighlights({});
    m_editor->setFocus(Qt::OtherFocusReason);
}

Editing::SearchOptions FindBar::options() const
{
    return {m_matchCase->isChecked(), m_wholeWord->isChecked(), m_regularExpression->isChecked()};
}

void FindBar::onQueryEdited()
{
    m_replacedMessage.clear();
    refresh();
    // Typing jumps to the first match from where the search started.
    if (m_matches.isEmpty())
        return;
    qsizetype index = 0;
    while (index < m_matches.size() && m_matches[index].start < m_searchFrom)
        ++index;
    select(index < m_matches.size() ? index : 0);
}

void FindBar::refresh()
{
    m_matches.clear();
    m_search.reset();
    m_error.clear();
    if (!isVisible() || m_query->text().isEmpty()) {
        m_editor->setSearchHighlights({});
        showStatus();
        return;
    }
    Result<Editing::TextSearch> search = Editing::TextSearch::create(m_query->text(), options());
    if (!search) {
        m_error = tr("Invalid regular expression at character %1: %2")
                      .arg(search.error().column)
                      .arg(search.error().message);
        m_editor->setSearchHighlights({});
        showStatus();
        return;
    }
    m_search = std::move(search).value();
    m_matches = m_search->findAll(m_editor->pageText());

    QTextCharFormat format;
    QColor background = palette().color(QPalette::Highlight);
    background.setAlpha(70);
    format.setBackground(background);
    QList<QTextEdit::ExtraSelection> highlights;
    highlights.reserve(std::min(m_matches.size(), MaxHighlights));
    for (const Editing::TextMatch &match : m_matches) {
        if (highlights.size() >= MaxHighlights)
            break;
        QTextEdit::ExtraSelection highlight;
        highlight.cursor = QTextCursor(m_editor->document());
        highlight.cursor.setPosition(int(match.start));
        highlight.cursor.setPosition(int(match.end()), QTextCursor::KeepAnchor);
        highlight.format = format;
        highlights.append(highlight);
    }
    m_editor->setSearchHighlights(highlights);
    showStatus();
}

qsizetype FindBar::currentMatch() const
{
    const QTextCursor cursor = m_editor->textCursor();
    const auto found =
        std::find(m_matches.begin(), m_matches.end(),
                  Editing::TextMatch{cursor.selectionStart(),
                                     cursor.selectionEnd() - cursor.selectionStart()});
    return found == m_matches.end() ? -1 : found - m_matches.begin();
}

void FindBar::showStatus()
{
    QPalette palette = m_status->palette();
    palette.setColor(QPalette::WindowText, this->palette().color(QPalette::WindowText));
    if (!m_error.isEmpty()) {
        palette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
        m_status->setText(m_error);
    } else if (!m_replacedMessage.isEmpty()) {
        m_status->setText(m_replacedMessage);
    } else if (m_query->text().isEmpty()) {
        m_status->clear();
    } else if (m_matches.isEmpty()) {
        m_status->setText(tr("No matches"));
    } else if (const qsizetype current = currentMatch(); current >= 0) {
        m_status->setText(tr("%1 of %2").arg(current + 1).arg(m_matches.size()));
    } else {
        m_status->setText(tr("%n match(es)", nullptr, int(m_matches.size())));
    }
    m_status->setPalette(palette);
}

void FindBar::select(qsizetype matchIndex)
{
    const Editing::TextMatch match = m_matches.value(matchIndex);
    QTextCursor cursor(m_editor->document());
    cursor.setPosition(int(match.start));
    cursor.setPosition(int(match.end()), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
    showStatus();
}

void FindBar::findNext()
{
    if (!isVisible()) {
        if (m_query->text().isEmpty()) {
            open(false);
            return;
        }
        m_replaceRow->hide();
        show();
    }
    m_replacedMessage.clear();
    refresh();
    if (m_matches.isEmpty())
        return;
    const qsizetype after = m_editor->textCursor().selectionEnd();
    qsizetype index = 0;
    while (index < m_matches.size() && m_matches[index].start < after)
        ++index;
    select(index < m_matches.size() ? index : 0); // from the top again after the last one
}

void FindBar::findPrevious()
{
    if (!isVisible()) {
        if (m_query->text().isEmpty()) {
            open(false);
            return;
        }
        m_replaceRow->hide();
        show();
    }
    m_replacedMessage.clear();
    refresh();
    if (m_matches.isEmpty())
        return;
    const qsizetype before = m_editor->textCursor().selectionStart();
    qsizetype index = m_matches.size() - 1;
    while (index >= 0 && m_matches[index].start >= before)
        --index;
    select(index >= 0 ? index : m_matches.size() - 1);
}

void FindBar::replaceCurrent()
{
    if (!m_search)
        return;
    // The first press on a match not yet selected only shows it.
    const qsizetype current = currentMatch();
    if (current < 0) {
        findNext();
        return;
    }
    const Editing::TextMatch match = m_matches[current];
    const QString replacement =
        m_search->replacementFor(m_editor->pageText(), match, m_replacement->text());
    const Document::TextEdit edit{match.start, match.length, replacement};
    if (!applyEdit(m_editor, edit,
                   Editing::TextSelection::cursor(match.start + replacement.size())))
        return;
    findNext();
}

void FindBar::replaceAll()
{
    if (!m_search)
        return;
    qsizetype count = 0;
    const Document::TextEdit edit =
        m_search->replaceAll(m_editor->pageText(), m_replacement->text(), &count);
    if (count == 0)
        return;
    const qsizetype end = edit.start + edit.replacement.size();
    if (!applyEdit(m_editor, edit, Editing::TextSelection::cursor(end)))
        return;
    refresh();
    m_replacedMessage = count == 1 ? tr("Replaced 1 match") : tr("Replaced %1 matches").arg(count);
    showStatus();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_query && watched != m_replacement)
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ShortcutOverride) {
        // Esc and Enter belong to the bar while typing in it, whatever else uses them.
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            event->accept();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Escape) {
        close();
        return true;
    }
    if (key->key() != Qt::Key_Return && key->key() != Qt::Key_Enter)
        return QWidget::eventFilter(watched, event);
    if (watched == m_replacement)
        replaceCurrent();
    else if (key->modifiers() & Qt::ShiftModifier)
        findPrevious();
    else
        findNext();
    return true;
}

} // namespace Folio::Editor
