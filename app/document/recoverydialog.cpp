#include "document/recoverydialog.h"

#include "preview/rendereddiffview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Folio::Document {

namespace {

constexpr int ItemRole = Qt::UserRole + 1; // index into m_items

QString diskStateText(DiskComparison::State state)
{
    switch (state) {
    case DiskComparison::State::Unchanged:
        return RecoveryDialog::tr("Unchanged on disk");
    case DiskComparison::State::Changed:
        return RecoveryDialog::tr("Changed on disk since");
    case DiskComparison::State::Gone:
        return RecoveryDialog::tr("Deleted or moved since");
    }
    return {};
}

} // namespace

RecoveryDialog::RecoveryDialog(const Handbook::Handbook &handbook,
                               const QList<RecoveryEntry> &entries, const QList<Error> &problems,
                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Recover Unsaved Edits"));
    setObjectName(QStringLiteral("recoveryDialog"));

    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setText(entries.isEmpty()
                       ? tr("Folio could not read some of the edits it kept when it stopped.")
                       : tr("Folio stopped before these edits were saved. Restore a page to "
                            "open it with the edits (unsaved, until you save), or discard them. "
                            "Decide Later keeps them for the next time this handbook opens."));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("recoveryList"));
    m_list->setAccessibleName(tr("Pages with unsaved edits"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Page"), tr("Edited"), tr("On disk")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QLocale locale;
    for (const RecoveryEntry &entry : entries) {
        Item item{entry, RecoveryJournal::compareWithDisk(entry)};
        auto *row = new QTreeWidgetItem(
            m_list,
            {entry.relativePath, locale.toString(entry.savedAt.toLocalTime(), QLocale::ShortFormat),
             diskStateText(item.disk.state)});
        row->setData(0, ItemRole, int(m_items.size()));
        m_items.append(std::move(item));
    }
    m_list->setVisible(!entries.isEmpty());

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("recoveryState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("recoveryProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const Error &problem : problems)
            lines.append(problem.toString());
        m_problem->setText(tr("These files are kept as they are; delete them when you no "
                              "longer need them:\n%1")
                               .arg(lines.join(u'\n')));
    }
    m_problem->setVisible(!problems.isEmpty());

    m_diff = new Preview::RenderedDiffView(this);
    m_diff->setObjectName(QStringLiteral("recoveryDiff"));
    m_diff->setHandbook(handbook);
    m_diff->setVisible(!entries.isEmpty());

    auto *buttons = new QDialogButtonBox(this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::ActionRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setToolTip(tr("Open the page with these edits, unsaved"));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(QStringLiteral("discardButton"));
    m_discard->setToolTip(tr("Throw these edits away"));
    m_later = buttons->addButton(entries.isEmpty() ? tr("Close") : tr("Decide &Later"),
                                 QDialogButtonBox::RejectRole);
    m_later->setObjectName(QStringLiteral("laterButton"));
    m_restore->setVisible(!entries.isEmpty());
    m_discard->setVisible(!entries.isEmpty());
    connect(m_later, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (const int index = selectedItem(); index >= 0)
            Q_EMIT restoreRequested(m_items.at(index).entry);
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        if (const int index = selectedItem(); index >= 0)
            Q_EMIT discardRequested(m_items.at(index).entry);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RecoveryDialog::onSelectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    layout->addWidget(m_problem);
    layout->addWidget(m_state);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(900, entries.isEmpty() ? 240 : 680);

    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    onSelectionChanged();
}

QList<RecoveryEntry> RecoveryDialog::entries() const
{
    QList<RecoveryEntry> entries;
    for (int row = 0; row < m_list->topLevelItemCount(); ++row)
        entries.append(m_items.at(m_list->topLevelItem(row)->data(0, ItemRole).toInt()).entry);
    return entries;
}

int RecoveryDialog::selectedItem() const
{
    const QTreeWidgetItem *row = m_list->currentItem();
    return row ? row->data(0, ItemRole).toInt() : -1;
}

void RecoveryDialog::onSelectionChanged()
{
    const int index = selectedItem();
    m_restore->setEnabled(index >= 0);
    m_discard->setEnabled(index >= 0);
    if (index < 0) {
        m_state->clear();
        return;
    }
    const Item &item = m_items.at(index);
    const QString page = item.entry.relativePath;
    switch (item.disk.state) {
    case DiskComparison::State::Unchanged:
        m_state->setText(tr("%1 on disk is as it was when these edits were made. Below: what "
                            "restoring changes in it.")
                             .arg(page));
        break;
    case DiskComparison::State::Changed:
        m_state->setText(tr("%1 changed on disk after these edits were made. Below: the page "
                            "as it is on disk now against the recovered edits; restoring "
                            "replaces it with the recovered text once you save.")
                             .arg(page));
        break;
    case DiskComparison::State::Gone:
        m_state->setText(tr("%1 was deleted or moved after these edits were made. Restoring "
                            "creates it again once you save.")
                             .arg(page));
        break;
    }
    m_diff->showDiff(page, item.disk.diskText, item.entry.text, tr("on disk"));
}

void RecoveryDialog::markDone(const QString &entryFile)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (m_items.at(item->data(0, ItemRole).toInt()).entry.file == entryFile) {
            delete item;
            break;
        }
    }
    m_problem->setVisible(false);
    if (m_list->topLevelItemCount() == 0)
        accept();
    else
        onSelectionChanged();
}

void RecoveryDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

} // namespace Folio::Document
