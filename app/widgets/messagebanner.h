#pragma once

#include <QFrame>
#include <QHash>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace Folio::Widgets {

// A dismissable message strip shown inside the window (not a modal dialog), for problems
// such as a page that cannot be opened or saved. Actions added to it (QWidget::addAction)
// appear as buttons after the text, so a message can offer what to do next.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind
    {
        Information,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const { return m_kind; }

protected:
    void actionEvent(QActionEvent *event) override;

private:
    QHBoxLayout *m_layout = nullptr;
    QLabel *m_label = nullptr;
    QHash<QAction *, QToolButton *> m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace Folio::Widgets
