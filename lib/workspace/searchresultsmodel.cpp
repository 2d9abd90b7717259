#include "workspace/searchresultsmodel.h"

#include <algorithm>

namespace Folio::Workspace {

namespace {

int countMatches(const QList<LineMatch> &lines)
{
    int count = 0;
    for (const LineMatch &line : lines)
        count += int(line.ranges.size());
    return count;
}

bool byPage(const PageMatches &a, const PageMatches &b)
{
    return a.page < b.page;
}

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_pages.clear();
    m_matchCount = 0;
    endResetModel();
}

void SearchResultsModel::addMatches(QList<PageMatches> pages)
{
    std::sort(pages.begin(), pages.end(), byPage);
    // Where each new page goes among the rows shown now; pages going to the same place form a
    // run inserted at once. Runs are inserted from the last one back, so the places of the runs
    // still to insert stay valid.
    struct Run
    {
        qsizetype row;
        qsizetype first; // in pages
        qsizetype last;  // one past
    };
    QList<Run> runs;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const auto at = std::lower_bound(m_pages.cbegin(), m_pages.cend(), pages[i], byPage);
        if ((at != m_pages.cend() && at->page == pages[i].page) ||
            (i > 0 && pages[i - 1].page == pages[i].page))
            continue;
        const qsizetype row = at - m_pages.cbegin();
        if (!runs.isEmpty() && runs.last().row == row && runs.last().last == i)
            runs.last().last = i + 1;
        else
            runs.append(Run{row, i, i + 1});
    }
    for (auto run = runs.crbegin(); run != runs.crend(); ++run) {
        beginInsertRows({}, int(run->row), int(run->row + run->last - run->first - 1));
        for (qsizetype i = run->first; i < run->last; ++i) {
            m_matchCount += countMatches(pages[i].lines);
            m_pages.insert(run->row + (i - run->first), std::move(pages[i]));
        }
        endInsertRows();
    }
}

int SearchResultsModel::rowOfPage(qsizetype page) const
{
    const auto at = std::lower_bound(m_pages.cbegin(), m_pages.cend(), page,
                                     [](const PageMatches &p, qsizetype n) { return p.page < n; });
    return at != m_pages.cend() && at->page == page ? int(at - m_pages.cbegin()) : -1;
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(m_pages.at(parent.row()).page + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const int row = rowOfPage(qsizetype(child.internalId()) - 1);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_pages.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_pages.at(parent.row()).lines.size());
}

int SearchResultsModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool SearchResultsModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const PageMatches &page = m_pages.at(index.row());
        switch (role) {
        case Qt::DisplayRole: {
            const int count = countMatches(page.lines);
            return page.title.isEmpty()
                       ? tr("%1 (%2)").arg(page.path, QString::number(count))
                       : tr("%1 — %2 (%3)").arg(page.title, page.path, QString::number(count));
        }
        case Qt::ToolTipRole:
        case PathRole:
            return page.path;
        case TitleRole:
            return page.title;
        case LineRole:
        case ColumnRole:
            return 0;
        case MatchCountRole:
            return countMatches(page.lines);
        case IsPageRole:
            return true;
        default:
            return {};
        }
    }
    const int pageRow = rowOfPage(qsizetype(index.internalId()) - 1);
    if (pageRow < 0)
        return {};
    const PageMatches &page = m_pages.at(pageRow);
    const LineMatch &line = page.lines.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1: %2").arg(QString::number(line.line), line.text);
    case Qt::ToolTipRole:
        return line.text;
    case Qt::AccessibleTextRole:
        return tr("Line %1: %2").arg(QString::number(line.line), line.text);
    case PathRole:
        return page.path;
    case TitleRole:
        return page.title;
    case LineRole:
        return line.line;
    case ColumnRole:
        return line.column;
    case LineTextRole:
        return line.text;
    case RangesRole:
        return QVariant::fromValue(line.ranges);
    case MatchCountRole:
        return int(line.ranges.size());
    case IsPageRole:
        return false;
    default:
        return {};
    }
}

} // namespace Folio::Workspace

// Kept out of folio_core's shared mocs_compilation.cpp, like HandbookSearch: the command line
// links this library and must not pull in every QObject.
#include "moc_searchresultsmodel.cpp"
