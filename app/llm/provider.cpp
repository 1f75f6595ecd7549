#include "provider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::llm {

namespace {

using core::Profile;

constexpr qsizetype MaxDetailLength = 300;

QJsonObject textBlock(const QString &text, bool cacheable)
{
    QJsonObject block{{u"type"_s, u"text"_s}, {u"text"_s, text}};
    if (cacheable) {
        block.insert(u"cache_control"_s, QJsonObject{{u"type"_s, u"ephemeral"_s}});
    }
    return block;
}

// The sampling and length settings every chat body carries, as the model takes them.
void addGenerationSettings(QJsonObject &body, const RequestShape &shape, int papers)
{
    const core::Profile::Model &m = shape.profile.model;
    if (m.temperature) {
        body.insert(u"temperature"_s, *m.temperature);
    }
    if (!m.reasoningEffort.isEmpty()) {
        body.insert(u"reasoning_effort"_s, m.reasoningEffort);
    }
    body.insert(shape.maxTokensParameter(), shape.maxTokens(papers));
}

QByteArray openAiBody(const RequestShape &shape, const ChatRequest &request)
{
    QJsonArray messages;
    if (!request.system.isEmpty()) {
        messages.append(QJsonObject{{u"role"_s, u"system"_s}, {u"content"_s, request.system}});
    }
    messages.append(QJsonObject{{u"role"_s, u"user"_s}, {u"content"_s, request.user}});
    QJsonObject body{{u"model"_s, shape.profile.model.model}, {u"messages"_s, messages}};
    addGenerationSettings(body, shape, request.paperCount);
    if (shape.preset.promptCacheKey && !request.cacheKey.isEmpty()) {
        // Routes requests with the same instruction prefix to the same cache (OpenAI only).
        body.insert(u"prompt_cache_key"_s, request.cacheKey);
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

// The user prompt as content blocks: the static head marked cacheable, then the papers. Anthropic
// rejects empty text blocks, so a split at either end yields a single block.
QJsonArray anthropicUserContent(const ChatRequest &request)
{
    const qsizetype split = request.cacheablePrefixLength;
    if (split <= 0) {
        return {textBlock(request.user, false)};
    }
    if (split >= request.user.size()) {
        return {textBlock(request.user, true)};
    }
    return {textBlock(request.user.left(split), true), textBlock(request.user.mid(split), false)};
}

QByteArray anthropicBody(const RequestShape &shape, const ChatRequest &request)
{
    // Anthropic has no reasoning_effort, requires max_tokens and takes a temperature of 0..1 (the
    // shape clamps it); the system prompt is a top-level field, never a message.
    RequestShape anthropic = shape;
    anthropic.profile.model.reasoningEffort.clear();
    anthropic.spec.maxTokensParameter = u"max_tokens"_s; // the only name the Messages API has
    QJsonObject body{{u"model"_s, shape.profile.model.model}};
    addGenerationSettings(body, anthropic, request.paperCount);
    if (!request.system.isEmpty()) {
        body.insert(u"system"_s, QJsonArray{textBlock(request.system, true)});
    }
    const QJsonObject user{{u"role"_s, u"user"_s}, {u"content"_s, anthropicUserContent(request)}};
    body.insert(u"messages"_s, QJsonArray{user});
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString shortened(QString text)
{
    text = text.simplified();
    if (text.size() > MaxDetailLength) {
        text = text.left(MaxDetailLength - 1) + u'…';
    }
    while (text.endsWith(u'.')) {
        text.chop(1);
    }
    return text;
}

// The provider's own explanation from an error body: {"error":{"message"}} (OpenAI, Anthropic,
// OpenRouter), {"error":"…"} (llama.cpp, Ollama), {"message"} or {"detail"} (vLLM), or short plain text.
QString providerMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject object = doc.object();
        const QJsonValue error = object.value(u"error"_s);
        if (error.isObject()) {
            const QJsonObject e = error.toObject();
            const QString message = e.value(u"message"_s).toString();
            return shortened(message.isEmpty() ? e.value(u"type"_s).toString() : message);
        }
        for (const QString &key : {u"error"_s, u"message"_s, u"detail"_s}) {
            if (object.value(key).isString()) {
                return shortened(object.value(key).toString());
            }
        }
        return {};
    }
    const QString text = QString::fromUtf8(body).trimmed();
    if (text.isEmpty() || text.startsWith(u'<') || doc.isArray()) {
        return {}; // an HTML error page says nothing useful in one line
    }
    return shortened(text);
}

QString withFinalStop(QString sentence)
{
    if (!sentence.endsWith(u'.') && !sentence.endsWith(u'!') && !sentence.endsWith(u'?')) {
        sentence += u'.';
    }
    return sentence;
}

std::optional<QJsonObject> parseObject(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Provider::tr("The provider's reply is not valid JSON (%1 at byte %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = Provider::tr("The provider's reply is not a JSON object.");
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    // OpenRouter and some proxies report failures inside a 200 reply.
    if (object.contains(u"error"_s) && !object.value(u"error"_s).isNull()) {
        const QString detail = providerMessage(body);
        *error = detail.isEmpty()
                     ? Provider::tr("The provider returned an error instead of an answer.")
                     : Provider::tr("The provider returned an error instead of an answer: %1.").arg(detail);
        return std::nullopt;
    }
    return object;
}

qint64 integer(const QJsonObject &object, const QString &key)
{
    return std::max<qint64>(0, object.value(key).toInteger());
}

core::Usage openAiUsage(const QJsonObject &reply)
{
    const QJsonObject usage = reply.value(u"usage"_s).toObject();
    core::Usage u;
    u.promptTokens = integer(usage, u"prompt_tokens"_s);
    u.completionTokens = integer(usage, u"completion_tokens"_s);
    u.cachedTokens = integer(usage.value(u"prompt_tokens_details"_s).toObject(), u"cached_tokens"_s);
    u.reasoningTokens =
        integer(usage.value(u"completion_tokens_details"_s).toObject(), u"reasoning_tokens"_s);
    return u;
}

// Anthropic counts cache reads and writes apart from input_tokens; all three are prompt tokens.
core::Usage anthropicUsage(const QJsonObject &reply)
{
    const QJsonObject usage = reply.value(u"usage"_s).toObject();
    core::Usage u;
    u.cachedTokens = integer(usage, u"cache_read_input_tokens"_s);
    u.cacheWriteTokens = integer(usage, u"cache_creation_input_tokens"_s);
    u.promptTokens = integer(usage, u"input_tokens"_s) + u.cachedTokens + u.cacheWriteTokens;
    u.completionTokens = integer(usage, u"output_tokens"_s);
    return u;
}

// Chat completion content is a string, or on a few compatible servers an array of text parts.
QString openAiContent(const QJsonValue &content)
{
    if (content.isString()) {
        return content.toString();
    }
    QString text;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        text += part.toObject().value(u"text"_s).toString();
    }
    return text;
}

std::optional<Completion> decodeOpenAi(const QJsonObject &object, QString *error)
{
    const QJsonArray choices = object.value(u"choices"_s).toArray();
    if (choices.isEmpty() || !choices.first().isObject()) {
        *error = Provider::tr("The provider's reply has no \"choices\" with an answer.");
        return std::nullopt;
    }
    const QJsonObject choice = choices.first().toObject();
    const QJsonObject message = choice.value(u"message"_s).toObject();
    Completion completion;
    completion.truncated = choice.value(u"finish_reason"_s).toString() == u"length"_s;
    completion.text = openAiContent(message.value(u"content"_s));
    if (completion.text.isEmpty()) {
        const QString refusal = message.value(u"refusal"_s).toString();
        if (!refusal.isEmpty()) {
            *error = Provider::tr("The model refused to answer: %1.").arg(shortened(refusal));
        } else if (completion.truncated) {
            *error = Provider::tr("The model used its whole output limit without answering.");
        } else {
            *error = Provider::tr("The provider's reply contains no text.");
        }
        return std::nullopt;
    }
    // Usage is optional: some local servers leave it out, and a missing count is not a failed answer.
    completion.usage = openAiUsage(object);
    completion.usage.requests = 1;
    return completion;
}

std::optional<Completion> decodeAnthropic(const QJsonObject &object, QString *error)
{
    if (!object.value(u"content"_s).isArray()) {
        *error = Provider::tr("The provider's reply has no \"content\".");
        return std::nullopt;
    }
    Completion completion;
    const QJsonArray content = object.value(u"content"_s).toArray();
    for (const QJsonValue &block : content) {
        const QJsonObject b = block.toObject();
        if (b.value(u"type"_s).toString() == u"text"_s) {
            completion.text += b.value(u"text"_s).toString();
        }
    }
    completion.truncated = object.value(u"stop_reason"_s).toString() == u"max_tokens"_s;
    if (completion.text.isEmpty()) {
        *error = completion.truncated
                     ? Provider::tr("The model used its whole output limit without answering.")
                     : Provider::tr("The provider's reply contains no text.");
        return std::nullopt;
    }
    completion.usage = anthropicUsage(object);
    completion.usage.requests = 1;
    return completion;
}

} // namespace

QUrl Provider::defaultBaseUrl(Profile::Provider provider)
{
    switch (provider) {
    case Profile::Provider::OpenAi:
        return QUrl(u"https://api.openai.com/v1"_s);
    case Profile::Provider::Anthropic:
        return QUrl(u"https://api.anthropic.com/v1"_s);
    case Profile::Provider::Heuristic:
        break;
    }
    return {};
}

QUrl Provider::endpoint(const Profile &profile)
{
    const Profile::Provider provider = profile.model.provider;
    if (provider == Profile::Provider::Heuristic) {
        return {};
    }
    QUrl url = profile.model.baseUrl.isEmpty() ? defaultBaseUrl(provider) : profile.model.baseUrl;
    const QString suffix = provider == Profile::Provider::OpenAi ? u"/chat/completions"_s : u"/messages"_s;
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    // Accept a full endpoint pasted into the base URL field as well.
    if (!path.endsWith(suffix)) {
        path += suffix;
    }
    url.setPath(path);
    return url;
}

QNetworkRequest Provider::networkRequest(const Profile &profile, const QString &apiKey, int timeoutMs)
{
    QNetworkRequest request(endpoint(profile));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Paperdesk/" PAPERDESK_VERSION));
    request.setTransferTimeout(timeoutMs);
    const QByteArray key = apiKey.toUtf8();
    if (profile.model.provider == Profile::Provider::Anthropic) {
        if (!key.isEmpty()) {
            request.setRawHeader(QByteArrayLiteral("x-api-key"), key);
        }
        request.setRawHeader(QByteArrayLiteral("anthropic-version"), QByteArray(AnthropicVersion));
    } else if (!key.isEmpty()) {
        request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + key);
    }
    return request;
}

