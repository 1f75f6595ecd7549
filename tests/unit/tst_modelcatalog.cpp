#include "core/modelcatalog.h"
#include "llm/pricing.h"
#include "llm/promptbuilder.h"
#include "llm/provider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using core::ModelCatalog;
using core::Profile;

namespace {

Profile openAi(const QString &model)
{
    Profile p = core::ProfileJson::defaultProfile();
    p.model.preset = u"openai"_s;
    p.model.model = model;
    return p;
}

QJsonObject sentBody(const Profile &p, int papers = 25)
{
    llm::ChatRequest request{u"system"_s, u"user"_s, -1, papers, {}};
    return QJsonDocument::fromJson(llm::Provider::body(p, request)).object();
}

} // namespace

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPresetIsComplete()
    {
        const ModelCatalog &c = ModelCatalog::builtIn();
        const QStringList wanted{u"openai"_s, u"anthropic"_s, u"gemini"_s,   u"openrouter"_s, u"deepseek"_s,
                                 u"ollama"_s, u"lmstudio"_s,  u"llamacpp"_s, u"vllm"_s,       u"custom"_s};
        QStringList ids;
        for (const core::ProviderPreset &p : c.presets()) {
            ids.append(p.id);
            if (p.id != u"custom") {
                QVERIFY2(p.baseUrl.isValid() && !p.baseUrl.host().isEmpty(), qPrintable(p.id));
                QVERIFY2(!p.models.isEmpty(), qPrintable(p.id));
            }
            // A preset's first suggestion is the model it scores with by default.
            QVERIFY2(p.needsKey != p.free || p.id == u"custom", qPrintable(p.id));
        }
        QCOMPARE(ids, wanted);
        QVERIFY(c.pricesTaken().isValid());
    }

    void publishedPricesAreKnown_data()
    {
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QString>("model");
        QTest::addColumn<double>("prompt");
        QTest::addColumn<double>("completion");
        QTest::newRow("gpt-5.4") << u"openai"_s << u"gpt-5.4"_s << 2.5 << 15.0;
        QTest::newRow("gpt-5-mini") << u"openai"_s << u"gpt-5-mini"_s << 0.25 << 2.0;
        QTest::newRow("dated gpt-5-mini") << u"openai"_s << u"gpt-5-mini-2025-08-07"_s << 0.25 << 2.0;
        QTest::newRow("claude-sonnet-4-5") << u"anthropic"_s << u"claude-sonnet-4-5"_s << 3.0 << 15.0;
        QTest::newRow("claude-haiku-4-5") << u"anthropic"_s << u"claude-haiku-4-5-20251001"_s << 1.0 << 5.0;
        QTest::newRow("local is free") << u"ollama"_s << u"qwen3:8b"_s << 0.0 << 0.0;
    }

    void publishedPricesAreKnown()
    {
        QFETCH(QString, preset);
        QFETCH(QString, model);
        QFETCH(double, prompt);
        QFETCH(double, completion);
        Profile p = openAi(model);
        p.model.preset = preset;
        p.model.provider = ModelCatalog::builtIn().preset(preset)->api;
        p.prices.clear();
        const std::optional<core::PriceRow> row = ModelCatalog::builtIn().priceFor(p, model);
        QVERIFY(row);
        QCOMPARE(row->prompt, prompt);
        QCOMPARE(row->completion, completion);
    }

    void profileRowWinsOverListPrice()
    {
        Profile p = openAi(u"gpt-5-mini"_s);
        p.prices = {core::PriceRow{u"gpt-5-mini"_s, 1.0, 2.0, 0.5}};
        QCOMPARE(ModelCatalog::builtIn().priceFor(p, u"gpt-5-mini"_s)->prompt, 1.0);
        QVERIFY(!ModelCatalog::builtIn().priceFor(p, u"no-such-model"_s));
    }

    // The rules OpenAI documents, as the request builder applies them.
    void requestsFollowTheModelsRules_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("effortSent");
        QTest::addColumn<bool>("temperatureSent");
        QTest::newRow("gpt-5.4: effort none is its default") << u"gpt-5.4"_s << QString() << true;
        QTest::newRow("gpt-5.1") << u"gpt-5.1"_s << QString() << true;
        QTest::newRow("gpt-5-mini: minimal, no temperature") << u"gpt-5-mini"_s << u"minimal"_s << false;
        QTest::newRow("gpt-5-nano") << u"gpt-5-nano"_s << u"minimal"_s << false;
        QTest::newRow("gpt-5") << u"gpt-5"_s << u"minimal"_s << false;
        QTest::newRow("o4-mini: low is its cheapest") << u"o4-mini"_s << u"low"_s << false;
        QTest::newRow("gpt-5-pro: high only, its default") << u"gpt-5-pro"_s << QString() << false;
        QTest::newRow("gpt-4.1-mini: no reasoning") << u"gpt-4.1-mini"_s << QString() << true;
    }

    void requestsFollowTheModelsRules()
    {
        QFETCH(QString, model);
        QFETCH(QString, effortSent);
        QFETCH(bool, temperatureSent);
        Profile p = openAi(model);
        p.model.temperature = 0.0; // what every 0.1 profile said
        const QJsonObject body = sentBody(p);
        QCOMPARE(body.value(u"reasoning_effort"_s).toString(), effortSent);
        QCOMPARE(body.contains(u"temperature"_s), temperatureSent);
        QVERIFY(!body.contains(u"max_tokens"_s));
        QVERIFY(body.value(u"max_completion_tokens"_s).toInt() >= 25 * 200);
    }

    void modelDefaultTemperatureIsLeftOut()
    {
        const QJsonObject body = sentBody(core::ProfileJson::defaultProfile());
        QVERIFY(!body.contains(u"temperature"_s));
        QVERIFY(!body.contains(u"reasoning_effort"_s));
        QCOMPARE(body.value(u"model"_s).toString(), u"gpt-5.4"_s);
    }

    void temperatureOnlyWhileEffortIsNone()
    {
        Profile p = openAi(u"gpt-5.4"_s);
        p.model.temperature = 0.2;
        p.model.reasoningEffort = u"low"_s;
        const QJsonObject body = sentBody(p);
        QCOMPARE(body.value(u"reasoning_effort"_s).toString(), u"low"_s);
        QVERIFY(!body.contains(u"temperature"_s));
        // An effort the model does not take becomes its cheapest.
        p.model.reasoningEffort = u"minimal"_s;
        QVERIFY(!sentBody(p).contains(u"reasoning_effort"_s)); // none, the default, is not sent
        QCOMPARE(sentBody(p).value(u"temperature"_s).toDouble(), 0.2);
    }

    void replyLimitGrowsWithBatchAndEffort()
    {
        const ModelCatalog &c = ModelCatalog::builtIn();
        const Profile p = openAi(u"gpt-5.4"_s);
        QVERIFY(c.replyLimit(p, 50) > c.replyLimit(p, 10));
        Profile reasoning = p;
        reasoning.model.reasoningEffort = u"medium"_s;
        QVERIFY(c.replyLimit(reasoning, 10) > c.replyLimit(p, 10));
        // Never above what the model can write.
        Profile claude = p;
        claude.model.provider = Profile::Provider::Anthropic;
        claude.model.preset = u"anthropic"_s;
        claude.model.model = u"claude-opus-4-1"_s;
        QVERIFY(c.replyLimit(claude, 200) <= 32000);
    }

    void anthropicBodyHasItsRequiredFields()
    {
        Profile p = openAi(u"claude-sonnet-4-5"_s);
        p.model.provider = Profile::Provider::Anthropic;
        p.model.preset = u"anthropic"_s;
        p.model.temperature = 1.7;
        p.model.reasoningEffort = u"low"_s;
        const QJsonObject body = sentBody(p, 10);
        QVERIFY(body.value(u"max_tokens"_s).toInt() >= 10 * 200);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 1.0); // Anthropic's range is 0..1
        QVERIFY(!body.contains(u"reasoning_effort"_s));
        QVERIFY(!body.contains(u"top_p"_s));
    }

    void unknownModelIsSentAsTheProfileSays()
    {
        Profile p = openAi(u"my-finetune"_s);
        p.model.preset = u"custom"_s;
        p.model.temperature = 0.3;
        const QJsonObject body = sentBody(p);
        QCOMPARE(body.value(u"temperature"_s).toDouble(), 0.3);
        QVERIFY(body.contains(u"max_tokens"_s));
    }

    void fingerprintFollowsWhatIsSent()
    {
        // Whatever a 0.1 profile said about the temperature of gpt-5-mini, the request is the same.
        Profile a = openAi(u"gpt-5-mini"_s);
        a.model.temperature = 0.0;
        Profile b = openAi(u"gpt-5-mini"_s);
        QCOMPARE(llm::PromptBuilder(a).fingerprint(), llm::PromptBuilder(b).fingerprint());
        Profile c = b;
        c.model.reasoningEffort = u"high"_s;
        QVERIFY(llm::PromptBuilder(c).fingerprint() != llm::PromptBuilder(b).fingerprint());
        // A profile from before optional temperatures keeps its fingerprint's shape.
        Profile old = openAi(u"gpt-5.4"_s);
        old.model.temperature = 0.0;
        QVERIFY(llm::PromptBuilder(old).fingerprint() !=
                llm::PromptBuilder(openAi(u"gpt-5.4"_s)).fingerprint());
    }

    void presetOfAnotherApiIsGuessedAgain()
    {
        // The provider was switched to Anthropic after the OpenAI preset was saved.
        Profile p = openAi(u"claude-sonnet-4-5"_s);
        p.model.provider = Profile::Provider::Anthropic;
        QCOMPARE(ModelCatalog::builtIn().presetOf(p).id, u"anthropic"_s);
        QVERIFY(sentBody(p).contains(u"max_tokens"_s));
    }

    void presetIsGuessedForOldProfiles()
    {
        Profile p = core::ProfileJson::defaultProfile();
        p.model.preset.clear();
        QCOMPARE(ModelCatalog::builtIn().presetOf(p).id, u"openai"_s);
        p.model.baseUrl = QUrl(u"http://localhost:11434/v1"_s);
        QCOMPARE(ModelCatalog::builtIn().presetOf(p).id, u"ollama"_s);
        p.model.baseUrl = QUrl(u"https://llm.example.org/v1"_s);
        QCOMPARE(ModelCatalog::builtIn().presetOf(p).id, u"custom"_s);
    }

    void userOverrideReplacesAndAdds()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"models.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format":1,"families":[
            {"id":"gpt-5-mini","presets":["openai"],"match":"gpt-5-mini","temperature":true,
             "maxTokensParameter":"max_completion_tokens","price":{"prompt":9,"completion":9}},
            {"id":"lab-model","presets":["custom"],"match":"lab-.*","temperature":false,
             "maxTokensParameter":"max_completion_tokens"}]})");
        file.close();
        QString warning;
        const ModelCatalog c = ModelCatalog::withOverride(path, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QVERIFY(c.spec(u"openai"_s, u"gpt-5-mini"_s).acceptsTemperature);
        QCOMPARE(c.spec(u"openai"_s, u"gpt-5-mini"_s).price->prompt, 9.0);
        QVERIFY(!c.spec(u"custom"_s, u"lab-7b"_s).acceptsTemperature);
        QVERIFY(c.spec(u"openai"_s, u"gpt-5.4"_s).known); // the rest stays
        QCOMPARE(c.presets().size(), ModelCatalog::builtIn().presets().size());
    }

    void badOverrideIsIgnoredWithAWarning()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"models.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{ not json");
        file.close();
        QString warning;
        const ModelCatalog c = ModelCatalog::withOverride(path, &warning);
        QVERIFY(warning.contains(path));
        QVERIFY(c.spec(u"openai"_s, u"gpt-5-mini"_s).known);
        warning.clear();
        ModelCatalog::withOverride(dir.filePath(u"missing.json"_s), &warning);
        QVERIFY(warning.isEmpty());
    }

    void cachedAndWrittenTokensArePricedAtTheirRates()
    {
        Profile p = openAi(u"claude-sonnet-4-5"_s);
        p.model.provider = Profile::Provider::Anthropic;
        p.model.preset = u"anthropic"_s;
        p.prices.clear();
        core::Usage u;
        u.requests = 1;
        u.promptTokens = 1'000'000; // 200k read from the cache, 100k written to it
        u.cachedTokens = 200'000;
        u.cacheWriteTokens = 100'000;
        u.completionTokens = 100'000;
        const core::Usage priced = llm::Pricing::priced(u, p, p.model.model);
        QCOMPARE(*priced.promptCost, 0.7 * 3.0 + 0.2 * 0.3 + 0.1 * 3.75);
        QCOMPARE(*priced.completionCost, 0.1 * 15.0);
        // Nothing billed costs nothing, even without a price.
        QCOMPARE(*llm::Pricing::priced(core::Usage{}, std::nullopt).totalCost(), 0.0);
    }

    void providerErrorsAreClassified_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("temperature")
            << 400
            << QByteArray(
                   R"({"error":{"message":"Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.","type":"invalid_request_error","param":"temperature","code":"unsupported_value"}})")
            << int(llm::Refusal::Setting) << u"Temperature"_s;
        QTest::newRow("effort")
            << 400
            << QByteArray(
                   R"({"error":{"message":"Unsupported value: 'minimal' is not supported with the 'gpt-5.1' model.","type":"invalid_request_error","param":"reasoning_effort","code":"unsupported_value"}})")
            << int(llm::Refusal::Setting) << u"Reasoning effort"_s;
        QTest::newRow("model")
            << 404
            << QByteArray(
                   R"({"error":{"message":"The model `gpt-9` does not exist or you do not have access to it.","type":"invalid_request_error","param":null,"code":"model_not_found"}})")
            << int(llm::Refusal::Setting) << u"model"_s;
        QTest::newRow("context")
            << 400
            << QByteArray(
                   R"({"error":{"message":"This model maximum context length is 400000 tokens. However, your messages resulted in 500000 tokens.","type":"invalid_request_error","param":"messages","code":"context_length_exceeded"}})")
            << int(llm::Refusal::TooLong) << u"maximum context length"_s;
        QTest::newRow("anthropic too long")
            << 400
            << QByteArray(
                   R"({"type":"error","error":{"type":"invalid_request_error","message":"prompt is too long: 210000 tokens > 200000 maximum"}})")
            << int(llm::Refusal::TooLong) << u"too long"_s;
        QTest::newRow("key") << 401 << QByteArray(R"({"error":{"message":"Incorrect API key"}})")
                             << int(llm::Refusal::Key) << u"API key"_s;
        QTest::newRow("server") << 503 << QByteArray("oops") << int(llm::Refusal::None) << u"503"_s;
    }

    void providerErrorsAreClassified()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, refusal);
        QFETCH(QString, mentions);
        const llm::ProviderError e = llm::Provider::classify(status, body);
        QCOMPARE(int(e.refusal), refusal);
        QVERIFY2(e.message.contains(mentions, Qt::CaseInsensitive), qPrintable(e.message));
    }

    void billedUsageIsReadFromUnusableReplies()
    {
        const QByteArray openAi =
            R"({"choices":[{"message":{"content":""},"finish_reason":"length"}],"usage":{"prompt_tokens":100,"completion_tokens":50,"completion_tokens_details":{"reasoning_tokens":50},"prompt_tokens_details":{"cached_tokens":20}}})";
        QString error;
        QVERIFY(!llm::Provider::decode(Profile::Provider::OpenAi, openAi, &error));
        const core::Usage u = llm::Provider::billedUsage(Profile::Provider::OpenAi, openAi);
        QCOMPARE(u.requests, 1);
        QCOMPARE(u.promptTokens, 100);
        QCOMPARE(u.completionTokens, 50);
        QCOMPARE(u.reasoningTokens, 50);
        QCOMPARE(u.cachedTokens, 20);
        const QByteArray anthropic =
            R"({"content":[],"stop_reason":"max_tokens","usage":{"input_tokens":10,"cache_read_input_tokens":30,"cache_creation_input_tokens":60,"output_tokens":5}})";
        const core::Usage a = llm::Provider::billedUsage(Profile::Provider::Anthropic, anthropic);
        QCOMPARE(a.promptTokens, 100);
        QCOMPARE(a.cachedTokens, 30);
        QCOMPARE(a.cacheWriteTokens, 60);
        QCOMPARE(llm::Provider::billedUsage(Profile::Provider::OpenAi, "not json").requests, 0);
    }

    void profileJsonRoundTripsTheNewFields()
    {
        Profile p = openAi(u"gpt-5-mini"_s);
        p.model.reasoningEffort = u"low"_s;
        p.model.temperature.reset();
        p.prices.append(core::PriceRow{u"gpt-5-mini"_s, 0.25, 2.0, 0.025, 0.0, 0.125, 1.0});
        const core::ProfileResult back = core::ProfileJson::fromBytes(core::ProfileJson::toBytes(p));
        QVERIFY2(back, qPrintable(back.error));
        QCOMPARE(*back.profile, p);
        QVERIFY(!core::ProfileJson::toJson(p).value(u"model"_s).toObject().contains(u"temperature"_s));
        p.model.reasoningEffort = u"extreme"_s;
        QVERIFY(core::ProfileJson::validate(p).contains(u"reasoningEffort"_s));
    }
};

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"
