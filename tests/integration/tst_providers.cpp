// Each provider preset scores a day end to end against a fake that enforces that provider's
// documented request rules; what the run records as usage is what the fake billed.
#include "core/modelcatalog.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "llm/promptbuilder.h"
#include "pipeline/connectiontest.h"
#include "pipeline/dailyrun.h"
#include "pipeline/outcome.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using test::FakeLlmServer;

namespace {

const QDate day{2026, 4, 21};
const QString apiKey = u"sk-test-PROVIDER-7781"_s;
constexpr int Scanned = 20;

struct RunResult {
    pipeline::ScoreSummary summary;
    pipeline::Outcome result = pipeline::Outcome::LocalFailure; // until the run reports
    QString message;
};

FakeLlmServer::Flavour flavourOf(const QString &preset)
{
    if (preset == u"openai") {
        return FakeLlmServer::Flavour::OpenAi;
    }
    if (preset == u"anthropic") {
        return FakeLlmServer::Flavour::Anthropic;
    }
    if (preset == u"gemini") {
        return FakeLlmServer::Flavour::Gemini;
    }
    if (preset == u"openrouter") {
        return FakeLlmServer::Flavour::OpenRouter;
    }
    if (preset == u"deepseek") {
        return FakeLlmServer::Flavour::DeepSeek;
    }
    return FakeLlmServer::Flavour::Local;
}

} // namespace

