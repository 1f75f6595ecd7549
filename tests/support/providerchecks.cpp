#include "providerchecks.h"

#include "providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::test::checks {

namespace {

const QString InvalidRequest = u"invalid_request_error"_s;

ContractVerdict accepted(qint64 replyLimit, qint64 reasoningTokens)
{
    return ContractVerdict{200, {}, replyLimit, std::max<qint64>(0, reasoningTokens)};
}

// A value as the providers print it in messages: 0, 0.2, 2.5, null, "x".
QString valueText(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number == std::floor(number) && std::abs(number) < 1e15) {
            return QString::number(static_cast<qint64>(number));
        }
        return QString::number(number);
    }
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// SDKs send null for a field left unset; the services treat it as absent.
bool sent(const QJsonObject &body, const QString &key)
{
    return body.contains(key) && !body.value(key).isNull();
}

// The first of `keys` the request sends, as an integer (0 when it is not one).
std::optional<qint64> sentLimit(const QJsonObject &body, const QStringList &keys)
{
    for (const QString &key : keys) {
        if (sent(body, key)) {
            return body.value(key).toInteger(0);
        }
    }
    return std::nullopt;
}

// OpenAI's way of listing supported values: 'a', 'b', and 'c'.
QString quotedList(const QStringList &values)
{
    QStringList quoted;
    for (const QString &value : values) {
        quoted.append(u"'%1'"_s.arg(value));
    }
    if (quoted.size() <= 2) {
        return quoted.join(u" and "_s);
    }
    const QString last = quoted.takeLast();
    return quoted.join(u", "_s) + u", and "_s + last;
}

// The sent effort when the model takes it, else the model's default.
QString effortOf(const QJsonObject &body, const ModelRule &model)
{
    const QString effort = body.value(u"reasoning_effort"_s).toString();
    return model.efforts.contains(effort) ? effort : model.defaultEffort;
}

// The context overflow in OpenAI's words, which DeepSeek and vLLM repeat; empty when it fits.
QString contextOverflow(qint64 prompt, std::optional<qint64> limit, qint64 window)
{
    if (prompt > window) {
        return u"This model's maximum context length is %1 tokens. However, your messages resulted in %2 "
               u"tokens. Please reduce the length of the messages."_s.arg(window)
                   .arg(prompt);
    }
    if (limit && prompt + *limit > window) {
        return u"This model's maximum context length is %1 tokens. However, you requested %2 tokens (%3 in "
               u"the messages, %4 in the completion). Please reduce the length of the messages or "
               u"completion."_s.arg(window)
                   .arg(prompt + *limit)
                   .arg(prompt)
                   .arg(*limit);
    }
    return {};
}

// ---- OpenAI ---------------------------------------------------------------------------------------

ContractVerdict invalidRequest(const QString &message, const QString &param, const QString &code)
{
    return openAiError(400, message, param, code, InvalidRequest);
}

ContractVerdict unsupportedParameter(const QString &param)
{
    return invalidRequest(u"Unsupported parameter: '%1' is not supported with this model."_s.arg(param),
                          param, u"unsupported_parameter"_s);
}

// The reasoning guide: max_tokens does not count reasoning, so reasoning models refuse it; the API
// reference deprecates it for every model in favour of max_completion_tokens.
Rejection openAiLimit(const QJsonObject &body, const ModelRule &model)
{
    if (sent(body, u"max_tokens"_s)) {
        return invalidRequest(u"Unsupported parameter: 'max_tokens' is not supported with this model. Use "
                              u"'max_completion_tokens' instead."_s,
                              u"max_tokens"_s, u"unsupported_parameter"_s);
    }
    const std::optional<qint64> limit = sentLimit(body, {u"max_completion_tokens"_s});
    if (limit && *limit < 1) {
        return invalidRequest(
            u"Invalid 'max_completion_tokens': integer below minimum value. Expected a value "
            u">= 1, but got %1 instead."_s.arg(valueText(body.value(u"max_completion_tokens"_s))),
            u"max_completion_tokens"_s, u"integer_below_min_value"_s);
    }
    if (limit && *limit > model.outputLimit) {
        return invalidRequest(
            u"max_tokens is too large: %1. This model supports at most %2 completion tokens, "
            u"whereas you provided %1."_s.arg(*limit)
                .arg(model.outputLimit),
            u"max_completion_tokens"_s, u"invalid_value"_s);
    }
    return std::nullopt;
}

