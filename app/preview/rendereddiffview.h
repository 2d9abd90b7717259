#pragma once

#include "handbook/handbook.h"
#include "markdown/rendereddiff.h"

#include <QFutureWatcher>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QToolButton;

namespace Folio::Preview {

class PreviewView;

// What changed in a page, shown as the published page would look, with insertions and
// deletions marked: a summary bar over a preview (the handbook's stylesheet, images served
// the same confined way, no page script), with next/previous change navigation.
class RenderedDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit RenderedDiffView(QWidget *parent = nullptr);
    ~RenderedDiffView() override;

    void setHandbook(const Handbook::Handbook &handbook);
    // Compares two versions of the page at relativePath (in the handbook) off the UI thread
    // and shows the result. baseLabel names the old version in the bar ("HEAD", "main").
    void showDiff(const QString &relativePath, const QString &oldText, const QString &newText,
                  const QString &baseLabel = QString());
    // Shows a comparison made elsewhere.
    void showDiff(const QString &relativePath, const Markdown::RenderedDiff &diff,
                  const QString &baseLabel = QString());

    [[nodiscard]] const QString &page() const { return m_page; }
    [[nodiscard]] const Markdown::RenderedDiff &diff() const { return m_diff; }
    [[nodiscard]] int changeCount() const { return int(m_changes.size()); }
    // Which change was last scrolled to (0-based), -1 before the first.
    [[nodiscard]] int currentChange() const { return m_current; }
    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] PreviewView *preview() const { return m_preview; }

    // Runs script in the preview's isolated world (tests).
    void evaluate(const QString &script, const std::function<void(const QVariant &)> &callback);

public Q_SLOTS:
    void nextChange();
    void previousChange();

Q_SIGNALS:
    // The diff passed to showDiff() is on screen.
    void diffShown();
    // A change was scrolled into view.
    void changeShown(int index);
    // A link in the diff points to a page of the handbook.
    void pageLinkActivated(const QString &relativePath, const QString &fragment);

private:
    struct Request
    {
        QString oldText;
        QString newText;
        Markdown::RenderOptions options;
        quint64 id = 0;
    };

    void startPending();
    void onDiffComputed();
    void apply(const Markdown::RenderedDiff &diff);
    void showChange(int index);
    void updateBar();

    PreviewView *m_preview = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_position = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_nextAction = nullptr;

    Handbook::Handbook m_handbook;
    QString m_page;
    QString m_baseLabel;
    Markdown::RenderedDiff m_diff;
    QList<int> m_changes; // first diff block of each change (0 = header)
    int m_current = -1;
    bool m_computing = false;
    quint64 m_request = 0; // newest showDiff(); older computations are dropped
    std::optional<Request> m_pending;
    QFutureWatcher<Markdown::RenderedDiff> m_watcher;
    quint64 m_watchedRequest = 0; // the request being computed
};

} // namespace Folio::Preview
