#include "providerrules.h"

#include "providerchecks.h"
#include "providererrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

using Flavour = ProviderFlavour;

// The base paths a flavour serves: DeepSeek answers at its root and under /v1 (its base URL is
// https://api.deepseek.com), and its Anthropic API under /anthropic.
QStringList chatPrefixes(Flavour flavour)
{
    switch (flavour) {
    case Flavour::Gemini:
        return {u"/v1beta/openai"_s};
    case Flavour::DeepSeek:
        return {QString(), u"/v1"_s};
    default:
        return {u"/v1"_s};
    }
}

QStringList messagesPrefixes(Flavour flavour)
{
    switch (flavour) {
    case Flavour::Gemini:
        return {};
    case Flavour::DeepSeek:
        return {u"/anthropic/v1"_s};
    default:
        // The OpenAI flavour answers both APIs, so one server serves tests of either.
        return {u"/v1"_s};
    }
}

bool servedUnder(const QStringList &prefixes, const QString &path, const QString &tail)
{
    for (const QString &prefix : prefixes) {
        if (path == prefix + tail) {
            return true;
        }
    }
    return false;
}

// The key of an OpenAI-style request: the token after "Bearer ".
QString bearerToken(const ContractRequest &request)
{
    const QByteArray authorization = request.headers.value("authorization");
    if (!authorization.startsWith("Bearer ")) {
        return {};
    }
    return QString::fromUtf8(authorization.mid(7)).trimmed();
}

} // namespace

QString ProviderRules::basePath() const
{
    return chatPrefixes(m_flavour).constFirst();
}

ContractVerdict ProviderRules::check(const ContractRequest &request) const
{
    const Endpoint endpoint = endpointOf(request.path);
    if (endpoint == Endpoint::None || request.method != "POST") {
        const Flavour shape = endpoint == Endpoint::Messages ? Flavour::Anthropic : m_flavour;
        return checks::flavourError(
            shape, 404,
            u"Invalid URL (%1 %2)"_s.arg(QString::fromUtf8(request.method), QString::fromUtf8(request.path)),
            {});
    }
    if (Rejection rejection = authenticate(endpoint, request)) {
        return *rejection;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        const Flavour shape = endpoint == Endpoint::Messages ? Flavour::Anthropic : m_flavour;
        return checks::flavourError(shape, 400, u"We could not parse the JSON body of your request."_s, {});
    }
    return endpoint == Endpoint::Messages ? checkMessages(document.object(), request.promptTokens)
                                          : checkChat(document.object(), request.promptTokens);
}

ProviderRules::Endpoint ProviderRules::endpointOf(const QByteArray &rawPath) const
{
    const QString path = QString::fromUtf8(rawPath).section(u'?', 0, 0);
    if (servedUnder(chatPrefixes(m_flavour), path, u"/chat/completions"_s)) {
        return Endpoint::Chat;
    }
    if (servedUnder(messagesPrefixes(m_flavour), path, u"/messages"_s)) {
        return Endpoint::Messages;
    }
    return Endpoint::None;
}

Rejection ProviderRules::authenticate(Endpoint endpoint, const ContractRequest &request) const
{
    if (endpoint == Endpoint::Messages) {
        return anthropicAuthentication(request);
    }
    // Local servers take no key unless started with one (vLLM --api-key).
    if (m_flavour == Flavour::Local && m_requiredKey.isEmpty()) {
        return std::nullopt;
    }
    return bearerAuthentication(request);
}

Rejection ProviderRules::anthropicAuthentication(const ContractRequest &request) const
{
    if (m_flavour == Flavour::Local) {
        return std::nullopt; // Ollama's and llama.cpp's /v1/messages take neither header
    }
    const QString key = QString::fromUtf8(request.headers.value("x-api-key"));
    if (key.isEmpty()) {
        return checks::missingKey(Flavour::Anthropic);
    }
    if (!m_requiredKey.isEmpty() && key != m_requiredKey) {
        return checks::wrongKey(Flavour::Anthropic, key);
    }
    if (request.headers.value("anthropic-version").isEmpty()) {
        return checks::anthropicError(400, u"invalid_request_error"_s,
                                      u"anthropic-version: header is required"_s);
    }
    return std::nullopt;
}

