#include "providermodels.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

// Context windows and output limits from each provider's model pages; reasoning efforts from
// OpenAI's reasoning guide and the reasoning_effort reference ("gpt-5.1 defaults to none … models
// before gpt-5.1 default to medium and do not support none … gpt-5-pro defaults to (and only
// supports) high … xhigh for models after gpt-5.1-codex-max").
constexpr qint64 Gpt5Window = 400000;
constexpr qint64 Gpt5Output = 128000;

ModelRule rule(const QString &id, qint64 window, qint64 output, QStringList efforts = {},
               QString defaultEffort = u"none"_s, Sampling sampling = Sampling::Free)
{
    return ModelRule{id,       window, output, output, std::move(efforts), std::move(defaultEffort),
                     sampling, false};
}

// "gpt-5.1", "gpt-5.4-mini", "gpt-5.2-pro": the numbered GPT-5 releases.
std::optional<ModelRule> numberedGpt5(const QString &requested, const QString &id)
{
    static const QRegularExpression numbered(u"^gpt-5\\.(\\d+)(-mini|-nano|-pro)?$"_s);
    const QRegularExpressionMatch match = numbered.match(id);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    if (match.captured(2) == u"-pro"_s) {
        return rule(requested, Gpt5Window, Gpt5Output, {u"medium"_s, u"high"_s, u"xhigh"_s}, u"medium"_s,
                    Sampling::DefaultOnly);
    }
    QStringList efforts{u"none"_s, u"low"_s, u"medium"_s, u"high"_s};
    if (match.captured(1).toInt() >= 2) {
        efforts.append(u"xhigh"_s);
    }
    return rule(requested, Gpt5Window, Gpt5Output, efforts, u"none"_s, Sampling::WithoutReasoning);
}

std::optional<ModelRule> reasoningOpenAi(const QString &requested, const QString &id)
{
    static const QRegularExpression oSeries(u"^o[134](-mini|-pro)?$"_s);
    if (id == u"gpt-5"_s || id == u"gpt-5-mini"_s || id == u"gpt-5-nano"_s) {
        return rule(requested, Gpt5Window, Gpt5Output, {u"minimal"_s, u"low"_s, u"medium"_s, u"high"_s},
                    u"medium"_s, Sampling::DefaultOnly);
    }
    if (id == u"gpt-5-pro"_s) {
        return rule(requested, Gpt5Window, 272000, {u"high"_s}, u"high"_s, Sampling::DefaultOnly);
    }
    if (oSeries.match(id).hasMatch()) {
        return rule(requested, 200000, 100000, {u"low"_s, u"medium"_s, u"high"_s}, u"medium"_s,
                    Sampling::DefaultOnly);
    }
    return numberedGpt5(requested, id);
}

} // namespace

std::optional<ModelRule> openAiModel(const QString &requested)
{
    // Snapshots carry a date: gpt-5-mini-2025-08-07.
    static const QRegularExpression dated(u"-\\d{4}-\\d{2}-\\d{2}$"_s);
    const QString id = QString(requested).remove(dated);
    if (std::optional<ModelRule> reasoning = reasoningOpenAi(requested, id)) {
        return reasoning;
    }
    if (id == u"gpt-4.1"_s || id == u"gpt-4.1-mini"_s || id == u"gpt-4.1-nano"_s) {
        return rule(requested, 1047576, 32768);
    }
    if (id == u"gpt-4o"_s || id == u"gpt-4o-mini"_s || id == u"gpt-5-chat-latest"_s) {
        return rule(requested, 128000, 16384);
    }
    return std::nullopt;
}

