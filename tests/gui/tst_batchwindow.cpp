// The window collects a day's batch left running by a run that did not wait (batch mode, --no-wait):
// showing the day is enough, and nothing is sent twice.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakebatchserver.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dailyrun.h"
#include "pipeline/job.h"
#include "store/batchrepository.h"
#include "store/database.h"
#include "ui/mainwindow.h"
#include "ui/papertablemodel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate day{2026, 4, 21};
const QString apiKey = u"sk-test-WINDOW-BATCH"_s;
constexpr int Count = 20;

} // namespace

class TestBatchWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        qputenv("PAPERDESK_API_KEY", apiKey.toUtf8()); // the documented way to give a key without a keychain
    }

    void showingAWaitingDayCollectsItsBatch()
    {
        core::DataDir dataDir(m_dir.filePath(u"data"_s));
        QString error;
        QVERIFY(dataDir.ensureExists(&error));
        store::Database db(dataDir.databasePath());
        QVERIFY(db.open(&error));
        QVERIFY(test::storeDay(db, day, 1, Count));
        test::FakeBatchServer server;
        QVERIFY(server.listen());
        server.setRequiredKey(apiKey);
        server.setOpenAiStatuses({u"in_progress"_s, u"completed"_s});
        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.model.preset = u"openai"_s;
        profile.model.baseUrl = server.baseUrl();
        profile.model.runMode = core::Profile::Model::RunMode::Batch;
        profile.model.overnightBatchSize = 5;
        {
            // A run that did not wait: the batch is submitted and left running.
            QNetworkAccessManager nam;
            pipeline::DailyRun run(db, &nam, profile, apiKey);
            run.setWaitForBatches(false);
            QSignalSpy finished(&run, &pipeline::DailyRun::finished);
            run.start(day, true);
            QVERIFY(finished.wait(20000));
            QVERIFY(finished.at(0).at(0).value<pipeline::ScoreSummary>().waitingForBatch);
        }
        QVERIFY(store::BatchRepository(db).waiting(day));
        QCOMPARE(server.submissions().size(), 1);

        ui::MainWindow window(db, dataDir, profile);
        QSignalSpy jobs(&window, &ui::MainWindow::jobFinished);
        window.showDay(day);
        window.show();
        QVERIFY(jobs.wait(20000)); // no click: showing the day collects
        int scored = 0;
        for (const store::DayPaper &p : window.paperModel()->papers()) {
            scored += p.score && p.score->status == core::Score::Status::Scored;
        }
        QCOMPARE(scored, Count);
        // Pass 1 went out once: every later submission asks only for comments.
        QStringList firstLines = server.submissions().first().customIds;
        QCOMPARE(firstLines.size(), Count / 5);
        for (qsizetype i = 1; i < server.submissions().size(); ++i) {
            for (const QString &id : server.submissions().at(i).customIds) {
                QVERIFY2(id.contains(u"details"_s), qPrintable(id));
            }
        }
    }
};

QTEST_MAIN(TestBatchWindow)
#include "tst_batchwindow.moc"
