#pragma once

#include "providermodels.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::test {

// One request as the contract sees it.
struct ContractRequest {
    QByteArray method;
    QByteArray path;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 promptTokens = 0;
};

// What the contract says of a request: rejected (a status other than 200, with a body in the
// provider's error shape) or accepted, with what the answer may spend.
struct ContractVerdict {
    int status = 200;
    QByteArray errorBody;
    qint64 replyLimit = -1;     // tokens for reasoning and answer together; -1: no limit
    qint64 reasoningTokens = 0; // spent thinking before the answer
    bool accepted() const { return status == 200; }
};

using Rejection = std::optional<ContractVerdict>;

// The request rules the real providers document, so that a request our product builds wrongly
// fails in tests as it would against the service. Paths: /…/chat/completions is the
// OpenAI-compatible API, /…/messages the Anthropic one; which of them a flavour serves, under which
// base path, how it authenticates, which models it knows and what they accept, follow the flavour.
class ProviderRules final
{
public:
    void setFlavour(ProviderFlavour flavour) { m_flavour = flavour; }
    ProviderFlavour flavour() const { return m_flavour; }
    // The path of the flavour's real base URL: "/v1", "/v1beta/openai" (Gemini), "" (DeepSeek).
    QString basePath() const;
    // Empty: any non-empty key is accepted.
    void setRequiredKey(const QString &key) { m_requiredKey = key; }
    void addModel(const QString &id) { m_extraModels.insert(id); }
    void setLocalModels(const QStringList &models) { m_localModels = models; }
    // 0: each model's own window.
    void setContextWindow(int tokens) { m_contextWindow = tokens; }

    ContractVerdict check(const ContractRequest &request) const;

private:
    enum class Endpoint { None, Chat, Messages };

    Endpoint endpointOf(const QByteArray &path) const;
    Rejection authenticate(Endpoint endpoint, const ContractRequest &request) const;
    Rejection anthropicAuthentication(const ContractRequest &request) const;
    Rejection bearerAuthentication(const ContractRequest &request) const;
    ContractVerdict checkChat(const QJsonObject &body, qint64 promptTokens) const;
    ContractVerdict checkMessages(const QJsonObject &body, qint64 promptTokens) const;
    std::optional<ModelRule> chatModel(const QString &id) const;
    std::optional<ModelRule> messagesModel(const QString &id) const;
    ModelRule withWindow(ModelRule model) const;

    ProviderFlavour m_flavour = ProviderFlavour::OpenAi;
    QString m_requiredKey;
    QSet<QString> m_extraModels;
    QStringList m_localModels{QStringLiteral("qwen3:8b"),     QStringLiteral("llama3.1:8b"),
                              QStringLiteral("gemma3:12b"),   QStringLiteral("qwen3-8b"),
                              QStringLiteral("gemma-3-12b"),  QStringLiteral("default"),
                              QStringLiteral("Qwen/Qwen3-8B")};
    qint64 m_contextWindow = 0;
};

} // namespace pd::test
