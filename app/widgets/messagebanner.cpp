#include "widgets/messagebanner.h"

#include "widgets/palettes.h"

#include <QActionEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

namespace Folio::Widgets {

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));
    close->setAccessibleName(tr("Dismiss message"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(8, 4, 4, 4);
    m_layout->addWidget(m_label, 1);
    m_layout->addWidget(close, 0, Qt::AlignTop);
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    setAccessibleName(tr("Message"));
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    m_label->setText(text);
    QPalette p = palette();
    const bool dark = isDarkPalette(p);
    QColor background;
    switch (kind) {
    case Kind::Information:
        background = dark ? QColor(0x1f, 0x3a, 0x5a) : QColor(0xe1, 0xee, 0xfb);
        break;
    case Kind::Warning:
        background = dark ? QColor(0x5a, 0x46, 0x12) : QColor(0xfd, 0xf1, 0xd6);
        break;
    case Kind::Error:
        background = dark ? QColor(0x5e, 0x1f, 0x1f) : QColor(0xfb, 0xe3, 0xe1);
        break;
    }
    p.setColor(QPalette::Window, background);
    setPalette(p);
    show();
}

void MessageBanner::actionEvent(QActionEvent *event)
{
    QAction *action = event->action();
    switch (event->type()) {
    case QEvent::ActionAdded: {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        // Between the text and the close button, in the order they were added.
        m_layout->insertWidget(m_layout->count() - 1, button, 0, Qt::AlignTop);
        m_buttons.insert(action, button);
        break;
    }
    case QEvent::ActionRemoved:
        // The action may be removed by its own button's click (Close closes the page, which
        // hides the banner): delete the button once that click has returned.
        if (QToolButton *button = m_buttons.take(action)) {
            button->hide();
            m_layout->removeWidget(button);
            button->deleteLater();
        }
        break;
    default:
        break;
    }
    QFrame::actionEvent(event);
}

QString MessageBanner::text() const
{
    return isVisible() || !m_label->text().isEmpty() ? m_label->text() : QString();
}

} // namespace Folio::Widgets
