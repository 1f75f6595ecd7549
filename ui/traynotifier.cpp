#include "ui/traynotifier.h"

#include "ui/appicon.h"

#include <QEvent>
#include <QGuiApplication>
#include <QSystemTrayIcon>
#include <QWidget>

namespace pd::ui {

TrayNotifier::TrayNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_trayAvailable(&QSystemTrayIcon::isSystemTrayAvailable)
{
    if (m_window) {
        m_window->installEventFilter(this);
    }
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::shouldNotify(bool windowVisible, bool minimized, bool trayAvailable)
{
    return trayAvailable && (!windowVisible || minimized);
}

bool TrayNotifier::windowOutOfSight() const
{
    return !m_window || !m_window->isVisible() || m_window->isMinimized();
}

bool TrayNotifier::isTrayIconShown() const
{
    return m_tray && m_tray->isVisible();
}

bool TrayNotifier::notifyFinished(const QString &title, const QString &message)
{
    const bool visible = m_window && m_window->isVisible();
    const bool minimized = m_window && m_window->isMinimized();
    if (!shouldNotify(visible, minimized, m_trayAvailable())) {
        return false;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(appIcon(), this);
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            restoreWindow();
            Q_EMIT messageClicked();
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::restoreWindow);
    }
    m_tray->show();
    m_tray->showMessage(title, message, appIcon());
    return true;
}

bool TrayNotifier::eventFilter(QObject *watched, QEvent *event)
{
    // Once the user sees the window again, the pending message has served its purpose.
    if (watched == m_window &&
        (event->type() == QEvent::Show || event->type() == QEvent::WindowStateChange) &&
        !windowOutOfSight()) {
        hideTrayIcon();
    }
    return QObject::eventFilter(watched, event);
}

void TrayNotifier::restoreWindow()
{
    if (m_window) {
        // Un-minimize without losing maximized or full-screen state.
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    hideTrayIcon();
}

void TrayNotifier::hideTrayIcon()
{
    if (m_tray) {
        m_tray->hide();
    }
}

} // namespace pd::ui
