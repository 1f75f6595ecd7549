#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dailyrun.h"
#include "pipeline/outcome.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "testpostgres.h"

#include <QDirIterator>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::FakeLlmServer;

namespace {

const QDate day{2026, 4, 21};
const QString apiKey = u"sk-test-SECRET-4242-do-not-leak"_s;

struct RunResult {
    pipeline::ScoreSummary summary;
    pipeline::Outcome result = pipeline::Outcome::LocalFailure; // until the run reports
    QString message;
};

} // namespace

class TestDailyRun : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakeLlmServer> m_server;
    QNetworkAccessManager m_nam;
    int m_counter = 0;

    core::Profile profile(core::Profile::Provider provider = core::Profile::Provider::OpenAi) const
    {
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.provider = provider;
        p.model.baseUrl = m_server->baseUrl();
        p.model.batchSize = 5;
        p.model.concurrency = 3;
        p.model.retries = 1;
        p.model.timeoutSeconds = 10;
        return p;
    }

    RunResult run(const core::Profile &p, const QString &key = apiKey, bool retryFailed = true)
    {
        pipeline::DailyRun dailyRun(*m_db, &m_nam, p, key);
        dailyRun.setRetryBackoffMs(10);
        QSignalSpy spy(&dailyRun, &pipeline::DailyRun::finished);
        dailyRun.start(day, retryFailed);
        RunResult r;
        if (!spy.wait(60000)) {
            return r;
        }
        r.summary = spy.at(0).at(0).value<pipeline::ScoreSummary>();
        r.result = spy.at(0).at(1).value<pipeline::Outcome>();
        r.message = spy.at(0).at(2).toString();
        return r;
    }

    // What the fake's clean answer makes of a paper under the default 8/8 thresholds: relevant or
    // hotspot-tagged, so pass 2 asks its prose.
    static bool wantsProse(const QString &id, int minRelevance = 8, int minNovelty = 8)
    {
        const int r = FakeLlmServer::relevanceFor(id);
        const int n = FakeLlmServer::noveltyFor(id);
        return (r >= minRelevance && n >= minNovelty) || r == 10 || n == 10;
    }

    QList<FakeLlmServer::Request> requestsFor(bool scores) const
    {
        QList<FakeLlmServer::Request> out;
        for (const FakeLlmServer::Request &r : m_server->requests()) {
            if (r.asksScores() == scores) {
                out.append(r);
            }
        }
        return out;
    }

    QStringList papersIn(const QList<FakeLlmServer::Request> &requests) const
    {
        QStringList ids;
        for (const FakeLlmServer::Request &r : requests) {
            ids += r.paperIds;
        }
        return ids;
    }

    // Every scanned paper of the day is either scored or failed with a reason.
    void verifyNothingLost(const QString &fingerprint, int *scored, int *failed)
    {
        *scored = 0;
        *failed = 0;
        const store::DayPaperList rows = store::DayRepository(*m_db).papersOfDay(day, fingerprint);
        for (const store::DayPaper &row : rows) {
            if (row.isFiltered()) {
                continue;
            }
            QVERIFY2(row.score.has_value(), qPrintable(row.paper().arxivId + u" has no score"_s));
            if (row.score->status == core::Score::Status::Failed) {
                QVERIFY2(!row.score->failure.isEmpty(), qPrintable(row.paper().arxivId));
                ++*failed;
            } else {
                QVERIFY(row.score->relevance >= 1 && row.score->relevance <= 10);
                ++*scored;
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { PD_REQUIRE_BACKEND(); }

    void init()
    {
        m_db = std::make_unique<store::Database>(
            test::databaseLocation(m_dir.filePath(u"db%1/paperdesk.sqlite"_s.arg(++m_counter))));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(test::storeDay(*m_db, day, 1, 23, 3)); // 20 scanned, 3 filtered
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->listen());
        m_server->setLatencyMs(50);
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void cleanRunScoresEveryPaperAndSecondRunSendsNothing()
    {
        const core::Profile p = profile();
        const RunResult r = run(p);
        QCOMPARE(r.result, pipeline::Outcome::Done);
        QCOMPARE(r.summary.scanned, 20);
        QCOMPARE(r.summary.scored, 20);
        QCOMPARE(r.summary.failed, 0);
        QCOMPARE(requestsFor(true).size(), 4); // 20 papers in batches of 5
        // Pass 2 asks the prose of the relevant and hotspot papers only, in full batches.
        QStringList wanted;
        for (int i = 1; i <= 20; ++i) {
            if (wantsProse(test::samplePaper(i).arxivId)) {
                wanted.append(test::samplePaper(i).arxivId);
            }
        }
        QVERIFY(!wanted.isEmpty() && wanted.size() < 20);
        QStringList asked = papersIn(requestsFor(false));
        asked.sort();
        wanted.sort();
        QCOMPARE(asked, wanted);
        QCOMPARE(requestsFor(false).size(), (wanted.size() + 4) / 5);
        QVERIFY(m_server->maxInFlight() <= 3);
        QVERIFY(m_server->maxInFlight() >= 2);
        int scored = 0;
        int failed = 0;
        verifyNothingLost(r.summary.fingerprint, &scored, &failed);
        QCOMPARE(scored, 20);
        // The fake server's scores arrived intact.
        const QString id = test::samplePaper(1).arxivId;
        const std::optional<core::Score> s = store::ScoreRepository(*m_db).find(id, r.summary.fingerprint);
        QCOMPARE(s->relevance, FakeLlmServer::relevanceFor(id));
        QCOMPARE(s->novelty, FakeLlmServer::noveltyFor(id));
        QCOMPARE(s->primaryTopic, m_server->topicFor(id));
        // Filtered papers were never sent.
        for (const FakeLlmServer::Request &req : m_server->requests()) {
            QVERIFY(!req.paperIds.contains(test::samplePaper(23).arxivId));
        }
        // Usage adds up: the run's prompt tokens are what the server counted, and cost follows the price row.
        qint64 promptTokens = 0;
        for (const FakeLlmServer::Request &req : m_server->requests()) {
            promptTokens += FakeLlmServer::tokensFor(req.promptText);
        }
        const core::Usage usage = store::RunRepository(*m_db).usageOfDay(day);
        QCOMPARE(usage.requests, m_server->requestCount());
        QCOMPARE(usage.promptTokens, promptTokens);
        QVERIFY(usage.completionTokens > 0);
        QCOMPARE(r.summary.usage, usage);
        // The run measured the model's characters per token from the provider's own counts (the
        // fake counts chars / 4), for the next estimate.
        const std::optional<double> ratio = store::RunRepository(*m_db).charsPerToken(p.model.model);
        QVERIFY(ratio.has_value());
        QVERIFY2(*ratio > 3.9 && *ratio <= 4.0, qPrintable(QString::number(*ratio)));
        QVERIFY(usage.totalCost().has_value());
        const double expected = (usage.promptTokens - usage.cachedTokens) * 2.5e-6 +
                                usage.cachedTokens * 0.25e-6 + usage.completionTokens * 15e-6;
        QVERIFY(qAbs(*usage.totalCost() - expected) < 1e-9);

        // A second run under the same settings costs nothing.
        m_server->clearRecord();
        const RunResult again = run(p);
        QCOMPARE(again.result, pipeline::Outcome::Done);
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(again.summary.scored, 20);
        QCOMPARE(store::RunRepository(*m_db).runsOfDay(day).size(), 1);

        // Editing a topic makes a new fingerprint: everything is scored again, old scores stay.
        core::Profile edited = p;
        edited.topics[0].keep += u" Also keep spiking networks."_s;
        const RunResult rescored = run(edited);
        QCOMPARE(requestsFor(true).size(), 4);
        QVERIFY(rescored.summary.fingerprint != r.summary.fingerprint);
        QVERIFY(store::ScoreRepository(*m_db).find(id, r.summary.fingerprint).has_value());
    }

    void authorizationCarriesKeyButNoFileDoes()
    {
        const RunResult r = run(profile());
        QCOMPARE(r.result, pipeline::Outcome::Done);
        for (const FakeLlmServer::Request &req : m_server->requests()) {
            QCOMPARE(req.header("authorization"), QByteArray("Bearer ") + apiKey.toUtf8());
        }
        if (test::onPostgres()) {
            // Every row of every table, the group's and the reader's, as text.
            QSqlQuery tables(m_db->connection());
            QVERIFY(tables.exec(u"SELECT table_schema || '.' || table_name FROM information_schema.tables "
                                u"WHERE table_schema IN ('public', '%1')"_s.arg(m_db->readerSchema())));
            int checked = 0;
            while (tables.next()) {
                QSqlQuery rows(m_db->connection());
                QVERIFY(rows.exec(u"SELECT t::text FROM %1 t"_s.arg(tables.value(0).toString())));
                while (rows.next()) {
                    QVERIFY2(!rows.value(0).toString().contains(apiKey),
                             qPrintable(tables.value(0).toString()));
                }
                ++checked;
            }
            QVERIFY(checked >= 10);
        }
        m_db.reset(); // flush the WAL into the file
        QDirIterator it(m_dir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(apiKey.toUtf8()), qPrintable(f.fileName()));
            ++files;
        }
        QVERIFY(files > 0 || test::onPostgres());
    }

    void missingPapersAreReaskedInSmallerBatches()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::dropIds(2));
        const RunResult r = run(profile());
        int scored = 0;
        int failed = 0;
        verifyNothingLost(r.summary.fingerprint, &scored, &failed);
        QCOMPARE(scored + failed, 20);
        // Re-asks go out in batches smaller than the first ones.
        const QList<FakeLlmServer::Request> reqs = requestsFor(true);
        QVERIFY(reqs.size() > 4);
        QVERIFY(reqs.last().paperIds.size() < 5);
        if (failed > 0) {
            QCOMPARE(r.result, pipeline::Outcome::SomeFailed);
            const store::DayPaperList rows =
                store::DayRepository(*m_db).papersOfDay(day, r.summary.fingerprint);
            for (const store::DayPaper &row : rows) {
                if (row.score && row.score->status == core::Score::Status::Failed) {
                    QVERIFY2(row.score->failure.contains(u"left this paper out"_s) ||
                                 row.score->failure.contains(u"no usable answer"_s),
                             qPrintable(row.score->failure));
                }
            }
        }
    }

    void garbledAnswersEndFailedWithTheReason()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::outOfRange(100));
        const RunResult r = run(profile());
        QCOMPARE(r.result, pipeline::Outcome::SomeFailed);
        int scored = 0;
        int failed = 0;
        verifyNothingLost(r.summary.fingerprint, &scored, &failed);
        QCOMPARE(failed, 20);
        const store::DayPaperList rows = store::DayRepository(*m_db).papersOfDay(day, r.summary.fingerprint);
        QVERIFY2(rows[0].score->failure.contains(u"outside 1–10"_s), qPrintable(rows[0].score->failure));
        // The next run retries the failed papers; with a healthy model they get scored.
        m_server->setBehaviour(FakeLlmServer::Behaviour::clean());
        const RunResult retry = run(profile());
        QCOMPARE(retry.result, pipeline::Outcome::Done);
        QCOMPARE(retry.summary.scored, 20);
        QCOMPARE(retry.summary.failed, 0);
    }

    void messyButReadableAnswersAreAccepted()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::malformed());
        const RunResult r = run(profile());
        QCOMPARE(r.result, pipeline::Outcome::Done);
        QCOMPARE(r.summary.scored, 20);
    }

    void rateLimitIsHonouredThenScored()
    {
        m_server->enqueue(FakeLlmServer::Behaviour::httpStatus(429, 1));
        const RunResult r = run(profile());
        QCOMPARE(r.result, pipeline::Outcome::Done);
        QCOMPARE(r.summary.scored, 20);
    }

    void serverErrorsExhaustedFailPapersWithReason()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::httpStatus(500));
        const RunResult r = run(profile());
        QCOMPARE(r.result, pipeline::Outcome::RemoteFailure);
        int scored = 0;
        int failed = 0;
        verifyNothingLost(r.summary.fingerprint, &scored, &failed);
        QCOMPARE(failed, 20);
        const store::DayPaperList rows = store::DayRepository(*m_db).papersOfDay(day, r.summary.fingerprint);
        QVERIFY2(rows[0].score->failure.contains(u"500"_s), qPrintable(rows[0].score->failure));
    }

    void badKeyStopsAtOnceAndLeavesPapersUnscored()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::httpStatus(401));
        const RunResult r = run(profile());
        QCOMPARE(r.result, pipeline::Outcome::RemoteFailure);
        QVERIFY2(r.message.contains(u"API key"_s), qPrintable(r.message));
        QVERIFY(!r.message.contains(apiKey));
        QVERIFY(m_server->requestCount() <= 3); // the requests already in flight, nothing after
        // Not failed: nothing is wrong with the papers. They stay unscored for the next run.
        QCOMPARE(store::ScoreRepository(*m_db).unscoredIds(day, r.summary.fingerprint).size(), 20);
    }

    void anthropicRoundTrip()
    {
        core::Profile p = profile(core::Profile::Provider::Anthropic);
        p.model.preset = u"anthropic"_s;
        p.model.model = u"claude-sonnet-4-5"_s;
        const RunResult r = run(p);
        QCOMPARE(r.result, pipeline::Outcome::Done);
        QCOMPARE(r.summary.scored, 20);
        QCOMPARE(m_server->requests().first().api, FakeLlmServer::Api::Anthropic);
        QCOMPARE(m_server->requests().first().header("x-api-key"), apiKey.toUtf8());
    }

    void noKeyRefusesInsteadOfScoringByKeywords()
    {
        core::Profile p = profile();
        p.model.baseUrl = QUrl(u"https://api.example.invalid/v1"_s);
        const RunResult r = run(p, QString());
        QCOMPARE(r.result, pipeline::Outcome::BadInput);
        QVERIFY(!r.summary.heuristic);
        QCOMPARE(r.summary.scored, 0);
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(r.message.contains(u"PAPERDESK_API_KEY"_s));
    }

    void explicitHeuristicScoresOfflineAndLabelsIt()
    {
        core::Profile p = profile(core::Profile::Provider::Heuristic);
        const RunResult r = run(p, QString());
        QCOMPARE(r.result, pipeline::Outcome::Done);
        QVERIFY(r.summary.heuristic);
        QCOMPARE(r.summary.scored, 20);
        QCOMPARE(m_server->requestCount(), 0);
        const store::DayPaperList rows = store::DayRepository(*m_db).papersOfDay(day, r.summary.fingerprint);
        QVERIFY(rows[0].score->heuristic);
        QCOMPARE(r.summary.usage.requests, 0);
        QCOMPARE(store::RunRepository(*m_db).runsOfDay(day).first().model, core::HeuristicModelId);
    }

    void cancelKeepsCommittedBatchesAndNextRunDoesTheRest()
    {
        m_server->setLatencyMs(300);
        core::Profile p = profile();
        p.model.concurrency = 1;
        QString fingerprint;
        {
            pipeline::DailyRun dailyRun(*m_db, &m_nam, p, apiKey);
            QSignalSpy committed(&dailyRun, &pipeline::DailyRun::batchCommitted);
            QSignalSpy finished(&dailyRun, &pipeline::DailyRun::finished);
            dailyRun.start(day, true);
            QVERIFY(committed.wait(10000));
            dailyRun.cancel();
            QVERIFY(!finished.isEmpty() || finished.wait(10000));
            fingerprint = finished.at(0).at(0).value<pipeline::ScoreSummary>().fingerprint;
        }
        const int left = static_cast<int>(store::ScoreRepository(*m_db).unscoredIds(day, fingerprint).size());
        QVERIFY(left > 0 && left < 20);
        m_server->clearRecord();
        m_server->setLatencyMs(10);
        const RunResult r = run(p);
        QCOMPARE(r.summary.scored, 20);
        QCOMPARE(papersIn(requestsFor(true)).size(), left); // only what was left
    }

    void twoPassReadsSloppyCompactRepliesThenALoweredThresholdAsksOnlyTheNewProse()
    {
        // Pass 1 in every sloppy shape: fences and prose, pretty-printed, trailing commas, numbers
        // as strings, prefixed and versioned ids.
        m_server->setBehaviour(FakeLlmServer::Behaviour::malformed());
        const core::Profile p = profile();
        const RunResult r = run(p);
        QCOMPARE(r.result, pipeline::Outcome::Done);
        QCOMPARE(r.summary.scored, 20);
        QVERIFY(requestsFor(true).first().promptText.contains(
            u"{\"id\":\"2604.01234\",\"r\":7,\"n\":5,\"t\":3,\"h\":[]}"_s));
        store::ScoreRepository scores(*m_db);
        int withProse = 0;
        for (int i = 1; i <= 20; ++i) {
            const QString id = test::samplePaper(i).arxivId;
            const std::optional<core::Score> s = scores.find(id, r.summary.fingerprint);
            QVERIFY(s);
            QCOMPARE(s->relevance, FakeLlmServer::relevanceFor(id));
            QCOMPARE(s->novelty, FakeLlmServer::noveltyFor(id));
            QCOMPARE(s->primaryTopic, m_server->topicFor(id));
            QCOMPARE(s->detail == core::Score::Detail::Asked, wantsProse(id));
            QCOMPARE(s->comment.isEmpty(), !wantsProse(id));
            withProse += wantsProse(id);
        }
        QCOMPARE(r.summary.detailed, withProse);

        // Relevance ≥ 7 instead of 8: pass 2 for the papers that pass now, no scoring request.
        m_server->clearRecord();
        m_server->setBehaviour(FakeLlmServer::Behaviour::clean());
        core::Profile lowered = p;
        lowered.thresholds.relevance = 7;
        const RunResult more = run(lowered);
        QCOMPARE(more.summary.fingerprint, r.summary.fingerprint); // thresholds are not in it
        QCOMPARE(requestsFor(true).size(), 0);
        QStringList newly;
        for (int i = 1; i <= 20; ++i) {
            const QString id = test::samplePaper(i).arxivId;
            if (wantsProse(id, 7, 8) && !wantsProse(id)) {
                newly.append(id);
            }
        }
        QStringList asked = papersIn(requestsFor(false));
        asked.sort();
        newly.sort();
        QCOMPARE(asked, newly);
        QCOMPARE(more.summary.detailed, newly.size());
        QVERIFY(newly.isEmpty() || more.summary.usage.requests > 0);
    }

    void singlePassAndTwoPassGiveTheSameScores()
    {
        core::Profile single = profile();
        single.model.commentsFor = core::Profile::Model::Comments::Every;
        const RunResult a = run(single);
        const RunResult b = run(profile());
        QVERIFY(a.summary.fingerprint != b.summary.fingerprint); // the option is in the fingerprint
        store::ScoreRepository scores(*m_db);
        for (int i = 1; i <= 20; ++i) {
            const QString id = test::samplePaper(i).arxivId;
            const core::Score x = *scores.find(id, a.summary.fingerprint);
            const core::Score y = *scores.find(id, b.summary.fingerprint);
            QCOMPARE(y.relevance, x.relevance);
            QCOMPARE(y.novelty, x.novelty);
            QCOMPARE(y.primaryTopic, x.primaryTopic);
            QCOMPARE(y.hotspotTags, x.hotspotTags);
            QCOMPARE(x.detail, core::Score::Detail::Asked);
        }
    }

    void reasksArePooledAndASinglePaperGoesOnlyInTheLastRound()
    {
        // Two batches of 10, each answer leaves out its last paper: the two missing papers are asked
        // together (round 1); that answer leaves one out, asked alone (round 2, the last).
        m_server->setBehaviour(FakeLlmServer::Behaviour::dropIds(1));
        core::Profile p = profile();
        p.model.batchSize = 10;
        p.model.commentsFor = core::Profile::Model::Comments::Every;
        const RunResult r = run(p);
        QList<qsizetype> sizes;
        for (const FakeLlmServer::Request &req : requestsFor(true)) {
            sizes.append(req.paperIds.size());
        }
        QCOMPARE(sizes, (QList<qsizetype>{10, 10, 2, 1}));
        QCOMPARE(r.summary.scored, 19);
        QCOMPARE(r.summary.failed, 1); // left out of its first answer and both re-asks
    }
};

QTEST_GUILESS_MAIN(TestDailyRun)
#include "tst_dailyrun.moc"
