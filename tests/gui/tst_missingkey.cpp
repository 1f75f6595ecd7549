#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "pipeline/dayview.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/scorerepository.h"
#include "ui/daypane.h"
#include "ui/mainwindow.h"
#include "ui/paperview.h"

#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

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

    // The heuristic writes no comments: "Explain this score" offers only to set a key.
    void explainWithoutKeyOffersNoHeuristic()
    {
        const core::DataDir dataDir(m_dir.filePath(u"explain"_s));
        QString error;
        QVERIFY(dataDir.ensureExists(&error));
        store::Database db(dataDir.databasePath());
        QVERIFY(db.open(&error));
        QVERIFY(test::storeDay(db, m_day, 1, 3));
        const core::Profile profile = remoteProfile();
        const QString fingerprint = pipeline::DayView(db, profile).fingerprint();
        core::Score score = test::sampleScore(test::samplePaper(2).arxivId, fingerprint, 4, 4);
        score.comment.clear();
        score.detail = core::Score::Detail::NotAsked;
        QVERIFY2(store::ScoreRepository(db).putBatch({score}, &error), qPrintable(error));

        ui::MainWindow window(db, dataDir, profile);
        window.showDay(m_day);
        window.show();
        QVERIFY(window.findChild<ui::DayPane *>()->selectPaper(score.arxivId));
        auto *view = window.findChild<ui::PaperView *>();
        QVERIFY2(view->html().contains(u"Explain this score"_s), qPrintable(view->html()));
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        Q_EMIT view->findChild<QTextBrowser *>(u"paperBrowser"_s)->anchorClicked(ui::PaperView::explainUrl());
        QMessageBox *box = waitForQuestion(window);
        if (!box) {
            QSKIP("The keychain holds a key for this profile; the question is not asked.");
        }
        QVERIFY2(box->text().contains(u"comment"_s), qPrintable(box->text()));
        QVERIFY(!box->findChild<QPushButton *>(u"scoreOfflineButton"_s));
        QVERIFY(box->findChild<QPushButton *>(u"setKeyButton"_s));
        QVERIFY(view->html().contains(u"Asking the model for its comment"_s));
        box->findChild<QPushButton *>(u"cancelButton"_s)->click();
        QTRY_VERIFY(!window.isWorking());
        QCOMPARE(window.statusBar()->currentMessage(), u"No comment was asked for: no API key."_s);
        QVERIFY(view->html().contains(u"Explain this score"_s)); // offered again
        QCOMPARE(finished.count(), 0);
    }
};

QTEST_MAIN(TestMissingKey)
#include "tst_missingkey.moc"
