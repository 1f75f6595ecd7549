#include "llm/provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::core::Profile;
using pd::llm::ChatRequest;
using pd::llm::Provider;

class TestProvider : public QObject
{
    Q_OBJECT

private:
    static Profile profile(Profile::Provider provider, const QString &baseUrl)
    {
        Profile p = pd::core::ProfileJson::defaultProfile();
        p.model.provider = provider;
        p.model.baseUrl = QUrl(baseUrl);
        p.model.model = u"m"_s;
        return p;
    }

private Q_SLOTS:
    void endpoint_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("expected");
        const int openAi = int(Profile::Provider::OpenAi);
        const int anthropic = int(Profile::Provider::Anthropic);
        QTest::newRow("openai") << openAi << u"https://api.openai.com/v1"_s
                                << u"https://api.openai.com/v1/chat/completions"_s;
        QTest::newRow("trailing slash")
            << openAi << u"http://localhost:11434/v1/"_s << u"http://localhost:11434/v1/chat/completions"_s;
        QTest::newRow("full endpoint") << openAi << u"https://openrouter.ai/api/v1/chat/completions"_s
                                       << u"https://openrouter.ai/api/v1/chat/completions"_s;
        QTest::newRow("openai default")
            << openAi << QString() << u"https://api.openai.com/v1/chat/completions"_s;
        QTest::newRow("anthropic default")
            << anthropic << QString() << u"https://api.anthropic.com/v1/messages"_s;
        QTest::newRow("anthropic proxy")
            << anthropic << u"http://127.0.0.1:8080/v1"_s << u"http://127.0.0.1:8080/v1/messages"_s;
        QTest::newRow("heuristic") << int(Profile::Provider::Heuristic) << u"http://x/v1"_s << QString();
    }

    void endpoint()
    {
        QFETCH(int, provider);
        QFETCH(QString, baseUrl);
        QFETCH(QString, expected);
        QCOMPARE(Provider::endpoint(profile(Profile::Provider(provider), baseUrl)).toString(), expected);
    }

    void anthropicPrefixSplit()
    {
        const Profile p = profile(Profile::Provider::Anthropic, {});
        auto content = [&](int split) {
            const ChatRequest request{{}, u"static papers"_s, split};
            const QJsonObject body = QJsonDocument::fromJson(Provider::body(p, request)).object();
            return body.value(u"messages"_s)[0][u"content"_s].toArray();
        };
        // An empty system prompt sends no system block: Anthropic rejects empty text blocks.
        QVERIFY(!QJsonDocument::fromJson(Provider::body(p, ChatRequest{{}, u"u"_s}))
                     .object()
                     .contains(u"system"_s));
        QJsonArray blocks = content(-1);
        QCOMPARE(blocks.size(), 1);
        QVERIFY(!blocks.at(0).toObject().contains(u"cache_control"_s));
        blocks = content(7);
        QCOMPARE(blocks.size(), 2);
        QCOMPARE(blocks.at(0)[u"text"_s].toString(), u"static "_s);
        QCOMPARE(blocks.at(1)[u"text"_s].toString(), u"papers"_s);
        blocks = content(100); // all static: one cacheable block, no empty one
        QCOMPARE(blocks.size(), 1);
        QCOMPARE(blocks.at(0)[u"cache_control"_s][u"type"_s].toString(), u"ephemeral"_s);
    }

    void anthropicTemperatureClamped()
    {
        Profile p = profile(Profile::Provider::Anthropic, {});
        p.model.temperature = 1.7;
        const QJsonObject body =
            QJsonDocument::fromJson(Provider::body(p, ChatRequest{u"s"_s, u"u"_s})).object();
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 1.0);
    }

    void decodeOpenAiUsage()
    {
        const QByteArray reply = R"({"choices":[{"message":{"content":"hello"},"finish_reason":"length"}],
            "usage":{"prompt_tokens":100,"completion_tokens":7,"prompt_tokens_details":{"cached_tokens":64}}})";
        QString error;
        const auto c = Provider::decode(Profile::Provider::OpenAi, reply, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->text, u"hello"_s);
        QVERIFY(c->truncated);
        QCOMPARE(c->usage.requests, 1);
        QCOMPARE(c->usage.promptTokens, 100);
        QCOMPARE(c->usage.completionTokens, 7);
        QCOMPARE(c->usage.cachedTokens, 64);
    }

    void decodeAnthropicUsage()
    {
        const QByteArray reply = R"({"content":[{"type":"thinking","thinking":"x"},{"type":"text","text":"a"},
            {"type":"text","text":"b"}],"stop_reason":"end_turn","usage":{"input_tokens":10,
            "cache_read_input_tokens":300,"cache_creation_input_tokens":20,"output_tokens":5}})";
        QString error;
        const auto c = Provider::decode(Profile::Provider::Anthropic, reply, &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->text, u"ab"_s);
        QVERIFY(!c->truncated);
        QCOMPARE(c->usage.promptTokens, 330);
        QCOMPARE(c->usage.cachedTokens, 300);
        QCOMPARE(c->usage.completionTokens, 5);
    }

    void decodeRejectsBadReplies_data()
    {
        QTest::addColumn<int>("provider");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("message");
        const int openAi = int(Profile::Provider::OpenAi);
        const int anthropic = int(Profile::Provider::Anthropic);
        QTest::newRow("empty") << openAi << QByteArray() << u"not valid JSON"_s;
        QTest::newRow("html") << openAi << QByteArray("<html>502</html>") << u"not valid JSON"_s;
        QTest::newRow("array") << openAi << QByteArray("[1]") << u"not a JSON object"_s;
        QTest::newRow("no choices") << openAi << QByteArray(R"({"choices":[]})") << u"choices"_s;
        QTest::newRow("choices not array") << openAi << QByteArray(R"({"choices":"x"})") << u"choices"_s;
        QTest::newRow("null content")
            << openAi << QByteArray(R"({"choices":[{"message":{"content":null}}]})") << u"no text"_s;
        QTest::newRow("refusal") << openAi
                                 << QByteArray(
                                        R"({"choices":[{"message":{"content":null,"refusal":"No."}}]})")
                                 << u"refused"_s;
        QTest::newRow("error in 200")
            << openAi << QByteArray(R"({"error":{"message":"Upstream failed"}})") << u"Upstream failed"_s;
        QTest::newRow("anthropic no content")
            << anthropic << QByteArray(R"({"type":"message"})") << u"content"_s;
        QTest::newRow("anthropic content string")
            << anthropic << QByteArray(R"({"content":"x"})") << u"content"_s;
        QTest::newRow("anthropic only thinking")
            << anthropic << QByteArray(R"({"content":[{"type":"thinking"}],"stop_reason":"max_tokens"})")
            << u"output limit"_s;
        QTest::newRow("anthropic error")
            << anthropic << QByteArray(R"({"type":"error","error":{"type":"overloaded_error",
                                                          "message":"Overloaded"}})")
            << u"Overloaded"_s;
        QTest::newRow("heuristic") << int(Profile::Provider::Heuristic) << QByteArray("{}") << u"heuristic"_s;
    }

    void decodeRejectsBadReplies()
    {
        QFETCH(int, provider);
        QFETCH(QByteArray, body);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Provider::decode(Profile::Provider(provider), body, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!Provider::decode(Profile::Provider(provider), body, nullptr));
    }

    void decodeWithoutUsage()
    {
        // llama.cpp-style servers may leave usage out: the text still counts, tokens are zero.
        QString error;
        const auto c = Provider::decode(Profile::Provider::OpenAi,
                                        R"({"choices":[{"message":{"content":"x"}}]})", &error);
        QVERIFY2(c, qPrintable(error));
        QCOMPARE(c->usage.requests, 1);
        QCOMPARE(c->usage.totalTokens(), 0);
    }

    void describeError_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("openai 401")
            << 401 << QByteArray(R"({"error":{"message":"Incorrect API key provided.","type":"x"}})")
            << u"The provider refused the API key (HTTP 401): Incorrect API key provided; check your API key "
               "in the settings."_s;
        QTest::newRow("anthropic 529")
            << 529
            << QByteArray(R"({"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}})")
            << u"The provider had a server error (HTTP 529): Overloaded."_s;
        QTest::newRow("type only") << 500 << QByteArray(R"({"error":{"type":"api_error"}})")
                                   << u"The provider had a server error (HTTP 500): api_error."_s;
        QTest::newRow("ollama string")
            << 404 << QByteArray(R"({"error":"model 'x' not found"})")
            << u"The provider does not know this endpoint or model (HTTP 404): model 'x' "
               "not found; check the base URL and the model name in the settings."_s;
        QTest::newRow("html page") << 502 << QByteArray("<html><body>Bad gateway</body></html>")
                                   << u"The provider had a server error (HTTP 502)."_s;
        QTest::newRow("plain text") << 400 << QByteArray("bad request\n")
                                    << u"The provider rejected the request (HTTP 400): bad request."_s;
        QTest::newRow("empty") << 418 << QByteArray() << u"The provider rejected the request (HTTP 418)."_s;
    }

    void describeError()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        QCOMPARE(Provider::describeError(status, body), expected);
    }

    void describeErrorShortensLongMessages()
    {
        const QByteArray body = "{\"error\":{\"message\":\"" + QByteArray(5000, 'x') + "\"}}";
        QVERIFY(Provider::describeError(500, body).size() < 400);
    }

    void scrub()
    {
        QCOMPARE(Provider::scrub(u"key sk-1 and sk-1 again"_s, u"sk-1"_s), u"key •••• and •••• again"_s);
        QCOMPARE(Provider::scrub(u"nothing"_s, QString()), u"nothing"_s);
    }

    void requestHeaders()
    {
        const QNetworkRequest openAi =
            Provider::networkRequest(profile(Profile::Provider::OpenAi, u"http://h/v1"_s), u"k1"_s, 5000);
        QCOMPARE(openAi.rawHeader("Authorization"), QByteArray("Bearer k1"));
        QCOMPARE(openAi.transferTimeout(), 5000);
        const QNetworkRequest anthropic =
            Provider::networkRequest(profile(Profile::Provider::Anthropic, {}), u"k2"_s, 5000);
        QCOMPARE(anthropic.rawHeader("x-api-key"), QByteArray("k2"));
        QCOMPARE(anthropic.rawHeader("anthropic-version"), QByteArray("2023-06-01"));
        QVERIFY(!anthropic.hasRawHeader("Authorization"));
        const QNetworkRequest local =
            Provider::networkRequest(profile(Profile::Provider::OpenAi, u"http://h/v1"_s), QString(), 5000);
        QVERIFY(!local.hasRawHeader("Authorization"));
    }
};

QTEST_GUILESS_MAIN(TestProvider)
#include "tst_provider.moc"
