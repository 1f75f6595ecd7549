#pragma once

#include "core/profile.h"
#include "core/usage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

#include <optional>

namespace pd::llm {

// One scoring request: the system prompt and the user prompt (static instructions, then the papers).
struct ChatRequest {
    QString system;
    QString user;
    // Length of the head of `user` that is the same in every batch (topics, criteria, output rules).
    // The Anthropic body marks it cacheable; -1 (or 0) when nothing is. OpenAI caches prefixes
    // automatically, so it ignores this.
    int cacheablePrefixLength = -1;
};

// A decoded reply. `usage` carries tokens only (requests = 1); costs are left to the pricing step.
struct Completion {
    QString text;
    core::Usage usage;
    // The model stopped at its output limit, so the last papers are probably missing from `text`.
    bool truncated = false;
};

// Builds requests for, and decodes replies of, the two supported chat APIs. Pure functions, no
// network: OpenAI-compatible chat completions (OpenAI, OpenRouter, vLLM, llama.cpp, Ollama via its
// /v1 endpoint) and Anthropic messages.
class Provider final
{
    Q_DECLARE_TR_FUNCTIONS(Provider)

public:
    static constexpr auto AnthropicVersion = "2023-06-01";
    // Anthropic requires an output limit; a 25-paper batch of JSONL needs about 6 000 tokens.
    static constexpr int AnthropicMaxTokens = 16384;

    // The base URL used when the profile leaves it empty.
    static QUrl defaultBaseUrl(core::Profile::Provider provider);
    // <baseUrl>/chat/completions or <baseUrl>/messages; empty for the offline heuristic provider.
    static QUrl endpoint(const core::Profile &profile);

    // The POST request with its authentication headers. An empty key sends no Authorization header,
    // for local servers that need none.
    static QNetworkRequest networkRequest(const core::Profile &profile, const QString &apiKey, int timeoutMs);
    static QByteArray body(const core::Profile &profile, const ChatRequest &request);

    // Decodes a 200 reply into its text and token usage. On any problem (not JSON, no text, an error
    // object) returns nothing and sets `error` to one sentence.
    static std::optional<Completion> decode(core::Profile::Provider provider, const QByteArray &body,
                                            QString *error);

    // One sentence for an HTTP error status and its body, with the provider's own message when the
    // body has one. Never includes request headers; see scrub() for bodies that echo the key.
    static QString describeError(int httpStatus, const QByteArray &body);

    // `text` with every occurrence of `secret` replaced by "••••".
    static QString scrub(QString text, const QString &secret);
};

} // namespace pd::llm
