// The fake chat service as a contract of the real ones: raw requests, built here by hand rather than
// by the product's request builder, so that each documented rule is checked both ways — a request
// the provider documents as valid gets 200, each invalid one the provider's status, error code and
// parameter.

#include "fakellmserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>

#include <memory>
#include <utility>

using namespace Qt::StringLiterals;
using pd::test::FakeLlmServer;
using Flavour = FakeLlmServer::Flavour;

namespace {

const QString Key = u"sk-contract-Zq81kP0wLm4488"_s;
const QString SystemText = u"You are a careful reviewer."_s;

using Headers = QList<std::pair<QByteArray, QByteArray>>;

Headers bearer(const QString &key = Key)
{
    return {{"Authorization", "Bearer " + key.toUtf8()}};
}

Headers anthropicHeaders(const QString &key = Key)
{
    return {{"x-api-key", key.toUtf8()}, {"anthropic-version", "2023-06-01"}};
}

// One answer as the client saw it.
struct Answer {
    int status = 0; // 0: no answer in time
    QJsonObject json;

    // The error object of the OpenAI, Gemini and OpenRouter shapes and of Anthropic's.
    QJsonObject error() const { return json.value(u"error"_s).toObject(); }
    QString message() const { return error().value(u"message"_s).toString(); }
    QJsonObject usage() const { return json.value(u"usage"_s).toObject(); }
    QJsonObject choice() const { return json.value(u"choices"_s).toArray().at(0).toObject(); }
    QString content() const { return choice().value(u"message"_s).toObject().value(u"content"_s).toString(); }
};

QString papersPrompt(const QStringList &ids)
{
    QString text = u"Score each paper.\n"_s;
    for (const QString &id : ids) {
        text += u"<paper id=\"%1\">\nTitle: Paper %1\n</paper>\n"_s.arg(id);
    }
    return text;
}

// `base` with the fields of `extraJson` laid over it; names listed in its "$remove" are dropped.
QJsonObject merged(QJsonObject base, const QString &extraJson)
{
    const QJsonObject extra = QJsonDocument::fromJson(extraJson.toUtf8()).object();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        base.insert(it.key(), it.value());
    }
    const QJsonArray removed = extra.value(u"$remove"_s).toArray();
    for (const QJsonValue &name : removed) {
        base.remove(name.toString());
    }
    base.remove(u"$remove"_s);
    return base;
}

QJsonObject chatBody(const QString &model, const QString &extraJson = {},
                     const QString &user = u"Reply with OK."_s)
{
    const QJsonArray messages{QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, SystemText}},
                              QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, user}}};
    return merged(QJsonObject{{u"model"_s, model}, {u"messages"_s, messages}}, extraJson);
}

QJsonObject textBlock(const QString &text)
{
    return QJsonObject{{u"type"_s, u"text"_s}, {u"text"_s, text}};
}

QJsonObject messagesBody(const QString &model, const QString &extraJson = {},
                         const QString &user = u"Reply with OK."_s)
{
    const QJsonObject message{{u"role"_s, u"user"_s}, {u"content"_s, QJsonArray{textBlock(user)}}};
    const QJsonObject base{{u"model"_s, model},
                           {u"max_tokens"_s, 1024},
                           {u"system"_s, QJsonArray{textBlock(SystemText)}},
                           {u"messages"_s, QJsonArray{message}}};
    return merged(base, extraJson);
}

// A model each flavour serves on its OpenAI-compatible path.
QString chatModelOf(Flavour flavour)
{
    switch (flavour) {
    case Flavour::OpenAi:
        return u"gpt-5.4"_s;
    case Flavour::Anthropic:
        return u"claude-haiku-4-5"_s;
    case Flavour::Gemini:
        return u"gemini-2.5-flash"_s;
    case Flavour::OpenRouter:
        return u"openai/gpt-5-mini"_s;
    case Flavour::DeepSeek:
        return u"deepseek-chat"_s;
    case Flavour::Local:
        break;
    }
    return u"qwen3:8b"_s;
}

} // namespace

