#pragma once

#include "providerrules.h"

#include <QJsonObject>
#include <QString>

// The per-dialect halves of ProviderRules: the checks that run once the request is authenticated,
// parsed and its model known. Each answers the first rule the request breaks, in the provider's
// error shape, or what the accepted request may spend.
namespace pd::test::checks {

// The OpenAI-compatible dialects, by flavour.
ContractVerdict openAiChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);
ContractVerdict geminiChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);
ContractVerdict deepSeekChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);
ContractVerdict openRouterChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);
ContractVerdict localChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);
// Anthropic's OpenAI SDK compatibility layer.
ContractVerdict anthropicChat(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);

// The Anthropic messages API: the body's shape first (before the model is looked up), then the rest.
Rejection anthropicStructure(const QJsonObject &body);
ContractVerdict anthropicMessages(const QJsonObject &body, const ModelRule &model, qint64 promptTokens);

} // namespace pd::test::checks
