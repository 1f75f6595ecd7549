#pragma once

#include "topic.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd::core {

// Price of one model per million tokens, in dollars.
struct PriceRow {
    QString model;
    double prompt = 0.0;
    double completion = 0.0;
    double cached = 0.0; // price of prompt tokens served from the provider's cache
    // Anthropic bills writing its prompt cache at a premium; 0: at the prompt price.
    double cacheWrite = 0.0;
    // The providers' Batch APIs bill half; 0: not offered (or not known) for this model.
    double batchPrompt = 0.0;
    double batchCompletion = 0.0;
    bool operator==(const PriceRow &) const = default;
};

// Everything the settings dialog edits: what to fetch, how to judge it, and with which model.
struct Profile {
    enum class Provider { OpenAi, Anthropic, Heuristic };

    struct Sources {
        QStringList categories;
        QStringList announceTypes; // subset of new, cross, replace, replace-cross
        QStringList followedAuthors;
        QStringList excludeKeywords;
        // Budget mode: the LLM scores only the papers in the top budgetTopPercent by For you (and
        // followed authors); the others are filtered with the rule named. Off while the ranker
        // has too few likes.
        bool budgetMode = false;
        int budgetTopPercent = 40;
        QUrl rssBaseUrl;
        QUrl apiBaseUrl;
        bool operator==(const Sources &) const = default;
    };
    struct Prompt {
        QString system;
        QString introduction;
        QString hotspotGuidance;
        QString scoringCriteria;
        QString outputRules;
        bool operator==(const Prompt &) const = default;
    };
    struct Thresholds {
        int relevance = 8;
        int novelty = 8;
        bool operator==(const Thresholds &) const = default;
    };
    struct Model {
        Provider provider = Provider::OpenAi;
        // The ModelCatalog preset ("openai", "ollama" …); empty in profiles older than presets, when
        // it is guessed from the provider and base URL.
        QString preset;
        QUrl baseUrl;
        QString model;
        // Empty: the model's default, left out of the request. Reasoning models take none.
        std::optional<double> temperature;
        // Empty: the cheapest effort the model accepts (reasoning tokens are billed as completion).
        QString reasoningEffort;
        // Papers per immediate request; bench_cost measured 40 as cheap as larger batches, in
        // fewer rounds of requests than 25.
        int batchSize = 40;
        int concurrency = 4;
        int timeoutSeconds = 120;
        int retries = 3;
        // A run (immediate mode) ends after this long, whatever the server does; what is left fails
        // with the reason and the next run retries it.
        int deadlineMinutes = 15;
        // Which papers get the prose comments. Relevant: two passes, scores for every paper in a
        // compact reply, then the full record only for papers that pass the thresholds or carry a
        // hotspot tag. Every: one pass, every paper gets the full record (the reference format).
        enum class Comments { Relevant, Every };
        Comments commentsFor = Comments::Relevant;
        // Immediate: requests in flight now. Batch: the provider's Batch API at half price, results
        // usually within minutes, at most 24 h.
        enum class RunMode { Immediate, Batch };
        RunMode runMode = RunMode::Immediate;
        // Papers per request in batch mode: no latency to hide, so larger batches cost less
        // (bench_cost: $0.74 per 1,000 papers at 100 against $0.80 at 25).
        int overnightBatchSize = 100;
        bool operator==(const Model &) const = default;
    };

    QString name;
    Sources sources;
    TopicList topics;
    Prompt prompt;
    Thresholds thresholds;
    Model model;
    QList<PriceRow> prices;

    std::optional<PriceRow> priceFor(const QString &modelName) const;
    const Topic *topic(const QString &id) const;
    bool operator==(const Profile &) const = default;
};

QString providerName(Profile::Provider provider);
QString commentsName(Profile::Model::Comments comments);
QString runModeName(Profile::Model::RunMode mode);
// The papers per request of the profile's run mode.
int batchSizeOf(const Profile::Model &model);

// The model id runs and exports record for the offline keyword heuristic.
inline const QString HeuristicModelId = QStringLiteral("heuristic");

// The result of reading a profile: the profile, or one message that names the bad field.
struct ProfileResult {
    std::optional<Profile> profile;
    QString error;
    explicit operator bool() const { return profile.has_value(); }
};

// Reads, validates and writes the profile JSON (the format of `paperdesk profile export`).
class ProfileJson final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileJson)

public:
    static constexpr int FormatVersion = 1;

    static Profile defaultProfile();
    static QJsonObject toJson(const Profile &profile);
    static QByteArray toBytes(const Profile &profile);
    static ProfileResult fromJson(const QJsonObject &object);
    static ProfileResult fromBytes(const QByteArray &bytes);
    static ProfileResult load(const QString &path);
    // Validates first; writes atomically so a failed save leaves the old file intact.
    static bool save(const Profile &profile, const QString &path, QString *error);
    // Empty when the profile is valid, else the first problem, naming its field.
    static QString validate(const Profile &profile);
};

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::Profile)
