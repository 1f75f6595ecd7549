#include "desktopnotifier.h"

#include "traynotifier.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>
#include <QLocale>
#include <QVariantMap>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace pd::ui {

DesktopNotifier::DesktopNotifier(QWidget *window, TrayNotifier *tray, const QDBusConnection &bus)
    : QObject(window)
    , m_window(window)
    , m_tray(tray)
    , m_bus(bus)
{
    if (m_bus.isConnected()) {
        const QString service = QString::fromLatin1(Service);
        const QString path = QString::fromLatin1(Path);
        m_connected =
            m_bus.connect(service, path, service, u"ActionInvoked"_s, this,
                          SLOT(onActionInvoked(uint, QString))) &&
            m_bus.connect(service, path, service, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    }
    if (m_tray) {
        connect(m_tray, &TrayNotifier::messageClicked, this, [this] {
            if (m_trayDay.isValid()) {
                Q_EMIT dayActivated(m_trayDay);
            }
        });
    }
}

QString DesktopNotifier::daySummary(QDate date, int relevant, int hot, const QString &cost)
{
    // Numbers beside nouns that need no plural: "33 relevant, 3 hot" reads right in every language.
    const QLocale locale;
    const QString day = locale.toString(date, u"d MMMM"_s);
    QString text =
        hot > 0 ? tr("%1: %2 relevant, %3 hot").arg(day, locale.toString(relevant), locale.toString(hot))
                : tr("%1: %2 relevant").arg(day, locale.toString(relevant));
    if (!cost.isEmpty()) {
        text += u" ("_s + cost + u')';
    }
    return text;
}

bool DesktopNotifier::serviceAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface()) {
        return false;
    }
    const QDBusReply<bool> registered = m_bus.interface()->isServiceRegistered(QString::fromLatin1(Service));
    // A service that starts on demand (D-Bus activation) counts too.
    if (registered.isValid() && registered.value()) {
        return true;
    }
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(QString::fromLatin1(Service));
}

DesktopNotifier::Via DesktopNotifier::notify(QDate date, const QString &summary, const QString &body)
{
    if (!m_enabled) {
        return Via::None;
    }
    if (serviceAvailable()) {
        QDBusMessage call =
            QDBusMessage::createMethodCall(QString::fromLatin1(Service), QString::fromLatin1(Path),
                                           QString::fromLatin1(Service), u"Notify"_s);
        QVariantMap hints;
        hints.insert(u"desktop-entry"_s, QGuiApplication::desktopFileName());
        hints.insert(u"category"_s, u"transfer.complete"_s);
        const QStringList actions{u"default"_s, tr("Open the Day")};
        call << QGuiApplication::applicationDisplayName() << 0U << QGuiApplication::desktopFileName()
             << summary << body << actions << hints << -1;
        auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, date](QDBusPendingCallWatcher *w) {
            const QDBusPendingReply<uint> reply = *w;
            if (!reply.isError()) {
                m_shown.insert(reply.value(), date);
            }
            w->deleteLater();
        });
        return Via::DBus;
    }
    if (m_tray && m_tray->notifyFinished(summary, body.isEmpty() ? summary : body)) {
        m_trayDay = date;
        return Via::Tray;
    }
    return Via::None;
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_shown.constFind(id);
    if (it == m_shown.cend() || action != u"default") {
        return;
    }
    const QDate date = *it;
    if (m_window) {
        m_window->setWindowState(m_window->windowState() & ~Qt::WindowMinimized);
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    }
    Q_EMIT dayActivated(date);
}

void DesktopNotifier::onClosed(uint id, uint)
{
    m_shown.remove(id);
}

} // namespace pd::ui
