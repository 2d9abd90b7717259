#include "workspace/backlinkspanel.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace Folio::Workspace {

BacklinksPanel::BacklinksPanel(QWidget *parent)
    : QDockWidget(tr("Backlinks"), parent)
{
    setObjectName(QStringLiteral("backlinksPanel"));
    auto *body = new QWidget(this);
    m_summary = new QLabel(body);
    m_summary->setObjectName(QStringLiteral("backlinksSummary"));
    m_summary->setWordWrap(true);
    m_view = new QListWidget(body);
    m_view->setObjectName(QStringLiteral("backlinksView"));
    m_view->setAccessibleName(tr("Pages that link to this page"));
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    setWidget(body);
    const auto activate = [this](QListWidgetItem *item) {
        const int row = m_view->row(item);
        if (row >= 0 && row < m_backlinks.size())
            Q_EMIT backlinkActivated(m_backlinks[row].fromPath, m_backlinks[row].line);
    };
    connect(m_view, &QListWidget::itemActivated, this, activate);
    connect(m_view, &QListWidget::itemClicked, this, activate);
    refresh();
}

void BacklinksPanel::setIndex(const PageIndex &index)
{
    if (index.isSameSnapshot(m_index))
        return;
    m_index = index;
    refresh();
}

void BacklinksPanel::setPage(const QString &path)
{
    if (path == m_page)
        return;
    m_page = path;
    refresh();
}

void BacklinksPanel::refresh()
{
    const QList<Backlink> backlinks =
        m_page.isEmpty() ? QList<Backlink>() : m_index.backlinks(m_page);
    m_backlinks = backlinks;
    m_view->clear();
    for (const Backlink &link : std::as_const(m_backlinks)) {
        const QString from = link.fromTitle.isEmpty() ? link.fromPath : link.fromTitle;
        auto *item = new QListWidgetItem(
            tr("%1\n%2: %3").arg(from).arg(link.line).arg(link.lineText), m_view);
        item->setToolTip(link.anchor.isEmpty() ? link.fromPath
                                               : tr("%1 (to #%2)").arg(link.fromPath, link.anchor));
    }
    if (m_page.isEmpty())
        m_summary->setText(tr("Open a page to see which pages link to it."));
    else if (m_index.isEmpty())
        m_summary->setText(tr("Indexing the handbook…"));
    else if (m_backlinks.isEmpty())
        m_summary->setText(tr("No page links to this page."));
    else
        m_summary->setText(m_backlinks.size() == 1
                               ? tr("One link to this page:")
                               : tr("%1 links to this page:").arg(m_backlinks.size()));
}

} // namespace Folio::Workspace
