#include "fakebatchserver.h"
#include "fakellmserver.h"
#include "llm/batchclient.h"
#include "llm/provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::core::Profile;
using pd::llm::BatchClient;
using pd::llm::BatchLine;
using pd::llm::BatchResult;
using pd::llm::BatchState;
using pd::llm::ChatRequest;
using pd::llm::Provider;
using pd::llm::RequestShape;
using pd::test::FakeBatchServer;
using pd::test::FakeLlmServer;
using pd::test::HttpRequest;
using Phase = BatchState::Phase;

namespace {

const QString Key = u"sk-test-Zq81kP0wLm4471"_s;
const QString System = u"You are a careful reviewer."_s;

ChatRequest chat(const QString &paperId)
{
    const QString user =
        u"Score each paper.\n<paper id=\"%1\">\nTitle: Paper %1\nAbstract: New.\n</paper>\n"_s.arg(paperId);
    return ChatRequest{System, user, -1, 1};
}

QString promptOf(const QString &paperId)
{
    const ChatRequest request = chat(paperId);
    return request.system + request.user;
}

QJsonObject jsonOf(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QStringList idsOf(const QList<BatchResult> &results)
{
    QStringList ids;
    for (const BatchResult &result : results) {
        ids.append(result.customId);
    }
    return ids;
}

const BatchResult *find(const QList<BatchResult> &results, const QString &customId)
{
    for (const BatchResult &result : results) {
        if (result.customId == customId) {
            return &result;
        }
    }
    return nullptr;
}

QList<HttpRequest> requestsTo(const FakeBatchServer &server, const QByteArray &method, const QString &path)
{
    QList<HttpRequest> found;
    const QList<HttpRequest> all = server.requests();
    for (const HttpRequest &request : all) {
        if (request.method == method && QString::fromUtf8(request.path) == path) {
            found.append(request);
        }
    }
    return found;
}

} // namespace

class TestBatchClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeBatchServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    Profile profile(Profile::Provider provider = Profile::Provider::OpenAi) const
    {
        Profile p = pd::core::ProfileJson::defaultProfile();
        p.model.provider = provider;
        p.model.preset = provider == Profile::Provider::Anthropic ? u"anthropic"_s : u"openai"_s;
        p.model.baseUrl = m_server->baseUrl();
        p.model.model = provider == Profile::Provider::Anthropic ? u"claude-sonnet-4-5"_s : u"gpt-5-mini"_s;
        p.model.temperature.reset();
        p.model.retries = 3;
        return p;
    }

    std::unique_ptr<BatchClient> client(const Profile &p, const QString &key = Key) const
    {
        auto c = std::make_unique<BatchClient>(m_nam.get(), p, key);
        c->setBaseBackoff(1ms);
        c->setTimeout(5s);
        return c;
    }

    static QList<BatchLine> lines(const Profile &p, int count)
    {
        const RequestShape shape = RequestShape::of(p);
        QList<BatchLine> result;
        for (int n = 1; n <= count; ++n) {
            const QString paper = u"2604.%1"_s.arg(10000 + n);
            result.append(BatchLine{u"p%1"_s.arg(n), Provider::body(shape, chat(paper))});
        }
        return result;
    }

