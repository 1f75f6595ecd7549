#pragma once

#include "core/modelcatalog.h"
#include "core/profile.h"
#include "provider.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::llm {

// One request of a provider batch: customId matches ^[A-Za-z0-9_-]{1,64}$ (the stricter of the two
// providers' rules) and is unique in the batch; body = Provider::body(shape, request).
struct BatchLine {
    QString customId;
    QByteArray body;
};

// The result of one line.
struct BatchResult {
    QString customId;
    bool ok = false; // a 200 with a decodable completion
    // Text + usage (tokens only; requests = 1) when the line got a reply (also when unusable).
    Completion completion;
    QString error;        // one sentence when !ok
    bool expired = false; // expired / canceled lines: ask again
    int httpStatus = 0;   // the line's status_code (OpenAI) or 0
    // Why the provider refused the line: Setting means every line of this shape is refused (a
    // parameter the model does not take), so asking again without changing the settings is useless.
    Refusal refusal = Refusal::None;
};

// A batch as last seen.
struct BatchState {
    // Failed: the batch as a whole failed/expired/cancelled with nothing to collect, or was never
    // created. Pending with `error` set: the provider could not be asked this time; poll again later.
    enum class Phase { Pending, Ended, Failed };
    Phase phase = Phase::Pending;
    QString id;             // provider batch id
    QString providerStatus; // e.g. "in_progress", "finalizing", "ended"
    // Requests in the batch, finished ones (succeeded or not), and finished ones that did not
    // succeed (errored, expired, canceled). OpenAI reports 0 of 0 while it validates the file.
    int total = 0, done = 0, failed = 0;
    QString error;      // one sentence for Failed, or for a failed request
    bool fatal = false; // key or setting refused (401/403/400 naming a parameter): stop
};

// The providers' Batch APIs, at half the price of immediate requests: OpenAI's Files + Batch API
// (a JSONL file of /v1/chat/completions requests) and Anthropic's Message Batches. One per run, on
// the caller's thread and QNetworkAccessManager; never blocks. Network errors, timeouts, 429 and 5xx
// are retried with backoff (profile.model.retries times); a refused key or a 400 is reported with
// fatal = true and the provider's sentence. Every message is scrubbed of the API key, and the key is
// only sent to the profile's host.
//
// Creating a batch (OpenAI's POST /batches, Anthropic's POST /messages/batches) is retried only when
// the provider surely did not take it (connection refused, 429, 5xx), so a lost answer never makes
// the same papers billed twice.
class BatchClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchClient)

public:
    using StateCallback = std::function<void(const BatchState &)>;
    using ResultsCallback = std::function<void(const QList<BatchResult> &, const QString &error)>;

    // Documented limits of one batch.
    static constexpr int OpenAiMaxLines = 50'000;
    static constexpr qint64 OpenAiMaxBytes = 200LL * 1024 * 1024;
    static constexpr int AnthropicMaxLines = 100'000;
    static constexpr qint64 AnthropicMaxBytes = 256LL * 1024 * 1024;

    BatchClient(QNetworkAccessManager *nam, core::Profile profile, QString apiKey,
                const core::ModelCatalog &catalog = core::ModelCatalog::builtIn(), QObject *parent = nullptr);
    // Aborts what is in flight without calling back: the owner is going away.
    ~BatchClient() override;

    // Whether the profile's service has a Batch API this client speaks, as its catalog preset says
    // ("batchApi" in models.json): OpenAI's own API (the "openai" preset, whatever its base URL) and
    // Anthropic. OpenRouter, Gemini's and DeepSeek's OpenAI-compatible endpoints, local servers and
    // custom URLs have none (or a different one), so batch mode is off for them unless a user's
    // models.json gives their preset one. Decided with the built-in catalog (plus the user's
    // override when the client was given it: submit() checks with the client's catalog).
    static bool supported(const core::Profile &profile);
    // Whether `id` is a custom_id both providers take: ^[A-Za-z0-9_-]{1,64}$.
    static bool validCustomId(const QString &id);

    // OpenAI: upload the JSONL (multipart, purpose=batch) then create the batch; Anthropic: one POST.
    // The lines are checked first (custom ids, one model, the provider's size limits): a bad set is
    // Failed without a request. `done` is called exactly once, always from the event loop.
    void submit(const QList<BatchLine> &lines, StateCallback done);
    void poll(const QString &batchId, StateCallback done);
    // Only for an Ended batch: downloads output (and OpenAI's error file) / Anthropic results_url and
    // returns one BatchResult per line found, in file order (any order the provider chose). Lines of
    // the submitted batch that appear in neither file (or a line the client cannot read) are the
    // caller's to re-ask. `error` is set, with no results, when nothing could be collected.
    void collect(const QString &batchId, ResultsCallback done);
    // Aborts HTTP requests in flight and pending retries; their callbacks get "Cancelled.".
    void cancelAll();

    // Poll interval schedule: starts at `first`, doubles up to `max` (defaults 5 s and 5 min).
    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);
    // How long to wait before the next poll after `pollsSoFar` polls of the same batch.
    std::chrono::milliseconds nextPollDelay(int pollsSoFar) const;
    // The first retry waits this long, each further one twice as long (default 1 s, at most 60 s).
    void setBaseBackoff(std::chrono::milliseconds backoff) { m_baseBackoff = backoff; }
    // Overrides profile.model.timeoutSeconds (the longest silence of one HTTP exchange), for tests.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Operations (submit, poll, collect) started and not yet called back.
    int inFlight() const { return static_cast<int>(m_ops.size()); }

