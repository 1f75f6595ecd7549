#pragma once

#include "providerrules.h"

#include <QJsonValue>
#include <QString>

// The providers' error bodies, as ProviderRules and its checks answer them.
namespace pd::test::checks {

// {"error":{"message","type","param","code"}}: OpenAI, and with other codes DeepSeek and Ollama.
ContractVerdict openAiError(int status, const QString &message, const QJsonValue &param,
                            const QJsonValue &code, const QString &type);
// {"type":"error","error":{"type","message"}}
ContractVerdict anthropicError(int status, const QString &type, const QString &message);
// {"error":{"code","message","status"}}: Google's error shape (its list wrapper left out).
ContractVerdict geminiError(int status, const QString &message);
// {"error":{"message","code"}}
ContractVerdict openRouterError(int status, const QString &message);
// A plain failure (bad path, body, missing field) in `flavour`'s shape.
ContractVerdict flavourError(ProviderFlavour flavour, int status, const QString &message,
                             const QString &param);
// The model is not served: each provider says it differently, not all with 404.
ContractVerdict modelNotFound(ProviderFlavour flavour, const QString &model);
ContractVerdict missingKey(ProviderFlavour flavour);
// Real providers echo part of a wrong key; the client must scrub it.
ContractVerdict wrongKey(ProviderFlavour flavour, const QString &key);

} // namespace pd::test::checks
