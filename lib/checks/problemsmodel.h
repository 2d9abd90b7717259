#pragma once

#include "checks/problem.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <memory>
#include <vector>

namespace Folio::Checks {

// The Problems dock's tree: pages at the top, sorted by path, and their problems below in
// page order. The current page's problems are replaced as the user types (setPageProblems);
// a whole-handbook check fills every page at once (setHandbookProblems). Categories can be
// hidden; a page with nothing visible is not listed.
//
// A problem row's internal pointer is its page's entry, which lives until the page's row is
// removed, so views keep their selection and expanded pages while other pages change.
class ProblemsModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1, // QString, the page, relative to the handbook root
        IsPageRole,                  // bool
        ProblemRole,                 // Checks::Problem; problem rows only
        SeverityRole,                // int (Severity): the worst of a page's, or the problem's
        CountRole,                   // int, visible problems of the page; 1 on problem rows
    };

    explicit ProblemsModel(QObject *parent = nullptr);
    ~ProblemsModel() override;

    void clear();
    // Replaces one page's problems; an empty list removes the page.
    void setPageProblems(const QString &path, QList<Problem> problems);
    // Replaces everything with a whole handbook's problems, keyed by page path.
    void setHandbookProblems(const QHash<QString, QList<Problem>> &problems);

    // Drops the misspellings of a word from every page (it was just added to a dictionary).
    void forgetMisspelling(const QString &word);

    void setCategoryVisible(Category category, bool visible);
    [[nodiscard]] bool isCategoryVisible(Category category) const;

    // The visible problems of a page (empty when it has none).
    [[nodiscard]] QList<Problem> problems(const QString &path) const;
    [[nodiscard]] int problemCount() const;           // visible, on all pages
    [[nodiscard]] int count(Severity severity) const; // visible, on all pages
    [[nodiscard]] QModelIndex pageIndex(const QString &path) const;

    [[nodiscard]] QModelIndex index(int row, int column,
                                    const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    // The counts changed (for a badge on the dock's title).
    void countsChanged();

private:
    struct PageEntry
    {
        QString path;
        QList<Problem> all;
        QList<Problem> visible;
    };

    [[nodiscard]] QList<Problem> visibleOf(const QList<Problem> &problems) const;
    [[nodiscard]] int rowOf(const QString &path) const; // -1 when not listed
    [[nodiscard]] int insertionRow(const QString &path) const;
    void setEntry(const QString &path, QList<Problem> problems);

    std::vector<std::unique_ptr<PageEntry>> m_pages; // listed pages, sorted by path
    // Pages whose problems are all hidden by the category filter, kept to show again.
    QHash<QString, QList<Problem>> m_hidden;
    QSet<Category> m_hiddenCategories;
};

} // namespace Folio::Checks
