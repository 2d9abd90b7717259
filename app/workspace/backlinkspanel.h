#pragma once

#include "workspace/pageindex.h"

#include <QDockWidget>

class QLabel;
class QListWidget;

namespace Folio::Workspace {

// The "Backlinks" dock: the pages that link to the open page, each with the linking line,
// from the handbook's index. Activating one asks to open that page at that line.
class BacklinksPanel : public QDockWidget
{
    Q_OBJECT

public:
    explicit BacklinksPanel(QWidget *parent = nullptr);

    void setIndex(const PageIndex &index);
    // The page whose backlinks to show (relative to the handbook root); empty: none.
    void setPage(const QString &path);

    [[nodiscard]] QList<Backlink> backlinks() const { return m_backlinks; }
    [[nodiscard]] QListWidget *view() const { return m_view; }

Q_SIGNALS:
    void backlinkActivated(const QString &path, int line);

private:
    void refresh();

    PageIndex m_index;
    QString m_page;
    QList<Backlink> m_backlinks;
    QListWidget *m_view = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace Folio::Workspace