Rejection openAiEffort(const QJsonObject &body, const ModelRule &model)
{
    if (!body.contains(u"reasoning_effort"_s)) {
        return std::nullopt;
    }
    if (model.efforts.isEmpty()) {
        return unsupportedParameter(u"reasoning_effort"_s);
    }
    const QJsonValue value = body.value(u"reasoning_effort"_s);
    if (value.isString() && model.efforts.contains(value.toString())) {
        return std::nullopt;
    }
    const QString shown = value.isString() ? u"'%1'"_s.arg(value.toString()) : valueText(value);
    return invalidRequest(u"Unsupported value: 'reasoning_effort' does not support %1 with this model. "
                          u"Supported values are: %2."_s.arg(shown, quotedList(model.efforts)),
                          u"reasoning_effort"_s, u"unsupported_value"_s);
}

Rejection openAiRange(const QJsonObject &body, const QString &key, double low, double high)
{
    if (!sent(body, key)) {
        return std::nullopt;
    }
    const QJsonValue value = body.value(key);
    if (!value.isDouble()) {
        return invalidRequest(
            u"Invalid type for '%1': expected a decimal, but got %2 instead."_s.arg(key, valueText(value)),
            key, u"invalid_type"_s);
    }
    const bool above = value.toDouble() > high;
    if (!above && value.toDouble() >= low) {
        return std::nullopt;
    }
    const QString message = above ? u"Invalid '%1': decimal above maximum value. Expected a value <= %2, but "
                                    u"got %3 instead."_s
                                  : u"Invalid '%1': decimal below minimum value. Expected a value >= %2, but "
                                    u"got %3 instead."_s;
    return invalidRequest(message.arg(key, valueText(above ? high : low), valueText(value)), key,
                          above ? u"decimal_above_max_value"_s : u"decimal_below_min_value"_s);
}

// The reasoning guide's limitations: reasoning models take the default temperature and none of
// the other sampling parameters.
Rejection defaultOnlySampling(const QJsonObject &body)
{
    if (sent(body, u"temperature"_s) && body.value(u"temperature"_s).toDouble(-1) != 1.0) {
        return invalidRequest(
            u"Unsupported value: 'temperature' does not support %1 with this model. Only the "
            u"default (1) value is supported."_s.arg(valueText(body.value(u"temperature"_s))),
            u"temperature"_s, u"unsupported_value"_s);
    }
    for (const QString &key : {u"top_p"_s, u"presence_penalty"_s, u"frequency_penalty"_s, u"logprobs"_s,
                               u"top_logprobs"_s, u"logit_bias"_s}) {
        if (sent(body, key)) {
            return unsupportedParameter(key);
        }
    }
    return std::nullopt;
}

// The latest-model guide (GPT-5.1 and later): temperature, top_p and logprobs only while the
// reasoning effort is "none".
Rejection samplingWithEffort(const QJsonObject &body, const QString &effort)
{
    if (effort == u"none"_s) {
        return std::nullopt;
    }
    for (const QString &key : {u"temperature"_s, u"top_p"_s, u"logprobs"_s, u"top_logprobs"_s}) {
        if (sent(body, key)) {
            return unsupportedParameter(key);
        }
    }
    return std::nullopt;
}

