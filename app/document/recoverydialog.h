#pragma once

#include "document/recoveryjournal.h"
#include "handbook/handbook.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Folio::Preview {
class RenderedDiffView;
}

namespace Folio::Document {

// After a crash: the pages whose unsaved edits the journal kept, each with the time of the
// edits and whether the file changed on disk since, and for the selected page what restoring
// would change in it (the page on disk against the recovered text, rendered). Per page,
// Restore or Discard; Decide Later keeps the rest for the next time the handbook opens, so
// nothing is lost without an explicit choice.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const Handbook::Handbook &handbook, const QList<RecoveryEntry> &entries,
                   const QList<Error> &problems, QWidget *parent = nullptr);

    // The entries still waiting for a decision, in list order.
    [[nodiscard]] QList<RecoveryEntry> entries() const;
    [[nodiscard]] QTreeWidget *list() const { return m_list; }
    [[nodiscard]] QLabel *stateLabel() const { return m_state; }
    [[nodiscard]] Preview::RenderedDiffView *diffView() const { return m_diff; }
    [[nodiscard]] QPushButton *restoreButton() const { return m_restore; }
    [[nodiscard]] QPushButton *discardButton() const { return m_discard; }
    [[nodiscard]] QPushButton *laterButton() const { return m_later; }

    // The entry was dealt with (restored or discarded): its row goes; the dialog closes when
    // no row is left.
    void markDone(const QString &entryFile);
    // Something went wrong with the selected entry; shown in the dialog, the entry stays.
    void showProblem(const QString &text);

Q_SIGNALS:
    void restoreRequested(const Folio::Document::RecoveryEntry &entry);
    void discardRequested(const Folio::Document::RecoveryEntry &entry);

private:
    struct Item
    {
        RecoveryEntry entry;
        DiskComparison disk;
    };

    void onSelectionChanged();
    [[nodiscard]] int selectedItem() const;

    QList<Item> m_items;
    QTreeWidget *m_list = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_problem = nullptr;
    Preview::RenderedDiffView *m_diff = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_later = nullptr;
};

} // namespace Folio::Document
