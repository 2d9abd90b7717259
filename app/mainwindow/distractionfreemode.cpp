#include "mainwindow/distractionfreemode.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QShortcut>
#include <QToolBar>

namespace Folio {

DistractionFreeMode::DistractionFreeMode(QMainWindow *window, QList<QWidget *> panes)
    : QObject(window)
    , m_window(window)
    , m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), window))
{
    for (QWidget *pane : panes)
        m_panes.append(pane);
    // Esc only means "leave" while the mode is on; otherwise it stays the widgets' own.
    m_escape->setEnabled(false);
    connect(m_escape, &QShortcut::activated, this, [this] { setActive(false); });
}

void DistractionFreeMode::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        enter();
    else
        leave();
    m_escape->setEnabled(active);
    Q_EMIT activeChanged(active);
}

void DistractionFreeMode::enter()
{
    m_dockState = m_window->saveState();
    m_windowState = m_window->windowState();
    m_hidden.clear();
    QList<QWidget *> toHide;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        toHide.append(dock);
    for (QToolBar *toolBar : m_window->findChildren<QToolBar *>())
        toHide.append(toolBar);
    for (const QPointer<QWidget> &pane : std::as_const(m_panes))
        if (pane)
            toHide.append(pane);
    for (QWidget *widget : toHide) {
        if (widget->isVisible()) {
            m_hidden.append(widget);
            widget->hide();
        }
    }
    m_window->setWindowState(m_windowState | Qt::WindowFullScreen);
}

void DistractionFreeMode::leave()
{
    m_window->setWindowState(m_windowState);
    for (const QPointer<QWidget> &widget : std::as_const(m_hidden))
        if (widget)
            widget->show();
    m_hidden.clear();
    // Docks go back to where they were docked and how large they were.
    m_window->restoreState(m_dockState);
}

} // namespace Folio