RequestShape RequestShape::of(const Profile &profile, const core::ModelCatalog &catalog)
{
    RequestShape shape;
    shape.preset = catalog.presetOf(profile);
    shape.spec = catalog.spec(shape.preset.id, profile.model.model);
    shape.profile = catalog.resolved(profile);
    return shape;
}

QString RequestShape::maxTokensParameter() const
{
    if (!spec.maxTokensParameter.isEmpty()) {
        return spec.maxTokensParameter;
    }
    return preset.maxTokensParameter.isEmpty() ? u"max_tokens"_s : preset.maxTokensParameter;
}

int RequestShape::maxTokens(int papers) const
{
    const int batch = papers > 0 ? papers : profile.model.batchSize;
    return core::ModelCatalog::replyLimit(spec, profile.model.reasoningEffort, batch);
}

QByteArray Provider::body(const RequestShape &shape, const ChatRequest &request)
{
    return shape.profile.model.provider == Profile::Provider::Anthropic ? anthropicBody(shape, request)
                                                                        : openAiBody(shape, request);
}

QByteArray Provider::body(const Profile &profile, const ChatRequest &request)
{
    return body(RequestShape::of(profile), request);
}

core::Usage Provider::billedUsage(Profile::Provider provider, const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    if (!object.value(u"usage"_s).isObject()) {
        return {};
    }
    core::Usage usage =
        provider == Profile::Provider::Anthropic ? anthropicUsage(object) : openAiUsage(object);
    usage.requests = 1;
    return usage;
}

