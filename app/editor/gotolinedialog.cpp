#include "editor/gotolinedialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace Folio::Editor {

GoToLineDialog::GoToLineDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_edit(new QLineEdit(this))
{
    setWindowTitle(tr("Go to Line"));
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,9}(:\\d{0,9})?")), m_edit));
    m_edit->setAccessibleName(tr("Line number"));
    m_label->setBuddy(m_edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(this, &QDialog::accepted, this, &GoToLineDialog::onAccepted);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_edit);
    layout->addWidget(buttons);
}

void GoToLineDialog::ask(int currentLine, int lineCount)
{
    m_lineCount = std::max(1, lineCount);
    m_label->setText(tr("&Line (1–%1), or line:column:").arg(m_lineCount));
    m_edit->setText(QString::number(currentLine));
    m_edit->selectAll();
    m_edit->setFocus();
    open();
}

void GoToLineDialog::onAccepted()
{
    const QStringList parts = m_edit->text().split(QLatin1Char(':'));
    bool ok = false;
    const int line = parts.value(0).toInt(&ok);
    if (!ok)
        return; // nothing typed: stay where the cursor is
    const int column = parts.size() > 1 ? std::max(1, parts[1].toInt()) : 1;
    Q_EMIT lineChosen(std::clamp(line, 1, m_lineCount), column);
}

} // namespace Folio::Editor