class TestProviders : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<FakeLlmServer> m_server;
    QNetworkAccessManager m_nam;
    int m_counter = 0;

    // The preset's defaults, pointed at the fake.
    core::Profile profileFor(const QString &presetId, const QString &model = {})
    {
        const std::optional<core::ProviderPreset> preset = core::ModelCatalog::builtIn().preset(presetId);
        core::Profile p = core::ProfileJson::defaultProfile();
        p.model.preset = presetId;
        p.model.provider = preset->api;
        p.model.model = model.isEmpty() ? preset->models.value(0, u"lab-model"_s) : model;
        p.model.temperature.reset();
        p.model.reasoningEffort.clear();
        p.model.batchSize = 5;
        p.model.concurrency = 2;
        p.model.retries = 1;
        p.model.timeoutSeconds = 10;
        m_server->setFlavour(flavourOf(presetId));
        p.model.baseUrl = m_server->baseUrl();
        return p;
    }

    RunResult run(const core::Profile &p, const QString &key = apiKey,
                  const core::ModelCatalog &catalog = core::ModelCatalog::builtIn())
    {
        pipeline::DailyRun dailyRun(*m_db, &m_nam, p, key, catalog);
        dailyRun.setRetryBackoffMs(10);
        QSignalSpy spy(&dailyRun, &pipeline::DailyRun::finished);
        dailyRun.start(day, true);
        RunResult r;
        if (!spy.wait(60000)) {
            return r;
        }
        r.summary = spy.at(0).at(0).value<pipeline::ScoreSummary>();
        r.result = spy.at(0).at(1).value<pipeline::Outcome>();
        r.message = spy.at(0).at(2).toString();
        return r;
    }

    // The day's stored usage is exactly what the fake billed.
    void verifyUsageIsWhatWasBilled()
    {
        const core::Usage stored = store::RunRepository(*m_db).usageOfDay(day);
        const FakeLlmServer::Billed billed = m_server->billed();
        QCOMPARE(stored.requests, billed.requests);
        QCOMPARE(stored.promptTokens, billed.promptTokens);
        QCOMPARE(stored.completionTokens, billed.completionTokens);
        QCOMPARE(stored.cachedTokens, billed.cachedTokens);
        QCOMPARE(stored.cacheWriteTokens, billed.cacheWriteTokens);
        QCOMPARE(stored.reasoningTokens, billed.reasoningTokens);
    }

    void verifyEveryRequestWasAccepted()
    {
        for (const FakeLlmServer::Request &r : m_server->requests()) {
            QVERIFY2(r.answeredStatus == 200,
                     qPrintable(
                         u"HTTP %1 for %2"_s.arg(r.answeredStatus).arg(QString::fromUtf8(r.body.left(300)))));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<store::Database>(m_dir.filePath(u"db%1/paperdesk.sqlite"_s.arg(++m_counter)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        QVERIFY(test::storeDay(*m_db, day, 1, Scanned + 2, 2));
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->listen());
    }

    void cleanup()
    {
        m_server.reset();
        m_db.reset();
    }

    void eachPresetScoresADayWithItsDefaults_data()
    {
        QTest::addColumn<QString>("preset");
        for (const core::ProviderPreset &p : core::ModelCatalog::builtIn().presets()) {
            QTest::newRow(qPrintable(p.id)) << p.id;
        }
    }

    void eachPresetScoresADayWithItsDefaults()
    {
        QFETCH(QString, preset);
        core::Profile p = profileFor(preset);
        const core::ProviderPreset info = *core::ModelCatalog::builtIn().preset(preset);
        if (preset == u"custom") {
            m_server->addModel(p.model.model);
        }
        const RunResult r = run(p, info.needsKey ? apiKey : QString());
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        QCOMPARE(r.summary.scored, Scanned);
        QCOMPARE(r.summary.failed, 0);
        verifyEveryRequestWasAccepted();
        verifyUsageIsWhatWasBilled();
        const core::Usage stored = store::RunRepository(*m_db).usageOfDay(day);
        if (preset == u"openai" || preset == u"anthropic" || info.free) {
            QVERIFY2(stored.totalCost().has_value(), "the cost of a preset's default model is known");
        }
        if (!info.needsKey) {
            QVERIFY(m_server->requests().first().header("authorization").isEmpty());
        }
    }

    void eachSuggestedOpenAiModelScoresADay_data()
    {
        QTest::addColumn<QString>("model");
        const QStringList models = core::ModelCatalog::builtIn().preset(u"openai"_s)->models;
        for (const QString &m : models) {
            QTest::newRow(qPrintable(m)) << m;
        }
    }

    void eachSuggestedOpenAiModelScoresADay()
    {
        QFETCH(QString, model);
        core::Profile p = profileFor(u"openai"_s, model);
        p.model.temperature = 0.0; // what 0.1 saved for everyone: the run must not send it where refused
        const RunResult r = run(p);
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        QCOMPARE(r.summary.scored, Scanned);
        verifyEveryRequestWasAccepted();
        verifyUsageIsWhatWasBilled();
        QVERIFY(store::RunRepository(*m_db).usageOfDay(day).totalCost().has_value());
        const QJsonObject body = m_server->requests().first().json;
        QVERIFY(body.contains(u"max_completion_tokens"_s));
        QVERIFY(!body.contains(u"max_tokens"_s));
    }

    void rejectedSettingStopsAtTheFirstReplyAndLeavesPapersUnscored()
    {
        // A stale model list that believes gpt-5-mini takes a temperature.
        QTemporaryDir dir;
        QFile file(dir.filePath(u"models.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"families":[{"id":"gpt-5-mini","presets":["openai"],"match":"gpt-5-mini",
            "maxTokensParameter":"max_completion_tokens"}]})");
        file.close();
        QString warning;
        const core::ModelCatalog stale = core::ModelCatalog::withOverride(file.fileName(), &warning);
        core::Profile p = profileFor(u"openai"_s, u"gpt-5-mini"_s);
        p.model.temperature = 0.0;
        p.model.concurrency = 1;
        const RunResult r = run(p, apiKey, stale);
        QCOMPARE(r.result, pipeline::Outcome::RemoteFailure);
        QCOMPARE(m_server->requestCount(), 1); // nothing more was sent
        QVERIFY2(r.message.contains(u"Temperature"_s), qPrintable(r.message));
        QVERIFY(!r.message.contains(apiKey));
        // Unscored, not failed: the next run, after the fix, scores them all.
        QCOMPARE(r.summary.failed, 0);
        QCOMPARE(store::ScoreRepository(*m_db).unscoredIds(day, r.summary.fingerprint).size(), Scanned);
    }

    void rejectedSettingWithRequestsInFlightSendsNoMore()
    {
        core::Profile p = profileFor(u"openai"_s, u"gpt-9-ultra"_s); // no such model: 404
        p.model.concurrency = 3;
        const RunResult r = run(p);
        QCOMPARE(r.result, pipeline::Outcome::RemoteFailure);
        QVERIFY(m_server->requestCount() <= 3);
        QVERIFY2(r.message.contains(u"model"_s, Qt::CaseInsensitive), qPrintable(r.message));
        QCOMPARE(store::ScoreRepository(*m_db).unscoredIds(day, r.summary.fingerprint).size(), Scanned);
    }

    void tooLongBatchIsSplitAndOnlyALonePaperFails()
    {
        core::Profile p = profileFor(u"openai"_s, u"gpt-5.4"_s);
        // Room for the instructions, two papers and the reply limit of two: a batch of five is too long.
        const core::Profile sent = pipeline::DailyRun::effectiveProfile(p);
        const llm::PromptBuilder prompt(sent);
        const QList<core::Paper> two{test::samplePaper(1), test::samplePaper(2)};
        const qint64 window = FakeLlmServer::tokensFor(prompt.systemPrompt() + prompt.userPrompt(two)) +
                              core::ModelCatalog::builtIn().replyLimit(sent, 2) + 50;
        m_server->setContextWindow(static_cast<int>(window));
        const RunResult r = run(p);
        QVERIFY2(r.summary.scored + r.summary.failed == Scanned, qPrintable(r.message));
        verifyUsageIsWhatWasBilled();
        // Split requests were sent for fewer papers than the batch size.
        bool split = false;
        for (const FakeLlmServer::Request &req : m_server->requests()) {
            split = split || (req.answeredStatus == 200 && req.paperIds.size() < p.model.batchSize);
        }
        QVERIFY(split);
        m_server->setContextWindow(100); // not even one paper fits
        store::Database &db = *m_db;
        QVERIFY(test::storeDay(db, day.addDays(1), 200, 1));
        pipeline::DailyRun lone(db, &m_nam, p, apiKey);
        QSignalSpy spy(&lone, &pipeline::DailyRun::finished);
        lone.start(day.addDays(1), true);
        QVERIFY(spy.wait(30000));
        const store::DayPaperList rows = store::DayRepository(db).papersOfDay(
            day.addDays(1), spy.at(0).at(0).value<pipeline::ScoreSummary>().fingerprint);
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().score);
        QCOMPARE(rows.first().score->status, core::Score::Status::Failed);
        QVERIFY2(rows.first().score->failure.contains(u"alone"_s), qPrintable(rows.first().score->failure));
    }

    void unusableRepliesAreStillCounted()
    {
        core::Profile p = profileFor(u"openai"_s, u"gpt-5.4"_s);
        p.model.retries = 0;
        // Every answer leaves papers out or out of range: re-asked, then failed. All were billed.
        m_server->setBehaviour(FakeLlmServer::Behaviour::outOfRange(5));
        const RunResult r = run(p);
        QCOMPARE(r.summary.failed, Scanned);
        verifyUsageIsWhatWasBilled();
        QVERIFY(m_server->billed().requests > 4);
        QVERIFY(*store::RunRepository(*m_db).usageOfDay(day).totalCost() > 0.0);
    }

    void reasoningTokensAreCountedAndPriced()
    {
        core::Profile p = profileFor(u"openai"_s, u"gpt-5-mini"_s);
        p.model.reasoningEffort = u"low"_s;
        const RunResult r = run(p);
        QVERIFY2(r.result == pipeline::Outcome::Done, qPrintable(r.message));
        const core::Usage stored = store::RunRepository(*m_db).usageOfDay(day);
        QVERIFY(stored.reasoningTokens > 0);
        QVERIFY(stored.reasoningTokens < stored.completionTokens);
        verifyUsageIsWhatWasBilled();
    }

    void noKeyForARemoteProviderSendsNothing()
    {
        core::Profile p = profileFor(u"openai"_s);
        p.model.baseUrl = QUrl(u"https://api.example.invalid/v1"_s);
        const RunResult r = run(p, QString());
        QCOMPARE(r.result, pipeline::Outcome::BadInput);
        QVERIFY(r.message.contains(u"PAPERDESK_API_KEY"_s));
        QVERIFY(r.message.contains(u"--heuristic"_s));
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY(store::ScoreRepository(*m_db).unscoredIds(day, r.summary.fingerprint).size() == Scanned);
    }

    void connectionTestSendsTheRunsRequest()
    {
        core::Profile p = profileFor(u"openai"_s, u"gpt-5-mini"_s);
        p.model.temperature = 0.0;
        pipeline::ConnectionTest test(&m_nam, p, apiKey);
        QSignalSpy spy(&test, &pipeline::ConnectionTest::finished);
        test.start();
        QVERIFY(spy.wait(10000));
        const auto report = spy.at(0).at(0).value<pipeline::ConnectionReport>();
        QVERIFY2(report.ok, qPrintable(report.error));
        QVERIFY(report.answer.contains(u"relevance"_s));
        QVERIFY(report.usage.promptTokens > 0);
        QVERIFY(report.usage.totalCost().has_value());
        QCOMPARE(m_server->requestCount(), 1);
        // The same shape as a run's requests: same parameters, same system prompt, one fenced paper.
        const QJsonObject sent = m_server->requests().first().json;
        QCOMPARE(sent.value(u"reasoning_effort"_s).toString(), u"minimal"_s);
        QVERIFY(!sent.contains(u"temperature"_s));
        QCOMPARE(m_server->requests().first().paperIds,
                 QStringList{pipeline::ConnectionTest::samplePaper().arxivId});

        p.model.model = u"gpt-9-ultra"_s;
        pipeline::ConnectionTest refused(&m_nam, p, apiKey);
        QSignalSpy refusedSpy(&refused, &pipeline::ConnectionTest::finished);
        refused.start();
        QVERIFY(refusedSpy.wait(10000));
        const auto error = refusedSpy.at(0).at(0).value<pipeline::ConnectionReport>();
        QVERIFY(!error.ok);
        QCOMPARE(error.httpStatus, 404);
        QVERIFY2(error.error.contains(u"gpt-9-ultra"_s), qPrintable(error.error));
    }
};

QTEST_GUILESS_MAIN(TestProviders)
#include "tst_providers.moc"
