#include "fakellmserver.h"
#include "llm/llmclient.h"
#include "llm/provider.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using pd::core::Profile;
using pd::llm::ChatRequest;
using pd::llm::LlmClient;
using pd::llm::Provider;
using pd::test::FakeLlmServer;

namespace {

const QString Key = u"sk-test-Zq81kP0wLm"_s;
const QString StaticPrefix = u"Score each paper against these topics.\nOutput JSONL.\n\n"_s;

QStringList sampleIds(int count, int first = 1)
{
    QStringList ids;
    for (int n = first; n < first + count; ++n) {
        ids.append(u"2604.1%1"_s.arg(n, 4, 10, QLatin1Char('0')));
    }
    return ids;
}

ChatRequest chat(const QStringList &ids)
{
    QString papers;
    for (const QString &id : ids) {
        papers += u"<paper id=\"%1\">\nTitle: Paper %1\nAbstract: Something new.\n</paper>\n"_s.arg(id);
    }
    return ChatRequest{u"You are a careful reviewer."_s, StaticPrefix + papers,
                       static_cast<int>(StaticPrefix.size())};
}

// Captures every log line, to prove the key never reaches one.
QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(message);
    if (g_previousHandler) {
        g_previousHandler(type, context, message);
    }
}

} // namespace

class TestLlmClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::vector<LlmClient::Result> m_results;

    Profile profile(Profile::Provider provider = Profile::Provider::OpenAi) const
    {
        Profile p = pd::core::ProfileJson::defaultProfile();
        p.model.provider = provider;
        p.model.baseUrl = m_server->baseUrl();
        p.model.model = provider == Profile::Provider::Anthropic ? u"claude-sonnet-4-5"_s : u"gpt-5.4"_s;
        p.model.temperature = 0.2;
        p.model.concurrency = 4;
        p.model.retries = 3;
        return p;
    }

    std::unique_ptr<LlmClient> client(const Profile &p, const QString &key = Key)
    {
        auto c = std::make_unique<LlmClient>(m_nam.get(), p, key);
        c->setBaseBackoff(10ms);
        return c;
    }

    LlmClient::Callback collect()
    {
        return [this](const LlmClient::Result &result) {
            m_results.push_back(result);
        };
    }

    // Sends one request and waits for its result.
    LlmClient::Result roundTrip(LlmClient &c, const ChatRequest &request)
    {
        m_results.clear();
        c.send(request, collect());
        if (!QTest::qWaitFor([this] { return !m_results.empty(); }, 15000)) {
            LlmClient::Result none;
            none.error = u"test: no result"_s;
            return none;
        }
        return m_results.front();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"paperdesk.llm.*=true"_s);
        g_previousHandler = qInstallMessageHandler(captureMessage);
    }

    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_results.clear();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(g_previousHandler);
        for (const QString &line : std::as_const(g_logLines)) {
            QVERIFY2(!line.contains(Key), qPrintable(u"key in log: "_s + line));
        }
    }

    void openAiRoundTrip()
    {
        m_server->setCachedTokens(12);
        auto c = client(profile());
        const QStringList ids = sampleIds(3);
        const ChatRequest request = chat(ids);
        const LlmClient::Result r = roundTrip(*c, request);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 200);

        QStringList expected;
        for (const QString &id : ids) {
            expected.append(m_server->cleanLine(id));
        }
        QCOMPARE(r.completion.text, expected.join(u'\n'));
        QCOMPARE(r.completion.usage.requests, 1);
        QCOMPARE(r.completion.usage.promptTokens, FakeLlmServer::tokensFor(request.system + request.user));
        QCOMPARE(r.completion.usage.completionTokens, FakeLlmServer::tokensFor(r.completion.text));
        QCOMPARE(r.completion.usage.cachedTokens, 12);
        QVERIFY(!r.completion.usage.promptCost.has_value());

        QCOMPARE(m_server->requestCount(), 1);
        const FakeLlmServer::Request sent = m_server->requests().first();
        QCOMPARE(sent.api, FakeLlmServer::Api::OpenAi);
        QCOMPARE(sent.path, QByteArray("/v1/chat/completions"));
        QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ") + Key.toUtf8());
        QCOMPARE(sent.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(sent.json.value(u"model"_s).toString(), u"gpt-5.4"_s);
        QCOMPARE(sent.json.value(u"temperature"_s).toDouble(), 0.2);
        const QJsonArray messages = sent.json.value(u"messages"_s).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)[u"role"_s].toString(), u"system"_s);
        QCOMPARE(messages.at(0)[u"content"_s].toString(), request.system);
        QCOMPARE(messages.at(1)[u"role"_s].toString(), u"user"_s);
        QCOMPARE(messages.at(1)[u"content"_s].toString(), request.user);
        QCOMPARE(sent.paperIds, ids);
    }

    void anthropicRoundTrip()
    {
        m_server->setCachedTokens(40);
        m_server->setCacheCreationTokens(8);
        auto c = client(profile(Profile::Provider::Anthropic));
        const QStringList ids = sampleIds(2);
        const ChatRequest request = chat(ids);
        const LlmClient::Result r = roundTrip(*c, request);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.completion.text, m_server->cleanLine(ids.at(0)) + u'\n' + m_server->cleanLine(ids.at(1)));
        // prompt = input + cache read + cache creation, which the fake splits from the whole prompt.
        QCOMPARE(r.completion.usage.promptTokens, FakeLlmServer::tokensFor(request.system + request.user));
        QCOMPARE(r.completion.usage.cachedTokens, 40);
        QCOMPARE(r.completion.usage.completionTokens, FakeLlmServer::tokensFor(r.completion.text));

        const FakeLlmServer::Request sent = m_server->requests().first();
        QCOMPARE(sent.api, FakeLlmServer::Api::Anthropic);
        QCOMPARE(sent.path, QByteArray("/v1/messages"));
        QCOMPARE(sent.header("x-api-key"), Key.toUtf8());
        QCOMPARE(sent.header("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(sent.header("Authorization").isEmpty());
        QCOMPARE(sent.json.value(u"model"_s).toString(), u"claude-sonnet-4-5"_s);
        QVERIFY(sent.json.value(u"max_tokens"_s).toInt() > 0);

        const QJsonObject system = sent.json.value(u"system"_s).toArray().first().toObject();
        QCOMPARE(system.value(u"text"_s).toString(), request.system);
        QCOMPARE(system[u"cache_control"_s][u"type"_s].toString(), u"ephemeral"_s);
        const QJsonArray content = sent.json.value(u"messages"_s)[0][u"content"_s].toArray();
        QCOMPARE(content.size(), 2);
        QCOMPARE(content.at(0)[u"text"_s].toString(), StaticPrefix);
        QCOMPARE(content.at(0)[u"cache_control"_s][u"type"_s].toString(), u"ephemeral"_s);
        QCOMPARE(content.at(1)[u"text"_s].toString(), request.user.mid(StaticPrefix.size()));
        QVERIFY(!content.at(1).toObject().contains(u"cache_control"_s));
        QCOMPARE(sent.paperIds, ids);
    }

    void emptyKeySendsNoAuthorization()
    {
        m_server->setFlavour(FakeLlmServer::Flavour::Local); // a server on this machine needs no key
        m_server->addModel(u"gpt-5.4"_s);
        auto c = client(profile(), QString());
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!m_server->requests().first().headers.contains("authorization"));
    }

    void concurrencyNeverExceedsLimit()
    {
        Profile p = profile();
        p.model.concurrency = 3;
        m_server->setLatencyMs(200);
        auto c = client(p);
        for (int i = 0; i < 12; ++i) {
            c->send(chat(sampleIds(2, 10 * i)), collect());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), size_t(12), 15000);
        for (const LlmClient::Result &r : m_results) {
            QVERIFY2(r.ok, qPrintable(r.error));
        }
        QCOMPARE(m_server->requestCount(), 12);
        QCOMPARE(m_server->maxInFlight(), 3);
        QCOMPARE(c->inFlight(), 0);
        QCOMPARE(c->queued(), 0);
    }

    void retryAfterHonoured_data()
    {
        QTest::addColumn<Profile::Provider>("provider");
        QTest::newRow("openai") << Profile::Provider::OpenAi;
        QTest::newRow("anthropic") << Profile::Provider::Anthropic;
    }

    void retryAfterHonoured()
    {
        QFETCH(Profile::Provider, provider);
        m_server->enqueue(FakeLlmServer::Behaviour::httpStatus(429, 1));
        auto c = client(profile(provider));
        QSignalSpy retrying(c.get(), &LlmClient::retrying);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(2)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 1000); // Retry-After, not the 10 ms backoff
        QVERIFY(retrying.first().at(2).toString().contains(u"429"_s));
        const QList<FakeLlmServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(1).arrivedMs - requests.at(0).arrivedMs >= 950);
    }

    void retryAfterBeyondLimitFails()
    {
        m_server->enqueue(FakeLlmServer::Behaviour::httpStatus(429, 300));
        auto c = client(profile());
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 429);
        QVERIFY(!r.fatal);
        QVERIFY2(r.error.contains(u"300 s"_s) && r.error.contains(u"120 s"_s), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 1);
    }

    void serverErrorRetried()
    {
        m_server->enqueue(FakeLlmServer::Behaviour::httpStatus(500));
        auto c = client(profile());
        c->setBaseBackoff(20ms);
        QSignalSpy retrying(c.get(), &LlmClient::retrying);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(2)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(retrying.size(), 1);
        QCOMPARE(retrying.first().at(1).toInt(), 20);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void retriesExhausted()
    {
        Profile p = profile();
        p.model.retries = 2;
        m_server->setBehaviour(FakeLlmServer::Behaviour::httpStatus(503));
        auto c = client(p);
        QSignalSpy retrying(c.get(), &LlmClient::retrying);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY(!r.ok);
        QVERIFY(!r.fatal);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.httpStatus, 503);
        QVERIFY2(r.error.contains(u"503"_s) && r.error.contains(u"3 attempt"_s), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 3);
        // The backoff doubles: 10 ms, then 20 ms.
        QCOMPARE(retrying.size(), 2);
        QCOMPARE(retrying.at(0).at(1).toInt(), 10);
        QCOMPARE(retrying.at(1).at(1).toInt(), 20);
    }

    void unauthorizedIsFatalAndScrubbed_data()
    {
        QTest::addColumn<Profile::Provider>("provider");
        QTest::addColumn<int>("status");
        QTest::newRow("openai 401") << Profile::Provider::OpenAi << 401;
        QTest::newRow("anthropic 401") << Profile::Provider::Anthropic << 401;
        QTest::newRow("openai 403") << Profile::Provider::OpenAi << 403;
    }

    void unauthorizedIsFatalAndScrubbed()
    {
        QFETCH(Profile::Provider, provider);
        QFETCH(int, status);
        m_server->setBehaviour(FakeLlmServer::Behaviour::httpStatus(status));
        auto c = client(profile(provider));
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY(!r.ok);
        QVERIFY(r.fatal);
        QCOMPARE(r.httpStatus, status);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(m_server->requestCount(), 1);
        QVERIFY2(r.error.contains(u"API key"_s), qPrintable(r.error));
        QVERIFY2(!r.error.contains(Key), qPrintable(r.error));
        if (status == 401) {
            // The fake echoes the key in its 401 body, as real providers do with part of it.
            QVERIFY2(r.error.contains(u"••••"_s), qPrintable(r.error));
        }
    }

    void otherClientErrorFailsAtOnce()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::httpStatus(400));
        auto c = client(profile());
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY(!r.ok);
        QVERIFY(!r.fatal);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 400);
        QVERIFY2(r.error.contains(u"HTTP 400"_s) && r.error.contains(u"Request failed with status 400"_s),
                 qPrintable(r.error));
    }

    void timeout()
    {
        Profile p = profile();
        p.model.retries = 1;
        m_server->setBehaviour(FakeLlmServer::Behaviour::slow(3000));
        auto c = client(p);
        c->setTimeout(400ms);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY(!r.ok);
        QVERIFY(!r.fatal);
        QCOMPARE(r.attempts, 2);
        QCOMPARE(r.httpStatus, 0);
        QVERIFY2(r.error.contains(u"did not answer within 0.4 s"_s), qPrintable(r.error));
        QCOMPARE(m_server->requestCount(), 2);
        // The client hung up, so nothing stays in flight on the server.
        QTRY_COMPARE(m_server->inFlight(), 0);
    }

    void timeoutThenSuccess()
    {
        m_server->enqueue(FakeLlmServer::Behaviour::slow(3000));
        auto c = client(profile());
        c->setTimeout(400ms);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
    }

    void truncatedBodyRetried()
    {
        m_server->enqueue(FakeLlmServer::Behaviour::truncated());
        auto c = client(profile());
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(3)));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.attempts, 2);
        QCOMPARE(m_server->requestCount(), 2);
    }

    void truncatedBodyFails()
    {
        Profile p = profile();
        p.model.retries = 0;
        m_server->setBehaviour(FakeLlmServer::Behaviour::truncated());
        auto c = client(p);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(3)));
        QVERIFY(!r.ok);
        QCOMPARE(r.attempts, 1);
        QCOMPARE(r.httpStatus, 200); // the headers arrived, the body did not
        QVERIFY2(r.error.startsWith(u"Could not get an answer from the provider"_s), qPrintable(r.error));
    }

    void garbledBodyIsClearError()
    {
        m_server->setBehaviour(FakeLlmServer::Behaviour::garbled());
        auto c = client(profile());
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY(!r.ok);
        QVERIFY(!r.fatal);
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.attempts, 1); // the same answer would come back: no retry
        QVERIFY2(r.error.contains(u"not valid JSON"_s), qPrintable(r.error));
    }

    void cancelAll()
    {
        Profile p = profile();
        p.model.concurrency = 2;
        m_server->setLatencyMs(5000);
        auto c = client(p);
        for (int i = 0; i < 5; ++i) {
            c->send(chat(sampleIds(1, i)), collect());
        }
        QTRY_COMPARE(m_server->requestCount(), 2);
        QCOMPARE(c->inFlight(), 2);
        QCOMPARE(c->queued(), 3);

        c->cancelAll();
        QCOMPARE(m_results.size(), size_t(5));
        for (const LlmClient::Result &r : m_results) {
            QVERIFY(!r.ok);
            QCOMPARE(r.error, u"Cancelled."_s);
        }
        QCOMPARE(c->inFlight(), 0);
        QCOMPARE(c->queued(), 0);
        QTRY_COMPARE(m_server->inFlight(), 0); // the connections were dropped
        QTest::qWait(50);
        QCOMPARE(m_results.size(), size_t(5)); // each callback exactly once
        QCOMPARE(m_server->requestCount(), 2); // the queue never started

        // The client stays usable.
        m_server->setLatencyMs(0);
        const LlmClient::Result r = roundTrip(*c, chat(sampleIds(1)));
        QVERIFY2(r.ok, qPrintable(r.error));
    }

    void callbackNeverRunsInsideSend()
    {
        Profile p = profile();
        p.model.provider = Profile::Provider::Heuristic;
        auto c = client(p);
        bool called = false;
        c->send(chat(sampleIds(1)), [&](const LlmClient::Result &r) {
            called = true;
            m_results.push_back(r);
        });
        QVERIFY(!called);
        QTRY_VERIFY(called);
        QVERIFY(!m_results.front().ok);
        QVERIFY(m_results.front().error.contains(u"heuristic"_s));
        QCOMPARE(m_server->requestCount(), 0);
    }

    // The fake's content faults, as the response parser will see them.
    void fakeServerContentFaults()
    {
        auto c = client(profile());
        const QStringList ids = sampleIds(4);

        m_server->enqueue(FakeLlmServer::Behaviour::dropIds(1));
        LlmClient::Result r = roundTrip(*c, chat(ids));
        QVERIFY(r.ok);
        QCOMPARE(FakeLlmServer::paperIds(u""_s), QStringList());
        QCOMPARE(r.completion.text.count(u"\"ARXIVID\""_s), 3);
        QVERIFY(!r.completion.text.contains(ids.last()));

        m_server->enqueue(FakeLlmServer::Behaviour::inventIds(2));
        r = roundTrip(*c, chat(ids));
        QCOMPARE(r.completion.text.count(u"\"ARXIVID\""_s), 6);
        QVERIFY(r.completion.text.contains(u"9999.00002"_s));

        m_server->enqueue(FakeLlmServer::Behaviour::outOfRange(2));
        r = roundTrip(*c, chat(ids));
        QVERIFY(r.completion.text.contains(u"\"RELEVANCE\":11"_s));
        QVERIFY(r.completion.text.contains(u"\"NOVELTY\":0"_s));

        m_server->enqueue(FakeLlmServer::Behaviour::malformed());
        r = roundTrip(*c, chat(ids));
        QVERIFY(r.completion.text.contains(u"```json"_s));
        QVERIFY(r.completion.text.contains(u",}"_s));
        QVERIFY(r.completion.text.contains(u"\n  \"ARXIVID\""_s));
        QVERIFY(r.completion.text.contains(u"arXiv:"_s + ids.at(3) + u"v2"_s));
        for (const QString &id : ids) {
            QVERIFY(r.completion.text.contains(id));
        }

        // Clean scores are deterministic and in range.
        for (const QString &id : ids) {
            QVERIFY(FakeLlmServer::relevanceFor(id) >= 1 && FakeLlmServer::relevanceFor(id) <= 10);
            QVERIFY(FakeLlmServer::noveltyFor(id) >= 1 && FakeLlmServer::noveltyFor(id) <= 10);
        }
    }
};

QTEST_GUILESS_MAIN(TestLlmClient)
#include "tst_llmclient.moc"