    static BatchState submitted(BatchClient &c, const QList<BatchLine> &batch)
    {
        std::optional<BatchState> state;
        c.submit(batch, [&state](const BatchState &s) { state = s; });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 10000)) {
            return BatchState{Phase::Failed, {}, {}, 0, 0, 0, u"no callback"_s, false};
        }
        return *state;
    }

    static BatchState polled(BatchClient &c, const QString &id)
    {
        std::optional<BatchState> state;
        c.poll(id, [&state](const BatchState &s) { state = s; });
        if (!QTest::qWaitFor([&] { return state.has_value(); }, 10000)) {
            return BatchState{Phase::Failed, id, {}, 0, 0, 0, u"no callback"_s, false};
        }
        return *state;
    }

    // Polls until the batch leaves Pending; `statuses` gets every status seen.
    static BatchState polledToEnd(BatchClient &c, const QString &id, QStringList *statuses)
    {
        BatchState state;
        for (int n = 0; n < 12; ++n) {
            state = polled(c, id);
            statuses->append(state.providerStatus);
            if (state.phase != Phase::Pending) {
                break;
            }
        }
        return state;
    }

    static std::pair<QList<BatchResult>, QString> collected(BatchClient &c, const QString &id)
    {
        std::optional<std::pair<QList<BatchResult>, QString>> out;
        c.collect(id, [&out](const QList<BatchResult> &results, const QString &error) {
            out = {results, error};
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000)) {
            return {{}, u"no callback"_s};
        }
        return *out;
    }

    // Every result ok, with the text and usage the fake's chat endpoint would have answered.
    void verifyAnswered(const QList<BatchResult> &results, const QStringList &customIds)
    {
        for (const QString &customId : customIds) {
            const BatchResult *result = find(results, customId);
            QVERIFY2(result, qPrintable(customId));
            QVERIFY2(result->ok, qPrintable(result->error));
            const QString paper = u"2604.%1"_s.arg(10000 + customId.mid(1).toInt());
            QCOMPARE(result->completion.text, m_server->scorer().replyFor(promptOf(paper)));
            QVERIFY(result->completion.text.contains(paper));
            QCOMPARE(result->completion.usage.requests, 1);
            QCOMPARE(result->completion.usage.promptTokens, FakeLlmServer::tokensFor(promptOf(paper)));
            QVERIFY(result->completion.usage.completionTokens > 0);
            QCOMPARE(result->httpStatus,
                     m_server->submissions().constLast().api == FakeBatchServer::Api::OpenAi ? 200 : 0);
        }
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeBatchServer>();
        QVERIFY(m_server->listen());
        m_server->setRequiredKey(Key);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void supportedProviders()
    {
        Profile p = profile();
        QVERIFY(BatchClient::supported(p)); // the "openai" preset, whatever its URL
        p.model.preset.clear();
        p.model.baseUrl = QUrl(u"https://api.openai.com/v1"_s);
        QVERIFY(BatchClient::supported(p));
        p.model.baseUrl = QUrl(u"https://openrouter.ai/api/v1"_s);
        QVERIFY(!BatchClient::supported(p));
        p.model.baseUrl = QUrl(u"http://localhost:11434/v1"_s);
        QVERIFY(!BatchClient::supported(p));
        p.model.baseUrl = QUrl(u"http://10.0.0.5:9000/v1"_s);
        QVERIFY(!BatchClient::supported(p)); // custom
        QVERIFY(BatchClient::supported(profile(Profile::Provider::Anthropic)));
        QVERIFY(!BatchClient::supported(profile(Profile::Provider::Heuristic)));
    }

    void openAiUploadIsMultipartJsonl()
    {
        const Profile p = profile();
        auto c = client(p);
        const QList<BatchLine> batch = lines(p, 3);
        const BatchState state = submitted(*c, batch);
        QCOMPARE(state.phase, Phase::Pending);
        QCOMPARE(state.providerStatus, u"validating"_s);
        QVERIFY(state.id.startsWith(u"batch_"_s));
        QVERIFY2(state.error.isEmpty(), qPrintable(state.error));

        const QList<HttpRequest> uploads = requestsTo(*m_server, "POST", u"/v1/files"_s);
        QCOMPARE(uploads.size(), 1);
        const HttpRequest &upload = uploads.first();
        QCOMPARE(upload.header("authorization"), QByteArray("Bearer " + Key.toUtf8()));
        QVERIFY(upload.header("content-type").startsWith("multipart/form-data; boundary="));
        const auto parts = FakeBatchServer::parseMultipart(upload.header("content-type"), upload.body);
        QVERIFY(parts);
        QCOMPARE(parts->size(), 2);
        QCOMPARE(parts->at(0).name, QByteArray("purpose"));
        QCOMPARE(parts->at(0).data, QByteArray("batch"));
        QCOMPARE(parts->at(1).name, QByteArray("file"));
        QVERIFY(parts->at(1).filename.endsWith(".jsonl"));
        const QList<QByteArray> rows = parts->at(1).data.trimmed().split('\n');
        QCOMPARE(rows.size(), 3);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = jsonOf(rows.at(i));
            QCOMPARE(row.value(u"custom_id"_s).toString(), batch.at(i).customId);
            QCOMPARE(row.value(u"method"_s).toString(), u"POST"_s);
            QCOMPARE(row.value(u"url"_s).toString(), u"/v1/chat/completions"_s);
            QCOMPARE(row.value(u"body"_s).toObject(), jsonOf(batch.at(i).body));
        }

        const QList<HttpRequest> creates = requestsTo(*m_server, "POST", u"/v1/batches"_s);
        QCOMPARE(creates.size(), 1);
        const QJsonObject create = jsonOf(creates.first().body);
        QVERIFY(create.value(u"input_file_id"_s).toString().startsWith(u"file-"_s));
        QCOMPARE(create.value(u"endpoint"_s).toString(), u"/v1/chat/completions"_s);
        QCOMPARE(create.value(u"completion_window"_s).toString(), u"24h"_s);
        QCOMPARE(m_server->submissions().size(), 1);
        QCOMPARE(m_server->submissions().first().lineCount(), 3);
    }

    void openAiWalksToCompletedWithShuffledResults()
    {
        const Profile p = profile();
        auto c = client(p);
        const QList<BatchLine> batch = lines(p, 6);
        const BatchState created = submitted(*c, batch);
        QCOMPARE(created.phase, Phase::Pending);
        QStringList statuses{created.providerStatus};
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(statuses, (QStringList{u"validating"_s, u"in_progress"_s, u"finalizing"_s, u"completed"_s}));
        QCOMPARE(ended.phase, Phase::Ended);
        QCOMPARE(ended.total, 6);
        QCOMPARE(ended.done, 6);
        QCOMPARE(ended.failed, 0);

        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 6);
        const QStringList submittedOrder{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s, u"p5"_s, u"p6"_s};
        QVERIFY(idsOf(results) != submittedOrder); // the file's order, not ours
        QStringList sorted = idsOf(results);
        sorted.sort();
        QCOMPARE(sorted, submittedOrder);
        verifyAnswered(results, submittedOrder);
        int downloads = 0;
        for (const HttpRequest &request : m_server->requests()) {
            downloads += request.path.endsWith("/content") ? 1 : 0;
        }
        QCOMPARE(downloads, 1); // only the output file: nothing failed, so there is no error file
    }

    void openAiExpiredAndErroredLines()
    {
        const Profile p = profile();
        auto c = client(p);
        m_server->setOpenAiStatuses({u"validating"_s, u"in_progress"_s, u"expired"_s});
        m_server->markExpired({u"p2"_s});
        m_server->markErrored({u"p3"_s});
        const BatchState created = submitted(*c, lines(p, 4));
        QStringList statuses{created.providerStatus};
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(statuses, (QStringList{u"validating"_s, u"in_progress"_s, u"expired"_s}));
        QCOMPARE(ended.phase, Phase::Ended); // what ran before the end is collected
        QCOMPARE(ended.total, 4);
        QCOMPARE(ended.failed, 2);

        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 4);
        const BatchResult *expired = find(results, u"p2"_s);
        QVERIFY(expired);
        QVERIFY(!expired->ok);
        QVERIFY(expired->expired);
        QVERIFY(expired->error.contains(u"expired"_s));
        QCOMPARE(expired->httpStatus, 0);
        const BatchResult *errored = find(results, u"p3"_s);
        QVERIFY(errored);
        QVERIFY(!errored->ok);
        QVERIFY(!errored->expired);
        QCOMPARE(errored->httpStatus, 500);
        QVERIFY(errored->error.contains(u"500"_s));
        verifyAnswered(results, {u"p1"_s, u"p4"_s});
    }

    void openAiCancelledWithNothingRun()
    {
        const Profile p = profile();
        auto c = client(p);
        m_server->setOpenAiStatuses({u"validating"_s, u"in_progress"_s, u"cancelling"_s, u"cancelled"_s});
        m_server->markExpired({u"p1"_s, u"p2"_s});
        const BatchState created = submitted(*c, lines(p, 2));
        QStringList statuses{created.providerStatus};
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(statuses, (QStringList{u"validating"_s, u"in_progress"_s, u"cancelling"_s, u"cancelled"_s}));
        QCOMPARE(ended.phase, Phase::Ended); // an error file lists the cancelled lines
        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 2);
        for (const BatchResult &result : results) {
            QVERIFY(result.expired);
            QVERIFY(result.error.contains(u"cancelled"_s));
        }
    }

    void openAiWholeBatchFails()
    {
        const Profile p = profile();
        auto c = client(p);
        m_server->failNextBatch(u"Enqueued token limit reached for gpt-5-mini in organization org-1."_s);
        const BatchState created = submitted(*c, lines(p, 3));
        QCOMPARE(created.providerStatus, u"validating"_s);
        QStringList statuses{created.providerStatus};
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(statuses, (QStringList{u"validating"_s, u"failed"_s}));
        QCOMPARE(ended.phase, Phase::Failed);
        QVERIFY2(ended.error.contains(u"Enqueued token limit reached"_s), qPrintable(ended.error));
        const auto [results, error] = collected(*c, created.id);
        QVERIFY(results.isEmpty());
        QVERIFY(error.contains(u"Enqueued token limit"_s));
    }

    void refusedParameterErrorsItsLine()
    {
        // The shape drops a temperature gpt-5-mini refuses; a body that sends one anyway must fail
        // its line as the chat endpoint would, and only that line.
        const Profile p = profile();
        auto c = client(p);
        QList<BatchLine> batch = lines(p, 2);
        QJsonObject body = jsonOf(batch[1].body);
        body.insert(u"temperature"_s, 0.2);
        batch[1].body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        const BatchState created = submitted(*c, batch);
        QStringList statuses;
        QCOMPARE(polledToEnd(*c, created.id, &statuses).phase, Phase::Ended);
        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 2);
        verifyAnswered(results, {u"p1"_s});
        const BatchResult *refused = find(results, u"p2"_s);
        QVERIFY(refused);
        QVERIFY(!refused->ok);
        QVERIFY(!refused->expired);
        QCOMPARE(refused->httpStatus, 400);
        QCOMPARE(refused->refusal, pd::llm::Refusal::Setting);
        QVERIFY2(refused->error.contains(u"temperature"_s), qPrintable(refused->error));
    }

    void openAiEveryLineRefusedHasNoOutputFile()
    {
        Profile p = profile();
        auto c = client(p);
        QList<BatchLine> batch = lines(p, 2);
        for (BatchLine &line : batch) {
            QJsonObject body = jsonOf(line.body);
            body.insert(u"temperature"_s, 0.5);
            line.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        const BatchState created = submitted(*c, batch);
        QStringList statuses;
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(ended.phase, Phase::Ended);
        QCOMPARE(ended.failed, 2);
        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 2);
        for (const BatchResult &result : results) {
            QVERIFY(!result.ok);
            QCOMPARE(result.httpStatus, 400);
        }
        int downloads = 0;
        for (const HttpRequest &request : m_server->requests()) {
            downloads += request.path.endsWith("/content") ? 1 : 0;
        }
        QCOMPARE(downloads, 1); // the error file only: output_file_id was null
    }

    void anthropicWalksToEndedWithShuffledResults()
    {
        const Profile p = profile(Profile::Provider::Anthropic);
        auto c = client(p);
        const QList<BatchLine> batch = lines(p, 5);
        const BatchState created = submitted(*c, batch);
        QCOMPARE(created.phase, Phase::Pending);
        QVERIFY(created.id.startsWith(u"msgbatch_"_s));
        QCOMPARE(created.total, 5);
        QCOMPARE(created.done, 0);

        const QList<HttpRequest> creates = requestsTo(*m_server, "POST", u"/v1/messages/batches"_s);
        QCOMPARE(creates.size(), 1);
        QCOMPARE(creates.first().header("x-api-key"), Key.toUtf8());
        QCOMPARE(creates.first().header("anthropic-version"), QByteArray(Provider::AnthropicVersion));
        QVERIFY(creates.first().header("authorization").isEmpty());
        const QJsonArray requests = jsonOf(creates.first().body).value(u"requests"_s).toArray();
        QCOMPARE(requests.size(), 5);
        for (qsizetype i = 0; i < requests.size(); ++i) {
            const QJsonObject entry = requests.at(i).toObject();
            QCOMPARE(entry.value(u"custom_id"_s).toString(), batch.at(i).customId);
            QCOMPARE(entry.value(u"params"_s).toObject(), jsonOf(batch.at(i).body));
        }

        QStringList statuses{created.providerStatus};
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(statuses, (QStringList{u"in_progress"_s, u"ended"_s}));
        QCOMPARE(ended.phase, Phase::Ended);
        QCOMPARE(ended.done, 5);
        QCOMPARE(ended.failed, 0);
        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList order{u"p1"_s, u"p2"_s, u"p3"_s, u"p4"_s, u"p5"_s};
        QCOMPARE(results.size(), 5);
        QVERIFY(idsOf(results) != order);
        verifyAnswered(results, order);
        const QList<HttpRequest> downloads =
            requestsTo(*m_server, "GET", u"/v1/messages/batches/%1/results"_s.arg(created.id));
        QCOMPARE(downloads.size(), 1);
        QCOMPARE(downloads.first().header("x-api-key"), Key.toUtf8());
    }

    void anthropicCancelingExpiredAndErrored()
    {
        const Profile p = profile(Profile::Provider::Anthropic);
        auto c = client(p);
        m_server->setAnthropicStatuses({u"in_progress"_s, u"canceling"_s, u"ended"_s});
        m_server->markExpired({u"p1"_s});
        m_server->markErrored({u"p2"_s});
        QList<BatchLine> batch = lines(p, 4);
        QJsonObject hot = jsonOf(batch[3].body);
        hot.insert(u"temperature"_s, 1.5); // above Anthropic's 0..1
        batch[3].body = QJsonDocument(hot).toJson(QJsonDocument::Compact);
        const BatchState created = submitted(*c, batch);
        QStringList statuses{created.providerStatus};
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(statuses, (QStringList{u"in_progress"_s, u"canceling"_s, u"ended"_s}));
        QCOMPARE(ended.phase, Phase::Ended);
        QCOMPARE(ended.total, 4);
        QCOMPARE(ended.failed, 3);
        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 4);
        const BatchResult *canceled = find(results, u"p1"_s);
        QVERIFY(canceled && canceled->expired && !canceled->ok);
        const BatchResult *errored = find(results, u"p2"_s);
        QVERIFY(errored && !errored->expired && !errored->ok);
        QVERIFY2(errored->error.contains(u"server error"_s), qPrintable(errored->error));
        QCOMPARE(errored->httpStatus, 0);
        verifyAnswered(results, {u"p3"_s});
        const BatchResult *refused = find(results, u"p4"_s);
        QVERIFY(refused && !refused->ok && !refused->expired);
        QCOMPARE(refused->refusal, pd::llm::Refusal::Setting);
        QVERIFY2(refused->error.contains(u"temperature"_s), qPrintable(refused->error));
    }

    void anthropicWholeBatchFails()
    {
        const Profile p = profile(Profile::Provider::Anthropic);
        auto c = client(p);
        m_server->failNextBatch(u"The batch could not be processed."_s);
        const BatchState created = submitted(*c, lines(p, 3));
        QStringList statuses;
        const BatchState ended = polledToEnd(*c, created.id, &statuses);
        QCOMPARE(ended.phase, Phase::Ended);
        QCOMPARE(ended.failed, 3);
        QCOMPARE(ended.done, 3);
        const auto [results, error] = collected(*c, created.id);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(results.size(), 3);
        for (const BatchResult &result : results) {
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(u"could not be processed"_s), qPrintable(result.error));
        }
    }

    void refusedKeyIsFatalAndScrubbed_data()
    {
        QTest::addColumn<int>("provider");
        QTest::newRow("openai") << int(Profile::Provider::OpenAi);
        QTest::newRow("anthropic") << int(Profile::Provider::Anthropic);
    }

    void refusedKeyIsFatalAndScrubbed()
    {
        QFETCH(int, provider);
        const Profile p = profile(static_cast<Profile::Provider>(provider));
        auto c = client(p);
        // This 401 echoes the whole key, as a careless provider or proxy might.
        m_server->failNext("/v1/", 401);
        const BatchState state = submitted(*c, lines(p, 2));
        QCOMPARE(state.phase, Phase::Failed);
        QVERIFY(state.fatal);
        QVERIFY2(state.error.contains(u"API key"_s), qPrintable(state.error));
        QVERIFY2(!state.error.contains(Key), qPrintable(state.error));
        QCOMPARE(m_server->requests().size(), 1); // not retried
        QVERIFY(m_server->submissions().isEmpty());

        // A wrong key, refused by the server's own check.
        auto wrong = client(p, u"sk-wrong-key-000000000"_s);
        const BatchState refused = submitted(*wrong, lines(p, 1));
        QCOMPARE(refused.phase, Phase::Failed);
        QVERIFY(refused.fatal);
        QVERIFY(!refused.error.contains(u"sk-wrong-key-000000000"_s));
    }

    void refusedKeyOnPollIsFatal()
    {
        const Profile p = profile(Profile::Provider::Anthropic);
        auto c = client(p);
        const BatchState created = submitted(*c, lines(p, 1));
        QCOMPARE(created.phase, Phase::Pending);
        m_server->failNext("/v1/messages/batches/", 401);
        const BatchState state = polled(*c, created.id);
        QCOMPARE(state.phase, Phase::Failed);
        QVERIFY(state.fatal);
        QCOMPARE(state.id, created.id);
        QVERIFY(!state.error.contains(Key));
    }

    void badRequestIsFatal()
    {
        const Profile p = profile();
        auto c = client(p);
        m_server->failNext("/v1/batches", 400);
        const BatchState state = submitted(*c, lines(p, 1));
        QCOMPARE(state.phase, Phase::Failed);
        QVERIFY(state.fatal);
        QVERIFY2(state.error.contains(u"400"_s), qPrintable(state.error));
    }

    void serverErrorsAreRetriedWithoutDuplicates()
    {
        const Profile p = profile();
        auto c = client(p);
        QSignalSpy retrying(c.get(), &BatchClient::retrying);
        m_server->failNext("/v1/files", 503);
        m_server->failNext("/v1/batches", 429);
        const BatchState created = submitted(*c, lines(p, 3));
        QCOMPARE(created.phase, Phase::Pending);
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(m_server->submissions().size(), 1);
        QCOMPARE(m_server->submittedCustomIds(), (QStringList{u"p1"_s, u"p2"_s, u"p3"_s}));

        m_server->failNext("/v1/batches/", 502, 2);
        const BatchState polledState = polled(*c, created.id);
        QCOMPARE(polledState.providerStatus, u"in_progress"_s);
        QCOMPARE(retrying.size(), 4);

        // Beyond the retries a poll stays Pending with the reason: the batch goes on at the provider.
        m_server->failNext("/v1/batches/", 500, 10);
        const BatchState failedPoll = polled(*c, created.id);
        QCOMPARE(failedPoll.phase, Phase::Pending);
        QVERIFY(failedPoll.error.contains(u"4 attempt"_s));
        QVERIFY(!failedPoll.fatal);
    }

    void pollScheduleDoubles()
    {
        const Profile p = profile();
        BatchClient c(m_nam.get(), p, Key);
        const QList<std::chrono::milliseconds> expected{5s, 10s, 20s, 40s, 80s, 160s, 300s, 300s, 300s};
        for (qsizetype n = 0; n < expected.size(); ++n) {
            QCOMPARE(c.nextPollDelay(static_cast<int>(n)).count(), expected.at(n).count());
        }
        c.setPollIntervals(100ms, 1s);
        QCOMPARE(c.nextPollDelay(0).count(), 100);
        QCOMPARE(c.nextPollDelay(1).count(), 200);
        QCOMPARE(c.nextPollDelay(3).count(), 800);
        QCOMPARE(c.nextPollDelay(4).count(), 1000);
        QCOMPARE(c.nextPollDelay(40).count(), 1000);
    }

    void customIdsAreChecked()
    {
        QVERIFY(BatchClient::validCustomId(u"p1"_s));
        QVERIFY(BatchClient::validCustomId(u"2604_12345-v2"_s));
        QVERIFY(BatchClient::validCustomId(QString(64, u'a')));
        QVERIFY(!BatchClient::validCustomId(QString(65, u'a')));
        QVERIFY(!BatchClient::validCustomId(QString()));
        QVERIFY(!BatchClient::validCustomId(u"2604.12345"_s));
        QVERIFY(!BatchClient::validCustomId(u"paper 1"_s));
        QVERIFY(!BatchClient::validCustomId(u"pä"_s));

        for (const auto provider : {Profile::Provider::OpenAi, Profile::Provider::Anthropic}) {
            const Profile p = profile(provider);
            auto c = client(p);
            QList<BatchLine> dotted = lines(p, 2);
            dotted[1].customId = u"2604.10002"_s;
            BatchState state = submitted(*c, dotted);
            QCOMPARE(state.phase, Phase::Failed);
            QVERIFY(state.error.contains(u"2604.10002"_s));
            QList<BatchLine> twice = lines(p, 2);
            twice[1].customId = twice[0].customId;
            state = submitted(*c, twice);
            QCOMPARE(state.phase, Phase::Failed);
            QVERIFY(state.error.contains(u"twice"_s));
            state = submitted(*c, {});
            QCOMPARE(state.phase, Phase::Failed);
            QList<BatchLine> twoModels = lines(p, 2);
            QJsonObject other = jsonOf(twoModels[1].body);
            other.insert(u"model"_s, u"gpt-5"_s);
            twoModels[1].body = QJsonDocument(other).toJson(QJsonDocument::Compact);
            state = submitted(*c, twoModels);
            QCOMPARE(state.phase, Phase::Failed);
        }
        QVERIFY(m_server->requests().isEmpty()); // refused before any request
    }

    void fakeRejectsWhatTheProvidersReject()
    {
        // The fake is strict: a duplicate custom_id fails OpenAI's batch while it validates, and
        // Anthropic refuses a custom_id outside its pattern at once.
        const auto send = [this](const QString &path, const QByteArray &body, const QByteArray &contentType,
                                 bool anthropic) {
            QNetworkRequest request(m_server->baseUrl().resolved(QUrl(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
            if (anthropic) {
                request.setRawHeader("x-api-key", Key.toUtf8());
                request.setRawHeader("anthropic-version", "2023-06-01");
            } else {
                request.setRawHeader("Authorization", "Bearer " + Key.toUtf8());
            }
            QNetworkReply *reply = m_nam->post(request, body);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 5000)) {
                reply->abort();
            }
            reply->deleteLater();
            return std::pair{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             jsonOf(reply->readAll())};
        };
        const QByteArray line =
            R"({"custom_id":"a","method":"POST","url":"/v1/chat/completions","body":{"model":"gpt-5-mini","messages":[{"role":"user","content":"x"}]}})";
        const QByteArray form =
            "--XyZ\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n--XyZ\r\n"
            "Content-Disposition: form-data; name=\"file\"; filename=\"in.jsonl\"\r\n\r\n" +
            line + "\n" + line + "\n\r\n--XyZ--\r\n";
        const auto [uploadStatus, file] =
            send(u"v1/files"_s, form, "multipart/form-data; boundary=XyZ", false);
        QCOMPARE(uploadStatus, 200);
        const QByteArray create = QJsonDocument(QJsonObject{{u"input_file_id"_s, file.value(u"id"_s)},
                                                            {u"endpoint"_s, u"/v1/chat/completions"_s},
                                                            {u"completion_window"_s, u"24h"_s}})
                                      .toJson();
        const auto [createStatus, batch] = send(u"v1/batches"_s, create, "application/json", false);
        QCOMPARE(createStatus, 200);
        auto c = client(profile());
        const BatchState failed = polled(*c, batch.value(u"id"_s).toString());
        QCOMPARE(failed.phase, Phase::Failed);
        QVERIFY2(failed.error.contains(u"line 2"_s) && failed.error.contains(u"duplicate"_s),
                 qPrintable(failed.error));

        const QByteArray wrongPurpose = QByteArray(form).replace("\r\n\r\nbatch\r\n", "\r\n\r\nbatches\r\n");
        QCOMPARE(send(u"v1/files"_s, wrongPurpose, "multipart/form-data; boundary=XyZ", false).first, 400);

        const QByteArray badId =
            R"({"requests":[{"custom_id":"2604.1","params":{"model":"claude-sonnet-4-5","max_tokens":10,"messages":[{"role":"user","content":"x"}]}}]})";
        const auto [status, error] = send(u"v1/messages/batches"_s, badId, "application/json", true);
        QCOMPARE(status, 400);
        QVERIFY(error.value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"custom_id"_s));
    }

    void cancelAllCallsBack()
    {
        const Profile p = profile();
        auto c = client(p);
        std::optional<BatchState> state;
        c->poll(u"batch_1"_s, [&state](const BatchState &s) { state = s; });
        QCOMPARE(c->inFlight(), 1);
        c->cancelAll();
        QVERIFY(state);
        QCOMPARE(state->error, u"Cancelled."_s);
        QCOMPARE(c->inFlight(), 0);
        QTest::qWait(50);
        QVERIFY(m_server->requests().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchClient)
#include "tst_batchclient.moc"
