#include "checks/problemsmodel.h"

#include <algorithm>

namespace Folio::Checks {

namespace {

bool byPosition(const Problem &a, const Problem &b)
{
    return std::tie(a.line, a.column) < std::tie(b.line, b.column);
}

} // namespace

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

ProblemsModel::~ProblemsModel() = default;

void ProblemsModel::clear()
{
    if (m_pages.empty() && m_hidden.isEmpty())
        return;
    beginResetModel();
    m_pages.clear();
    m_hidden.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

QList<Problem> ProblemsModel::visibleOf(const QList<Problem> &problems) const
{
    QList<Problem> visible;
    for (const Problem &problem : problems) {
        if (!m_hiddenCategories.contains(problem.category))
            visible.append(problem);
    }
    return visible;
}

int ProblemsModel::rowOf(const QString &path) const
{
    const auto it =
        std::lower_bound(m_pages.cbegin(), m_pages.cend(), path,
                         [](const auto &entry, const QString &p) { return entry->path < p; });
    if (it == m_pages.cend() || (*it)->path != path)
        return -1;
    return int(it - m_pages.cbegin());
}

int ProblemsModel::insertionRow(const QString &path) const
{
    const auto it =
        std::lower_bound(m_pages.cbegin(), m_pages.cend(), path,
                         [](const auto &entry, const QString &p) { return entry->path < p; });
    return int(it - m_pages.cbegin());
}

void ProblemsModel::setEntry(const QString &path, QList<Problem> problems)
{
    std::stable_sort(problems.begin(), problems.end(), byPosition);
    QList<Problem> visible = visibleOf(problems);
    const int row = rowOf(path);
    if (visible.isEmpty()) {
        if (problems.isEmpty())
            m_hidden.remove(path);
        else
            m_hidden.insert(path, problems);
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_pages.erase(m_pages.begin() + row);
            endRemoveRows();
        }
        return;
    }
    m_hidden.remove(path);
    if (row < 0) {
        const int at = insertionRow(path);
        beginInsertRows({}, at, at);
        m_pages.insert(m_pages.begin() + at,
                       std::make_unique<PageEntry>(PageEntry{path, problems, visible}));
        endInsertRows();
        return;
    }
    PageEntry &entry = *m_pages[size_t(row)];
    const QModelIndex page = index(row, 0);
    // Replace the children in place where the count allows, so a selected row stays put.
    const int before = int(entry.visible.size());
    const int after = int(visible.size());
    if (after < before) {
        beginRemoveRows(page, after, before - 1);
        entry.visible.resize(after);
        endRemoveRows();
    }
    entry.all = std::move(problems);
    if (after > before) {
        beginInsertRows(page, before, after - 1);
        entry.visible = std::move(visible);
        endInsertRows();
        if (before > 0)
            Q_EMIT dataChanged(index(0, 0, page), index(before - 1, 0, page));
    } else {
        entry.visible = std::move(visible);
        if (after > 0)
            Q_EMIT dataChanged(index(0, 0, page), index(after - 1, 0, page));
    }
    Q_EMIT dataChanged(page, page);
}

void ProblemsModel::setPageProblems(const QString &path, QList<Problem> problems)
{
    setEntry(path, std::move(problems));
    Q_EMIT countsChanged();
}

void ProblemsModel::setHandbookProblems(const QHash<QString, QList<Problem>> &problems)
{
    beginResetModel();
    m_pages.clear();
    m_hidden.clear();
    QStringList paths = problems.keys();
    std::sort(paths.begin(), paths.end());
    for (const QString &path : std::as_const(paths)) {
        QList<Problem> all = problems.value(path);
        if (all.isEmpty())
            continue;
        std::stable_sort(all.begin(), all.end(), byPosition);
        QList<Problem> visible = visibleOf(all);
        if (visible.isEmpty())
            m_hidden.insert(path, all);
        else
            m_pages.push_back(std::make_unique<PageEntry>(PageEntry{path, all, visible}));
    }
    endResetModel();
    Q_EMIT countsChanged();
}

void ProblemsModel::forgetMisspelling(const QString &word)
{
    const auto isWord = [&word](const Problem &problem) {
        return problem.category == Category::Spelling && problem.subject == word;
    };
    QStringList paths;
    for (const auto &entry : m_pages) {
        if (std::any_of(entry->all.cbegin(), entry->all.cend(), isWord))
            paths.append(entry->path);
    }
    for (auto it = m_hidden.begin(); it != m_hidden.end(); ++it)
        it->removeIf(isWord);
    for (const QString &path : std::as_const(paths)) {
        QList<Problem> kept = m_pages[size_t(rowOf(path))]->all;
        kept.removeIf(isWord);
        setEntry(path, std::move(kept));
    }
    if (!paths.isEmpty())
        Q_EMIT countsChanged();
}

void ProblemsModel::setCategoryVisible(Category category, bool visible)
{
    if (visible == !m_hiddenCategories.contains(category))
        return;
    QHash<QString, QList<Problem>> all = m_hidden;
    for (const auto &entry : m_pages)
        all.insert(entry->path, entry->all);
    if (visible)
        m_hiddenCategories.remove(category);
    else
        m_hiddenCategories.insert(category);
    setHandbookProblems(all);
}

bool ProblemsModel::isCategoryVisible(Category category) const
{
    return !m_hiddenCategories.contains(category);
}

QList<Problem> ProblemsModel::problems(const QString &path) const
{
    const int row = rowOf(path);
    return row < 0 ? QList<Problem>() : m_pages[size_t(row)]->visible;
}

int ProblemsModel::problemCount() const
{
    int total = 0;
    for (const auto &entry : m_pages)
        total += int(entry->visible.size());
    return total;
}

int ProblemsModel::count(Severity severity) const
{
    int total = 0;
    for (const auto &entry : m_pages) {
        total +=
            int(std::count_if(entry->visible.cbegin(), entry->visible.cend(),
                              [severity](const Problem &p) { return p.severity == severity; }));
    }
    return total;
}

QModelIndex ProblemsModel::pageIndex(const QString &path) const
{
    const int row = rowOf(path);
    return row < 0 ? QModelIndex() : index(row, 0);
}

QModelIndex ProblemsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_pages.size()) ? createIndex(row, 0, nullptr) : QModelIndex();
    if (parent.internalPointer() || parent.row() >= int(m_pages.size()))
        return {};
    PageEntry *entry = m_pages[size_t(parent.row())].get();
    return row < entry->visible.size() ? createIndex(row, 0, entry) : QModelIndex();
}

