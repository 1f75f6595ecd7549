// The window's daily companion: the automatic run's timing with an injected clock, and the
// notification sent to a freedesktop notification service on a private D-Bus session.
#include "core/announcementcalendar.h"
#include "ui/autorun.h"
#include "ui/desktopnotifier.h"
#include "ui/settings/dailypage.h"
#include "ui/traynotifier.h"

#include <QCheckBox>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

QDateTime et(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), core::AnnouncementCalendar::eastern());
}

} // namespace

// What a desktop's notification daemon offers on the bus, recording each Notify call.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString app;
        uint replaces = 0;
        QString icon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int timeout = 0;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &app, uint replaces, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int timeout)
    {
        calls.append({app, replaces, icon, summary, body, actions, hints, timeout});
        return 100 + static_cast<uint>(calls.size());
    }
    QStringList GetCapabilities() { return {u"actions"_s, u"body"_s}; }
};

class TestDailyCompanion : public QObject
{
    Q_OBJECT

    QProcess m_daemon;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
        QVERIFY2(!daemon.isEmpty(), "dbus-daemon (Debian package dbus) is needed");
        m_daemon.start(daemon, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(m_daemon.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 10000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(m_address.startsWith(u"unix:"_s));
    }

    void cleanupTestCase()
    {
        m_daemon.kill();
        m_daemon.waitForFinished();
    }

    void catchesUpOnceAtStartWhenTheNewestRunWasMissed()
    {
        QDateTime now = et(QDate(2026, 4, 23), 9, 0); // Thursday morning
        QList<QDate> asked;
        ui::AutoRun run(
            core::AnnouncementCalendar(),
            [&asked](QDate d) {
                asked << d;
                return false;
            },
            [&now] { return now; });
        QSignalSpy due(&run, &ui::AutoRun::due);
        run.configure(true, QTime(21, 0), core::AnnouncementCalendar::eastern());
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.at(0).at(0).toDate(), QDate(2026, 4, 23));
        QVERIFY(run.next());
        QCOMPARE(run.next()->at, et(QDate(2026, 4, 23), 21, 0));
        // Settings applied again later: no second catch-up.
        run.configure(true, QTime(21, 0), core::AnnouncementCalendar::eastern());
        QCOMPARE(due.size(), 1);
        // The clock reaches 21:00: Friday's announcement is due, once.
        now = et(QDate(2026, 4, 23), 20, 59);
        run.check();
        QCOMPARE(due.size(), 1);
        now = et(QDate(2026, 4, 23), 21, 1);
        run.check();
        run.check();
        QCOMPARE(due.size(), 2);
        QCOMPARE(due.at(1).at(0).toDate(), QDate(2026, 4, 24));
        // The weekend: the next is Sunday evening's, for Monday.
        QCOMPARE(run.next()->announcement, QDate(2026, 4, 27));
    }

    void aDoneDayOrASwitchedOffScheduleRunsNothing()
    {
        const QDateTime now = et(QDate(2026, 4, 23), 9, 0);
        ui::AutoRun done(
            core::AnnouncementCalendar(), [](QDate) { return true; }, [now] { return now; });
        QSignalSpy dueDone(&done, &ui::AutoRun::due);
        done.configure(true, QTime(21, 0), core::AnnouncementCalendar::eastern());
        QCOMPARE(dueDone.size(), 0);

        ui::AutoRun off(
            core::AnnouncementCalendar(), [](QDate) { return false; }, [now] { return now; });
        QSignalSpy dueOff(&off, &ui::AutoRun::due);
        off.configure(false, QTime(21, 0), core::AnnouncementCalendar::eastern());
        off.check();
        QCOMPARE(dueOff.size(), 0);
        QVERIFY(!off.next());
    }

    void aDueRunWaitsWhileTheWorkerIsBusy()
    {
        const QDateTime now = et(QDate(2026, 4, 23), 9, 0);
        ui::AutoRun run(
            core::AnnouncementCalendar(), [](QDate) { return false; }, [now] { return now; });
        QSignalSpy due(&run, &ui::AutoRun::due);
        run.setBusy(true);
        run.configure(true, QTime(21, 0), core::AnnouncementCalendar::eastern());
        QCOMPARE(due.size(), 0);
        QCOMPARE(run.pending(), QDate(2026, 4, 23));
        run.setBusy(false);
        QCOMPARE(due.size(), 1);
    }

