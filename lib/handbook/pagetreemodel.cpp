#include "handbook/pagetreemodel.h"

#include <QCollator>

#include <algorithm>

namespace Folio::Handbook {

PageTreeModel::PageTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

bool PageTreeModel::isIndexPageName(const QString &fileName)
{
    return fileName == QLatin1String("_index.md") || fileName == QLatin1String("index.md") ||
           fileName == QLatin1String("index.html.md") ||
           fileName == QLatin1String("index.html.md.erb");
}

void PageTreeModel::setPages(const QList<PageEntry> &pages)
{
    beginResetModel();
    m_nodes.clear();
    m_topLevel.clear();
    m_nodeForPage.clear();
    m_pageCount = int(pages.size());

    // Index 0 is a synthetic root whose children become the top-level rows.
    m_nodes.append(Node{});
    m_nodes[0].folder = true;
    QHash<QString, int> folders; // folder path ("a/b/") -> node
    folders.insert(QString(), 0);

    const auto folderNode = [&](const QString &folderPath, auto &&self) -> int {
        if (const auto it = folders.constFind(folderPath); it != folders.cend())
            return *it;
        const QString trimmed = folderPath.chopped(1);
        const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
        const QString parentPath = slash < 0 ? QString() : trimmed.left(slash + 1);
        const int parent = self(parentPath, self);
        Node node;
        node.name = trimmed.mid(slash + 1);
        node.folderPath = folderPath;
        node.folder = true;
        node.parent = parent;
        const int id = int(m_nodes.size());
        m_nodes.append(node);
        m_nodes[parent].children.append(id);
        folders.insert(folderPath, id);
        return id;
    };

    for (const PageEntry &page : pages) {
        const qsizetype slash = page.path.lastIndexOf(QLatin1Char('/'));
        const QString folderPath = page.path.left(slash + 1);
        const QString fileName = page.path.mid(slash + 1);
        const int folder = folderNode(folderPath, folderNode);
        if (isIndexPageName(fileName) && folder != 0 && m_nodes[folder].pagePath.isEmpty()) {
            m_nodes[folder].pagePath = page.path;
            m_nodes[folder].title = page.title;
            continue;
        }
        Node node;
        node.name = fileName.section(QLatin1Char('.'), 0, 0);
        node.title = page.title;
        node.pagePath = page.path;
        node.parent = folder;
        m_nodes[folder].children.append(int(m_nodes.size()));
        m_nodes.append(node);
    }

    // Collapse folders that hold nothing but one folder: "sites" > "handbook" > "source".
    for (int id = 1; id < m_nodes.size(); ++id) {
        Node &node = m_nodes[id];
        while (node.folder && node.pagePath.isEmpty() && node.children.size() == 1 &&
               m_nodes[node.children.first()].folder) {
            const int only = node.children.first();
            Node &child = m_nodes[only];
            node.name = node.name % u'/' % child.name;
            node.folderPath = child.folderPath;
            node.pagePath = child.pagePath;
            node.title = child.title;
            node.children = child.children;
            for (const int grandChild : std::as_const(node.children))
                m_nodes[grandChild].parent = id;
            child.children.clear();
            child.parent = -2; // detached
        }
    }

    // Folders first, then by label, in the user's collation.
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    for (Node &node : m_nodes) {
        std::sort(node.children.begin(), node.children.end(), [&](int a, int b) {
            const Node &x = m_nodes[a];
            const Node &y = m_nodes[b];
            const bool xFolder = !x.children.isEmpty();
            const bool yFolder = !y.children.isEmpty();
            if (xFolder != yFolder)
                return xFolder;
            return collator.compare(label(x), label(y)) < 0;
        });
        for (int row = 0; row < node.children.size(); ++row)
            m_nodes[node.children[row]].row = row;
    }
    m_topLevel = m_nodes[0].children;
    for (const int id : std::as_const(m_topLevel))
        m_nodes[id].parent = -1;
    for (int id = 1; id < m_nodes.size(); ++id) {
        if (m_nodes[id].parent != -2 && !m_nodes[id].pagePath.isEmpty())
            m_nodeForPage.insert(m_nodes[id].pagePath, id);
    }
    countBadges();
    endResetModel();
}

QString PageTreeModel::label(const Node &node) const
{
    return node.title.isEmpty() ? node.name : node.title;
}

void PageTreeModel::setBadges(const QHash<QString, QString> &badges)
{
    if (badges == m_badges)
        return;
    m_badges = badges;
    countBadges();
    // Badges change little and rarely: repaint every row rather than track which.
    const auto touch = [this](const QModelIndex &parent, auto &&self) -> void {
        const int rows = rowCount(parent);
        if (rows == 0)
            return;
        Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, 0, parent),
                           {BadgeRole, BadgedBelowRole});
        for (int row = 0; row < rows; ++row)
            self(index(row, 0, parent), self);
    };
    touch({}, touch);
}

void PageTreeModel::countBadges()
{
    m_badgedBelow.clear();
    for (auto it = m_badges.cbegin(); it != m_badges.cend(); ++it) {
        const auto node = m_nodeForPage.constFind(it.key());
        if (it->isEmpty() || node == m_nodeForPage.cend())
            continue;
        // A folder that is itself the page counts it too: it shows the page's badge anyway.
        for (int parent = m_nodes[*node].parent; parent > 0; parent = m_nodes[parent].parent)
            ++m_badgedBelow[parent];
    }
}

QModelIndex PageTreeModel::indexForPath(const QString &path) const
{
    const auto it = m_nodeForPage.constFind(path);
    if (it == m_nodeForPage.cend())
        return {};
    return createIndex(m_nodes[*it].row, 0, quintptr(*it));
}

const QList<int> &PageTreeModel::childrenOf(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return m_topLevel;
    return m_nodes[int(parent.internalId())].children;
}

QModelIndex PageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const QList<int> &children = childrenOf(parent);
    if (row >= children.size())
        return {};
    return createIndex(row, 0, quintptr(children[row]));
}

QModelIndex PageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parent = m_nodes[int(child.internalId())].parent;
    if (parent < 0)
        return {};
    return createIndex(m_nodes[parent].row, 0, quintptr(parent));
}

int PageTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    if (m_nodes.isEmpty())
        return 0;
    return int(childrenOf(parent).size());
}

int PageTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant PageTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes[int(index.internalId())];
    switch (role) {
    case Qt::DisplayRole:
        return label(node);
    case Qt::ToolTipRole:
        return node.pagePath.isEmpty() ? node.folderPath : node.pagePath;
    case PathRole:
        return node.pagePath;
    case IsFolderRole:
        return !node.children.isEmpty();
    case TitleRole:
        return node.title;
    case BadgeRole:
        return node.pagePath.isEmpty() ? QString() : m_badges.value(node.pagePath);
    case BadgedBelowRole:
        return m_badgedBelow.value(int(index.internalId()));
    default:
        return {};
    }
}

QHash<int, QByteArray> PageTreeModel::roleNames() const
{
    auto names = QAbstractItemModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(IsFolderRole, "isFolder");
    return names;
}

} // namespace Folio::Handbook
