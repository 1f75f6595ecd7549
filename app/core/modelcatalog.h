#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd::core {

// What one model accepts in a chat request, how much it can read and write, and what it costs.
// Built from resources/data/models.json (and the user's override in the data dir): data, not code,
// because providers change these rules more often than we release.
struct ModelSpec {
    QString family;                 // the catalog entry that matched ("gpt-5-mini"), empty if none
    bool known = false;             // false: a model the catalog does not list (sent as the profile says)
    bool acceptsTemperature = true; // any temperature at all
    double temperatureMax = 2.0;    // 1.0 for Anthropic
    bool acceptsTopP = true;
    // gpt-5.1 and later: temperature and top_p only while the reasoning effort is "none".
    bool samplingOnlyWithoutReasoning = false;
    QStringList reasoningEfforts;  // cheapest first; empty: no reasoning_effort parameter
    QString defaultEffort;         // what the provider uses when the request leaves it out
    QString maxTokensParameter;    // "max_completion_tokens" or "max_tokens"
    int contextWindow = 0;         // tokens, 0 unknown
    int maxOutputTokens = 0;       // tokens, 0 unknown
    std::optional<PriceRow> price; // list prices per million tokens, when published

    QString cheapestEffort() const { return reasoningEfforts.value(0); }
    bool acceptsEffort(const QString &effort) const { return reasoningEfforts.contains(effort); }
    // Whether a temperature may be sent along with `effort` (the effort actually sent or implied).
    bool temperatureAllowedWith(const QString &effort) const;
};

// A provider the settings offer by name: which API it speaks, where, and whether it needs a key.
struct ProviderPreset {
    QString id;    // stable: "openai", "anthropic", "gemini", "openrouter", "deepseek",
                   // "ollama", "lmstudio", "llamacpp", "vllm", "custom"
    QString label; // a brand name, not translated
    Profile::Provider api = Profile::Provider::OpenAi;
    QUrl baseUrl; // empty for "custom"
    bool needsKey = true;
    bool free = false;           // a local server: every model costs nothing
    QStringList models;          // suggested, the first is the default
    QString keyUrl;              // where to get a key, empty for local servers
    QString maxTokensParameter;  // for models the catalog does not list
    bool promptCacheKey = false; // takes OpenAI's prompt_cache_key (others may refuse it)
    // The provider's Batch API at the batch price: "openai" (Files + Batches), "anthropic"
    // (Message Batches) or empty when the service has none.
    QString batchApi;
};

// The model catalog: presets, model families and prices. Lookups never fail: an unknown model gets
// a permissive spec with the preset's reply-limit name, so a server we do not know still works.
class ModelCatalog final
{
    Q_DECLARE_TR_FUNCTIONS(ModelCatalog)

public:
    // The built-in catalog, read once from the resources.
    static const ModelCatalog &builtIn();
    // The built-in catalog with the user's file (same format) laid over it: families and presets
    // with the same id replace the built-in ones. A bad override file is ignored and `warning` says
    // why; a missing one is not an error.
    static ModelCatalog withOverride(const QString &overridePath, QString *warning);
    static std::optional<ModelCatalog> fromJson(const QByteArray &json, QString *error);

    QDate pricesTaken() const { return m_pricesTaken; }
    QList<ProviderPreset> presets() const { return m_presets; }
    std::optional<ProviderPreset> preset(const QString &id) const;
    // The preset a profile uses: its `preset` field, else guessed from the provider and base URL
    // (api.openai.com → openai, localhost:11434 → ollama …), else "custom".
    ProviderPreset presetOf(const Profile &profile) const;
    // The spec of `model` as served by `presetId`.
    ModelSpec spec(const QString &presetId, const QString &model) const;
    ModelSpec specOf(const Profile &profile) const;
    // The profile's price row for the model, else the catalog's list price; nothing when neither
    // knows the model (its cost is then unknown).
    std::optional<PriceRow> priceFor(const Profile &profile, const QString &model) const;

    // The profile as it will be sent: an empty reasoning effort becomes the cheapest the model
    // accepts (reasoning tokens are billed as completion), then cleared again when it equals the
    // provider's default (so it is neither sent nor fingerprinted); a temperature the model does not
    // take in that state is dropped. Unknown models are left as they are.
    Profile resolved(const Profile &profile) const;
    // Output tokens one request of `batchSize` papers may use: the JSONL replies plus room for the
    // reasoning the effort implies, capped at the model's output limit.
    int replyLimit(const Profile &profile, int batchSize) const;
    // The same for a spec and the effort actually sent (empty: the model's default).
    static int replyLimit(const ModelSpec &spec, const QString &effort, int batchSize);

private:
    struct Family {
        QString id;
        QStringList presets; // which presets serve it ("openai", "openrouter" …)
        QString pattern;     // a regular expression matched against the whole model id
        ModelSpec spec;
    };

    QList<ProviderPreset> m_presets;
    QList<Family> m_families;
    QDate m_pricesTaken;
};

} // namespace pd::core
