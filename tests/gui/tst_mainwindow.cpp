#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakehttpserver.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "ui/mainwindow.h"
#include "ui/papertablemodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { core::registerMetaTypes(); }

    void showsPreparedDayAndSteps()
    {
        QTemporaryDir dir;
        const core::DataDir dataDir(dir.path());
        store::Database db(dataDir.databasePath());
        QString error;
        QVERIFY(db.open(&error));
        QVERIFY(test::storeDay(db, QDate(2026, 4, 17), 1, 5));     // Friday
        QVERIFY(test::storeDay(db, QDate(2026, 4, 20), 50, 9, 1)); // Monday

        ui::MainWindow window(db, dataDir, core::ProfileJson::defaultProfile());
        QAbstractItemModelTester tester(window.paperModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.showDay(QDate());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.currentDay(), QDate(2026, 4, 20)); // the latest stored day
        auto *table = window.findChild<QTableView *>(u"paperTable"_s);
        QVERIFY(table);
        QAbstractItemModel *model = table->model();
        QCOMPARE(window.paperModel()->rowCount(), 9); // every listed paper
        QCOMPARE(model->rowCount(), 8);               // "All scanned": the filtered one is under Filtered
        const QString summary = window.findChild<QLabel *>(u"daySummary"_s)->text();
        QVERIFY2(summary.contains(u"9 total arXiv · 8 scanned"_s), qPrintable(summary));

        // "[" goes to the previous announcement day across the weekend.
        QTest::keyClick(&window, Qt::Key_BracketLeft);
        QCOMPARE(window.currentDay(), QDate(2026, 4, 17));
        QCOMPARE(window.paperModel()->rowCount(), 5);
        QTest::keyClick(&window, Qt::Key_BracketRight);
        QCOMPARE(window.currentDay(), QDate(2026, 4, 20));
    }

    void runFromTheWindowFetchesAndScoresOffTheGuiThread()
    {
        QTemporaryDir dir;
        const core::DataDir dataDir(dir.path());
        store::Database db(dataDir.databasePath());
        QString error;
        QVERIFY(db.open(&error));

        test::FakeHttpServer arxiv;
        QVERIFY(arxiv.listen());
        QFile atom(test::dataFile(u"arxiv/atom_page.xml"_s));
        QVERIFY(atom.open(QIODevice::ReadOnly));
        // One complete page: the fixture's totals trimmed to what it holds.
        const QByteArray page =
            atom.readAll().replace("<opensearch:totalResults>921", "<opensearch:totalResults>7");
        arxiv.setHandler([page](const test::HttpRequest &) { return test::HttpResponse::make(200, page); });
        test::FakeLlmServer llm;
        QVERIFY(llm.listen());
        llm.setLatencyMs(100);

        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.sources.rssBaseUrl = arxiv.url(u"/rss/"_s);
        profile.sources.apiBaseUrl = arxiv.url(u"/api/query"_s);
        llm.setFlavour(test::FakeLlmServer::Flavour::Local); // a server on this machine: no key needed
        llm.addModel(profile.model.model);
        profile.model.preset = u"custom"_s;
        profile.model.baseUrl = llm.baseUrl();
        profile.model.batchSize = 2;

        ui::MainWindow window(db, dataDir, profile);
        const QDate day(2026, 4, 15); // a past Wednesday: rebuilt from the API
        window.showDay(day);
        window.show();
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        window.startJob(pipeline::Job::Kind::Run, day);
        QVERIFY(window.isWorking());
        // The GUI thread keeps processing events while the worker runs.
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        QVERIFY2(outcome.result == pipeline::Outcome::Done, qPrintable(outcome.message));
        QVERIFY(!window.isWorking());
        const std::optional<core::DayInfo> stored = store::DayRepository(db).find(day);
        QVERIFY(stored);
        QCOMPARE(stored->source, core::DayInfo::Source::Api);
        QVERIFY(stored->scanned > 0);
        QCOMPARE(window.paperModel()->rowCount(), stored->total);
        QVERIFY(stored->total > 0);
        int scored = 0;
        for (const store::DayPaper &row : window.paperModel()->papers()) {
            scored += row.score && row.score->status == core::Score::Status::Scored;
        }
        QCOMPARE(scored, stored->scanned);
        QVERIFY(llm.requestCount() > 0);
    }

    // While scoring, the status bar says how long is left once papers are done, and says so when
    // the provider is busy and the run waits to retry, rather than sitting silent.
    void statusBarShowsTimeLeftAndRetry()
    {
        QTemporaryDir dir;
        const core::DataDir dataDir(dir.path());
        store::Database db(dataDir.databasePath());
        QString error;
        QVERIFY(db.open(&error));
        const QDate day(2026, 4, 20);
        QVERIFY(test::storeDay(db, day, 1, 9)); // listed, not scored

        test::FakeLlmServer llm;
        QVERIFY(llm.listen());
        llm.setLatencyMs(50);
        llm.enqueue(test::FakeLlmServer::Behaviour::httpStatus(429, 1)); // Retry-After: 1
        core::Profile profile = core::ProfileJson::defaultProfile();
        llm.setFlavour(test::FakeLlmServer::Flavour::Local);
        llm.addModel(profile.model.model);
        profile.model.preset = u"custom"_s;
        profile.model.baseUrl = llm.baseUrl();
        profile.model.batchSize = 2;
        profile.model.concurrency = 1;

        ui::MainWindow window(db, dataDir, profile);
        window.showDay(day);
        window.show();
        QStringList messages;
        connect(window.statusBar(), &QStatusBar::messageChanged, this,
                [&messages](const QString &message) { messages.append(message); });
        QSignalSpy finished(&window, &ui::MainWindow::jobFinished);
        window.startJob(pipeline::Job::Kind::Score, day);
        QVERIFY(finished.wait(60000));
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        QVERIFY2(outcome.result == pipeline::Outcome::Done, qPrintable(outcome.message));

        const QString all = messages.join(u'\n');
        QVERIFY2(all.contains(u"Provider busy, retrying in 1 s (1/%1)"_s.arg(profile.model.retries)),
                 qPrintable(all));
        QVERIFY2(all.contains(u"less than a minute left"_s), qPrintable(all));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
