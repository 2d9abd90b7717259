#pragma once

#include "checks/problem.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QToolButton;
class QTreeView;

namespace Folio::Checks {
class ProblemsModel;
}

namespace Folio::Review {

// The Problems dock: misspellings, broken links and front-matter mistakes, grouped by page.
// The open page's are listed as the user types; "Check Handbook" adds every other page's
// (the check runs elsewhere and can be stopped here). Toggles hide a category. Activating a
// problem asks to show it in the editor (problemActivated).
class ProblemsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ProblemsPanel(QWidget *parent = nullptr);

    [[nodiscard]] Checks::ProblemsModel *model() const { return m_model; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QPushButton *checkHandbookButton() const { return m_checkHandbook; }
    [[nodiscard]] QToolButton *categoryButton(Checks::Category category) const;
    [[nodiscard]] QString summaryText() const;

    // The open page, whose group is expanded and listed first in the summary.
    void setCurrentPage(const QString &path);
    // A whole-handbook check is running (done of total pages), or not (total < 0).
    void setHandbookCheckProgress(int done, int total);
    // Selects the next (or previous) problem after the selected one, wrapping, and activates
    // it: F8 / Shift+F8.
    void activateNext(bool backwards = false);

Q_SIGNALS:
    void problemActivated(const QString &path, const Folio::Checks::Problem &problem);
    void checkHandbookRequested();
    void stopHandbookCheckRequested();

private:
    void updateSummary();
    void activate(const QModelIndex &index);

    Checks::ProblemsModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_checkHandbook = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_spelling = nullptr;
    QToolButton *m_links = nullptr;
    QToolButton *m_frontMatter = nullptr;
    QString m_currentPage;
    bool m_checkingHandbook = false;
};

} // namespace Folio::Review
