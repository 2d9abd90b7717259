#include "editor/editorstatus.h"

#include "editing/wordcount.h"
#include "editor/editorview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextBlock>
#include <QTextDocument>

namespace Folio::Editor {

namespace {

// Below this many characters a count takes well under a millisecond: no need to wait.
constexpr int ImmediateCountLimit = 20'000;
constexpr int CountDelayMs = 300;

} // namespace

EditorStatus::EditorStatus(EditorView *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_words(new QLabel(this))
    , m_position(new QLabel(this))
{
    m_words->setObjectName(QStringLiteral("wordCount"));
    m_words->setAccessibleName(tr("Words and reading time"));
    m_position->setObjectName(QStringLiteral("cursorPosition"));
    m_position->setAccessibleName(tr("Cursor position"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_words);
    layout->addWidget(m_position);

    m_countTimer.setSingleShot(true);
    m_countTimer.setInterval(CountDelayMs);
    connect(&m_countTimer, &QTimer::timeout, this, &EditorStatus::updateWordCount);
    // The document's signal, not the view's: a page is loaded with the view's signals blocked.
    connect(editor->document(), &QTextDocument::contentsChanged, this,
            &EditorStatus::onTextChanged);
    connect(editor, &QPlainTextEdit::cursorPositionChanged, this, &EditorStatus::updatePosition);
    updateWordCount();
    updatePosition();
}

void EditorStatus::onTextChanged()
{
    if (m_editor->document()->characterCount() < ImmediateCountLimit)
        updateWordCount();
    else
        m_countTimer.start();
}

void EditorStatus::updateWordCount()
{
    const Editing::WordCount count = Editing::WordCount::of(m_editor->pageText());
    const QString words = tr("%n word(s)", nullptr, count.words);
    m_words->setText(
        count.words == 0 ? words : tr("%1 · %2 min read").arg(words).arg(count.readingMinutes()));
}

void EditorStatus::updatePosition()
{
    const QTextCursor cursor = m_editor->textCursor();
    m_position->setText(
        tr("Ln %1, Col %2").arg(cursor.blockNumber() + 1).arg(cursor.positionInBlock() + 1));
}

} // namespace Folio::Editor
