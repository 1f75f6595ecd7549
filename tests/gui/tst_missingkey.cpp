#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "ui/mainwindow.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

// Scoring with a remote model and no key asks once, without a modal loop, what to do; it never
// falls back to the keyword heuristic on its own.
class TestMissingKey : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    const QDate m_day{2026, 4, 20};

    // A remote endpoint that never resolves: even a key found in a real keychain goes nowhere.
    static core::Profile remoteProfile()
    {
        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.model.baseUrl = QUrl(u"https://api.openai.com.invalid/v1"_s);
        return profile;
    }

    static QMessageBox *waitForQuestion(const ui::MainWindow &window)
    {
        QMessageBox *box = nullptr;
        for (int i = 0; i < 400 && !box; ++i) {
            box = window.findChild<QMessageBox *>(u"missingKeyQuestion"_s);
            if (!box || !box->isVisible()) {
                box = nullptr;
                QTest::qWait(50);
            }
        }
        return box;
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        QVERIFY(m_dir.isValid());
        qunsetenv(secrets::SecretStore::EnvironmentVariable);
    }

    void scoreOfflineThisTime()
    {
        const core::DataDir dataDir(m_dir.filePath(u"offline"_s));
        QString error;
        QVERIFY(dataDir.ensureExists(&error));
        store::Database db(dataDir.databasePath());
        QVERIFY(db.open(&error));
        QVERIFY(test::storeDay(db, m_day, 1, 6));

        ui::MainWindow window(db, dataDir, remoteProfile());
        window.showDay(m_day);
        window.show();
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        window.startJob(pipeline::Job::Kind::Score, m_day);
        QMessageBox *box = waitForQuestion(window);
        if (!box) {
            QVERIFY2(finished.isEmpty(), "a job ran without a key");
            QSKIP("The keychain holds a key for this profile; the question is not asked.");
        }
        QVERIFY(window.isWorking()); // no second job while the question is open
        QVERIFY(box->text().contains(u"OpenAI"_s));
        QVERIFY(box->findChild<QPushButton *>(u"setKeyButton"_s));
        QVERIFY(box->findChild<QPushButton *>(u"cancelButton"_s));
        box->findChild<QPushButton *>(u"scoreOfflineButton"_s)->click();

        QVERIFY(finished.wait(30000));
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        QVERIFY2(outcome.result == pipeline::Outcome::Done, qPrintable(outcome.message));
        QVERIFY(outcome.score.heuristic);
        QCOMPARE(outcome.score.newlyScored, 6);
        QCOMPARE(window.profile().model.provider, core::Profile::Provider::OpenAi); // this time only
    }

    void cancelScoresNothing()
    {
        const core::DataDir dataDir(m_dir.filePath(u"cancel"_s));
        QString error;
        QVERIFY(dataDir.ensureExists(&error));
        store::Database db(dataDir.databasePath());
        QVERIFY(db.open(&error));
        QVERIFY(test::storeDay(db, m_day, 1, 3));

        ui::MainWindow window(db, dataDir, remoteProfile());
        window.showDay(m_day);
        window.show();
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        window.startJob(pipeline::Job::Kind::Score, m_day);
        QMessageBox *box = waitForQuestion(window);
        if (!box) {
            QSKIP("The keychain holds a key for this profile; the question is not asked.");
        }
        box->findChild<QPushButton *>(u"cancelButton"_s)->click();
        QTRY_VERIFY(!window.isWorking());
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_MAIN(TestMissingKey)
#include "tst_missingkey.moc"
