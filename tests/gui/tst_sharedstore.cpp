// The window on a shared PostgreSQL database: another machine scores the open day and the table
// fills in by itself (LISTEN/NOTIFY); a reader without a profile of their own reads with the
// group's, and a reader who changed their topics sees the group's scores as stale.
#include "clirunner.h"
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "store/database.h"
#include "store/daychanges.h"
#include "store/groupprofile.h"
#include "testpostgres.h"
#include "ui/mainwindow.h"
#include "ui/papertablemodel.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate day{2026, 4, 21};
constexpr int Listed = 12;

int countIn(const ui::PaperTableModel *model, core::PaperState state)
{
    int n = 0;
    for (const store::DayPaper &p : model->papers()) {
        n += p.state == state ? 1 : 0;
    }
    return n;
}

} // namespace

class TestSharedStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        PD_REQUIRE_POSTGRES();
        core::registerMetaTypes();
    }

    void anotherMachineScoresAndTheOpenDayFillsIn()
    {
        test::FakeLlmServer llm;
        QVERIFY(llm.listen());
        llm.setLatencyMs(100);
        QString error;
        const QString url = test::createPostgresDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        store::Database db(url);
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(test::storeDay(db, day, 1, Listed));
        core::Profile group = core::ProfileJson::defaultProfile();
        group.model.preset = u"openai"_s;
        group.model.baseUrl = llm.baseUrl();
        group.model.batchSize = 4;
        group.model.concurrency = 1;
        QVERIFY(store::GroupProfileRepository(db).save(core::ProfileJson::toBytes(group), u"lab"_s));

        // Alice has no profile of her own: she reads with the group's. Bob changed his topics.
        core::DataDir alice(m_dir.filePath(u"alice"_s));
        QVERIFY(alice.ensureExists(&error));
        alice.setDatabase(url);
        const core::ProfileResult aliceProfile = store::readerProfile(alice, db);
        QVERIFY(aliceProfile);
        QCOMPARE(aliceProfile.profile->model.baseUrl, group.model.baseUrl);
        core::DataDir bob(m_dir.filePath(u"bob"_s));
        QVERIFY(bob.ensureExists(&error));
        bob.setDatabase(url);
        core::Profile bobs = group;
        bobs.topics.removeLast();
        QVERIFY(core::ProfileJson::save(bobs, bob.profilePath(), &error));
        QCOMPARE(store::readerProfile(bob, db).profile->topics.size(), group.topics.size() - 1);

        ui::MainWindow aliceWindow(db, alice, *aliceProfile.profile);
        aliceWindow.showDay(day);
        aliceWindow.show();
        auto *listener = aliceWindow.findChild<store::DayChangeListener *>(u"dayChangeListener"_s);
        QVERIFY(listener && listener->isListening());
        const ui::PaperTableModel *model = aliceWindow.paperModel();
        QCOMPARE(model->rowCount(), Listed);
        QCOMPARE(countIn(model, core::PaperState::Scored), 0);
        // The reader sees which database and as whom.
        QVERIFY(aliceWindow.windowTitle().contains(QUrl(url).path().mid(1)));
        auto *label = aliceWindow.findChild<QLabel *>(u"sharedStoreLabel"_s);
        QVERIFY(label);
        QVERIFY2(label->text().contains(u"127.0.0.1"_s), qPrintable(label->text()));

        // The lab server scores the day; Alice does nothing.
        QProcess server;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAPERDESK_API_KEY"_s, u"sk-test-LAB"_s);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        server.setProcessEnvironment(env);
        server.start(qEnvironmentVariable("PAPERDESK_TEST_BINARY"),
                     test::TestSeams{}.arguments() +
                         QStringList{u"score"_s, u"--date"_s, day.toString(Qt::ISODate), u"--data-dir"_s,
                                     m_dir.filePath(u"server"_s), u"--database"_s, url});
        // Rows fill in batch by batch while the server still scores.
        QTRY_VERIFY_WITH_TIMEOUT(countIn(model, core::PaperState::Scored) > 0, 30000);
        QVERIFY(QSignalSpy(&server, &QProcess::finished).wait(60000) ||
                server.state() == QProcess::NotRunning);
        QVERIFY2(server.exitCode() == 0, server.readAllStandardError().constData());
        QTRY_COMPARE_WITH_TIMEOUT(countIn(model, core::PaperState::Scored), Listed, 10000);
        QCOMPARE(aliceWindow.currentDay(), day);

        // Bob's topics differ from the group's: its scores are stale for him, not current.
        ui::MainWindow bobWindow(db, bob, bobs);
        bobWindow.showDay(day);
        QCOMPARE(countIn(bobWindow.paperModel(), core::PaperState::Stale), Listed);
    }
};

QTEST_MAIN(TestSharedStore)
#include "tst_sharedstore.moc"