Rejection openAiSampling(const QJsonObject &body, const ModelRule &model, const QString &effort)
{
    if (model.sampling == Sampling::DefaultOnly) {
        return defaultOnlySampling(body);
    }
    if (model.sampling == Sampling::WithoutReasoning) {
        if (Rejection rejection = samplingWithEffort(body, effort)) {
            return rejection;
        }
    }
    for (const auto &[key, low, high] :
         {std::tuple{u"temperature"_s, 0.0, 2.0}, std::tuple{u"top_p"_s, 0.0, 1.0},
          std::tuple{u"presence_penalty"_s, -2.0, 2.0}, std::tuple{u"frequency_penalty"_s, -2.0, 2.0}}) {
        if (Rejection rejection = openAiRange(body, key, low, high)) {
            return rejection;
        }
    }
    return std::nullopt;
}

// ---- Gemini, DeepSeek -----------------------------------------------------------------------------

ContractVerdict geminiInvalid(const QString &message)
{
    return geminiError(400, message);
}

Rejection geminiRange(const QJsonObject &body, const QString &key, double high)
{
    const double value = body.value(key).toDouble(0);
    if (!sent(body, key) || (value >= 0 && value <= high)) {
        return std::nullopt;
    }
    return geminiInvalid(
        u"Unable to submit request because it has a %1 value of %2 but the supported range is "
        u"from 0 (inclusive) to %3 (inclusive). Update the value and try again."_s.arg(
            key, valueText(body.value(key)), valueText(high)));
}

// Gemini's OpenAI compatibility: reasoning_effort picks a thinking budget ("none" is budget 0).
Rejection geminiEffort(const QJsonObject &body, const ModelRule &model)
{
    const QString effort = body.value(u"reasoning_effort"_s).toString();
    if (!sent(body, u"reasoning_effort"_s) || model.efforts.contains(effort)) {
        return std::nullopt;
    }
    if (effort == u"none"_s) {
        return geminiInvalid(u"Budget 0 is invalid. This model only works in thinking mode."_s);
    }
    return geminiInvalid(u"Invalid reasoning_effort '%1' for %2; it accepts %3."_s.arg(
        effort, model.id, model.efforts.join(u", "_s)));
}

ContractVerdict deepSeekInvalid(const QString &message)
{
    return openAiError(400, message, QJsonValue(), InvalidRequest, InvalidRequest);
}

// The reasoner's guide: logprobs and top_logprobs raise an error; temperature, top_p and the
// penalties are accepted and do nothing.
Rejection deepSeekSampling(const QJsonObject &body, const ModelRule &model)
{
    if (model.sampling == Sampling::Ignored) {
        for (const QString &key : {u"logprobs"_s, u"top_logprobs"_s}) {
            if (sent(body, key)) {
                return deepSeekInvalid(u"%1 is not supported by %2."_s.arg(key, model.id));
            }
        }
        return std::nullopt;
    }
    const double temperature = body.value(u"temperature"_s).toDouble(1);
    if (temperature < 0 || temperature > 2) {
        return deepSeekInvalid(u"Invalid temperature value, the valid range of temperature is [0, 2]"_s);
    }
    const double topP = body.value(u"top_p"_s).toDouble(1);
    if (topP <= 0 || topP > 1) {
        return deepSeekInvalid(u"Invalid top_p value, the valid range of top_p is (0, 1.0]"_s);
    }
    return std::nullopt;
}

// ---- Anthropic ------------------------------------------------------------------------------------

ContractVerdict anthropicInvalid(const QString &message)
{
    return anthropicError(400, InvalidRequest, message);
}

Rejection emptyTextBlock(const QJsonValue &content, const QString &where)
{
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        const QJsonObject object = block.toObject();
        if (object.value(u"type"_s).toString() == u"text"_s && object.value(u"text"_s).toString().isEmpty()) {
            return anthropicInvalid(u"%1: text content blocks must be non-empty"_s.arg(where));
        }
    }
    return std::nullopt;
}

