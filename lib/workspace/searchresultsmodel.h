#pragma once

#include "workspace/handbooksearch.h"

#include <QAbstractItemModel>
#include <QList>

namespace Folio::Workspace {

// The results of "Find in Handbook" as a tree: pages at the top, in the order of the index
// searched, and their matching lines below. HandbookSearch delivers pages in batches in no
// particular order; addMatches() inserts each run of new pages where it belongs with precise
// row signals, so a view keeps its scroll position, selection and expanded pages while results
// stream in.
//
// A line row's internal id is its page's position in the index plus one (0 for page rows):
// unlike the page's row, it does not move when pages are inserted above.
class SearchResultsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, the page, relative to the root
        TitleRole,                   // QString, the page's title, may be empty
        LineRole,                    // int, 1-based; 0 on page rows
        ColumnRole,                  // int, 0-based UTF-16 column of the first match; 0 on pages
        LineTextRole,                // QString, the line (or the window of it kept); lines only
        RangesRole,                  // QList<LineMatch::Range> in LineTextRole; lines only
        MatchCountRole,              // int, the matches in the page or the line
        IsPageRole,                  // bool
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void clear();
    // Adds pages found by the running search; a page already shown is left as it is.
    void addMatches(QList<PageMatches> pages);

    [[nodiscard]] int pageCount() const { return int(m_pages.size()); }
    [[nodiscard]] int matchCount() const { return m_matchCount; }
    [[nodiscard]] const QList<PageMatches> &pages() const { return m_pages; }

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

private:
    // The row of the page at this position in the index, or -1.
    [[nodiscard]] int rowOfPage(qsizetype page) const;

    QList<PageMatches> m_pages; // sorted by PageMatches::page
    int m_matchCount = 0;
};

} // namespace Folio::Workspace
