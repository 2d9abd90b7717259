#pragma once

#include <QFrame>

class QLabel;

namespace Folio::Widgets {

// A dismissable message strip shown inside the window (not a modal dialog), for problems
// such as a page that cannot be opened or saved.
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

private:
    QLabel *m_label = nullptr;
    Kind m_kind = Kind::Information;
};

} // namespace Folio::Widgets