Q_SIGNALS:
    // An HTTP exchange failed and will be repeated after `delayMs`; `reason` is scrubbed of the key.
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    // One HTTP exchange of an operation.
    struct Http {
        QByteArray verb; // "GET" or "POST"
        QUrl url;
        QByteArray body;
        QByteArray contentType;
        bool idempotent = true; // false: repeat only when the provider surely did not act on it
    };
    // What an exchange came to, after any retries.
    struct Answer {
        bool ok = false; // a 2xx
        int status = 0;
        QByteArray body;
        QString error; // one sentence when !ok
        Refusal refusal = Refusal::None;
        bool fatal = false;
    };
    using Step = std::function<void(const Answer &)>;
    struct Operation {
        std::function<void()> cancelled; // reports "Cancelled." through the operation's callback
        Http http;
        Step next;
        int attempts = 0;
        QNetworkReply *reply = nullptr;
    };
    // What a batch object said, for collect().
    struct BatchObject {
        BatchState state;
        QString outputFileId; // OpenAI
        QString errorFileId;  // OpenAI
        QUrl resultsUrl;      // Anthropic
    };

    bool isAnthropic() const;
    QUrl apiUrl(const QString &path) const;
    QString checkLines(const QList<BatchLine> &lines) const;
    void submitOpenAi(quint64 op, const QList<BatchLine> &lines, const StateCallback &done);
    void submitAnthropic(quint64 op, const QList<BatchLine> &lines, const StateCallback &done);
    void collectOpenAi(quint64 op, const BatchObject &batch, const ResultsCallback &done);
    void collectAnthropic(quint64 op, const BatchObject &batch, const ResultsCallback &done);
    // Downloads OpenAI's result files one after the other, then calls back with every line.
    void downloadResults(quint64 op, const QStringList &files, const QList<BatchResult> &results,
                         const ResultsCallback &done);
    BatchObject batchObject(const QByteArray &body) const;
    BatchState failedState(const Answer &answer, const QString &id = {}) const;

    quint64 begin(std::function<void()> cancelled);
    void exchange(quint64 op, Http http, Step next);
    void startAttempt(quint64 op);
    void onFinished(quint64 op);
    bool shouldRetry(const Operation &op, QNetworkReply *reply, int status) const;
    // Ends `op` and returns whether it was still running (false: cancelled meanwhile).
    bool end(quint64 op);
    std::chrono::milliseconds backoff(int attempts) const;
    QString scrubbed(const QString &text) const { return Provider::scrub(text, m_apiKey); }

    QNetworkAccessManager *m_nam;
    core::Profile m_profile;
    RequestShape m_shape;
    QString m_apiKey;
    std::chrono::milliseconds m_baseBackoff{1000};
    std::chrono::milliseconds m_timeout;
    std::chrono::milliseconds m_pollFirst{5000};
    std::chrono::milliseconds m_pollMax{300000};
    QHash<quint64, Operation> m_ops;
    quint64 m_nextOp = 1;
};

} // namespace pd::llm
