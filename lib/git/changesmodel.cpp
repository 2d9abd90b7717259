#include "git/changesmodel.h"

#include "handbook/handbook.h"

#include <QFileInfo>

#include <algorithm>

namespace Folio::Git {

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ChangesModel::setChanges(const ChangeList &list, const QHash<QString, QString> &pageTitles)
{
    QList<Row> rows;
    rows.reserve(list.changes.size());
    for (const Change &change : list.changes) {
        const auto title = pageTitles.constFind(change.path);
        rows.append(Row{change, title != pageTitles.cend(),
                        title != pageTitles.cend() ? title.value() : QString()});
    }
    // The merge below needs both lists in the same order; do not rely on the caller's.
    std::sort(rows.begin(), rows.end(),
              [](const Row &a, const Row &b) { return a.change.path < b.change.path; });
    m_list = list;

    QHash<QString, qsizetype> wanted;
    for (qsizetype i = 0; i < rows.size(); ++i)
        wanted.insert(rows[i].change.path, i);
    const QStringList checkedBefore = checkedPaths();

    // 1. Remove the rows whose paths are gone, one contiguous run at a time, from the end so
    // the indexes of runs still to remove stay valid.
    for (qsizetype end = m_rows.size(); end > 0;) {
        if (wanted.contains(m_rows[end - 1].change.path)) {
            --end;
            continue;
        }
        qsizetype first = end - 1;
        while (first > 0 && !wanted.contains(m_rows[first - 1].change.path))
            --first;
        beginRemoveRows({}, int(first), int(end - 1));
        for (qsizetype i = first; i < end; ++i)
            m_checked.remove(m_rows[i].change.path);
        m_rows.remove(first, end - first);
        endRemoveRows();
        end = first;
    }

    // 2. What is left is a subsequence of rows: insert the missing runs in order.
    for (qsizetype i = 0; i < rows.size();) {
        if (i < m_rows.size() && m_rows[i].change.path == rows[i].change.path) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < rows.size() &&
               (i >= m_rows.size() || rows[end].change.path != m_rows[i].change.path))
            ++end;
        beginInsertRows({}, int(i), int(end - 1));
        for (qsizetype j = i; j < end; ++j) {
            m_rows.insert(j, rows[j]);
            // A path seen for the first time: pages are proposed, other files are not.
            if (!m_checked.contains(rows[j].change.path))
                m_checked.insert(rows[j].change.path, rows[j].page);
        }
        endInsertRows();
        i = end;
    }

    // 3. Same paths, maybe another kind or title.
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (m_rows[i] == rows[i])
            continue;
        m_rows[i] = rows[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }

    if (checkedPaths() != checkedBefore)
        Q_EMIT checkedPathsChanged();
}

void ChangesModel::clear()
{
    const bool hadChecked = !checkedPaths().isEmpty();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, int(m_rows.size() - 1));
        m_rows.clear();
        endRemoveRows();
    }
    m_checked.clear();
    m_list = {};
    if (hadChecked)
        Q_EMIT checkedPathsChanged();
}

Change ChangesModel::change(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].change : Change{};
}

bool ChangesModel::isPage(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows[row].page;
}

QString ChangesModel::title(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].title : QString();
}

int ChangesModel::rowForPath(const QString &path) const
{
    const auto found = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row &row) {
        return row.change.path == path || row.change.oldPath == path;
    });
    return found == m_rows.cend() ? -1 : int(found - m_rows.cbegin());
}

QStringList ChangesModel::checkedPaths() const
{
    QStringList paths;
    for (const Row &row : m_rows) {
        if (m_checked.value(row.change.path))
            paths.append(row.change.path);
    }
    return paths;
}

QHash<QString, QString> ChangesModel::checkedTitles() const
{
    QHash<QString, QString> titles;
    for (const Row &row : m_rows) {
        if (row.page && !row.title.isEmpty() && m_checked.value(row.change.path))
            titles.insert(row.change.path, row.title);
    }
    return titles;
}

void ChangesModel::setChecked(const QString &path, bool checked)
{
    const int row = rowForPath(path);
    if (row < 0 || m_checked.value(m_rows[row].change.path) == checked)
        return;
    m_checked.insert(m_rows[row].change.path, checked);
    Q_EMIT dataChanged(index(row), index(row), {Qt::CheckStateRole});
    Q_EMIT checkedPathsChanged();
}

QString ChangesModel::statusLetter(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::None:
        return {};
    case ChangeKind::Modified:
        return QStringLiteral("M");
    case ChangeKind::Added:
        return QStringLiteral("A");
    case ChangeKind::Deleted:
        return QStringLiteral("D");
    case ChangeKind::Renamed:
        return QStringLiteral("R");
    case ChangeKind::TypeChanged:
        return QStringLiteral("T");
    case ChangeKind::Untracked:
        return QStringLiteral("U");
    case ChangeKind::Conflicted:
        return QStringLiteral("C");
    }
    return {};
}

QString ChangesModel::statusText(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::None:
        return {};
    case ChangeKind::Modified:
        return tr("Modified");
    case ChangeKind::Added:
        return tr("Added");
    case ChangeKind::Deleted:
        return tr("Deleted");
    case ChangeKind::Renamed:
        return tr("Renamed");
    case ChangeKind::TypeChanged:
        return tr("Type changed");
    case ChangeKind::Untracked:
        return tr("New file");
    case ChangeKind::Conflicted:
        return tr("Conflicted");
    }
    return {};
}

QString ChangesModel::displayText(const Row &row) const
{
    if (!row.change.oldPath.isEmpty())
        return tr("%1 → %2").arg(row.change.oldPath, row.change.path);
    return row.title.isEmpty() ? row.change.path : row.title;
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const ChangeKind kind = row.change.kind();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row);
    case Qt::ToolTipRole:
        if (!row.change.oldPath.isEmpty())
            return tr("%1\nRenamed from %2").arg(row.change.path, row.change.oldPath);
        return row.change.path;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(statusText(kind), displayText(row));
    case Qt::CheckStateRole:
        return m_checked.value(row.change.path) ? Qt::Checked : Qt::Unchecked;
    case PathRole:
        return row.change.path;
    case OldPathRole:
        return row.change.oldPath;
    case KindRole:
        return int(kind);
    case StatusLetterRole:
        return statusLetter(kind);
    case StatusTextRole:
        return statusText(kind);
    case TitleRole:
        return row.title;
    case IsPageRole:
        return row.page;
    default:
        return {};
    }
}

bool ChangesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    setChecked(m_rows[index.row()].change.path,
               value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked);
    return true;
}

Qt::ItemFlags ChangesModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
           Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ChangesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(OldPathRole, "oldPath");
    names.insert(KindRole, "kind");
    names.insert(StatusLetterRole, "statusLetter");
    names.insert(StatusTextRole, "statusText");
    names.insert(TitleRole, "title");
    names.insert(IsPageRole, "isPage");
    return names;
}

QHash<QString, QString> readPageTitles(const QList<Change> &changes, const QString &workdir)
{
    QHash<QString, QString> titles;
    for (const Change &change : changes) {
        if (!Handbook::Handbook::isPageFileName(QFileInfo(change.path).fileName()))
            continue;
        // A deleted page has no file to read a title from; it is still a page.
        titles.insert(change.path, change.kind() == ChangeKind::Deleted
                                       ? QString()
                                       : Handbook::Handbook::readTitle(workdir + change.path));
    }
    return titles;
}

} // namespace Folio::Git
