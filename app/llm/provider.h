#pragma once

#include "core/modelcatalog.h"
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
    // Papers in the request, which sizes the reply limit; 0: the profile's batch size.
    int paperCount = 0;
    // Sent as OpenAI's prompt_cache_key (where the preset says the service takes it), so requests
    // with the same prefix are routed to the same cache; the profile fingerprint's head. Empty: none.
    QString cacheKey = {};
};

// How every request of a run is shaped: the profile as the catalog resolved it for the model (an
// unset reasoning effort made the cheapest, a temperature the model refuses dropped), the model's
// rules, and the provider preset. Worked out once per run, so every request has the same shape.
struct RequestShape {
    core::Profile profile;
    core::ModelSpec spec;
    core::ProviderPreset preset;

    static RequestShape of(const core::Profile &profile,
                           const core::ModelCatalog &catalog = core::ModelCatalog::builtIn());
    // The name and value of the reply-length limit for a request of `papers` papers.
    QString maxTokensParameter() const;
    int maxTokens(int papers) const;
};

// Why a provider refused a request, so the run knows whether to go on.
enum class Refusal {
    None,
    Key,     // 401/403: the key is wrong or has no access; stop the run
    Setting, // 400 naming a parameter or value, or 404 for the model: stop, change a setting
    TooLong, // 400 about the request's size (context length): split the batch and try again
    Other,   // any other 4xx: this request failed
};

struct ProviderError {
    Refusal refusal = Refusal::None;
    QString message; // one sentence, with what to change where that is known
    QString param;   // the parameter the provider named, if any
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

    // The base URL used when the profile leaves it empty.
    static QUrl defaultBaseUrl(core::Profile::Provider provider);
    // <baseUrl>/chat/completions or <baseUrl>/messages; empty for the offline heuristic provider.
    static QUrl endpoint(const core::Profile &profile);

    // The POST request with its authentication headers. An empty key sends no Authorization header,
    // for local servers that need none.
    static QNetworkRequest networkRequest(const core::Profile &profile, const QString &apiKey, int timeoutMs);
    static QByteArray body(const RequestShape &shape, const ChatRequest &request);
    // With the shape the built-in catalog gives the profile.
    static QByteArray body(const core::Profile &profile, const ChatRequest &request);

    // Decodes a 200 reply into its text and token usage. On any problem (not JSON, no text, an error
    // object) returns nothing and sets `error` to one sentence.
    static std::optional<Completion> decode(core::Profile::Provider provider, const QByteArray &body,
                                            QString *error);
    // The tokens a reply says were billed, whether or not its text is usable (requests = 1 when the
    // body carries a usage object, else an empty usage).
    static core::Usage billedUsage(core::Profile::Provider provider, const QByteArray &body);

    // One sentence for an HTTP error status and its body, with the provider's own message when the
    // body has one. Never includes request headers; see scrub() for bodies that echo the key.
    static QString describeError(int httpStatus, const QByteArray &body);
    // describeError() plus what kind of refusal it is and, for a rejected setting, which one to
    // change.
    static ProviderError classify(int httpStatus, const QByteArray &body);

    // `text` with every occurrence of `secret` replaced by "••••".
    static QString scrub(QString text, const QString &secret);
};

} // namespace pd::llm
