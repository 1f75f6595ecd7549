#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QSystemTrayIcon;
class QWidget;

namespace pd::ui {

// Tells the user that a background run finished while the window was out of sight, with a system
// tray message. The tray icon exists only while a message is pending: it appears with the message
// and goes away when the user clicks it (which brings the window back) or shows the window.
class TrayNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayNotifier)

public:
    explicit TrayNotifier(QWidget *window);
    ~TrayNotifier() override;

    // Shows the message when the window is hidden or minimized and the desktop has a system tray.
    // Returns whether it was shown.
    bool notifyFinished(const QString &title, const QString &message);

    // A visible, non-minimized window shows the result itself; without a tray there is nowhere to say it.
    static bool shouldNotify(bool windowVisible, bool minimized, bool trayAvailable);
    bool windowOutOfSight() const;
    // Whether the tray icon is up (it is only while a message is pending).
    bool isTrayIconShown() const;
    // Replaces QSystemTrayIcon::isSystemTrayAvailable(), for tests on platforms without a tray.
    void setTrayAvailability(std::function<bool()> available) { m_trayAvailable = std::move(available); }

Q_SIGNALS:
    // The user clicked the message itself (after the window came back).
    void messageClicked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void restoreWindow();
    void hideTrayIcon();

    QPointer<QWidget> m_window;
    QSystemTrayIcon *m_tray = nullptr; // created on first message
    std::function<bool()> m_trayAvailable;
};

} // namespace pd::ui
