#pragma once

#include "editing/formattededit.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QPlainTextEdit;
class QToolBar;
class QWidget;

namespace Folio::Editor {

// The Format menu and the editor's toolbar: bold, italic, inline code, headings 1-4, lists,
// quote, code block, table, table re-alignment. Each command changes the editor's text as
// one undo step. Also the list keys in the editor: Enter continues a list item (or ends the
// list on an empty one), Tab / Shift+Tab nest and un-nest items.
class FormattingActions : public QObject
{
    Q_OBJECT

public:
    // The shortcuts work while the editor has the focus; the menu and toolbar always.
    explicit FormattingActions(QPlainTextEdit *editor, QObject *parent = nullptr);

    [[nodiscard]] QMenu *menu() const { return m_menu; }
    [[nodiscard]] QToolBar *toolBar() const { return m_toolBar; }
    [[nodiscard]] QAction *boldAction() const { return m_bold; }
    [[nodiscard]] QAction *italicAction() const { return m_italic; }
    [[nodiscard]] QAction *codeAction() const { return m_code; }
    // level 1-4
    [[nodiscard]] QAction *headingAction(int level) const { return m_headings.value(level - 1); }
    [[nodiscard]] QAction *bulletListAction() const { return m_bulletList; }
    [[nodiscard]] QAction *numberedListAction() const { return m_numberedList; }
    [[nodiscard]] QAction *quoteAction() const { return m_quote; }
    [[nodiscard]] QAction *codeBlockAction() const { return m_codeBlock; }
    [[nodiscard]] QAction *insertTableAction() const { return m_insertTable; }
    [[nodiscard]] QAction *realignTableAction() const { return m_realignTable; }

Q_SIGNALS:
    // A command could not do anything where the cursor is (e.g. re-align outside a table).
    void commandRefused(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Command =
        std::function<Editing::FormattedEdit(QStringView text, Editing::TextSelection selection)>;
    QAction *addCommand(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                        const QString &objectName, Command command);
    void run(const Command &command);
    void realignTable();

    QPlainTextEdit *m_editor = nullptr;
    QMenu *m_menu = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_code = nullptr;
    QList<QAction *> m_headings;
    QAction *m_bulletList = nullptr;
    QAction *m_numberedList = nullptr;
    QAction *m_quote = nullptr;
    QAction *m_codeBlock = nullptr;
    QAction *m_insertTable = nullptr;
    QAction *m_realignTable = nullptr;
};

} // namespace Folio::Editor