std::optional<Completion> Provider::decode(Profile::Provider provider, const QByteArray &body, QString *error)
{
    QString ignored;
    QString *message = error ? error : &ignored;
    const std::optional<QJsonObject> object = parseObject(body, message);
    if (!object) {
        return std::nullopt;
    }
    switch (provider) {
    case Profile::Provider::OpenAi:
        return decodeOpenAi(*object, message);
    case Profile::Provider::Anthropic:
        return decodeAnthropic(*object, message);
    case Profile::Provider::Heuristic:
        break;
    }
    *message = tr("The heuristic provider does not answer over the network.");
    return std::nullopt;
}

QString Provider::describeError(int httpStatus, const QByteArray &body)
{
    QString what;
    QString hint;
    if (httpStatus == 401 || httpStatus == 403) {
        what = tr("The provider refused the API key (HTTP %1)").arg(httpStatus);
        hint = tr("check your API key in the settings");
    } else if (httpStatus == 404) {
        what = tr("The provider does not know this endpoint or model (HTTP 404)");
        hint = tr("check the base URL and the model name in the settings");
    } else if (httpStatus == 408 || httpStatus == 504) {
        what = tr("The provider timed out (HTTP %1)").arg(httpStatus);
    } else if (httpStatus == 413) {
        what = tr("The request is too large for the provider (HTTP 413)");
        hint = tr("lower the batch size in the settings");
    } else if (httpStatus == 429) {
        what = tr("The provider is limiting requests or the account is out of credit (HTTP 429)");
        hint = tr("wait a while or lower the concurrency in the settings");
    } else if (httpStatus >= 500) {
        what = tr("The provider had a server error (HTTP %1)").arg(httpStatus);
    } else if (httpStatus >= 400) {
        what = tr("The provider rejected the request (HTTP %1)").arg(httpStatus);
    } else {
        what = tr("The provider answered with the unexpected HTTP status %1").arg(httpStatus);
    }
    const QString detail = providerMessage(body);
    QString sentence = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
    if (!hint.isEmpty()) {
        sentence = tr("%1; %2").arg(sentence, hint);
    }
    return withFinalStop(sentence);
}

