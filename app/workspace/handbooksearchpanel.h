#pragma once

#include "workspace/handbooksearch.h"
#include "workspace/pageindex.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Folio::Widgets {
class MessageBanner;
}

namespace Folio::Workspace {

class SearchResultsModel;

// "Find in Handbook" (Ctrl+Shift+F): plain text, match case, whole word over the whole
// handbook; results grouped by page, each matching line in context, streaming in while
// HandbookSearch runs. The search starts on Enter, and after a short pause in typing (a newer
// query replaces the running one). Activating a line opens its page there (matchActivated).
//
// A new index while results are shown does not search again by itself (the results would
// change under the user's eyes): a hint offers to, and Enter or F5 do.
class HandbookSearchPanel : public QWidget
{
    Q_OBJECT

public:
    // The pause in typing after which the search starts.
    static constexpr int TypingDelayMs = 250;
    // A search stops by itself after this many matching lines: more is not something to read
    // through, and a one-letter search would list every line of the handbook.
    static constexpr int MaximumMatches = 10000;

    explicit HandbookSearchPanel(QWidget *parent = nullptr);

    // The pages to search. An empty index means the handbook is still being indexed: a search
    // asked for meanwhile runs when the index arrives.
    void setIndex(const PageIndex &index);
    // Ctrl+Shift+F: the focus to the search text, all of it selected; initialText (the
    // editor's selection, say) replaces it when not empty.
    void focusSearch(const QString &initialText = {});

    // Searches for what the panel shows now (Enter, F5, "Search again").
    void search();
    // Stops the running search, keeping the results found so far.
    void stop();

    [[nodiscard]] bool isSearching() const { return m_searching; }
    [[nodiscard]] bool isChangedHintShown() const;
    [[nodiscard]] QString statusText() const;

    [[nodiscard]] QLineEdit *lineEdit() const { return m_edit; }
    [[nodiscard]] QCheckBox *matchCaseBox() const { return m_matchCase; }
    [[nodiscard]] QCheckBox *wholeWordBox() const { return m_wholeWord; }
    [[nodiscard]] QPushButton *stopButton() const { return m_stop; }
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] SearchResultsModel *model() const { return m_model; }

Q_SIGNALS:
    // The user activated a result: a line (1-based, with the 0-based column of its first
    // match) or a page (line 0).
    void matchActivated(const QString &path, int line, int column);
    // The search ended: ran to the end, or was stopped (not emitted for a replaced one).
    void searchFinished(bool completed);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged(const QString &text);
    void onMatchesFound(const QList<Folio::Workspace::PageMatches> &pages);
    void onFinished(bool completed);
    void activate(const QModelIndex &index);
    void clearResults();
    void setSearching(bool searching);
    [[nodiscard]] bool isIndexing() const;
    [[nodiscard]] QString countText() const;

    PageIndex m_index;
    HandbookSearch m_search;
    QTimer m_typingTimer;
    // The query whose results are shown (or are being found); none before the first search.
    std::optional<SearchQuery> m_shownQuery;
    bool m_searching = false;
    bool m_waitingForIndex = false;
    bool m_capped = false; // the running search was stopped at MaximumMatches

    QLineEdit *m_edit = nullptr;
    QCheckBox *m_matchCase = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_status = nullptr;
    Widgets::MessageBanner *m_changedHint = nullptr;
    QTreeView *m_view = nullptr;
    SearchResultsModel *m_model = nullptr;
    QAction *m_stopAction = nullptr;
};

} // namespace Folio::Workspace
