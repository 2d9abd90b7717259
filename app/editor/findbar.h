#pragma once

#include "editing/textsearch.h"

#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Folio::Editor {

class EditorView;

// Find and replace in the open page, in a bar under the editor. Every match is highlighted
// (the review's underlines stay), the count says where the current one is ("3 of 12"), and
// an invalid regular expression is explained in the bar. Replace and Replace All are one undo
// step each.
//
// Keys: Ctrl+F / Ctrl+H open it (with the selected text as the query), Enter / Shift+Enter or
// F3 / Shift+F3 go to the next / previous match, Enter in the replacement replaces, Esc closes.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    // The actions' shortcuts work while the focus is in shortcutScope.
    FindBar(EditorView *editor, QWidget *shortcutScope, QWidget *parent = nullptr);

    [[nodiscard]] QAction *findAction() const { return m_findAction; }
    [[nodiscard]] QAction *replaceAction() const { return m_replaceAction; }
    [[nodiscard]] QAction *findNextAction() const { return m_findNextAction; }
    [[nodiscard]] QAction *findPreviousAction() const { return m_findPreviousAction; }
    [[nodiscard]] QLineEdit *queryEdit() const { return m_query; }
    [[nodiscard]] QLineEdit *replacementEdit() const { return m_replacement; }
    [[nodiscard]] QCheckBox *matchCaseBox() const { return m_matchCase; }
    [[nodiscard]] QCheckBox *wholeWordBox() const { return m_wholeWord; }
    [[nodiscard]] QCheckBox *regularExpressionBox() const { return m_regularExpression; }
    [[nodiscard]] QPushButton *replaceButton() const { return m_replaceButton; }
    [[nodiscard]] QPushButton *replaceAllButton() const { return m_replaceAllButton; }
    // "3 of 12", "No matches", or what is wrong with the regular expression.
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] qsizetype matchCount() const { return m_matches.size(); }

    // Shows the bar (with the replacement row when replacing) and focuses the query.
    void open(bool replacing);
    void findNext();
    void findPrevious();
    void replaceCurrent();
    void replaceAll();
    void close();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onQueryEdited();
    // Searches the page again and highlights every match.
    void refresh();
    void showStatus();
    void select(qsizetype matchIndex);
    [[nodiscard]] qsizetype currentMatch() const;
    [[nodiscard]] Editing::SearchOptions options() const;

    EditorView *m_editor = nullptr;
    QLineEdit *m_query = nullptr;
    QLineEdit *m_replacement = nullptr;
    QWidget *m_replaceRow = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QCheckBox *m_regularExpression = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_replaceButton = nullptr;
    QPushButton *m_replaceAllButton = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_replaceAction = nullptr;
    QAction *m_findNextAction = nullptr;
    QAction *m_findPreviousAction = nullptr;

    std::optional<Editing::TextSearch> m_search;
    QString m_error;
    QString m_replacedMessage;
    QList<Editing::TextMatch> m_matches;
    qsizetype m_searchFrom = 0; // where typing a query looks from: the cursor when opened
    QTimer m_refreshTimer;      // the page changed while the bar is open
};

} // namespace Folio::Editor