namespace {

struct ErrorFields {
    QString message;
    QString param;
    QString code;
};

ErrorFields errorFields(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    // Gemini wraps its error in a one-element list.
    const QJsonObject root = doc.isArray() ? doc.array().first().toObject() : doc.object();
    const QJsonObject error = root.value(u"error"_s).toObject();
    ErrorFields f;
    f.message = error.isEmpty() ? root.value(u"error"_s).toString() : error.value(u"message"_s).toString();
    f.param = error.value(u"param"_s).toString();
    f.code = error.value(u"code"_s).isString() ? error.value(u"code"_s).toString() : QString();
    return f;
}

bool isContextLength(const ErrorFields &f)
{
    static const QRegularExpression tooLong(
        u"context.length|maximum context|context window|prompt is too long|too many (input )?tokens|"
        u"reduce the length"_s,
        QRegularExpression::CaseInsensitiveOption);
    return f.code == u"context_length_exceeded" || tooLong.match(f.message).hasMatch();
}

bool namesSetting(const ErrorFields &f)
{
    static const QRegularExpression unsupported(
        u"unsupported (parameter|value)|not supported|does not support|not a valid model|budget 0 is "
        u"invalid|only works in thinking mode|cannot both be specified|max_tokens|temperature|top_p|"
        u"reasoning"_s,
        QRegularExpression::CaseInsensitiveOption);
    return (!f.param.isEmpty() && f.param != u"messages") || f.code == u"unsupported_parameter" ||
           f.code == u"unsupported_value" || f.code == u"model_not_found" ||
           unsupported.match(f.message).hasMatch();
}

// The setting a user changes to get past a rejected parameter.
QString settingToChange(const ErrorFields &f, int httpStatus)
{
    const QString where = f.param + u' ' + f.message;
    if (httpStatus == 404 || f.code == u"model_not_found" || f.param == u"model") {
        return Provider::tr(
            "pick a model this provider serves under Model in Settings → Model (and check the "
            "base URL)");
    }
    if (where.contains(u"reasoning"_s, Qt::CaseInsensitive) ||
        where.contains(u"budget"_s, Qt::CaseInsensitive)) {
        return Provider::tr("change Reasoning effort in Settings → Model");
    }
    if (where.contains(u"temperature"_s) || where.contains(u"top_p"_s)) {
        return Provider::tr("set Temperature to “Model default” in Settings → Model");
    }
    if (where.contains(u"max_tokens"_s) || where.contains(u"max_completion_tokens"_s)) {
        return Provider::tr("lower the batch size in Settings → Model, or correct this model's reply-limit "
                            "parameter in models.json in the data folder");
    }
    return Provider::tr("check the model and its settings in Settings → Model");
}

} // namespace

ProviderError Provider::classify(int httpStatus, const QByteArray &body)
{
    ProviderError result;
    result.message = describeError(httpStatus, body);
    const ErrorFields fields = errorFields(body);
    result.param = fields.param;
    if (httpStatus == 401 || httpStatus == 403) {
        result.refusal = Refusal::Key;
    } else if (httpStatus == 404) {
        result.refusal = Refusal::Setting;
    } else if ((httpStatus == 400 || httpStatus == 413 || httpStatus == 422) && isContextLength(fields)) {
        result.refusal = Refusal::TooLong;
    } else if ((httpStatus == 400 || httpStatus == 422) && namesSetting(fields)) {
        result.refusal = Refusal::Setting;
    } else if (httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 429) {
        result.refusal = Refusal::Other;
    }
    if (result.refusal == Refusal::Setting && httpStatus != 404) {
        QString sentence = result.message;
        sentence.chop(1); // the final stop
        result.message = tr("%1; %2.").arg(sentence, settingToChange(fields, httpStatus));
    }
    return result;
}

QString Provider::scrub(QString text, const QString &secret)
{
    if (!secret.isEmpty()) {
        text.replace(secret, u"••••"_s);
    }
    return text;
}

} // namespace pd::llm
