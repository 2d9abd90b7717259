#include "handbook/pagetreefiltermodel.h"

#include "handbook/pagetreemodel.h"

namespace Folio::Handbook {

namespace {

// Lower case without accents: "Über" and "uber" find each other.
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c.toCaseFolded());
    }
    return result;
}

} // namespace

PageTreeFilterModel::PageTreeFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void PageTreeFilterModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

bool PageTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return m_words.isEmpty() || matches(sourceModel()->index(sourceRow, 0, sourceParent));
}

bool PageTreeFilterModel::matches(const QModelIndex &sourceIndex) const
{
    const QString haystack =
        folded(sourceIndex.data(Qt::DisplayRole).toString() + QLatin1Char(' ') +
               sourceIndex.data(Qt::ToolTipRole).toString());
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

QModelIndex PageTreeFilterModel::firstMatch() const
{
    const auto search = [this](const QModelIndex &parent, auto &&self) -> QModelIndex {
        for (int row = 0; row < rowCount(parent); ++row) {
            const QModelIndex index = this->index(row, 0, parent);
            const bool page = !index.data(PageTreeModel::PathRole).toString().isEmpty();
            if (page && (m_words.isEmpty() || matches(mapToSource(index))))
                return index;
            if (const QModelIndex below = self(index, self); below.isValid())
                return below;
        }
        return {};
    };
    return search({}, search);
}

} // namespace Folio::Handbook