QModelIndex ProblemsModel::parent(const QModelIndex &child) const
{
    const auto *entry = static_cast<const PageEntry *>(child.internalPointer());
    if (!child.isValid() || !entry)
        return {};
    return pageIndex(entry->path);
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pages.size());
    if (parent.internalPointer() || parent.row() >= int(m_pages.size()))
        return 0;
    return int(m_pages[size_t(parent.row())]->visible.size());
}

int ProblemsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const auto *owner = static_cast<const PageEntry *>(index.internalPointer());
    if (!owner) {
        if (index.row() >= int(m_pages.size()))
            return {};
        const PageEntry &entry = *m_pages[size_t(index.row())];
        switch (role) {
        case Qt::DisplayRole:
        case PathRole:
            return entry.path;
        case IsPageRole:
            return true;
        case CountRole:
            return int(entry.visible.size());
        case SeverityRole: {
            int worst = int(Severity::Info);
            for (const Problem &problem : entry.visible)
                worst = std::min(worst, int(problem.severity));
            return worst;
        }
        default:
            return {};
        }
    }
    if (index.row() >= owner->visible.size())
        return {};
    const Problem &problem = owner->visible[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return problem.message;
    case PathRole:
        return owner->path;
    case IsPageRole:
        return false;
    case ProblemRole:
        return QVariant::fromValue(problem);
    case SeverityRole:
        return int(problem.severity);
    case CountRole:
        return 1;
    default:
        return {};
    }
}

} // namespace Folio::Checks
