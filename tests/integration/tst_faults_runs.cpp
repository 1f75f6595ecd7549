// Faults around scoring runs, with real processes of the built program on one data dir: two runs
// at once, kill -9 at three points, a server that never answers, a failure racing a score.
#include "cli/exitcode.h"
#include "clirunner.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dailyrun.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using namespace pd;
using test::FakeLlmServer;

namespace {

const QDate day{2026, 4, 21};
const QString apiKey = u"sk-test-FAULTS-1234"_s;
constexpr int Scanned = 24;
constexpr int BatchSize = 4;

} // namespace

class TestFaultsRuns : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString m_dataDir;
    QString m_profilePath;
    std::unique_ptr<FakeLlmServer> m_llm;

    core::Profile profile() const
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.preset = u"openai"_s;
        p.model.baseUrl = m_llm->baseUrl();
        p.model.batchSize = BatchSize;
        p.model.concurrency = 1; // one request at a time: the kill points are well defined
        p.model.retries = 0;
        p.model.timeoutSeconds = 30;
        return p;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAPERDESK_API_KEY"_s, apiKey);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        return env;
    }

    // A `paperdesk score` running in the background, on this test's event loop.
    std::unique_ptr<QProcess> startScore(const QStringList &extra = {}) const
    {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        const QStringList args =
            test::TestSeams{}.arguments() +
            QStringList{u"score"_s,     u"--date"_s,  day.toString(Qt::ISODate), u"--data-dir"_s, m_dataDir,
                        u"--profile"_s, m_profilePath} +
            extra;
        process->start(qEnvironmentVariable("PAPERDESK_TEST_BINARY"), args);
        return process;
    }

    static bool waitFinished(QProcess &process, int ms = 60000)
    {
        return process.state() == QProcess::NotRunning || QSignalSpy(&process, &QProcess::finished).wait(ms);
    }

    // How many times each paper was sent to the model.
    // How often each paper was sent to be scored (pass 1), or asked for its prose (pass 2).
    QHash<QString, int> timesSent(bool forScores = true) const
    {
        QHash<QString, int> sent;
        for (const FakeLlmServer::Request &r : m_llm->requests()) {
            if (r.asksScores() != forScores) {
                continue;
            }
            for (const QString &id : r.paperIds) {
                ++sent[id];
            }
        }
        return sent;
    }

    int count(const QString &sql) const
    {
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        if (!db.open(&error)) {
            return -1;
        }
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
    }

    QStringList ids(const QString &sql) const
    {
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        QStringList out;
        if (!db.open(&error)) {
            return out;
        }
        QSqlQuery q(db.connection());
        if (q.exec(sql)) {
            while (q.next()) {
                out.append(q.value(0).toString());
            }
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(QFile::exists(qEnvironmentVariable("PAPERDESK_TEST_BINARY"))); }

    void init()
    {
        m_llm = std::make_unique<FakeLlmServer>();
        QVERIFY(m_llm->listen());
        m_dataDir = m_dir.filePath(u"data%1"_s.arg(++m_counter));
        m_profilePath = m_dir.filePath(u"profile%1.json"_s.arg(m_counter));
        QString error;
        QVERIFY(QDir().mkpath(m_dataDir));
        QVERIFY2(core::ProfileJson::save(profile(), m_profilePath, &error), qPrintable(error));
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(test::storeDay(db, day, 1, Scanned));
    }

    void cleanup() { m_llm.reset(); }

    void twoProcessesScoreEachPaperOnce()
    {
        m_llm->setLatencyMs(150);
        auto first = startScore();
        QTRY_VERIFY_WITH_TIMEOUT(m_llm->requestCount() >= 1, 20000);
        auto second = startScore();
        QVERIFY(waitFinished(*first));
        QVERIFY(waitFinished(*second));
        QCOMPARE(first->exitCode(), 0);
        QCOMPARE(second->exitCode(), 0);
        const QByteArray waited = second->readAllStandardOutput();
        QVERIFY2(waited.contains("is scoring 2026-04-21; waiting"), waited.constData());
        // Every paper went to the model exactly once: the second run found nothing left.
        const QHash<QString, int> sent = timesSent();
        QCOMPARE(sent.size(), Scanned);
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        }
        const QHash<QString, int> prose = timesSent(false);
        QVERIFY(!prose.isEmpty());
        for (auto it = prose.cbegin(); it != prose.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(u"prose asked twice: "_s + it.key()));
        }
        QCOMPARE(count(u"SELECT COUNT(*) FROM scores WHERE status = 'scored'"_s), Scanned);
    }

    void noWaitEndsAtOnceWhileAnotherScores()
    {
        m_llm->setLatencyMs(300);
        auto first = startScore();
        QTRY_VERIFY_WITH_TIMEOUT(m_llm->requestCount() >= 1, 20000);
        auto second = startScore({u"--no-wait"_s});
        QVERIFY(waitFinished(*second));
        QCOMPARE(second->exitCode(), int(cli::LocalFailure));
        const QByteArray err = second->readAllStandardError();
        QVERIFY2(err.contains("is scoring 2026-04-21; not waiting (--no-wait)"), err.constData());
        QCOMPARE(err.count('\n'), 1);
        QVERIFY(waitFinished(*first));
        QCOMPARE(first->exitCode(), 0);
    }

    void killedRunIsInterruptedAndResumeResendsNoStoredPaper_data()
    {
        QTest::addColumn<int>("killAfterRequests");
        QTest::newRow("before the first answer") << 1;
        QTest::newRow("half way") << Scanned / BatchSize / 2;
        QTest::newRow("at the last batch") << Scanned / BatchSize;
    }

    void killedRunIsInterruptedAndResumeResendsNoStoredPaper()
    {
        QFETCH(int, killAfterRequests);
        m_llm->setLatencyMs(200);
        auto victim = startScore();
        QTRY_VERIFY_WITH_TIMEOUT(m_llm->requestCount() >= killAfterRequests, 30000);
        ::kill(static_cast<pid_t>(victim->processId()), SIGKILL);
        QVERIFY(waitFinished(*victim));
        const int stored = count(u"SELECT COUNT(*) FROM scores"_s);
        const QStringList withProse = ids(u"SELECT arxiv_id FROM scores WHERE detail = 'asked'"_s);
        m_llm->clearRecord();
        // `days` tells that the day's run was stopped, before anything resumes it.
        const test::CliResult days = test::runPaperdesk(
            {u"days"_s, u"--json"_s, u"--data-dir"_s, m_dataDir, u"--profile"_s, m_profilePath},
            environment());
        const QJsonArray list = QJsonDocument::fromJson(days.out).object()[u"days"_s].toArray();
        QVERIFY2(!list.isEmpty() && list.first()[u"interrupted"_s].toBool(), days.out.constData());

        auto resume = startScore();
        QVERIFY(waitFinished(*resume));
        QVERIFY2(resume->exitCode() == 0, resume->readAllStandardError().constData());
        // Nothing stored before the kill is sent again; only what was in flight is.
        QCOMPARE(timesSent().size(), Scanned - stored);
        const QHash<QString, int> prose = timesSent(false);
        for (const QString &id : withProse) {
            QVERIFY2(!prose.contains(id), qPrintable(u"prose asked again: "_s + id));
        }
        // Every relevant or hotspot paper has its prose after the resume.
        QCOMPARE(count(u"SELECT COUNT(*) FROM scores WHERE detail = 'not_asked' AND ((relevance >= 8 AND "
                       u"novelty >= 8) OR hotspot_tags <> '[]')"_s),
                 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM scores WHERE status = 'scored'"_s), Scanned);
        QCOMPARE(count(u"SELECT COUNT(*) FROM runs WHERE state = 'running'"_s), 0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM runs WHERE state = 'interrupted'"_s), 1);
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        QVERIFY(db.open(&error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
    }

    void silentServerMeetsTheDeadline()
    {
        m_llm->setBehaviour(FakeLlmServer::Behaviour::slow(600000)); // accepts, never answers in time
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        QVERIFY(db.open(&error));
        QNetworkAccessManager nam;
        core::Profile p = profile();
        p.model.concurrency = 2;
        p.model.timeoutSeconds = 600;
        pipeline::DailyRun run(db, &nam, p, apiKey);
        run.setDeadline(std::chrono::milliseconds(1500));
        QSignalSpy finished(&run, &pipeline::DailyRun::finished);
        run.start(day, true);
        QVERIFY(finished.wait(30000)); // bounded by the deadline, not by 600 s timeouts × retries
        QCOMPARE(finished.at(0).at(1).value<pipeline::Outcome>(), pipeline::Outcome::RemoteFailure);
        QVERIFY(finished.at(0).at(2).toString().contains(u"deadline"_s));
        const QString fp = finished.at(0).at(0).value<pipeline::ScoreSummary>().fingerprint;
        QCOMPARE(
            count(u"SELECT COUNT(*) FROM scores WHERE status = 'failed' AND failure LIKE '%deadline%'"_s),
            Scanned);
        QVERIFY(!fp.isEmpty());
        // The run's cost stays known: requests that got no answer cost nothing.
        QVERIFY(store::RunRepository(db).usageOfDay(day).totalCost().has_value());
    }

    void failureNeverReplacesAStoredScore()
    {
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        QVERIFY(db.open(&error));
        const QString id = test::samplePaper(1).arxivId;
        store::ScoreRepository scores(db);
        QVERIFY2(scores.putBatch({test::sampleScore(id, u"fp"_s, 8, 9)}, &error), qPrintable(error));
        core::Score failed;
        failed.arxivId = id;
        failed.fingerprint = u"fp"_s;
        failed.status = core::Score::Status::Failed;
        failed.failure = u"another process gave up on it"_s;
        QVERIFY2(scores.putBatch({failed}, &error), qPrintable(error));
        const std::optional<core::Score> kept = scores.find(id, u"fp"_s);
        QCOMPARE(kept->status, core::Score::Status::Scored);
        QCOMPARE(kept->relevance, 8);
        // A newer score does replace a failure, and a newer score replaces an older one.
        const QString other = test::samplePaper(2).arxivId;
        failed.arxivId = other;
        QVERIFY(scores.putBatch({failed}, &error));
        QVERIFY(scores.putBatch({test::sampleScore(other, u"fp"_s, 3, 4)}, &error));
        QCOMPARE(scores.find(other, u"fp"_s)->relevance, 3);
    }

    void failedBatchCostsNothingAndTheRunCostStaysKnown()
    {
        m_llm->enqueue(FakeLlmServer::Behaviour::httpStatus(500));
        store::Database db(core::DataDir(m_dataDir).databasePath());
        QString error;
        QVERIFY(db.open(&error));
        QNetworkAccessManager nam;
        pipeline::DailyRun run(db, &nam, profile(), apiKey);
        run.setRetryBackoffMs(10);
        QSignalSpy finished(&run, &pipeline::DailyRun::finished);
        run.start(day, true);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.at(0).at(1).value<pipeline::Outcome>(), pipeline::Outcome::SomeFailed);
        const core::Usage usage = store::RunRepository(db).usageOfDay(day);
        QVERIFY(usage.totalCost().has_value());
        QCOMPARE(usage.requests, m_llm->billed().requests);
        QVERIFY(*usage.totalCost() > 0.0);
    }
};

QTEST_GUILESS_MAIN(TestFaultsRuns)
#include "tst_faults_runs.moc"