Rejection anthropicMessage(const QJsonArray &messages, qsizetype index)
{
    const QJsonObject message = messages.at(index).toObject();
    const QString role = message.value(u"role"_s).toString();
    if (role == u"system"_s) {
        return anthropicInvalid(u"messages: Unexpected role \"system\". The Messages API accepts a top-level "
                                u"`system` parameter, not \"system\" as an input message role."_s);
    }
    if (role != u"user"_s && role != u"assistant"_s) {
        return anthropicInvalid(u"messages.%1.role: Input should be 'user' or 'assistant'"_s.arg(index));
    }
    const QJsonValue content = message.value(u"content"_s);
    const bool finalAssistant = role == u"assistant"_s && index == messages.size() - 1;
    if (content.isString() && content.toString().isEmpty() && !finalAssistant) {
        return anthropicInvalid(u"messages.%1: all messages must have non-empty content except for the "
                                u"optional final assistant message"_s.arg(index));
    }
    return emptyTextBlock(content, u"messages"_s);
}

// The API validates its body strictly: an OpenAI field such as reasoning_effort,
// max_completion_tokens or response_format is "Extra inputs are not permitted".
Rejection anthropicExtraInput(const QJsonObject &body)
{
    static const QStringList known =
        u"model messages max_tokens system metadata stop_sequences stream temperature top_k top_p tools "
        u"tool_choice thinking service_tier container mcp_servers context_management output_config"_s.split(
            u' ');
    for (const QString &key : body.keys()) {
        if (!known.contains(key)) {
            return anthropicInvalid(u"%1: Extra inputs are not permitted"_s.arg(key));
        }
    }
    return std::nullopt;
}

// max_tokens against the model's output limit and, with the prompt, its context window.
Rejection anthropicLimits(qint64 limit, const ModelRule &model, qint64 prompt)
{
    if (limit < 1) {
        return anthropicInvalid(u"max_tokens: Input should be greater than or equal to 1"_s);
    }
    if (limit > model.outputLimit) {
        return anthropicInvalid(
            u"max_tokens: %1 > %2, which is the maximum allowed number of output tokens for "
            u"%3"_s.arg(limit)
                .arg(model.outputLimit)
                .arg(model.id));
    }
    if (prompt > model.contextWindow) {
        return anthropicInvalid(
            u"prompt is too long: %1 tokens > %2 maximum"_s.arg(prompt).arg(model.contextWindow));
    }
    if (prompt + limit > model.contextWindow) {
        return anthropicInvalid(u"input length and `max_tokens` exceed context limit: %1 + %2 > %3, decrease "
                                u"input length or `max_tokens` and try again"_s.arg(prompt)
                                    .arg(limit)
                                    .arg(model.contextWindow));
    }
    return std::nullopt;
}

// Extended thinking's budget, or -1 when thinking is off.
qint64 thinkingBudget(const QJsonObject &body)
{
    const QJsonObject thinking = body.value(u"thinking"_s).toObject();
    if (thinking.value(u"type"_s).toString() != u"enabled"_s) {
        return -1;
    }
    return thinking.value(u"budget_tokens"_s).toInteger(0);
}

// The extended-thinking guide: a budget of at least 1024 below max_tokens, and no temperature but 1.
Rejection anthropicThinking(const QJsonObject &body, qint64 limit)
{
    const qint64 budget = thinkingBudget(body);
    if (budget < 0) {
        return std::nullopt;
    }
    if (budget < 1024) {
        return anthropicInvalid(
            u"thinking.enabled.budget_tokens: Input should be greater than or equal to 1024"_s);
    }
    if (budget >= limit) {
        return anthropicInvalid(u"`max_tokens` must be greater than `thinking.budget_tokens`."_s);
    }
    if (sent(body, u"temperature"_s) && body.value(u"temperature"_s).toDouble() != 1.0) {
        return anthropicInvalid(u"`temperature` may only be set to 1 when thinking is enabled."_s);
    }
    return std::nullopt;
}