std::optional<ModelRule> anthropicModel(const QString &requested)
{
    // Anthropic's models overview: 200K context; output 64K (Sonnet 4.5, Haiku 4.5), 32K (Opus 4.1).
    static const QHash<QString, qint64> outputLimits{
        {u"claude-sonnet-4-5"_s, 64000}, {u"claude-haiku-4-5"_s, 64000}, {u"claude-opus-4-1"_s, 32000}};
    static const QRegularExpression dated(u"-\\d{8}$"_s);
    const QString id = QString(requested).remove(dated);
    if (!outputLimits.contains(id)) {
        return std::nullopt;
    }
    ModelRule model = rule(requested, 200000, outputLimits.value(id));
    model.exclusiveSampling = true;
    return model;
}

std::optional<ModelRule> geminiModel(const QString &id)
{
    // Gemini's OpenAI compatibility maps reasoning_effort to thinking budgets; 2.5 Flash and
    // Flash-Lite can switch thinking off ("none"), 2.5 Pro cannot; Flash-Lite does not think by
    // default. Gemini 3 takes thinking levels (Pro: low, high; Flash: minimal … high) and always thinks.
    constexpr qint64 Window = 1048576;
    constexpr qint64 Output = 65536;
    const QStringList flash{u"none"_s, u"low"_s, u"medium"_s, u"high"_s};
    if (id == u"gemini-2.5-flash"_s) {
        return rule(id, Window, Output, flash, u"medium"_s);
    }
    if (id == u"gemini-2.5-flash-lite"_s) {
        return rule(id, Window, Output, flash, u"none"_s);
    }
    if (id == u"gemini-2.5-pro"_s) {
        return rule(id, Window, Output, {u"low"_s, u"medium"_s, u"high"_s}, u"medium"_s);
    }
    if (id == u"gemini-3-flash-preview"_s) {
        return rule(id, Window, Output, {u"minimal"_s, u"low"_s, u"medium"_s, u"high"_s}, u"high"_s);
    }
    if (id == u"gemini-3-pro-preview"_s) {
        return rule(id, Window, Output, {u"low"_s, u"high"_s}, u"high"_s);
    }
    return std::nullopt;
}

std::optional<ModelRule> deepSeekModel(const QString &id)
{
    // DeepSeek's models and pricing page: 128K context; deepseek-chat writes 4K by default, 8K at
    // most; deepseek-reasoner 32K by default, 64K at most, reasoning included. The reasoner's guide:
    // temperature, top_p and the penalties are accepted but have no effect.
    if (id == u"deepseek-chat"_s) {
        return ModelRule{id, 128000, 8192, 4096, {}, u"none"_s, Sampling::Free, false};
    }
    if (id == u"deepseek-reasoner"_s) {
        return ModelRule{id, 128000, 65536, 32768, {}, u"medium"_s, Sampling::Ignored, false};
    }
    return std::nullopt;
}

ModelRule openRouterModel(const QString &id)
{
    const QString vendor = id.section(u'/', 0, 0);
    const QString model = id.section(u'/', 1);
    std::optional<ModelRule> known;
    if (vendor == u"openai"_s) {
        known = openAiModel(model);
    } else if (vendor == u"anthropic"_s) {
        known = anthropicModel(QString(model).replace(u'.', u'-')); // claude-haiku-4.5
    } else if (vendor == u"google"_s) {
        known = geminiModel(model);
    } else if (vendor == u"deepseek"_s) {
        known = deepSeekModel(model);
    }
    ModelRule result = known.value_or(rule(id, 128000, 32768));
    result.id = id;
    return result;
}

ModelRule localModel(const QString &id)
{
    // A typical local context (Ollama's num_ctx is set per model; 32K for the suggested ones).
    return rule(id, 32768, 32768);
}

ModelRule permissiveModel(const QString &id)
{
    return rule(id, 1047576, 32768);
}

qint64 reasoningTokensFor(const QString &effort)
{
    static const QHash<QString, qint64> tokens{{u"none"_s, 0},     {u"minimal"_s, 16}, {u"low"_s, 128},
                                               {u"medium"_s, 512}, {u"high"_s, 2048},  {u"xhigh"_s, 4096}};
    return tokens.value(effort, -1);
}

} // namespace pd::test
