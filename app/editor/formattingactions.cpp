#include "editor/formattingactions.h"

#include "editing/inlineformatter.h"
#include "editing/lineformatter.h"
#include "editing/listeditor.h"
#include "editing/tablealigner.h"
#include "editor/editapplier.h"
#include "editor/editorview.h"

#include <QAction>
#include <QKeyEvent>
#include <QMenu>
#include <QPlainTextEdit>
#include <QToolBar>

namespace Folio::Editor {

namespace {

QString pageText(const QPlainTextEdit *editor)
{
    // EditorView keeps non-breaking spaces that toPlainText() would turn into spaces.
    if (const auto *view = qobject_cast<const EditorView *>(editor))
        return view->pageText();
    return editor->toPlainText();
}

} // namespace

FormattingActions::FormattingActions(QPlainTextEdit *editor, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
{
    m_menu = new QMenu(tr("F&ormat"), editor);
    m_menu->setObjectName(QStringLiteral("formatMenu"));
    m_toolBar = new QToolBar(tr("Format"), editor);
    m_toolBar->setObjectName(QStringLiteral("formatToolBar"));
    m_toolBar->setAccessibleName(tr("Formatting"));
    // Qt's "more" button, shown when the editor is too narrow for every command.
    if (auto *more = m_toolBar->findChild<QWidget *>(QStringLiteral("qt_toolbar_ext_button")))
        more->setAccessibleName(tr("More formatting commands"));
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);

    using Editing::InlineFormatter::Style;
    const auto inlineStyle = [](Style style) -> Command {
        return [style](QStringView text, Editing::TextSelection selection) {
            return Editing::InlineFormatter::toggle(text, selection, style);
        };
    };
    m_bold = addCommand(tr("&Bold"), QStringLiteral("format-text-bold"),
                        QKeySequence(Qt::CTRL | Qt::Key_B), QStringLiteral("boldAction"),
                        inlineStyle(Style::Bold));
    m_bold->setIconText(tr("B"));
    m_italic = addCommand(tr("&Italic"), QStringLiteral("format-text-italic"),
                          QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("italicAction"),
                          inlineStyle(Style::Italic));
    m_italic->setIconText(tr("I"));
    m_code = addCommand(tr("Inline &Code"), QStringLiteral("format-text-code"),
                        QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("inlineCodeAction"),
                        inlineStyle(Style::Code));
    m_code->setIconText(tr("`x`"));
    m_menu->addSeparator();
    m_toolBar->addSeparator();
    static constexpr Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int level = 1; level <= 4; ++level) {
        m_headings.append(addCommand(
            tr("Heading &%1").arg(level), QString(), QKeySequence(Qt::CTRL | digits[level - 1]),
            QStringLiteral("heading%1Action").arg(level),
            [level](QStringView text, Editing::TextSelection selection) {
                return Editing::LineFormatter::setHeading(text, selection, level);
            }));
        // No theme has heading icons: the toolbar shows "H1".."H4". Without an icon theme
        // every button shows such a short text, so that the toolbar fits a narrow editor.
        m_headings.last()->setIconText(tr("H%1").arg(level));
    }
    m_menu->addSeparator();
    m_toolBar->addSeparator();
    m_bulletList =
        addCommand(tr("B&ullet List"), QStringLiteral("format-list-unordered"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_8),
                   QStringLiteral("bulletListAction"), Editing::LineFormatter::toggleBulletList);
    m_bulletList->setIconText(tr("•"));
    m_numberedList = addCommand(tr("&Numbered List"), QStringLiteral("format-list-ordered"),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_7),
                                QStringLiteral("numberedListAction"),
                                Editing::LineFormatter::toggleNumberedList);
    m_numberedList->setIconText(tr("1."));
    m_quote = addCommand(tr("&Quote"), QStringLiteral("format-text-blockquote"),
                         QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Q),
                         QStringLiteral("quoteAction"), Editing::LineFormatter::toggleQuote);
    m_quote->setIconText(tr("❝"));
    m_codeBlock =
        addCommand(tr("Code Bloc&k"), QStringLiteral("code-context"),
                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K),
                   QStringLiteral("codeBlockAction"), Editing::LineFormatter::toggleCodeBlock);
    m_codeBlock->setIconText(tr("```"));
    m_menu->addSeparator();
    m_toolBar->addSeparator();
    m_insertTable =
        addCommand(tr("Insert &Table"), QStringLiteral("insert-table"),
                   QKeySequence(Qt::CTRL | Qt::Key_T), QStringLiteral("insertTableAction"),
                   [](QStringView text, Editing::TextSelection selection) {
                       return Editing::LineFormatter::insertTable(text, selection);
                   });
    m_insertTable->setIconText(tr("▦"));
    m_realignTable = new QAction(tr("&Re-align Table"), this);
    m_realignTable->setObjectName(QStringLiteral("realignTableAction"));
    m_realignTable->setIcon(QIcon::fromTheme(QStringLiteral("format-justify-fill")));
    m_realignTable->setIconText(tr("⇔"));
    m_realignTable->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_realignTable->setShortcutContext(Qt::WidgetShortcut);
    m_realignTable->setToolTip(
        tr("Re-align the table the cursor is in (%1)")
            .arg(m_realignTable->shortcut().toString(QKeySequence::NativeText)));
    connect(m_realignTable, &QAction::triggered, this, &FormattingActions::realignTable);
    m_editor->addAction(m_realignTable);
    m_menu->addAction(m_realignTable);
    m_toolBar->addAction(m_realignTable);

    m_editor->installEventFilter(this);
}

