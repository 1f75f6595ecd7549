#include "providererrors.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace pd::test::checks {

namespace {

const QString InvalidRequest = u"invalid_request_error"_s;

ContractVerdict rejected(int status, const QJsonObject &body)
{
    return ContractVerdict{status, QJsonDocument(body).toJson(QJsonDocument::Compact), -1, 0};
}

} // namespace

ContractVerdict openAiError(int status, const QString &message, const QJsonValue &param,
                            const QJsonValue &code, const QString &type)
{
    const QJsonObject error{
        {u"message"_s, message}, {u"type"_s, type}, {u"param"_s, param}, {u"code"_s, code}};
    return rejected(status, QJsonObject{{u"error"_s, error}});
}

ContractVerdict anthropicError(int status, const QString &type, const QString &message)
{
    return rejected(status,
                    QJsonObject{{u"type"_s, u"error"_s},
                                {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}});
}

ContractVerdict geminiError(int status, const QString &message)
{
    QString statusName = u"INVALID_ARGUMENT"_s;
    if (status == 401) {
        statusName = u"UNAUTHENTICATED"_s;
    } else if (status == 404) {
        statusName = u"NOT_FOUND"_s;
    }
    const QJsonObject error{{u"code"_s, status}, {u"message"_s, message}, {u"status"_s, statusName}};
    return rejected(status, QJsonObject{{u"error"_s, error}});
}

ContractVerdict openRouterError(int status, const QString &message)
{
    return rejected(status,
                    QJsonObject{{u"error"_s, QJsonObject{{u"message"_s, message}, {u"code"_s, status}}}});
}

ContractVerdict flavourError(ProviderFlavour flavour, int status, const QString &message,
                             const QString &param)
{
    switch (flavour) {
    case ProviderFlavour::Anthropic:
        return anthropicError(status, status == 404 ? u"not_found_error"_s : InvalidRequest, message);
    case ProviderFlavour::Gemini:
        return geminiError(status, message);
    case ProviderFlavour::OpenRouter:
        return openRouterError(status, message);
    default:
        return openAiError(status, message, param.isEmpty() ? QJsonValue() : QJsonValue(param), QJsonValue(),
                           InvalidRequest);
    }
}

ContractVerdict modelNotFound(ProviderFlavour flavour, const QString &model)
{
    switch (flavour) {
    case ProviderFlavour::OpenAi:
        return openAiError(404,
                           u"The model `%1` does not exist or you do not have access to it."_s.arg(model),
                           QJsonValue(), u"model_not_found"_s, InvalidRequest);
    case ProviderFlavour::Anthropic:
        return anthropicError(404, u"not_found_error"_s, u"model: %1"_s.arg(model));
    case ProviderFlavour::Gemini:
        return geminiError(404,
                           u"models/%1 is not found for API version v1beta, or is not supported for "
                           u"generateContent. Call ListModels to see the list of available models and their "
                           u"supported methods."_s.arg(model));
    case ProviderFlavour::DeepSeek: // its error codes page: a bad body is 400, and so is this
        return openAiError(400, u"Model Not Exist"_s, QJsonValue(), InvalidRequest, InvalidRequest);
    case ProviderFlavour::OpenRouter:
        return openRouterError(400, u"%1 is not a valid model ID"_s.arg(model));
    case ProviderFlavour::Local:
        break;
    }
    return openAiError(404, u"model \"%1\" not found, try pulling it first"_s.arg(model), QJsonValue(),
                       QJsonValue(), u"api_error"_s);
}

ContractVerdict missingKey(ProviderFlavour flavour)
{
    switch (flavour) {
    case ProviderFlavour::OpenAi:
        return openAiError(401,
                           u"You didn't provide an API key. You need to provide your API key in an "
                           u"Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY)."_s,
                           QJsonValue(), QJsonValue(), InvalidRequest);
    case ProviderFlavour::Anthropic:
        return anthropicError(401, u"authentication_error"_s, u"x-api-key header is required"_s);
    case ProviderFlavour::Gemini:
        return geminiError(401, u"Missing or invalid Authorization header."_s);
    case ProviderFlavour::OpenRouter:
        return openRouterError(401, u"No auth credentials found"_s);
    case ProviderFlavour::DeepSeek:
        return openAiError(401, u"Authentication Fails, no API key was provided"_s, QJsonValue(),
                           InvalidRequest, u"authentication_error"_s);
    case ProviderFlavour::Local:
        break;
    }
    return openAiError(401, u"Unauthorized"_s, QJsonValue(), QJsonValue(), InvalidRequest); // vLLM --api-key
}

ContractVerdict wrongKey(ProviderFlavour flavour, const QString &key)
{
    const QString shown = key.size() > 12 ? key.left(8) + u"****"_s + key.right(4) : u"****"_s;
    switch (flavour) {
    case ProviderFlavour::OpenAi:
        return openAiError(401,
                           u"Incorrect API key provided: %1. You can find your API key at "
                           u"https://platform.openai.com/account/api-keys."_s.arg(shown),
                           QJsonValue(), u"invalid_api_key"_s, InvalidRequest);
    case ProviderFlavour::Anthropic:
        return anthropicError(401, u"authentication_error"_s, u"invalid x-api-key"_s);
    case ProviderFlavour::Gemini: // the real service says 400 INVALID_ARGUMENT here
        return geminiError(401, u"API key not valid. Please pass a valid API key."_s);
    case ProviderFlavour::OpenRouter:
        return openRouterError(401, u"User not found."_s);
    case ProviderFlavour::DeepSeek:
        return openAiError(401, u"Authentication Fails, Your api key: ****%1 is invalid"_s.arg(key.right(4)),
                           QJsonValue(), InvalidRequest, u"authentication_error"_s);
    case ProviderFlavour::Local:
        break;
    }
    return missingKey(flavour);
}

} // namespace pd::test::checks
