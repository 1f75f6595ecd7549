#pragma once

#include <QDBusConnection>
#include <QDate>
#include <QHash>
#include <QObject>
#include <QPointer>

class QWidget;

namespace pd::ui {

class TrayNotifier;

// Says that a run is done: through the freedesktop notification service on the session bus
// (org.freedesktop.Notifications), or, where a desktop has none, as a system tray message.
// Clicking the notification opens its day. Switched off, it says nothing.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";

    enum class Via { None, DBus, Tray };

    // `bus` is the session bus where the notification service lives (a private one in tests).
    DesktopNotifier(QWidget *window, TrayNotifier *tray,
                    const QDBusConnection &bus = QDBusConnection::sessionBus());

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // "21 April: 33 relevant, 3 hot ($1.32)"; the cost is left out when nothing was spent.
    static QString daySummary(QDate date, int relevant, int hot, const QString &cost);

    // Shows `summary` (and `body`) for `date`; how it was shown, or None when switched off or
    // when there is nowhere to show it.
    Via notify(QDate date, const QString &summary, const QString &body = {});

Q_SIGNALS:
    // The user clicked the notification of `date`.
    void dayActivated(QDate date);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    bool serviceAvailable() const;

    QPointer<QWidget> m_window;
    TrayNotifier *m_tray;
    QDBusConnection m_bus;
    bool m_enabled = true;
    bool m_connected = false;
    QHash<uint, QDate> m_shown; // notification id → its day, until it is closed
    QDate m_trayDay;            // the day of the pending tray message
};

} // namespace pd::ui