Rejection anthropicSampling(const QJsonObject &body, const ModelRule &model)
{
    for (const QString &key : {u"temperature"_s, u"top_p"_s}) {
        const double value = body.value(key).toDouble(0);
        if (value > 1) {
            return anthropicInvalid(u"%1: Input should be less than or equal to 1"_s.arg(key));
        }
        if (value < 0) {
            return anthropicInvalid(u"%1: Input should be greater than or equal to 0"_s.arg(key));
        }
    }
    if (model.exclusiveSampling && sent(body, u"temperature"_s) && sent(body, u"top_p"_s)) {
        return anthropicInvalid(
            u"`temperature` and `top_p` cannot both be specified for this model. Please use "
            u"only one."_s);
    }
    return std::nullopt;
}

} // namespace

// ---- Dialects -------------------------------------------------------------------------------------

ContractVerdict openAiChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    if (Rejection rejection = openAiLimit(body, model)) {
        return *rejection;
    }
    if (Rejection rejection = openAiEffort(body, model)) {
        return *rejection;
    }
    const QString effort = effortOf(body, model);
    if (Rejection rejection = openAiSampling(body, model, effort)) {
        return *rejection;
    }
    const std::optional<qint64> limit = sentLimit(body, {u"max_completion_tokens"_s});
    if (const QString overflow = contextOverflow(promptTokens, limit, model.contextWindow);
        !overflow.isEmpty()) {
        return invalidRequest(overflow, u"messages"_s, u"context_length_exceeded"_s);
    }
    return accepted(limit.value_or(model.outputLimit), reasoningTokensFor(effort));
}

ContractVerdict geminiChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    if (Rejection rejection = geminiEffort(body, model)) {
        return *rejection;
    }
    for (const auto &[key, high] : {std::pair{u"temperature"_s, 2.0}, std::pair{u"top_p"_s, 1.0}}) {
        if (Rejection rejection = geminiRange(body, key, high)) {
            return *rejection;
        }
    }
    // Both names reach maxOutputTokens, which covers thinking as well as the answer.
    const std::optional<qint64> limit = sentLimit(body, {u"max_completion_tokens"_s, u"max_tokens"_s});
    if (limit && (*limit < 1 || *limit > model.outputLimit)) {
        return geminiInvalid(
            u"Unable to submit request because it has a maxOutputTokens value of %1 but the "
            u"supported range is from 1 (inclusive) to %2 (exclusive). Update the value and try "
            u"again."_s.arg(*limit)
                .arg(model.outputLimit + 1));
    }
    // Gemini's window is for input alone; output has its own limit.
    if (promptTokens > model.contextWindow) {
        return geminiInvalid(
            u"The input token count (%1) exceeds the maximum number of tokens allowed (%2)."_s
                .arg(promptTokens)
                .arg(model.contextWindow));
    }
    return accepted(limit.value_or(model.defaultOutput), reasoningTokensFor(effortOf(body, model)));
}

ContractVerdict deepSeekChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    if (Rejection rejection = deepSeekSampling(body, model)) {
        return *rejection;
    }
    // DeepSeek documents max_tokens only: max_completion_tokens is not read and limits nothing.
    const std::optional<qint64> limit = sentLimit(body, {u"max_tokens"_s});
    if (limit && (*limit < 1 || *limit > model.outputLimit)) {
        return deepSeekInvalid(
            u"Invalid max_tokens value, the valid range of max_tokens is [1, %1]"_s.arg(model.outputLimit));
    }
    if (const QString overflow = contextOverflow(promptTokens, limit, model.contextWindow);
        !overflow.isEmpty()) {
        return deepSeekInvalid(overflow);
    }
    // The reasoner always thinks; its effort is not a parameter.
    return accepted(limit.value_or(model.defaultOutput), reasoningTokensFor(model.defaultEffort));
}

