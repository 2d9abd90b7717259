#include "document/externalchangedialog.h"

#include "preview/rendereddiffview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Folio::Document {

ExternalChangeDialog::ExternalChangeDialog(const Handbook::Handbook &handbook,
                                           const QString &relativePath, QWidget *parent)
    : QDialog(parent)
    , m_handbook(handbook)
    , m_page(relativePath)
{
    setObjectName(QStringLiteral("externalChangeDialog"));
    setWindowTitle(tr("Page Changed on Disk"));
    m_text = new QLabel(
        tr("<p><b>%1 was changed by another program</b> while you have unsaved edits here.</p>"
           "<p><b>Keep Mine</b> keeps your text; saving replaces the file with it.<br>"
           "<b>Take Theirs</b> loads the file's text; <b>Ctrl+Z</b> brings yours back.<br>"
           "<b>Compare</b> shows how your text differs from the file's.</p>")
            .arg(relativePath.toHtmlEscaped()),
        this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);

    auto *buttons = new QDialogButtonBox(this);
    m_keepMine = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::RejectRole);
    m_keepMine->setObjectName(QStringLiteral("keepMineButton"));
    m_takeTheirs = buttons->addButton(tr("&Take Theirs"), QDialogButtonBox::AcceptRole);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirsButton"));
    m_compare = buttons->addButton(tr("&Compare"), QDialogButtonBox::ActionRole);
    m_compare->setObjectName(QStringLiteral("compareButton"));
    // The safe answer is the default: Enter or Esc keeps what was typed.
    m_keepMine->setDefault(true);
    connect(m_keepMine, &QPushButton::clicked, this, [this] {
        m_choice = Choice::KeepMine;
        reject();
    });
    connect(m_takeTheirs, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TakeTheirs;
        accept();
    });
    connect(m_compare, &QPushButton::clicked, this, &ExternalChangeDialog::showComparison);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
}

void ExternalChangeDialog::setTexts(const QString &diskText, const QString &bufferText)
{
    m_diskText = diskText;
    m_bufferText = bufferText;
    if (m_diffView)
        m_diffView->showDiff(m_page, m_diskText, m_bufferText, tr("the file on disk"));
}

void ExternalChangeDialog::showComparison()
{
    if (m_diffView)
        return;
    m_diffView = new Preview::RenderedDiffView(this);
    m_diffView->setObjectName(QStringLiteral("externalChangeDiff"));
    m_diffView->setHandbook(m_handbook);
    // Between the explanation and the buttons, taking the room.
    static_cast<QVBoxLayout *>(layout())->insertWidget(1, m_diffView, 1);
    m_compare->setEnabled(false);
    resize(std::max(width(), 900), std::max(height(), 640));
    m_diffView->showDiff(m_page, m_diskText, m_bufferText, tr("the file on disk"));
}

} // namespace Folio::Document
