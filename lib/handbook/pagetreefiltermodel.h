#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Folio::Handbook {

// The page tree filtered by what the user types: a page stays when every word of the filter
// is in its title or its path (case- and accent-insensitive), and a folder stays when it or
// anything under it does, so the matches keep their place in the tree.
class PageTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit PageTreeFilterModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    [[nodiscard]] QString filterText() const { return m_text; }
    [[nodiscard]] bool isFiltering() const { return !m_words.isEmpty(); }
    // The first page, in tree order, that matches the filter itself (not only through pages
    // under it): what Enter in the filter opens. Invalid when none.
    [[nodiscard]] QModelIndex firstMatch() const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow,
                                        const QModelIndex &sourceParent) const override;

private:
    [[nodiscard]] bool matches(const QModelIndex &sourceIndex) const;

    QString m_text;
    QStringList m_words; // folded
};

} // namespace Folio::Handbook
