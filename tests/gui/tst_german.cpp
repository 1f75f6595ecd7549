#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "store/database.h"
#include "ui/hotspotlabel.h"
#include "ui/mainwindow.h"
#include "ui/translations.h"

#include <QApplication>
#include <QMenuBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

QStringList menuTitles(const QMainWindow &window)
{
    QStringList out;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (const QAction *action : actions) {
        out.append(action->text());
    }
    return out;
}

// Saves what the window looks like when PAPERDESK_SCREENSHOT_DIR is set, to review the layout of
// the longer German and the Chinese texts by eye; the checks never depend on it (or on fonts).
void saveScreenshot(QWidget &window, const QString &name)
{
    const QString folder = qEnvironmentVariable("PAPERDESK_SCREENSHOT_DIR");
    if (!folder.isEmpty()) {
        window.grab().save(folder + u'/' + name);
    }
}

} // namespace

// The window started in German and in Chinese: the menus read in that language, and Qt's own
// strings (from the qtbase translations) too. Each language is a separate process-wide state, so
// the German case runs first and the Chinese translator, installed later, takes precedence.
class TestGerman : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_db.open(&error), qPrintable(error));
        QVERIFY(test::storeDay(m_db, QDate(2026, 4, 20), 1, 12, 2)); // a Monday
    }

    void localeForLanguage()
    {
        QCOMPARE(ui::localeForLanguage(u"de"_s).language(), QLocale::German);
        QCOMPARE(ui::localeForLanguage(u"zh"_s).script(), QLocale::SimplifiedHanScript);
        QCOMPARE(ui::localeForLanguage(u"system"_s), QLocale::system());
        QCOMPARE(ui::localeForLanguage(QString()), QLocale::system());
    }

    void withoutMnemonic()
    {
        QCOMPARE(ui::withoutMnemonic(u"&Today"_s), u"Today"_s);
        QCOMPARE(ui::withoutMnemonic(u"今天(&T)"_s), u"今天"_s);
        QCOMPARE(ui::withoutMnemonic(u"获取当日（&F）"_s), u"获取当日"_s);
        QCOMPARE(ui::withoutMnemonic(u"Fish && &Chips"_s), u"Fish & Chips"_s);
    }

    void german()
    {
        QVERIFY2(ui::installTranslations(u"de"_s), "no German translation in :/paperdesk/i18n");
        QCOMPARE(QLocale().language(), QLocale::German);
        ui::MainWindow window(m_db, m_dataDir, core::ProfileJson::defaultProfile());
        window.showDay(QDate(2026, 4, 20));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(u"&Datei"_s), qPrintable(titles.join(u", "_s)));
        QVERIFY2(titles.contains(u"&Hilfe"_s), qPrintable(titles.join(u", "_s)));
        QVERIFY2(!titles.contains(u"&File"_s), qPrintable(titles.join(u", "_s)));
        // Qt's own dialogs: the qtbase translation is loaded beside Paperdesk's.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        // Hotspot tags read in the language too; a tag the window does not know stays as it is.
        QCOMPARE(ui::hotspotLabel(u"daily_hot"_s), u"Tagesthema"_s);
        QCOMPARE(ui::hotspotLabels({u"new_frontier"_s, u"odd_tag"_s}), u"neue Richtung, odd_tag"_s);
        saveScreenshot(window, u"main-de.png"_s);
    }

    void chinese()
    {
        QVERIFY2(ui::installTranslations(u"zh"_s), "no Chinese translation in :/paperdesk/i18n");
        ui::MainWindow window(m_db, m_dataDir, core::ProfileJson::defaultProfile());
        window.showDay(QDate(2026, 4, 20));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.contains(u"文件(&F)"_s), qPrintable(titles.join(u", "_s)));
        QVERIFY2(titles.contains(u"帮助(&H)"_s), qPrintable(titles.join(u", "_s)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"取消"_s);
        QCOMPARE(ui::hotspotLabel(u"new_frontier"_s), u"新方向"_s);
        // Tool buttons show the menu text without the bracketed mnemonic.
        auto *toolBar = window.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        QCOMPARE(toolBar->actions().constFirst()->iconText(), u"前一天"_s);
        saveScreenshot(window, u"main-zh.png"_s);
    }

private:
    QTemporaryDir m_dir;
    core::DataDir m_dataDir{m_dir.path()};
    store::Database m_db{m_dataDir.databasePath()};
};

QTEST_MAIN(TestGerman)
#include "tst_german.moc"
