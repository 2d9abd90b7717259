#include "git/switchrefuseddialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Folio::GitPanel {

SwitchRefusedDialog::SwitchRefusedDialog(const QString &branch, const QStringList &conflictingFiles,
                                         QWidget *parent)
    : QDialog(parent)
    , m_files(conflictingFiles)
{
    setWindowTitle(tr("Cannot Switch Branch"));

    auto *text = new QLabel(
        tr("Folio did not switch to “%1”: these files have changes that are not committed yet, "
           "and switching would overwrite them.")
            .arg(branch),
        this);
    text->setObjectName(QStringLiteral("refusalText"));
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictingFiles"));
    m_list->setAccessibleName(tr("Files with uncommitted changes"));
    m_list->addItems(conflictingFiles);

    auto *choices =
        new QLabel(tr("Nothing was changed and your work is safe. To switch, first either:\n"
                      "• commit these changes, to keep them on the current branch, or\n"
                      "• discard them, if you do not need them (Folio keeps a backup copy).\n"
                      "Then switch again."),
                   this);
    choices->setObjectName(QStringLiteral("choicesText"));
    choices->setWordWrap(true);
    choices->setTextFormat(Qt::PlainText);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(m_list);
    layout->addWidget(choices);
    layout->addWidget(buttons);
}

} // namespace Folio::GitPanel
