#include "ui/appicon.h"
#include "ui/traynotifier.h"

#include <QFile>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;
using namespace pd;

class TestTrayNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decision_data()
    {
        QTest::addColumn<bool>("visible");
        QTest::addColumn<bool>("minimized");
        QTest::addColumn<bool>("tray");
        QTest::addColumn<bool>("expected");
        QTest::newRow("window in view") << true << false << true << false;
        QTest::newRow("window hidden") << false << false << true << true;
        QTest::newRow("window minimized") << true << true << true << true;
        QTest::newRow("hidden, no tray") << false << false << false << false;
        QTest::newRow("minimized, no tray") << true << true << false << false;
        QTest::newRow("in view, no tray") << true << false << false << false;
    }

    void decision()
    {
        QFETCH(bool, visible);
        QFETCH(bool, minimized);
        QFETCH(bool, tray);
        QFETCH(bool, expected);
        QCOMPARE(ui::TrayNotifier::shouldNotify(visible, minimized, tray), expected);
    }

    void followsTheWindowState()
    {
        QWidget window;
        ui::TrayNotifier notifier(&window);
        QVERIFY(notifier.windowOutOfSight()); // never shown yet
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!notifier.windowOutOfSight());
        window.showMinimized();
        QVERIFY(notifier.windowOutOfSight());
        window.showNormal();
        QVERIFY(!notifier.windowOutOfSight());
        window.hide();
        QVERIFY(notifier.windowOutOfSight());
    }

    void notifiesOnlyWhileTheWindowIsOutOfSight()
    {
        QWidget window;
        ui::TrayNotifier notifier(&window);
        notifier.setTrayAvailability([] { return true; }); // the offscreen platform has no tray
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!notifier.notifyFinished(u"Paperdesk"_s, u"Run finished"_s));
        QVERIFY(!notifier.isTrayIconShown());

        window.hide();
        QVERIFY(notifier.notifyFinished(u"Paperdesk"_s, u"Run finished"_s));
        QVERIFY(notifier.isTrayIconShown());
        window.show(); // the user looks again: the pending message is gone
        QVERIFY(!notifier.isTrayIconShown());

        window.showMinimized();
        QVERIFY(notifier.notifyFinished(u"Paperdesk"_s, u"Run finished"_s));
        QVERIFY(notifier.isTrayIconShown());
        window.showNormal();
        QVERIFY(!notifier.isTrayIconShown());
    }

    void staysQuietWithoutATray()
    {
        QWidget window;
        ui::TrayNotifier notifier(&window);
        notifier.setTrayAvailability([] { return false; });
        QVERIFY(!notifier.notifyFinished(u"Paperdesk"_s, u"Run finished"_s)); // hidden, but no tray
        QVERIFY(!notifier.isTrayIconShown());
    }

    void isOwnedByItsWindow()
    {
        auto *window = new QWidget;
        auto *notifier = new ui::TrayNotifier(window);
        QCOMPARE(notifier->parent(), window); // deleted with the window
        delete window;
    }

    void appIconComesFromTheResources()
    {
        QVERIFY(QFile::exists(u":/paperdesk/icons/paperdesk.svg"_s));
        const QIcon icon = ui::appIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int size : {16, 32, 48, 64, 128, 256}) {
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(u"missing %1 px"_s.arg(size)));
        }
        QCOMPARE(icon.pixmap(QSize(48, 48)).size(), QSize(48, 48));
    }
};

QTEST_MAIN(TestTrayNotifier)
#include "tst_traynotifier.moc"
