#pragma once

#include "markdown/dialect.h"
#include "workspace/indexedpage.h"

#include <QDockWidget>
#include <QPointer>
#include <QTimer>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Folio::Editor {
class EditorView;
}

namespace Folio::Workspace {

// The "Outline" dock: the headings of the page being edited, nested by level. It reads the
// editor's text (not the file), so it follows typing; the heading the cursor is under is
// selected as the cursor moves. Activating a heading asks to go there.
class OutlinePanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit OutlinePanel(QWidget *parent = nullptr);

    void setEditor(Editor::EditorView *editor);
    // The editor has a new page: read it now (not after the typing pause). dialect: how its
    // headings get their ids (Middleman pages are kramdown).
    void showPage(Markdown::Dialect dialect);
    // No page is open: an empty outline, without "no headings".
    void showNoPage();

    [[nodiscard]] const QList<PageHeading> &headings() const { return m_headings; }
    [[nodiscard]] QTreeWidget *view() const { return m_view; }
    // The heading the editor's cursor is under, -1 above the first.
    [[nodiscard]] int currentHeading() const { return m_current; }

Q_SIGNALS:
    // The user chose a heading: line is 1-based in the page, id its anchor (may be empty).
    void headingActivated(int line, const QString &id);
    // The outline shows the editor's latest text (for tests).
    void outlineUpdated();

private:
    void scheduleRead();
    void readText();
    void followCursor();

    QPointer<Editor::EditorView> m_editor;
    Markdown::Dialect m_dialect = Markdown::Dialect::Goldmark;
    bool m_hasPage = true; // until the window says none is open
    IndexedPage m_page;    // the editor's text, scanned
    QList<PageHeading> m_headings;
    QList<QTreeWidgetItem *> m_items; // per heading
    int m_current = -1;
    QTimer m_readTimer;
    QTreeWidget *m_view = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace Folio::Workspace
