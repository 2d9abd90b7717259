#pragma once

#include "handbook/handbook.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace Folio::Handbook {

// The handbook's pages as a tree of folders. A folder that has an index page (_index.md,
// index.md, index.html.md[.erb]) is that page and shows its title; chains of folders without
// pages ("sites/handbook/source") collapse into one row. Built from a scan as one snapshot.
class PageTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole =
            Qt::UserRole + 1, // the page's path relative to the root; empty for a bare folder
        IsFolderRole,
        BadgeRole,       // the page's own badge (e.g. git's "M"), empty when none
        BadgedBelowRole, // how many pages under a folder row have a badge
        TitleRole,       // the page title, empty when none (DisplayRole falls back to the name)
    };

    explicit PageTreeModel(QObject *parent = nullptr);

    // Replaces the whole tree.
    void setPages(const QList<PageEntry> &pages);
    [[nodiscard]] int pageCount() const { return m_pageCount; }
    [[nodiscard]] QModelIndex indexForPath(const QString &path) const;
    // A short mark per page path (e.g. the git status "M", "A"); replaces the previous ones.
    // Survives setPages() for the paths that are still there.
    void setBadges(const QHash<QString, QString> &badges);

    [[nodiscard]] static bool isIndexPageName(const QString &fileName);

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

private:
    struct Node
    {
        QString name;       // folder or file name, the fallback label
        QString title;      // page title, when the node is a page with one
        QString pagePath;   // relative page path, empty for a folder without index page
        QString folderPath; // relative folder path for folders
        int parent = -1;    // index into m_nodes; -1 for top-level rows
        int row = 0;
        QList<int> children;
        bool folder = false;
    };

    [[nodiscard]] QString label(const Node &node) const;
    [[nodiscard]] const QList<int> &childrenOf(const QModelIndex &parent) const;

    QList<Node> m_nodes;
    QList<int> m_topLevel;
    QHash<QString, int> m_nodeForPage;
    QHash<QString, QString> m_badges;
    QHash<int, int> m_badgedBelow; // folder node -> badged pages under it
    int m_pageCount = 0;
    void countBadges();
};

} // namespace Folio::Handbook