    void theSettingsPageStoresTheScheduleTheRunReads()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        ui::settings::DailyPage page;
        {
            const QSettings empty(path, QSettings::IniFormat);
            page.loadSettings(empty);
        }
        QVERIFY(!page.settingsDirty());
        QCOMPARE(page.zone(), core::AnnouncementCalendar::eastern()); // untouched: New York's 21:00
        QCOMPARE(page.time(), QTime(21, 0));
        page.findChild<QCheckBox *>(u"autoRun"_s)->setChecked(true);
        QVERIFY(page.settingsDirty());
        {
            QSettings settings(path, QSettings::IniFormat);
            page.saveSettings(settings);
        }
        const QDateTime now = et(QDate(2026, 4, 21), 12, 0);
        ui::AutoRun run(
            core::AnnouncementCalendar(), [](QDate) { return true; }, [now] { return now; });
        run.load(path);
        QVERIFY(run.isEnabled());
        QCOMPARE(run.next()->at, et(QDate(2026, 4, 21), 21, 0));
        // A time set by hand is the local clock's.
        page.findChild<QTimeEdit *>(u"autoRunTime"_s)->setTime(QTime(6, 45));
        QCOMPARE(page.zone(), QTimeZone::systemTimeZone());
        QCOMPARE(page.time(), QTime(6, 45));
    }

    void theNotificationGoesToTheDesktopServiceAndOpensItsDay()
    {
        QDBusConnection service = QDBusConnection::connectToBus(m_address, u"fake-notification-daemon"_s);
        QVERIFY(service.isConnected());
        FakeNotifications fake;
        QVERIFY(service.registerObject(u"/org/freedesktop/Notifications"_s, &fake,
                                       QDBusConnection::ExportAllSlots));
        QVERIFY(service.registerService(u"org.freedesktop.Notifications"_s));

        QDBusConnection client = QDBusConnection::connectToBus(m_address, u"paperdesk-client"_s);
        QVERIFY(client.isConnected());
        QWidget window;
        ui::TrayNotifier tray(&window);
        ui::DesktopNotifier notifier(&window, &tray, client);
        QSignalSpy opened(&notifier, &ui::DesktopNotifier::dayActivated);

        const QString summary = ui::DesktopNotifier::daySummary(QDate(2026, 4, 21), 33, 3, u"$1.32"_s);
        QCOMPARE(summary, u"21 April: 33 relevant, 3 hot ($1.32)"_s);
        QCOMPARE(notifier.notify(QDate(2026, 4, 21), summary, u"Scored 531 papers."_s),
                 ui::DesktopNotifier::Via::DBus);
        QTRY_COMPARE(fake.calls.size(), 1);
        const FakeNotifications::Call &call = fake.calls.first();
        QCOMPARE(call.summary, summary);
        QCOMPARE(call.body, u"Scored 531 papers."_s);
        QCOMPARE(call.replaces, 0U);
        QCOMPARE(call.timeout, -1);
        QVERIFY(call.actions.size() == 2 && call.actions.first() == u"default"_s);
        QVERIFY(call.hints.contains(u"desktop-entry"_s));

        // Another application's notification clicked: not ours.
        QDBusMessage other = QDBusMessage::createSignal(
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        other << 7U << u"default"_s;
        QVERIFY(service.send(other));
        // Ours: the day opens.
        QDBusMessage clicked = QDBusMessage::createSignal(
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"ActionInvoked"_s);
        clicked << 101U << u"default"_s;
        QVERIFY(service.send(clicked));
        QTRY_COMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toDate(), QDate(2026, 4, 21));

        // Switched off, nothing is sent.
        notifier.setEnabled(false);
        QCOMPARE(notifier.notify(QDate(2026, 4, 22), summary), ui::DesktopNotifier::Via::None);
        QTest::qWait(100);
        QCOMPARE(fake.calls.size(), 1);
        service.unregisterService(u"org.freedesktop.Notifications"_s);
        QDBusConnection::disconnectFromBus(u"fake-notification-daemon"_s);
        QDBusConnection::disconnectFromBus(u"paperdesk-client"_s);
    }

    void withoutANotificationServiceTheTrayTellsIt()
    {
        QDBusConnection client = QDBusConnection::connectToBus(m_address, u"paperdesk-no-service"_s);
        QVERIFY(client.isConnected());
        QWidget window; // never shown: out of sight
        ui::TrayNotifier tray(&window);
        tray.setTrayAvailability([] { return true; });
        ui::DesktopNotifier notifier(&window, &tray, client);
        QSignalSpy opened(&notifier, &ui::DesktopNotifier::dayActivated);
        QCOMPARE(notifier.notify(QDate(2026, 4, 21), u"21 April: 2 relevant"_s),
                 ui::DesktopNotifier::Via::Tray);
        QVERIFY(tray.isTrayIconShown());
        Q_EMIT tray.messageClicked(); // as the tray does when the message is clicked
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().first().toDate(), QDate(2026, 4, 21));
        tray.setTrayAvailability([] { return false; });
        QCOMPARE(notifier.notify(QDate(2026, 4, 21), u"x"_s), ui::DesktopNotifier::Via::None);
        QDBusConnection::disconnectFromBus(u"paperdesk-no-service"_s);
    }
};

QTEST_MAIN(TestDailyCompanion)
#include "tst_dailycompanion.moc"