QAction *FormattingActions::addCommand(const QString &text, const QString &iconName,
                                       const QKeySequence &shortcut, const QString &objectName,
                                       Command command)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!iconName.isEmpty())
        action->setIcon(QIcon::fromTheme(iconName));
    action->setShortcut(shortcut);
    // Only while writing: Ctrl+B in the find bar or the page filter is not bold.
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(QStringLiteral("%1 (%2)").arg(QString(text).remove(u'&'),
                                                     shortcut.toString(QKeySequence::NativeText)));
    connect(action, &QAction::triggered, this,
            [this, command = std::move(command)] { run(command); });
    m_editor->addAction(action);
    m_menu->addAction(action);
    m_toolBar->addAction(action);
    return action;
}

void FormattingActions::run(const Command &command)
{
    if (m_editor->isReadOnly())
        return;
    applyEdit(m_editor, command(pageText(m_editor), selectionOf(m_editor)));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void FormattingActions::realignTable()
{
    if (m_editor->isReadOnly())
        return;
    const std::optional<Editing::FormattedEdit> edit =
        Editing::TableAligner::realign(pageText(m_editor), selectionOf(m_editor));
    if (!edit) {
        Q_EMIT commandRefused(tr("Put the cursor in a table to re-align it."));
        return;
    }
    applyEdit(m_editor, *edit);
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool FormattingActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_editor || event->type() != QEvent::KeyPress || m_editor->isReadOnly())
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    std::optional<Editing::FormattedEdit> edit;
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    if (enter && modifiers == Qt::NoModifier)
        edit = Editing::ListEditor::continueList(pageText(m_editor), selectionOf(m_editor));
    else if (key->key() == Qt::Key_Tab && modifiers == Qt::NoModifier)
        edit = Editing::ListEditor::indentListItems(pageText(m_editor), selectionOf(m_editor));
    else if (key->key() == Qt::Key_Backtab)
        edit = Editing::ListEditor::outdentListItems(pageText(m_editor), selectionOf(m_editor));
    // Elsewhere the keys do what they always do.
    if (!edit)
        return QObject::eventFilter(watched, event);
    applyEdit(m_editor, *edit);
    return true;
}

} // namespace Folio::Editor
