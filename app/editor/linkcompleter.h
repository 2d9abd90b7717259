#pragma once

#include "editor/insertioncontext.h"
#include "linking/linkcompletion.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

#include <QListWidget>

namespace Folio::Editor {

class EditorView;

// The completion popup of link targets while typing: after `](/` the handbook's pages (title
// over URL), after `#` in a target the headings of the page it reaches. What to offer is
// Linking::LinkCompletion's; this shows it under the cursor. The popup never takes the focus:
// typing goes on in the editor and filters it; Up/Down choose, Enter or Tab insert, Esc closes.
class LinkCompleter : public QObject
{
    Q_OBJECT

public:
    LinkCompleter(EditorView *editor, InsertionContextProvider context, QObject *parent = nullptr);

    [[nodiscard]] QListWidget *popup() const { return m_popup; }
    // The completion over a snapshot, rebuilt when the index changes (the link dialog uses it
    // too).
    [[nodiscard]] const Linking::LinkCompletion &completion(const Workspace::PageIndex &index);
    // The headings of the open page as the editor has it now.
    [[nodiscard]] static QList<Workspace::PageHeading>
    headingsOfText(const InsertionContext &context, const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onContentsChange(int position, int removed, int added);
    void update();
    void accept(int row);
    void hide();

    QPointer<EditorView> m_editor;
    InsertionContextProvider m_context;
    std::optional<Linking::LinkCompletion> m_completion;
    Linking::CompletionContext m_current; // what the popup completes
    int m_blockPosition = 0;              // where the line of m_current starts
    bool m_inserting = false;
    bool m_typed = false; // the last change was typing: complete at the cursor's next move
    // A child of the editor, so it goes first when the editor is destroyed; the editor's
    // last events still pass through eventFilter() after that.
    QPointer<QListWidget> m_popup;
};

} // namespace Folio::Editor
