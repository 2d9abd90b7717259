#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>

class QMainWindow;
class QShortcut;
class QWidget;

namespace Folio {

// View > Distraction-Free Mode: only the editor, full screen. Docks, toolbars and the given
// panes are hidden on entering; leaving (the same command, or Esc) puts back exactly the
// layout there was, including which of them were already hidden.
class DistractionFreeMode : public QObject
{
    Q_OBJECT

public:
    // panes: widgets of the central area to hide besides docks and toolbars (tree, preview).
    DistractionFreeMode(QMainWindow *window, QList<QWidget *> panes);

    [[nodiscard]] bool isActive() const { return m_active; }
    void setActive(bool active);

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void enter();
    void leave();

    QMainWindow *m_window;
    QList<QPointer<QWidget>> m_panes;
    QList<QPointer<QWidget>> m_hidden; // what entering hid, to show again
    QByteArray m_dockState;
    Qt::WindowStates m_windowState;
    QShortcut *m_escape;
    bool m_active = false;
};

} // namespace Folio