ContractVerdict openRouterChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    // OpenRouter drops what the routed provider does not take, so sampling and effort never fail.
    const std::optional<qint64> limit = sentLimit(body, {u"max_completion_tokens"_s, u"max_tokens"_s});
    if (promptTokens + limit.value_or(0) > model.contextWindow) {
        return openRouterError(400,
                               u"This endpoint's maximum context length is %1 tokens. However, you requested "
                               u"about %2 tokens (%3 of text input, %4 in the output). Please reduce the "
                               u"length of either one, or use the \"middle-out\" transform to compress your "
                               u"prompt automatically."_s.arg(model.contextWindow)
                                   .arg(promptTokens + limit.value_or(0))
                                   .arg(promptTokens)
                                   .arg(limit.value_or(0)));
    }
    const QString effort = body.value(u"reasoning_effort"_s).toString();
    const qint64 reasoning = reasoningTokensFor(effort) >= 0 ? reasoningTokensFor(effort)
                                                             : reasoningTokensFor(model.defaultEffort);
    return accepted(limit.value_or(model.outputLimit), reasoning);
}

ContractVerdict localChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    // Ollama's documented fields include max_tokens, not max_completion_tokens.
    const std::optional<qint64> limit = sentLimit(body, {u"max_tokens"_s});
    if (const QString overflow = contextOverflow(promptTokens, limit, model.contextWindow);
        !overflow.isEmpty()) {
        return openAiError(400, overflow, QJsonValue(), QJsonValue(), InvalidRequest);
    }
    // Thinking models think when asked to (reasoning_effort takes model-defined names).
    return accepted(limit.value_or(model.outputLimit),
                    reasoningTokensFor(body.value(u"reasoning_effort"_s).toString(u"none"_s)));
}

ContractVerdict anthropicChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    // Anthropic's OpenAI SDK compatibility caps a temperature above 1 and ignores unsupported fields.
    const double temperature = body.value(u"temperature"_s).toDouble(0);
    if (temperature < 0 || temperature > 2) {
        return anthropicInvalid(u"temperature: Input should be between 0 and 2"_s);
    }
    const std::optional<qint64> limit = sentLimit(body, {u"max_completion_tokens"_s, u"max_tokens"_s});
    if (Rejection rejection = anthropicLimits(limit.value_or(model.outputLimit), model, promptTokens)) {
        return *rejection;
    }
    return accepted(limit.value_or(model.outputLimit), 0);
}

Rejection anthropicStructure(const QJsonObject &body)
{
    for (const QString &key : {u"model"_s, u"max_tokens"_s, u"messages"_s}) {
        if (!sent(body, key)) {
            return anthropicInvalid(u"%1: Field required"_s.arg(key));
        }
    }
    if (Rejection rejection = anthropicExtraInput(body)) {
        return rejection;
    }
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    if (messages.isEmpty()) {
        return anthropicInvalid(u"messages: at least one message is required"_s);
    }
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (Rejection rejection = anthropicMessage(messages, i)) {
            return rejection;
        }
    }
    return emptyTextBlock(body.value(u"system"_s), u"system"_s);
}

ContractVerdict anthropicMessages(const QJsonObject &body, const ModelRule &model, qint64 promptTokens)
{
    const qint64 limit = body.value(u"max_tokens"_s).toInteger(0);
    if (Rejection rejection = anthropicLimits(limit, model, promptTokens)) {
        return *rejection;
    }
    if (Rejection rejection = anthropicThinking(body, limit)) {
        return *rejection;
    }
    if (Rejection rejection = anthropicSampling(body, model)) {
        return *rejection;
    }
    // Thinking tokens are billed as output and count against max_tokens.
    const qint64 budget = thinkingBudget(body);
    return accepted(limit, budget > 0 ? std::min(budget, reasoningTokensFor(u"medium"_s)) : 0);
}

} // namespace pd::test::checks
