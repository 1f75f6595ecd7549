#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace pd::test {

// The real services FakeLlmServer can stand in for.
enum class ProviderFlavour { OpenAi, Anthropic, Gemini, OpenRouter, DeepSeek, Local };

// How a model treats temperature, top_p and their kin.
enum class Sampling {
    Free,             // accepted within their documented ranges
    DefaultOnly,      // OpenAI reasoning models: temperature only 1, the others rejected
    WithoutReasoning, // gpt-5.1 and later: temperature, top_p, logprobs only while the effort is "none"
    Ignored,          // deepseek-reasoner: accepted, without effect
};

// What one model accepts and how much it holds, as its provider documents it.
struct ModelRule {
    QString id;               // as requested
    qint64 contextWindow = 0; // tokens
    qint64 outputLimit = 0;   // the largest reply limit a request may send
    qint64 defaultOutput = 0; // the reply limit when the request sends none
    QStringList efforts;      // accepted reasoning_effort values; empty: the model takes none
    QString defaultEffort;    // what the model uses when the request sends none
    Sampling sampling = Sampling::Free;
    bool exclusiveSampling = false; // Claude 4.1/4.5: temperature and top_p not both
};

// The model tables, one per provider; nothing for an id the provider does not serve.
std::optional<ModelRule> openAiModel(const QString &id);
std::optional<ModelRule> anthropicModel(const QString &id);
std::optional<ModelRule> geminiModel(const QString &id);
std::optional<ModelRule> deepSeekModel(const QString &id);
// A model behind OpenRouter ("vendor/model"): the vendor's rule when known, for its window.
ModelRule openRouterModel(const QString &id);
// A model on a local server (Ollama, llama.cpp, vLLM, LM Studio).
ModelRule localModel(const QString &id);
// A model a test declares (FakeLlmServer::addModel): gpt-4.1-like, accepting nearly everything.
ModelRule permissiveModel(const QString &id);

// The reasoning tokens the fake spends per request at `effort` ("none" … "xhigh"); -1 for an effort
// name it does not know.
qint64 reasoningTokensFor(const QString &effort);

} // namespace pd::test
