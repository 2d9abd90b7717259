#pragma once

#include "workspace/pageindex.h"
#include "workspace/quickopenmatcher.h"

#include <QDialog>
#include <QList>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;

namespace Folio::Workspace {

class QuickOpenModel;

// Quick open (Ctrl+P): a popup with a line edit over the best matching pages (title, then
// path, matched characters in bold). The matching is QuickOpenMatcher's, run on every
// keystroke on the UI thread (a few milliseconds on thousands of pages). The keys that move
// in the list work while the focus stays in the line edit; Enter or a click opens the page
// (pageChosen) and closes the popup, Esc or a click outside closes it.
class QuickOpenDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaximumMatches = 50;

    explicit QuickOpenDialog(QWidget *parent = nullptr);

    // The pages to match. An empty index means the handbook is still being indexed: the popup
    // says so and matches as soon as an index arrives.
    void setIndex(const PageIndex &index);
    // Recently opened pages (relative paths, most recent first), listed while the query is
    // empty.
    void setRecentPages(const QStringList &paths);

    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QListView *view() const { return m_view; }
    // What the list shows, best first.
    [[nodiscard]] const QList<QuickOpenMatch> &matches() const;

Q_SIGNALS:
    // The user picked a page (relative path); the popup is closing.
    void pageChosen(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void updateMatches();
    void choose(const QModelIndex &index);
    [[nodiscard]] QList<QuickOpenMatch> recentMatches() const;
    void placeOverParent();

    PageIndex m_index;
    // Built when first needed for a snapshot: the window hands over every new snapshot, also
    // while the popup is closed.
    std::optional<QuickOpenMatcher> m_matcher;
    QStringList m_recent;

    QLineEdit *m_edit = nullptr;
    QLabel *m_status = nullptr;
    QListView *m_view = nullptr;
    QuickOpenModel *m_model = nullptr;
};

} // namespace Folio::Workspace
