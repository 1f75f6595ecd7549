// Batch mode end to end: DailyRun against the strict fake Batch APIs of OpenAI and Anthropic, and
// the command line's --batch / --no-wait, a kill while waiting and the run that collects.
#include "clirunner.h"
#include "core/datadir.h"
#include "core/profile.h"
#include "fakebatchserver.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "llm/pricing.h"
#include "pipeline/dailyrun.h"
#include "pipeline/outcome.h"
#include "store/batchrepository.h"
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
using test::FakeBatchServer;
using test::FakeLlmServer;

namespace {

const QDate day{2026, 4, 21};
const QString apiKey = u"sk-test-BATCH-77"_s;
constexpr int Scanned = 20;

struct RunResult {
    pipeline::ScoreSummary summary;
    pipeline::Outcome result = pipeline::Outcome::LocalFailure;
    QString message;
    QStringList progress; // every progress message, in order
};

// The papers a chat request body asks about, and whether it asks for scores (pass 1).
QStringList papersOf(const QJsonObject &body)
{
    QString text;
    for (const QJsonValue &m : body.value(u"messages"_s).toArray()) {
        const QJsonValue content = m.toObject().value(u"content"_s);
        if (content.isString()) {
            text += content.toString();
        }
        for (const QJsonValue &block : content.toArray()) {
            text += block.toObject().value(u"text"_s).toString();
        }
    }
    return FakeLlmServer::paperIds(text);
}

bool asksScores(const QJsonObject &body)
{
    return !QJsonDocument(body).toJson().contains(R"(Assessed: RELEVANCE)");
}

} // namespace

class TestBatchRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakeBatchServer> m_server;
    QNetworkAccessManager m_nam;

    core::Profile profile(core::Profile::Provider provider = core::Profile::Provider::OpenAi) const
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.provider = provider;
        if (provider == core::Profile::Provider::Anthropic) {
            p.model.preset = u"anthropic"_s;
            p.model.model = u"claude-haiku-4-5"_s;
        } else {
            p.model.preset = u"openai"_s;
        }
        p.model.baseUrl = m_server->baseUrl();
        p.model.runMode = core::Profile::Model::RunMode::Batch;
        p.model.overnightBatchSize = 5;
        p.model.retries = 1;
        p.model.timeoutSeconds = 10;
        return p;
    }

    RunResult run(const core::Profile &p, bool wait = true)
    {
        pipeline::DailyRun dailyRun(*m_db, &m_nam, p, apiKey);
        dailyRun.setRetryBackoffMs(10);
        dailyRun.setPollIntervals(std::chrono::milliseconds(20), std::chrono::milliseconds(80));
        dailyRun.setWaitForBatches(wait);
        QSignalSpy spy(&dailyRun, &pipeline::DailyRun::finished);
        RunResult r;
        connect(&dailyRun, &pipeline::DailyRun::progress, this,
                [&r](const pipeline::Progress &step) { r.progress.append(step.message); });
        dailyRun.start(day, true);
        if (!spy.wait(60000)) {
            return r;
        }
        r.summary = spy.at(0).at(0).value<pipeline::ScoreSummary>();
        r.result = spy.at(0).at(1).value<pipeline::Outcome>();
        r.message = spy.at(0).at(2).toString();
        return r;
    }

    // How often each paper was sent to be scored across every submission.
    QHash<QString, int> scoredSends() const
    {
        QHash<QString, int> sent;
        for (const FakeBatchServer::Submission &s : m_server->submissions()) {
            for (const QJsonObject &body : s.bodies) {
                if (asksScores(body)) {
                    for (const QString &id : papersOf(body)) {
                        ++sent[id];
                    }
                }
            }
        }
        return sent;
    }

    void verifyScoresAreTheFakes(const QString &fingerprint)
    {
        store::ScoreRepository scores(*m_db);
        for (int i = 1; i <= Scanned; ++i) {
            const QString id = test::samplePaper(i).arxivId;
            const std::optional<core::Score> s = scores.find(id, fingerprint);
            QVERIFY2(s && s->status == core::Score::Status::Scored, qPrintable(id));
            QCOMPARE(s->relevance, FakeLlmServer::relevanceFor(id));
            QCOMPARE(s->novelty, FakeLlmServer::noveltyFor(id));
            QCOMPARE(s->primaryTopic, m_server->scorer().topicFor(id));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<store::Database>(m_dir.filePath(u"db%1/paperdesk.sqlite"_s.arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(test::storeDay(*m_db, day, 1, Scanned));
        m_server = std::make_unique<FakeBatchServer>();
        QVERIFY(m_server->listen());
        m_server->setRequiredKey(apiKey);
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void openAiBatchScoresEveryPaperAtTheBatchPrice()
    {
        const RunResult r = run(profile());
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        QCOMPARE(r.summary.scored, Scanned);
        verifyScoresAreTheFakes(r.summary.fingerprint);
        // Pass 1 as one batch of 4 lines, then pass 2 for the relevant and hotspot papers.
        const QList<FakeBatchServer::Submission> subs = m_server->submissions();
        QVERIFY(subs.size() >= 1 && subs.size() <= 2);
        QCOMPARE(subs.first().lineCount(), 4);
        QCOMPARE(subs.first().bodies.first().value(u"model"_s).toString(), u"gpt-5.4"_s);
        for (const int times : scoredSends()) {
            QCOMPARE(times, 1);
        }
        // Multipart upload with purpose=batch, then a batch for /v1/chat/completions in 24 h.
        bool uploaded = false;
        for (const test::HttpRequest &req : m_server->requests()) {
            if (req.path == "/v1/files" && req.method == "POST") {
                const auto parts = FakeBatchServer::parseMultipart(req.header("content-type"), req.body);
                QVERIFY(parts && parts->size() == 2);
                uploaded = true;
            }
        }
        QVERIFY(uploaded);
        // Half price: the usage priced at the batch row is what the run recorded.
        const core::Usage usage = store::RunRepository(*m_db).usageOfDay(day);
        QVERIFY(usage.requests >= 4);
        const core::PriceRow list = *core::ModelCatalog::builtIn().priceFor(profile(), u"gpt-5.4"_s);
        const core::Usage atList = llm::Pricing::priced(usage, list);
        QVERIFY(usage.totalCost().has_value());
        QVERIFY2(
            qAbs(*usage.totalCost() - *atList.totalCost() / 2) < 1e-9,
            qPrintable(
                u"%1 at batch price, %2 at list price"_s.arg(*usage.totalCost()).arg(*atList.totalCost())));
        QVERIFY(!store::BatchRepository(*m_db).waiting(day));
    }

    void everyOpenAiStatusThenExpiredAndErroredLinesAreAskedAgain()
    {
        m_server->setOpenAiStatuses({u"validating"_s, u"in_progress"_s, u"finalizing"_s, u"completed"_s});
        m_server->markExpired({u"l0-scores-r0"_s});
        m_server->markErrored({u"l1-scores-r0"_s});
        const RunResult r = run(profile());
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        verifyScoresAreTheFakes(r.summary.fingerprint);
        // The ten papers of the two bad lines went out once more, in a later batch.
        const QHash<QString, int> sent = scoredSends();
        int twice = 0;
        for (auto it = sent.cbegin(); it != sent.cend(); ++it) {
            twice += it.value() == 2;
            QVERIFY(it.value() <= 2);
        }
        QCOMPARE(twice, 10);
        QVERIFY(m_server->submissions().size() >= 2);
    }

    void anthropicBatchWithCancelingAndExpiredLines()
    {
        m_server->setAnthropicStatuses({u"in_progress"_s, u"canceling"_s, u"ended"_s});
        m_server->markExpired({u"l2-scores-r0"_s});
        const RunResult r = run(profile(core::Profile::Provider::Anthropic));
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        verifyScoresAreTheFakes(r.summary.fingerprint);
        bool created = false;
        for (const test::HttpRequest &req : m_server->requests()) {
            created |= req.path == "/v1/messages/batches" && req.method == "POST";
            QCOMPARE(req.header("x-api-key"), apiKey.toUtf8());
        }
        QVERIFY(created);
    }

    void aBusyBatchApiShowsTheRetryInTheProgress()
    {
        m_server->failNext("/v1/batches", 429);
        const RunResult r = run(profile());
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        const QString expected = u"Provider busy, retrying in 1 s (1/%1)…"_s.arg(profile().model.retries);
        QVERIFY2(r.progress.contains(expected), qPrintable(r.progress.join(u'\n')));
    }

    void aBatchThatFailsAsAWholeIsAskedAgain()
    {
        m_server->failNextBatch(u"Enqueued token limit reached for gpt-5.4."_s);
        const RunResult r = run(profile());
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        verifyScoresAreTheFakes(r.summary.fingerprint);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT message FROM provider_batches WHERE state = 'failed'"_s) && q.next());
        QVERIFY2(q.value(0).toString().contains(u"Enqueued token limit"_s),
                 qPrintable(q.value(0).toString()));
    }

    void noWaitReturnsAtSubmissionAndTheNextRunCollects()
    {
        m_server->setOpenAiStatuses({u"validating"_s, u"in_progress"_s, u"completed"_s});
        const RunResult first = run(profile(), false);
        QCOMPARE(first.result, pipeline::Outcome::Done);
        QVERIFY(first.summary.waitingForBatch);
        QCOMPARE(first.summary.scored, 0);
        QVERIFY(store::BatchRepository(*m_db).waiting(day));
        QCOMPARE(m_server->submissions().size(), 1);
        // An immediate-mode run collects the batch before sending anything new.
        core::Profile immediate = profile();
        immediate.model.runMode = core::Profile::Model::RunMode::Immediate;
        const RunResult second = run(profile());
        QVERIFY2(second.result == pipeline::Outcome::Done, qPrintable(second.message));
        verifyScoresAreTheFakes(second.summary.fingerprint);
        for (const int times : scoredSends()) {
            QCOMPARE(times, 1);
        }
        QVERIFY(!store::BatchRepository(*m_db).waiting(day));
    }

    void killWhileWaitingThenResumeSendsNoPaperTwice()
    {
        // Through the command line: a long batch, the process killed while it polls, then a plain
        // `score` collects it.
        const QString dataDir = m_dir.filePath(u"cli%1"_s.arg(++m_counter));
        {
            store::Database db(core::DataDir(dataDir).databasePath());
            QString error;
            QVERIFY(db.open(&error));
            QVERIFY(test::storeDay(db, day, 1, Scanned));
        }
        const QString profilePath = m_dir.filePath(u"profile%1.json"_s.arg(m_counter));
        QString error;
        QVERIFY(core::ProfileJson::save(profile(), profilePath, &error));
        QStringList statuses;
        for (int i = 0; i < 40; ++i) {
            statuses.append(u"in_progress"_s);
        }
        statuses.append(u"completed"_s);
        m_server->setOpenAiStatuses(statuses);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PAPERDESK_API_KEY"_s, apiKey);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        const QStringList common{
            u"--date"_s, day.toString(Qt::ISODate), u"--data-dir"_s, dataDir, u"--profile"_s, profilePath};
        QProcess victim;
        victim.setProcessEnvironment(env);
        victim.start(qEnvironmentVariable("PAPERDESK_TEST_BINARY"),
                     test::TestSeams{}.arguments() + QStringList{u"score"_s, u"--batch"_s} + common);
        QTRY_VERIFY_WITH_TIMEOUT(m_server->polls() >= 2, 30000);
        ::kill(static_cast<pid_t>(victim.processId()), SIGKILL);
        QVERIFY(victim.waitForFinished(10000));

        const test::CliResult days = test::runTestBinaryServing(
            test::TestSeams{},
            QStringList{u"days"_s, u"--json"_s, u"--data-dir"_s, dataDir, u"--profile"_s, profilePath}, env);
        const QJsonArray list = QJsonDocument::fromJson(days.out).object()[u"days"_s].toArray();
        QVERIFY2(!list.isEmpty() && list.first()[u"waitingForBatch"_s].toBool(), days.out.constData());
        QVERIFY2(!list.first()[u"interrupted"_s].toBool(), days.out.constData());

        const test::CliResult resume =
            test::runTestBinaryServing(test::TestSeams{}, QStringList{u"score"_s} + common, env);
        QVERIFY2(resume.exitCode == 0, resume.err.constData());
        QCOMPARE(m_server->submissions().first().lineCount(), 4);
        for (const int times : scoredSends()) {
            QCOMPARE(times, 1);
        }
        QCOMPARE(scoredSends().size(), Scanned);
        store::Database db(core::DataDir(dataDir).databasePath());
        QVERIFY(db.open(&error));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM scores WHERE status = 'scored'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Scanned);
    }
};

QTEST_GUILESS_MAIN(TestBatchRun)
#include "tst_cli_batch.moc"