Rejection ProviderRules::bearerAuthentication(const ContractRequest &request) const
{
    const QString key = bearerToken(request);
    if (key.isEmpty()) {
        return checks::missingKey(m_flavour);
    }
    if (!m_requiredKey.isEmpty() && key != m_requiredKey) {
        return checks::wrongKey(m_flavour, key);
    }
    return std::nullopt;
}

ContractVerdict ProviderRules::checkChat(const QJsonObject &body, qint64 promptTokens) const
{
    const QString id = body.value(u"model"_s).toString();
    if (id.isEmpty()) {
        return checks::flavourError(m_flavour, 400, u"you must provide a model parameter"_s, u"model"_s);
    }
    if (body.value(u"messages"_s).toArray().isEmpty()) {
        return checks::flavourError(m_flavour, 400, u"Missing required parameter: 'messages'."_s,
                                    u"messages"_s);
    }
    const std::optional<ModelRule> model = chatModel(id);
    if (!model) {
        return checks::modelNotFound(m_flavour, id);
    }
    switch (m_flavour) {
    case Flavour::OpenAi:
        return checks::openAiChat(body, *model, promptTokens);
    case Flavour::Anthropic:
        return checks::anthropicChat(body, *model, promptTokens);
    case Flavour::Gemini:
        return checks::geminiChat(body, *model, promptTokens);
    case Flavour::OpenRouter:
        return checks::openRouterChat(body, *model, promptTokens);
    case Flavour::DeepSeek:
        return checks::deepSeekChat(body, *model, promptTokens);
    case Flavour::Local:
        break;
    }
    return checks::localChat(body, *model, promptTokens);
}

ContractVerdict ProviderRules::checkMessages(const QJsonObject &body, qint64 promptTokens) const
{
    if (Rejection rejection = checks::anthropicStructure(body)) {
        return *rejection;
    }
    const QString id = body.value(u"model"_s).toString();
    const std::optional<ModelRule> model = messagesModel(id);
    if (!model) {
        return checks::modelNotFound(Flavour::Anthropic, id);
    }
    return checks::anthropicMessages(body, *model, promptTokens);
}

std::optional<ModelRule> ProviderRules::chatModel(const QString &id) const
{
    if (m_extraModels.contains(id)) {
        return withWindow(permissiveModel(id));
    }
    std::optional<ModelRule> model;
    switch (m_flavour) {
    case Flavour::OpenAi:
        model = openAiModel(id);
        break;
    case Flavour::Anthropic:
        model = anthropicModel(id);
        break;
    case Flavour::Gemini:
        model = geminiModel(id);
        break;
    case Flavour::DeepSeek:
        model = deepSeekModel(id);
        break;
    case Flavour::OpenRouter:
        if (id.contains(u'/')) {
            model = openRouterModel(id);
        }
        break;
    case Flavour::Local:
        if (m_localModels.contains(id)) {
            model = localModel(id);
        }
        break;
    }
    return model ? std::optional(withWindow(*model)) : std::nullopt;
}

std::optional<ModelRule> ProviderRules::messagesModel(const QString &id) const
{
    if (m_extraModels.contains(id)) {
        return withWindow(permissiveModel(id));
    }
    std::optional<ModelRule> model;
    if (m_flavour == Flavour::Local) {
        model = m_localModels.contains(id) ? std::optional(localModel(id)) : std::nullopt;
    } else if (m_flavour == Flavour::DeepSeek) {
        model = deepSeekModel(id);
    } else {
        model = anthropicModel(id);
    }
    return model ? std::optional(withWindow(*model)) : std::nullopt;
}

ModelRule ProviderRules::withWindow(ModelRule model) const
{
    if (m_contextWindow > 0) {
        model.contextWindow = m_contextWindow;
    }
    return model;
}

} // namespace pd::test