class TestLlmContract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeLlmServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

    QString origin() const { return u"http://127.0.0.1:%1"_s.arg(m_server->baseUrl().port()); }

    Answer send(const QString &url, const QJsonObject &body, const Headers &headers,
                const QByteArray &method = "POST")
    {
        QNetworkRequest request{QUrl(url)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        for (const auto &[name, value] : headers) {
            request.setRawHeader(name, value);
        }
        const QByteArray payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, payload));
        if (!QTest::qWaitFor([&reply] { return reply->isFinished(); }, 10000)) {
            return {};
        }
        return Answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll()).object()};
    }

    // POST to the flavour's base URL + /chat/completions.
    Answer chat(const QJsonObject &body, const Headers &headers = bearer())
    {
        return send(m_server->baseUrl().toString() + u"/chat/completions"_s, body, headers);
    }

    Answer messages(const QJsonObject &body, const Headers &headers = anthropicHeaders())
    {
        return send(m_server->baseUrl().toString() + u"/messages"_s, body, headers);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeLlmServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    // ---- Paths and keys ---------------------------------------------------------------------------

    void baseUrlFollowsFlavour_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("path");
        QTest::newRow("openai") << int(Flavour::OpenAi) << u"/v1"_s;
        QTest::newRow("anthropic") << int(Flavour::Anthropic) << u"/v1"_s;
        QTest::newRow("gemini") << int(Flavour::Gemini) << u"/v1beta/openai"_s;
        QTest::newRow("openrouter") << int(Flavour::OpenRouter) << u"/v1"_s;
        QTest::newRow("deepseek") << int(Flavour::DeepSeek) << QString();
        QTest::newRow("local") << int(Flavour::Local) << u"/v1"_s;
    }

    void baseUrlFollowsFlavour()
    {
        QFETCH(int, flavour);
        QFETCH(QString, path);
        m_server->setFlavour(Flavour(flavour));
        QCOMPARE(m_server->flavour(), Flavour(flavour));
        QCOMPARE(m_server->baseUrl().path(), path);
        QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    }

    void paths_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("model"); // a claude id (or a local one) makes it a messages request
        QTest::addColumn<int>("status");
        const int openAi = int(Flavour::OpenAi);
        const int gemini = int(Flavour::Gemini);
        const int deepSeek = int(Flavour::DeepSeek);
        QTest::newRow("openai chat") << openAi << u"/v1/chat/completions"_s << u"gpt-5.4"_s << 200;
        QTest::newRow("openai messages too") << openAi << u"/v1/messages"_s << u"claude-sonnet-4-5"_s << 200;
        QTest::newRow("doubled /v1") << openAi << u"/v1/v1/chat/completions"_s << u"gpt-5.4"_s << 404;
        QTest::newRow("no /v1") << openAi << u"/chat/completions"_s << u"gpt-5.4"_s << 404;
        QTest::newRow("responses api") << openAi << u"/v1/responses"_s << u"gpt-5.4"_s << 404;
        QTest::newRow("gemini chat") << gemini << u"/v1beta/openai/chat/completions"_s
                                     << u"gemini-2.5-flash"_s << 200;
        QTest::newRow("gemini without its base")
            << gemini << u"/v1/chat/completions"_s << u"gemini-2.5-flash"_s << 404;
        QTest::newRow("gemini has no messages")
            << gemini << u"/v1beta/openai/messages"_s << u"claude-sonnet-4-5"_s << 404;
        QTest::newRow("deepseek root") << deepSeek << u"/chat/completions"_s << u"deepseek-chat"_s << 200;
        QTest::newRow("deepseek v1") << deepSeek << u"/v1/chat/completions"_s << u"deepseek-chat"_s << 200;
        QTest::newRow("deepseek anthropic api")
            << deepSeek << u"/anthropic/v1/messages"_s << u"deepseek-chat"_s << 200;
        QTest::newRow("anthropic messages")
            << int(Flavour::Anthropic) << u"/v1/messages"_s << u"claude-opus-4-1"_s << 200;
        QTest::newRow("anthropic openai sdk")
            << int(Flavour::Anthropic) << u"/v1/chat/completions"_s << u"claude-haiku-4-5"_s << 200;
        QTest::newRow("openrouter") << int(Flavour::OpenRouter) << u"/v1/chat/completions"_s
                                    << u"deepseek/deepseek-chat"_s << 200;
        QTest::newRow("local") << int(Flavour::Local) << u"/v1/chat/completions"_s << u"gemma3:12b"_s << 200;
        QTest::newRow("local query") << int(Flavour::Local) << u"/v1/chat/completions?x=1"_s
                                     << u"gemma3:12b"_s << 200;
    }

    void paths()
    {
        QFETCH(int, flavour);
        QFETCH(QString, path);
        QFETCH(QString, model);
        QFETCH(int, status);
        m_server->setFlavour(Flavour(flavour));
        const bool anthropicApi = path.endsWith(u"/messages"_s);
        const Answer answer = anthropicApi ? send(origin() + path, messagesBody(model), anthropicHeaders())
                                           : send(origin() + path, chatBody(model), bearer());
        QCOMPARE(answer.status, status);
        QCOMPARE(m_server->requests().first().answeredStatus, status);
    }

    void onlyPostIsServed()
    {
        const Answer answer =
            send(m_server->baseUrl().toString() + u"/chat/completions"_s, {}, bearer(), "GET");
        QCOMPARE(answer.status, 404);
        QVERIFY(answer.error().contains(u"message"_s));
    }

    void malformedBody()
    {
        QNetworkRequest request{QUrl(m_server->baseUrl().toString() + u"/chat/completions"_s)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + Key.toUtf8());
        std::unique_ptr<QNetworkReply> reply(m_nam->post(request, QByteArray("{\"model\": ")));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        QCOMPARE(m_server->requestCount(), 1);
    }

    void authentication_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<bool>("anthropicApi");
        QTest::addColumn<QString>("headers"); // none, bearer, empty-bearer, x-api-key, no-version, other
        QTest::addColumn<bool>("requireKey");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");
        const int openAi = int(Flavour::OpenAi);
        QTest::newRow("openai key") << openAi << false << u"bearer"_s << false << 200 << QString();
        QTest::newRow("openai none") << openAi << false << u"none"_s << false << 401
                                     << u"You didn't provide an API key"_s;
        QTest::newRow("openai empty bearer")
            << openAi << false << u"empty-bearer"_s << false << 401 << QString();
        QTest::newRow("openai x-api-key only")
            << openAi << false << u"x-api-key"_s << false << 401 << QString();
        QTest::newRow("openai required, right") << openAi << false << u"bearer"_s << true << 200 << QString();
        QTest::newRow("openai required, other")
            << openAi << false << u"other"_s << true << 401 << u"Incorrect API key provided"_s;
        QTest::newRow("gemini none") << int(Flavour::Gemini) << false << u"none"_s << false << 401
                                     << QString();
        QTest::newRow("openrouter none") << int(Flavour::OpenRouter) << false << u"none"_s << false << 401
                                         << u"No auth credentials found"_s;
        QTest::newRow("deepseek none")
            << int(Flavour::DeepSeek) << false << u"none"_s << false << 401 << u"Authentication Fails"_s;
        QTest::newRow("deepseek other")
            << int(Flavour::DeepSeek) << false << u"other"_s << true << 401 << u"Authentication Fails"_s;
        QTest::newRow("anthropic sdk compat none")
            << int(Flavour::Anthropic) << false << u"none"_s << false << 401 << QString();
        QTest::newRow("local none") << int(Flavour::Local) << false << u"none"_s << false << 200 << QString();
        QTest::newRow("local started with a key")
            << int(Flavour::Local) << false << u"none"_s << true << 401 << QString();
        QTest::newRow("messages key") << openAi << true << u"x-api-key"_s << false << 200 << QString();
        QTest::newRow("messages none")
            << openAi << true << u"none"_s << false << 401 << u"x-api-key header is required"_s;
        QTest::newRow("messages bearer")
            << openAi << true << u"bearer"_s << false << 401 << u"x-api-key header is required"_s;
        QTest::newRow("messages no version") << openAi << true << u"no-version"_s << false << 400
                                             << u"anthropic-version: header is required"_s;
        QTest::newRow("messages required, other")
            << int(Flavour::Anthropic) << true << u"other"_s << true << 401 << u"invalid x-api-key"_s;
        QTest::newRow("local messages none")
            << int(Flavour::Local) << true << u"none"_s << false << 200 << QString();
    }

    void authentication()
    {
        QFETCH(int, flavour);
        QFETCH(bool, anthropicApi);
        QFETCH(QString, headers);
        QFETCH(bool, requireKey);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        m_server->setFlavour(Flavour(flavour));
        if (requireKey) {
            m_server->setRequiredKey(Key);
        }
        const QString other = u"sk-other-ABCDEFGH12345678"_s;
        Headers sent;
        if (headers == u"bearer"_s) {
            sent = bearer();
        } else if (headers == u"empty-bearer"_s) {
            sent = {{"Authorization", "Bearer "}};
        } else if (headers == u"x-api-key"_s) {
            sent = anthropicHeaders();
        } else if (headers == u"no-version"_s) {
            sent = {{"x-api-key", Key.toUtf8()}};
        } else if (headers == u"other"_s) {
            sent = anthropicApi ? anthropicHeaders(other) : bearer(other);
        }
        const QString model =
            Flavour(flavour) == Flavour::Local ? u"qwen3:8b"_s : chatModelOf(Flavour(flavour));
        const Answer answer =
            anthropicApi
                ? messages(messagesBody(Flavour(flavour) == Flavour::Local ? model : u"claude-sonnet-4-5"_s),
                           sent)
                : chat(chatBody(model), sent);
        QCOMPARE(answer.status, status);
        QVERIFY2(answer.message().contains(fragment), qPrintable(answer.message()));
        QVERIFY2(!answer.message().contains(other), "a wrong key is echoed in part, never whole");
        if (anthropicApi && status != 200) {
            QCOMPARE(answer.json.value(u"type"_s).toString(), u"error"_s);
        }
    }

    void wrongKeyIsEchoedInPart()
    {
        m_server->setRequiredKey(Key);
        const QString other = u"sk-other-ABCDEFGH12345678"_s;
        const Answer answer = chat(chatBody(u"gpt-5.4"_s), bearer(other));
        QCOMPARE(answer.status, 401);
        QCOMPARE(answer.error().value(u"code"_s).toString(), u"invalid_api_key"_s);
        QVERIFY2(answer.message().contains(u"sk-other"_s) && answer.message().contains(u"5678"_s),
                 qPrintable(answer.message()));
        QVERIFY(!answer.message().contains(other));
    }

    // ---- OpenAI -----------------------------------------------------------------------------------

    void openAiRules_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("extra"); // JSON laid over the body
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("param");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("fragment");

        const QString none;
        // Every model: max_tokens is replaced by max_completion_tokens.
        QTest::newRow("gpt-4.1 max_tokens")
            << u"gpt-4.1"_s << uR"({"max_tokens":100})"_s << 400 << u"max_tokens"_s
            << u"unsupported_parameter"_s
            << u"Unsupported parameter: 'max_tokens' is not supported with this model. Use "
               u"'max_completion_tokens' instead."_s;
        QTest::newRow("gpt-5-mini max_tokens") << u"gpt-5-mini"_s << uR"({"max_tokens":100})"_s << 400
                                               << u"max_tokens"_s << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5-mini max_completion_tokens")
            << u"gpt-5-mini"_s << uR"({"max_completion_tokens":4000})"_s << 200 << none << none << none;
        QTest::newRow("gpt-4o above its output limit")
            << u"gpt-4o"_s << uR"({"max_completion_tokens":20000})"_s << 400 << u"max_completion_tokens"_s
            << u"invalid_value"_s << u"at most 16384 completion tokens"_s;
        QTest::newRow("max_completion_tokens 0")
            << u"gpt-4.1"_s << uR"({"max_completion_tokens":0})"_s << 400 << u"max_completion_tokens"_s
            << u"integer_below_min_value"_s << none;

        // gpt-5, -mini, -nano, o-series, *-pro: only the default temperature, no other sampling.
        QTest::newRow("gpt-5-mini temperature 0") << u"gpt-5-mini"_s << uR"({"temperature":0})"_s << 400
                                                  << u"temperature"_s << u"unsupported_value"_s
                                                  << u"Unsupported value: 'temperature' does not support 0 "
                                                     u"with this model. Only the default (1) value "
                                                     u"is supported."_s;
        QTest::newRow("gpt-5 temperature 0.2")
            << u"gpt-5"_s << uR"({"temperature":0.2})"_s << 400 << u"temperature"_s << u"unsupported_value"_s
            << u"does not support 0.2"_s;
        QTest::newRow("gpt-5-mini temperature 1")
            << u"gpt-5-mini"_s << uR"({"temperature":1})"_s << 200 << none << none << none;
        QTest::newRow("gpt-5-nano dated")
            << u"gpt-5-nano-2025-08-07"_s << QString() << 200 << none << none << none;
        QTest::newRow("gpt-5 top_p") << u"gpt-5"_s << uR"({"top_p":0.5})"_s << 400 << u"top_p"_s
                                     << u"unsupported_parameter"_s
                                     << u"Unsupported parameter: 'top_p' is not supported with this model."_s;
        QTest::newRow("gpt-5 presence_penalty")
            << u"gpt-5"_s << uR"({"presence_penalty":0.5})"_s << 400 << u"presence_penalty"_s
            << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5 frequency_penalty")
            << u"gpt-5"_s << uR"({"frequency_penalty":0.5})"_s << 400 << u"frequency_penalty"_s
            << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5 logprobs") << u"gpt-5"_s << uR"({"logprobs":true})"_s << 400 << u"logprobs"_s
                                        << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5 top_logprobs") << u"gpt-5"_s << uR"({"top_logprobs":2})"_s << 400
                                            << u"top_logprobs"_s << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5 logit_bias") << u"gpt-5"_s << uR"({"logit_bias":{"50256":-100}})"_s << 400
                                          << u"logit_bias"_s << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5-mini minimal")
            << u"gpt-5-mini"_s << uR"({"reasoning_effort":"minimal"})"_s << 200 << none << none << none;
        QTest::newRow("gpt-5-mini none") << u"gpt-5-mini"_s << uR"({"reasoning_effort":"none"})"_s << 400
                                         << u"reasoning_effort"_s << u"unsupported_value"_s
                                         << u"Unsupported value: 'reasoning_effort' does not support 'none' "
                                            u"with this model. Supported values "
                                            u"are: 'minimal', 'low', 'medium', and 'high'."_s;
        QTest::newRow("o3 minimal") << u"o3"_s << uR"({"reasoning_effort":"minimal"})"_s << 400
                                    << u"reasoning_effort"_s << u"unsupported_value"_s
                                    << u"'low', 'medium', and 'high'"_s;
        QTest::newRow("o4-mini high")
            << u"o4-mini"_s << uR"({"reasoning_effort":"high"})"_s << 200 << none << none << none;
        QTest::newRow("o3-mini temperature") << u"o3-mini"_s << uR"({"temperature":0.5})"_s << 400
                                             << u"temperature"_s << u"unsupported_value"_s << none;
        QTest::newRow("gpt-5-pro medium")
            << u"gpt-5-pro"_s << uR"({"reasoning_effort":"medium"})"_s << 400 << u"reasoning_effort"_s
            << u"unsupported_value"_s << u"Supported values are: 'high'."_s;
        QTest::newRow("gpt-5-pro high")
            << u"gpt-5-pro"_s << uR"({"reasoning_effort":"high"})"_s << 200 << none << none << none;

        // gpt-5.1 and later: effort "none" by default; sampling only while it stays "none".
        QTest::newRow("gpt-5.4 temperature at none")
            << u"gpt-5.4"_s << uR"({"temperature":0.2,"top_p":0.9})"_s << 200 << none << none << none;
        QTest::newRow("gpt-5.4 logprobs at none")
            << u"gpt-5.4"_s << uR"({"logprobs":true})"_s << 200 << none << none << none;
        QTest::newRow("gpt-5.4 temperature with effort")
            << u"gpt-5.4"_s << uR"({"temperature":0.2,"reasoning_effort":"low"})"_s << 400 << u"temperature"_s
            << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5.2 top_p with effort")
            << u"gpt-5.2"_s << uR"({"top_p":0.5,"reasoning_effort":"medium"})"_s << 400 << u"top_p"_s
            << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5.4 xhigh")
            << u"gpt-5.4"_s << uR"({"reasoning_effort":"xhigh"})"_s << 200 << none << none << none;
        QTest::newRow("gpt-5.4 minimal")
            << u"gpt-5.4"_s << uR"({"reasoning_effort":"minimal"})"_s << 400 << u"reasoning_effort"_s
            << u"unsupported_value"_s << u"'none', 'low', 'medium', 'high', and 'xhigh'"_s;
        QTest::newRow("gpt-5.1 xhigh")
            << u"gpt-5.1"_s << uR"({"reasoning_effort":"xhigh"})"_s << 400 << u"reasoning_effort"_s
            << u"unsupported_value"_s << u"'none', 'low', 'medium', and 'high'."_s;
        QTest::newRow("gpt-5.1 none") << u"gpt-5.1"_s << uR"({"reasoning_effort":"none","temperature":0})"_s
                                      << 200 << none << none << none;
        QTest::newRow("gpt-5.1 effort null")
            << u"gpt-5.1"_s << uR"({"reasoning_effort":null})"_s << 400 << u"reasoning_effort"_s
            << u"unsupported_value"_s << u"does not support null"_s;
        QTest::newRow("gpt-5.2 temperature 2.5") << u"gpt-5.2"_s << uR"({"temperature":2.5})"_s << 400
                                                 << u"temperature"_s << u"decimal_above_max_value"_s << none;

        // Chat models: the classic sampling ranges, no reasoning effort.
        QTest::newRow("gpt-4.1 temperature 0")
            << u"gpt-4.1"_s << uR"({"temperature":0})"_s << 200 << none << none << none;
        QTest::newRow("gpt-4.1-mini temperature 2")
            << u"gpt-4.1-mini"_s << uR"({"temperature":2})"_s << 200 << none << none << none;
        QTest::newRow("gpt-4o-mini temperature -1")
            << u"gpt-4o-mini"_s << uR"({"temperature":-1})"_s << 400 << u"temperature"_s
            << u"decimal_below_min_value"_s << none;
        QTest::newRow("gpt-4o top_p 1.5") << u"gpt-4o"_s << uR"({"top_p":1.5})"_s << 400 << u"top_p"_s
                                          << u"decimal_above_max_value"_s << none;
        QTest::newRow("gpt-4.1 reasoning_effort")
            << u"gpt-4.1"_s << uR"({"reasoning_effort":"low"})"_s << 400 << u"reasoning_effort"_s
            << u"unsupported_parameter"_s << none;
        QTest::newRow("gpt-5-chat-latest temperature")
            << u"gpt-5-chat-latest"_s << uR"({"temperature":0.3})"_s << 200 << none << none << none;

        QTest::newRow("unknown model")
            << u"gpt-test"_s << QString() << 404 << none << u"model_not_found"_s
            << u"The model `gpt-test` does not exist or you do not have access to it."_s;
        QTest::newRow("no model") << QString() << QString() << 400 << u"model"_s << none << none;
        QTest::newRow("no messages") << u"gpt-5.4"_s << uR"({"$remove":["messages"]})"_s << 400
                                     << u"messages"_s << none << none;
    }

    void openAiRules()
    {
        QFETCH(QString, model);
        QFETCH(QString, extra);
        QFETCH(int, status);
        QFETCH(QString, param);
        QFETCH(QString, code);
        QFETCH(QString, fragment);
        QJsonObject body = chatBody(model, extra);
        if (model.isEmpty()) {
            body.remove(u"model"_s);
        }
        const Answer answer = chat(body);
        QVERIFY2(answer.status == status, qPrintable(u"%1: %2"_s.arg(answer.status).arg(answer.message())));
        if (status == 200) {
            QCOMPARE(answer.content(), u"OK"_s);
            return;
        }
        QCOMPARE(answer.error().value(u"type"_s).toString(), u"invalid_request_error"_s);
        QCOMPARE(answer.error().value(u"param"_s).toString(), param);
        QCOMPARE(answer.error().value(u"code"_s).toString(), code);
        QVERIFY2(answer.message().contains(fragment), qPrintable(answer.message()));
    }

    // ---- Gemini, DeepSeek, OpenRouter, local servers ----------------------------------------------

    void otherChatRules_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");

        const int gemini = int(Flavour::Gemini);
        const QString none;
        QTest::newRow("gemini flash") << gemini << u"gemini-2.5-flash"_s << QString() << 200 << none;
        QTest::newRow("gemini max_tokens")
            << gemini << u"gemini-2.5-flash"_s << uR"({"max_tokens":1000})"_s << 200 << none;
        QTest::newRow("gemini max_completion_tokens")
            << gemini << u"gemini-2.5-flash"_s << uR"({"max_completion_tokens":1000})"_s << 200 << none;
        QTest::newRow("gemini output limit")
            << gemini << u"gemini-2.5-flash"_s << uR"({"max_tokens":70000})"_s << 400
            << u"maxOutputTokens value of 70000"_s;
        QTest::newRow("gemini flash none")
            << gemini << u"gemini-2.5-flash"_s << uR"({"reasoning_effort":"none"})"_s << 200 << none;
        QTest::newRow("gemini flash-lite none")
            << gemini << u"gemini-2.5-flash-lite"_s << uR"({"reasoning_effort":"none"})"_s << 200 << none;
        QTest::newRow("gemini pro none")
            << gemini << u"gemini-2.5-pro"_s << uR"({"reasoning_effort":"none"})"_s << 400
            << u"Budget 0 is invalid. This model only works in thinking mode."_s;
        QTest::newRow("gemini pro low")
            << gemini << u"gemini-2.5-pro"_s << uR"({"reasoning_effort":"low"})"_s << 200 << none;
        QTest::newRow("gemini flash xhigh")
            << gemini << u"gemini-2.5-flash"_s << uR"({"reasoning_effort":"xhigh"})"_s << 400 << u"xhigh"_s;
        QTest::newRow("gemini 3 pro low")
            << gemini << u"gemini-3-pro-preview"_s << uR"({"reasoning_effort":"low"})"_s << 200 << none;
        QTest::newRow("gemini 3 pro medium")
            << gemini << u"gemini-3-pro-preview"_s << uR"({"reasoning_effort":"medium"})"_s << 400 << none;
        QTest::newRow("gemini 3 flash high")
            << gemini << u"gemini-3-flash-preview"_s << uR"({"reasoning_effort":"high"})"_s << 200 << none;
        QTest::newRow("gemini temperature 0")
            << gemini << u"gemini-2.5-flash"_s << uR"({"temperature":0})"_s << 200 << none;
        QTest::newRow("gemini temperature 2.5")
            << gemini << u"gemini-2.5-flash"_s << uR"({"temperature":2.5})"_s << 400 << u"temperature"_s;
        QTest::newRow("gemini unknown")
            << gemini << u"gemini-1.0-pro"_s << QString() << 404 << u"models/gemini-1.0-pro is not found"_s;

        const int deepSeek = int(Flavour::DeepSeek);
        QTest::newRow("deepseek chat")
            << deepSeek << u"deepseek-chat"_s << uR"({"temperature":0})"_s << 200 << none;
        QTest::newRow("deepseek temperature 2.5")
            << deepSeek << u"deepseek-chat"_s << uR"({"temperature":2.5})"_s << 400 << u"temperature"_s;
        QTest::newRow("deepseek max_tokens 8192")
            << deepSeek << u"deepseek-chat"_s << uR"({"max_tokens":8192})"_s << 200 << none;
        QTest::newRow("deepseek max_tokens 8193")
            << deepSeek << u"deepseek-chat"_s << uR"({"max_tokens":8193})"_s << 400
            << u"the valid range of max_tokens is [1, 8192]"_s;
        QTest::newRow("reasoner temperature ignored")
            << deepSeek << u"deepseek-reasoner"_s << uR"({"temperature":0.2,"top_p":0.1})"_s << 200 << none;
        QTest::newRow("reasoner logprobs")
            << deepSeek << u"deepseek-reasoner"_s << uR"({"logprobs":true})"_s << 400 << u"logprobs"_s;
        QTest::newRow("reasoner top_logprobs")
            << deepSeek << u"deepseek-reasoner"_s << uR"({"top_logprobs":2})"_s << 400 << u"top_logprobs"_s;
        QTest::newRow("reasoner max_tokens 65536")
            << deepSeek << u"deepseek-reasoner"_s << uR"({"max_tokens":65536})"_s << 200 << none;
        QTest::newRow("deepseek unknown")
            << deepSeek << u"deepseek-r1"_s << QString() << 400 << u"Model Not Exist"_s;

        const int openRouter = int(Flavour::OpenRouter);
        QTest::newRow("openrouter drops temperature")
            << openRouter << u"openai/gpt-5-mini"_s << uR"({"temperature":0,"max_tokens":1000})"_s << 200
            << none;
        QTest::newRow("openrouter claude")
            << openRouter << u"anthropic/claude-haiku-4.5"_s << QString() << 200 << none;
        QTest::newRow("openrouter gemini") << openRouter << u"google/gemini-2.5-flash"_s
                                           << uR"({"max_completion_tokens":2000})"_s << 200 << none;
        QTest::newRow("openrouter unknown field")
            << openRouter << u"deepseek/deepseek-chat"_s << uR"({"some_field":1})"_s << 200 << none;
        QTest::newRow("openrouter bare id")
            << openRouter << u"gpt-5-mini"_s << QString() << 400 << u"gpt-5-mini is not a valid model ID"_s;

        const int local = int(Flavour::Local);
        QTest::newRow("ollama") << local << u"qwen3:8b"_s << uR"({"max_tokens":100,"temperature":0})"_s << 200
                                << none;
        QTest::newRow("llama.cpp") << local << u"default"_s << QString() << 200 << none;
        QTest::newRow("vllm") << local << u"Qwen/Qwen3-8B"_s << QString() << 200 << none;
        QTest::newRow("not pulled") << local << u"mistral:7b"_s << QString() << 404
                                    << u"model \"mistral:7b\" not found, try pulling it first"_s;
    }

    void otherChatRules()
    {
        QFETCH(int, flavour);
        QFETCH(QString, model);
        QFETCH(QString, extra);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        m_server->setFlavour(Flavour(flavour));
        const Answer answer = chat(chatBody(model, extra));
        QVERIFY2(answer.status == status, qPrintable(u"%1: %2"_s.arg(answer.status).arg(answer.message())));
        QVERIFY2(answer.message().contains(fragment), qPrintable(answer.message()));
        if (status == 200) {
            QCOMPARE(answer.content(), u"OK"_s);
        } else if (Flavour(flavour) == Flavour::Gemini) {
            QCOMPARE(answer.error().value(u"code"_s).toInt(), status);
            QCOMPARE(answer.error().value(u"status"_s).toString(),
                     status == 404 ? u"NOT_FOUND"_s : u"INVALID_ARGUMENT"_s);
        }
    }

    void localModelList()
    {
        m_server->setFlavour(Flavour::Local);
        m_server->setLocalModels({u"mistral:7b"_s});
        QCOMPARE(chat(chatBody(u"mistral:7b"_s), {}).status, 200);
        const Answer gone = chat(chatBody(u"qwen3:8b"_s), {});
        QCOMPARE(gone.status, 404);
        QCOMPARE(gone.error().value(u"type"_s).toString(), u"api_error"_s);
    }

    void addedModelWorksEverywhere_data()
    {
        QTest::addColumn<int>("flavour");
        for (Flavour flavour : {Flavour::OpenAi, Flavour::Anthropic, Flavour::Gemini, Flavour::OpenRouter,
                                Flavour::DeepSeek, Flavour::Local}) {
            QTest::addRow("flavour %d", int(flavour)) << int(flavour);
        }
    }

    void addedModelWorksEverywhere()
    {
        QFETCH(int, flavour);
        m_server->setFlavour(Flavour(flavour));
        QVERIFY(chat(chatBody(u"fake-model"_s)).status != 200);
        m_server->addModel(u"fake-model"_s);
        const Answer answer = chat(chatBody(u"fake-model"_s, uR"({"temperature":0.7})"_s));
        QVERIFY2(answer.status == 200, qPrintable(answer.message()));
        QCOMPARE(answer.content(), u"OK"_s);
    }

    void addedModelOnMessages()
    {
        m_server->addModel(u"claude-test"_s);
        QCOMPARE(messages(messagesBody(u"claude-test"_s)).status, 200);
    }

    // ---- Anthropic messages -----------------------------------------------------------------------

    void anthropicRules_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("fragment");

        const QString invalid = u"invalid_request_error"_s;
        const QString none;
        QTest::newRow("sonnet") << u"claude-sonnet-4-5"_s << QString() << 200 << none << none;
        QTest::newRow("haiku dated") << u"claude-haiku-4-5-20251001"_s << QString() << 200 << none << none;
        QTest::newRow("opus") << u"claude-opus-4-1"_s << QString() << 200 << none << none;
        QTest::newRow("no max_tokens") << u"claude-sonnet-4-5"_s << uR"({"$remove":["max_tokens"]})"_s << 400
                                       << invalid << u"max_tokens: Field required"_s;
        QTest::newRow("sonnet 64000")
            << u"claude-sonnet-4-5"_s << uR"({"max_tokens":64000})"_s << 200 << none << none;
        QTest::newRow("sonnet 64001")
            << u"claude-sonnet-4-5"_s << uR"({"max_tokens":64001})"_s << 400 << invalid
            << u"max_tokens: 64001 > 64000, which is the maximum allowed number of output tokens for "
               u"claude-sonnet-4-5"_s;
        QTest::newRow("opus 32001") << u"claude-opus-4-1"_s << uR"({"max_tokens":32001})"_s << 400 << invalid
                                    << u"32001 > 32000"_s;
        QTest::newRow("system message")
            << u"claude-haiku-4-5"_s
            << uR"({"messages":[{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}]})"_s
            << 400 << invalid
            << u"messages: Unexpected role \"system\". The Messages API accepts a top-level `system` "
               u"parameter, "
               u"not \"system\" as an input message role."_s;
        QTest::newRow("empty user block")
            << u"claude-haiku-4-5"_s
            << uR"({"messages":[{"role":"user","content":[{"type":"text","text":""},{"type":"text","text":"Hi"}]}]})"_s
            << 400 << invalid << u"messages: text content blocks must be non-empty"_s;
        QTest::newRow("empty system block")
            << u"claude-haiku-4-5"_s << uR"({"system":[{"type":"text","text":""}]})"_s << 400 << invalid
            << u"text content blocks must be non-empty"_s;
        QTest::newRow("system string")
            << u"claude-haiku-4-5"_s << uR"({"system":"Be brief."})"_s << 200 << none << none;
        QTest::newRow("temperature 0.5")
            << u"claude-sonnet-4-5"_s << uR"({"temperature":0.5})"_s << 200 << none << none;
        QTest::newRow("temperature 1.5")
            << u"claude-sonnet-4-5"_s << uR"({"temperature":1.5})"_s << 400 << invalid << u"temperature"_s;
        QTest::newRow("top_p alone") << u"claude-sonnet-4-5"_s << uR"({"top_p":0.9})"_s << 200 << none
                                     << none;
        QTest::newRow("temperature and top_p")
            << u"claude-haiku-4-5"_s << uR"({"temperature":0.5,"top_p":0.9})"_s << 400 << invalid
            << u"`temperature` and `top_p` cannot both be specified for this model. Please use only one."_s;
        QTest::newRow("thinking")
            << u"claude-sonnet-4-5"_s
            << uR"({"max_tokens":4096,"thinking":{"type":"enabled","budget_tokens":2048}})"_s << 200 << none
            << none;
        QTest::newRow("thinking budget 512")
            << u"claude-sonnet-4-5"_s
            << uR"({"max_tokens":4096,"thinking":{"type":"enabled","budget_tokens":512}})"_s << 400 << invalid
            << u"budget_tokens"_s;
        QTest::newRow("thinking beyond max_tokens")
            << u"claude-sonnet-4-5"_s
            << uR"({"max_tokens":1024,"thinking":{"type":"enabled","budget_tokens":2048}})"_s << 400
            << invalid << u"`max_tokens` must be greater than `thinking.budget_tokens`"_s;
        QTest::newRow("thinking with temperature")
            << u"claude-sonnet-4-5"_s
            << uR"({"max_tokens":4096,"temperature":0.5,"thinking":{"type":"enabled","budget_tokens":2048}})"_s
            << 400 << invalid << u"`temperature` may only be set to 1 when thinking is enabled"_s;
        QTest::newRow("openai reply limit")
            << u"claude-sonnet-4-5"_s << uR"({"max_completion_tokens":1024})"_s << 400 << invalid
            << u"max_completion_tokens: Extra inputs are not permitted"_s;
        QTest::newRow("reasoning_effort")
            << u"claude-sonnet-4-5"_s << uR"({"reasoning_effort":"low"})"_s << 400 << invalid
            << u"reasoning_effort: Extra inputs are not permitted"_s;
        QTest::newRow("unknown claude")
            << u"claude-3-haiku"_s << QString() << 404 << u"not_found_error"_s << u"model: claude-3-haiku"_s;
        QTest::newRow("openai model") << u"gpt-5.4"_s << QString() << 404 << u"not_found_error"_s << none;
    }

    void anthropicRules()
    {
        QFETCH(QString, model);
        QFETCH(QString, extra);
        QFETCH(int, status);
        QFETCH(QString, type);
        QFETCH(QString, fragment);
        const Answer answer = messages(messagesBody(model, extra));
        QVERIFY2(answer.status == status, qPrintable(u"%1: %2"_s.arg(answer.status).arg(answer.message())));
        if (status == 200) {
            QCOMPARE(answer.json.value(u"type"_s).toString(), u"message"_s);
            QCOMPARE(answer.json.value(u"stop_reason"_s).toString(), u"end_turn"_s);
            return;
        }
        QCOMPARE(answer.json.value(u"type"_s).toString(), u"error"_s);
        QCOMPARE(answer.error().value(u"type"_s).toString(), type);
        QVERIFY2(answer.message().contains(fragment), qPrintable(answer.message()));
    }

    // ---- Context windows --------------------------------------------------------------------------

    void contextWindow_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<bool>("anthropicApi");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("userChars"); // 4 characters a token; the window is 1000
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("fragment");

        const int openAi = int(Flavour::OpenAi);
        QTest::newRow("openai fits") << openAi << false << uR"({"max_completion_tokens":200})"_s << 2000
                                     << 200 << QString();
        QTest::newRow("openai messages")
            << openAi << false << QString() << 6000 << 400
            << u"This model's maximum context length is 1000 tokens. However, your "
               u"messages resulted in "_s;
        QTest::newRow("openai with completion") << openAi << false << uR"({"max_completion_tokens":600})"_s
                                                << 2000 << 400 << u"in the messages, 600 in the completion"_s;
        QTest::newRow("anthropic prompt")
            << openAi << true << QString() << 6000 << 400 << u"prompt is too long: "_s;
        QTest::newRow("anthropic with max_tokens")
            << openAi << true << uR"({"max_tokens":600})"_s << 2000 << 400
            << u"input length and `max_tokens` exceed context limit: "_s;
        QTest::newRow("gemini input")
            << int(Flavour::Gemini) << false << QString() << 6000 << 400 << u"The input token count"_s;
        QTest::newRow("gemini output apart")
            << int(Flavour::Gemini) << false << uR"({"max_tokens":900})"_s << 2000 << 200 << QString();
        QTest::newRow("deepseek") << int(Flavour::DeepSeek) << false << uR"({"max_tokens":600})"_s << 2000
                                  << 400 << u"maximum context length is 1000 tokens"_s;
        QTest::newRow("openrouter") << int(Flavour::OpenRouter) << false << uR"({"max_tokens":600})"_s << 2000
                                    << 400 << u"This endpoint's maximum context length is 1000 tokens"_s;
        QTest::newRow("local") << int(Flavour::Local) << false << QString() << 6000 << 400
                               << u"maximum context length is 1000 tokens"_s;
    }

    void contextWindow()
    {
        QFETCH(int, flavour);
        QFETCH(bool, anthropicApi);
        QFETCH(QString, extra);
        QFETCH(int, userChars);
        QFETCH(int, status);
        QFETCH(QString, fragment);
        m_server->setFlavour(Flavour(flavour));
        m_server->setContextWindow(1000);
        const QString user(userChars, u'x');
        const Answer answer = anthropicApi ? messages(messagesBody(u"claude-sonnet-4-5"_s, extra, user))
                                           : chat(chatBody(chatModelOf(Flavour(flavour)), extra, user));
        QVERIFY2(answer.status == status, qPrintable(u"%1: %2"_s.arg(answer.status).arg(answer.message())));
        QVERIFY2(answer.message().contains(fragment), qPrintable(answer.message()));
        if (status == 400 && Flavour(flavour) == Flavour::OpenAi && !anthropicApi) {
            QCOMPARE(answer.error().value(u"code"_s).toString(), u"context_length_exceeded"_s);
            QCOMPARE(answer.error().value(u"param"_s).toString(), u"messages"_s);
        }
    }

    void modelsHaveTheirOwnWindows()
    {
        const QString user(140000, u'x'); // 35,000 tokens: beyond a local 32K context, not beyond GPT-5's
        QCOMPARE(chat(chatBody(u"gpt-5.4"_s, {}, user)).status, 200);
        QCOMPARE(chat(chatBody(u"gpt-4o"_s, uR"({"max_completion_tokens":16000})"_s, QString(480000, u'x')))
                     .status,
                 400);
        m_server->setFlavour(Flavour::Local);
        QCOMPARE(chat(chatBody(u"qwen3:8b"_s, {}, user), {}).status, 400);
    }

    // ---- Billing ----------------------------------------------------------------------------------

    void billingLedger()
    {
        const QStringList ids{u"2604.00001"_s, u"2604.00002"_s, u"2604.00003"_s};
        const QString user = papersPrompt(ids);
        const qint64 prompt = FakeLlmServer::tokensFor(SystemText + user);
        m_server->setCachedTokens(10);
        m_server->setCacheCreationTokens(5);

        // OpenAI shape: prompt_tokens includes the cached ones, completion_tokens the reasoning ones.
        const Answer openAi = chat(chatBody(u"gpt-4.1"_s, {}, user));
        QCOMPARE(openAi.status, 200);
        QCOMPARE(openAi.usage().value(u"prompt_tokens"_s).toInteger(), prompt);
        QCOMPARE(openAi.usage().value(u"prompt_tokens_details"_s)[u"cached_tokens"_s].toInteger(), 10);
        const qint64 answerTokens = openAi.usage().value(u"completion_tokens"_s).toInteger();
        QCOMPARE(answerTokens, FakeLlmServer::tokensFor(openAi.content()));
        FakeLlmServer::Billed billed = m_server->billed();
        QCOMPARE(billed.requests, 1);
        QCOMPARE(billed.promptTokens, prompt);
        QCOMPARE(billed.cachedTokens, 10);
        QCOMPARE(billed.cacheWriteTokens, 0);
        QCOMPARE(billed.completionTokens, answerTokens);
        QCOMPARE(billed.reasoningTokens, 0);

        // Anthropic shape: input_tokens leaves out cache reads and writes; the ledger adds them back.
        const Answer anthropic = messages(messagesBody(u"claude-haiku-4-5"_s, {}, user));
        QCOMPARE(anthropic.status, 200);
        QCOMPARE(anthropic.usage().value(u"input_tokens"_s).toInteger(), prompt - 15);
        QCOMPARE(anthropic.usage().value(u"cache_read_input_tokens"_s).toInteger(), 10);
        QCOMPARE(anthropic.usage().value(u"cache_creation_input_tokens"_s).toInteger(), 5);
        billed = m_server->billed();
        QCOMPARE(billed.requests, 2);
        QCOMPARE(billed.promptTokens, 2 * prompt);
        QCOMPARE(billed.cachedTokens, 20);
        QCOMPARE(billed.cacheWriteTokens, 5);
        QCOMPARE(billed.completionTokens,
                 answerTokens + anthropic.usage().value(u"output_tokens"_s).toInteger());

        // A damaged answer still carries usage and is billed; refusals, errors and garbage are not.
        m_server->enqueue(FakeLlmServer::Behaviour::dropIds(1));
        QCOMPARE(chat(chatBody(u"gpt-4.1"_s, {}, user)).status, 200);
        QCOMPARE(m_server->billed().requests, 3);
        QCOMPARE(chat(chatBody(u"gpt-test"_s, {}, user)).status, 404);
        m_server->enqueue(FakeLlmServer::Behaviour::httpStatus(500));
        QCOMPARE(chat(chatBody(u"gpt-4.1"_s, {}, user)).status, 500);
        m_server->enqueue(FakeLlmServer::Behaviour::garbled());
        QCOMPARE(chat(chatBody(u"gpt-4.1"_s, {}, user)).status, 200);
        QCOMPARE(m_server->billed().requests, 3);

        m_server->clearRecord();
        QCOMPARE(m_server->billed().requests, 0);
        QCOMPARE(m_server->billed().promptTokens, 0);
        QCOMPARE(m_server->requestCount(), 0);
    }

    // ---- Reasoning --------------------------------------------------------------------------------

    void reasoningSpendsTheLimit_data()
    {
        QTest::addColumn<int>("flavour");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("extra");
        QTest::addColumn<qint64>("reasoning"); // the reasoning tokens billed
        QTest::addColumn<int>("keptChars");    // of the answer; -1 all of it
        const int openAi = int(Flavour::OpenAi);
        QTest::newRow("gpt-5-mini default medium")
            << openAi << u"gpt-5-mini"_s << QString() << qint64(512) << -1;
        QTest::newRow("gpt-5-mini minimal")
            << openAi << u"gpt-5-mini"_s << uR"({"reasoning_effort":"minimal"})"_s << qint64(16) << -1;
        QTest::newRow("gpt-5-nano high")
            << openAi << u"gpt-5-nano"_s << uR"({"reasoning_effort":"high"})"_s << qint64(2048) << -1;
        QTest::newRow("gpt-5.4 default none") << openAi << u"gpt-5.4"_s << QString() << qint64(0) << -1;
        QTest::newRow("gpt-5.4 xhigh")
            << openAi << u"gpt-5.4"_s << uR"({"reasoning_effort":"xhigh"})"_s << qint64(4096) << -1;
        QTest::newRow("reasoning eats the limit")
            << openAi << u"gpt-5-mini"_s << uR"({"max_completion_tokens":300})"_s << qint64(300) << 0;
        QTest::newRow("a little left for the answer")
            << openAi << u"gpt-5-mini"_s << uR"({"reasoning_effort":"low","max_completion_tokens":138})"_s
            << qint64(128) << 40;
        QTest::newRow("no reasoning, short limit")
            << openAi << u"gpt-4.1"_s << uR"({"max_completion_tokens":10})"_s << qint64(0) << 40;
        QTest::newRow("gemini thinking within max_tokens") << int(Flavour::Gemini) << u"gemini-2.5-flash"_s
                                                           << uR"({"max_tokens":300})"_s << qint64(300) << 0;
        QTest::newRow("gemini thinking off")
            << int(Flavour::Gemini) << u"gemini-2.5-flash"_s
            << uR"({"max_tokens":2000,"reasoning_effort":"none"})"_s << qint64(0) << -1;
        QTest::newRow("deepseek reasoner") << int(Flavour::DeepSeek) << u"deepseek-reasoner"_s
                                           << uR"({"max_tokens":100})"_s << qint64(100) << 0;
    }

    void reasoningSpendsTheLimit()
    {
        QFETCH(int, flavour);
        QFETCH(QString, model);
        QFETCH(QString, extra);
        QFETCH(qint64, reasoning);
        QFETCH(int, keptChars);
        m_server->setFlavour(Flavour(flavour));
        const QStringList ids{u"2604.00001"_s, u"2604.00002"_s};
        const QString full = m_server->cleanLine(ids.at(0)) + u'\n' + m_server->cleanLine(ids.at(1));

        const Answer answer = chat(chatBody(model, extra, papersPrompt(ids)));
        QVERIFY2(answer.status == 200, qPrintable(answer.message()));
        const QString expected = keptChars < 0 ? full : full.left(keptChars);
        QCOMPARE(answer.content(), expected);
        QCOMPARE(answer.choice().value(u"finish_reason"_s).toString(),
                 keptChars < 0 ? u"stop"_s : u"length"_s);
        const qint64 completion = answer.usage().value(u"completion_tokens"_s).toInteger();
        QCOMPARE(completion, reasoning + FakeLlmServer::tokensFor(expected));
        QCOMPARE(answer.usage().value(u"completion_tokens_details"_s)[u"reasoning_tokens"_s].toInteger(),
                 reasoning);
        QCOMPARE(m_server->billed().reasoningTokens, reasoning);
        QCOMPARE(m_server->billed().completionTokens, completion);
    }

    void anthropicStopsAtMaxTokens()
    {
        const QStringList ids{u"2604.00001"_s, u"2604.00002"_s};
        const QString full = m_server->cleanLine(ids.at(0)) + u'\n' + m_server->cleanLine(ids.at(1));
        Answer answer =
            messages(messagesBody(u"claude-sonnet-4-5"_s, uR"({"max_tokens":10})"_s, papersPrompt(ids)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"stop_reason"_s).toString(), u"max_tokens"_s);
        QCOMPARE(answer.json.value(u"content"_s)[0][u"text"_s].toString(), full.left(40));
        QCOMPARE(answer.usage().value(u"output_tokens"_s).toInteger(), 10);

        // Extended thinking comes first, as a thinking block, and is billed as output.
        answer = messages(
            messagesBody(u"claude-sonnet-4-5"_s,
                         uR"({"max_tokens":4096,"thinking":{"type":"enabled","budget_tokens":1024}})"_s,
                         papersPrompt(ids)));
        QCOMPARE(answer.status, 200);
        QCOMPARE(answer.json.value(u"stop_reason"_s).toString(), u"end_turn"_s);
        QCOMPARE(answer.json.value(u"content"_s)[0][u"type"_s].toString(), u"thinking"_s);
        QCOMPARE(answer.json.value(u"content"_s)[1][u"text"_s].toString(), full);
        QCOMPARE(answer.usage().value(u"output_tokens"_s).toInteger(), 512 + FakeLlmServer::tokensFor(full));
        QCOMPARE(m_server->billed().reasoningTokens, 512);
    }

    // ---- The record -------------------------------------------------------------------------------

    void refusalKeepsTheQueuedFault()
    {
        m_server->enqueue(FakeLlmServer::Behaviour::httpStatus(503));
        QCOMPARE(chat(chatBody(u"gpt-test"_s)).status, 404);
        QCOMPARE(chat(chatBody(u"gpt-5.4"_s)).status, 503);
        QCOMPARE(chat(chatBody(u"gpt-5.4"_s)).status, 200);
        const QList<FakeLlmServer::Request> requests = m_server->requests();
        QCOMPARE(requests.size(), 3);
        QCOMPARE(requests.at(0).answeredStatus, 404);
        QCOMPARE(requests.at(0).json.value(u"model"_s).toString(), u"gpt-test"_s);
        QCOMPARE(requests.at(1).answeredStatus, 503);
        QCOMPARE(requests.at(2).answeredStatus, 200);
    }

    void answeredStatusWaitsForTheAnswer()
    {
        m_server->setLatencyMs(300);
        QNetworkRequest request{QUrl(m_server->baseUrl().toString() + u"/chat/completions"_s)};
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + Key.toUtf8());
        std::unique_ptr<QNetworkReply> reply(
            m_nam->post(request, QJsonDocument(chatBody(u"gpt-5.4"_s)).toJson(QJsonDocument::Compact)));
        QTRY_COMPARE(m_server->requestCount(), 1);
        QCOMPARE(m_server->requests().first().answeredStatus, 0);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(m_server->requests().first().answeredStatus, 200);
    }
};

QTEST_GUILESS_MAIN(TestLlmContract)
#include "tst_llmcontract.moc"
