#pragma once

#include "core/paper.h"
#include "core/profile.h"
#include "core/score.h"
#include "job.h"
#include "llm/batchclient.h"
#include "llm/llmclient.h"
#include "llm/promptbuilder.h"
#include "llm/responseparser.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;

namespace pd::store {
class Database;
}

namespace pd::llm {
class LlmClient;
}

namespace pd::pipeline {

// Scores the scanned papers of one day that have no score under the current profile fingerprint:
// batches with several requests in flight, each batch committed in its own transaction with its
// usage, papers the model skipped or garbled re-asked (pooled from several batches into full
// requests) and, after that, stored as failed with the reason. Nothing already scored is sent
// again.
//
// Two passes by default (Profile::Model::commentsFor): pass 1 asks every paper for its scores in a
// compact reply, pass 2 asks the prose only for papers that pass the thresholds or carry a hotspot
// tag, as soon as a full batch of them is known. A run also asks pass 2 for papers scored earlier
// that pass the thresholds now (a lowered threshold) and have no prose yet.
class DailyRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyRun)

public:
    using Pass = llm::PromptBuilder::Pass;
    // Re-ask rounds after the first answer; the last one may ask for a single paper.
    static constexpr int ReaskRounds = 2;

    DailyRun(const store::Database &db, QNetworkAccessManager *nam, core::Profile profile, QString apiKey,
             const core::ModelCatalog &catalog = core::ModelCatalog::builtIn(), QObject *parent = nullptr);
    ~DailyRun() override;

    // The profile as the run uses it: the catalog's resolution of the model's settings (see
    // ModelCatalog::resolved); the heuristic's fixed model id for the offline scorer.
    static core::Profile effectiveProfile(const core::Profile &profile,
                                          const core::ModelCatalog &catalog = core::ModelCatalog::builtIn());
    // A remote provider needs a key; a server on this machine (Ollama, llama.cpp …) does not.
    static bool needsKey(const core::Profile &profile,
                         const core::ModelCatalog &catalog = core::ModelCatalog::builtIn());
    // The one line that says a key is missing and what to do about it.
    static QString missingKeyMessage(const core::Profile &profile);

    void start(QDate date, bool retryFailed);
    // Pass 2 alone: prose for the papers that pass the thresholds now and have none (a lowered
    // threshold); nothing is scored.
    void startDetails(QDate date);
    // Collects the day's provider batches that are ready, and sends only what their results leave
    // to ask (re-asks, pass 2); nothing else is scored.
    void collect(QDate date);
    // Pass 2 for these papers of the day only, whatever their scores ("Explain this score").
    void explain(QDate date, const QStringList &arxivIds);
    void cancel();
    // Base back-off of the LLM client's retries (WorkerOptions::retryBackoffMs; tests shorten it).
    void setRetryBackoffMs(int ms) { m_backoffMs = ms; }
    // Overrides profile.model.deadlineMinutes (tests use seconds, not minutes).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }
    // Batch mode: false (--no-wait) ends the run once a batch is submitted, or while one sent earlier
    // is still running; the batch keeps running and the next run collects it.
    void setWaitForBatches(bool wait) { m_waitForBatches = wait; }
    // First and longest pause between polls of a batch (5 s doubling to 5 min; tests shorten them).
    void setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max);

Q_SIGNALS:
    void progress(const pd::pipeline::Progress &progress);
    void batchCommitted(QDate date);
    void finished(const pd::pipeline::ScoreSummary &summary, pd::pipeline::Outcome result,
                  const QString &message);

private:
    struct Batch {
        QList<core::Paper> papers;
        QList<core::Score> scores; // pass 2: the stored scores of `papers`, same order
        Pass pass = Pass::Single;
        int round = 0;
        qsizetype size() const { return papers.size(); }
    };
    // Papers waiting for a request: pass 2's candidates (round 0) and re-asks (round >= 1).
    using PoolKey = std::pair<bool, int>; // (pass 2, round)
    // A provider batch this run is waiting for: its row in the store and what each line asked.
    struct Sent {
        qint64 row = 0;
        QString batchId;
        QHash<QString, Batch> lines; // custom_id -> the request's papers
    };

    bool prepare(QDate date);
    void startWith(std::function<void()> work);
    llm::ChatRequest requestFor(const Batch &batch) const;
    // Batch mode (dailyrunbatch.cpp).
    bool batchMode() const;
    void ensureBatchClient();
    bool collectOpenBatches(std::function<void()> then);
    QHash<QString, Batch> linesFrom(const QJsonObject &lines) const;
    void pumpBatches();
    void submitQueue();
    void pollSent();
    void onPolled(qint64 row, const llm::BatchState &state);
    void onCollected(qint64 row, const QList<llm::BatchResult> &results, const QString &error);
    void onWholeBatchFailed(const Sent &sent, const QString &error);
    void afterPollRound();
    void finishWaiting();
    void begin(const QStringList &scoreIds, const QStringList &detailIds);
    void queueScoring(const QStringList &ids);
    // Queues pass 2 for the stored scores of `ids`; returns how many were queued.
    qsizetype queueDetails(const QStringList &ids);
    void pump();
    void finishWhenDone();
    void onDeadline();
    void send(const Batch &batch);
    void handleReply(const Batch &batch, const llm::LlmClient::Result &result);
    void handleScores(const Batch &batch, const QString &text, const core::Usage &usage);
    void handleDetails(const Batch &batch, const QString &text, const core::Usage &usage);
    void handleFailure(const Batch &batch, const llm::LlmClient::Result &result, const core::Usage &billed);
    void splitTooLong(const Batch &batch, const QString &error, Batch &failures);
    core::Usage priced(const core::Usage &usage) const;
    void scoreHeuristically();
    bool commit(const QList<core::Score> &scores, const core::Usage &usage);
    // Stores a batch's results: scores and failures (pass 1, single pass) or prose (pass 2).
    bool commitResults(const Batch &results, const core::Usage &usage);
    // `papers` of `batch` go to the next round's pool, or fail with their reason after the last.
    void requeueOrFail(const Batch &batch, const QList<qsizetype> &indexes, int round,
                       const QHash<QString, QString> &reasons, const QString &fallbackReason,
                       Batch &failures);
    void addToPool(bool details, int round, const Batch &papers);
    void flushPools();
    bool feeding(bool details, int round) const;
    qsizetype requestSize(int round) const;
    void queueDetailsFor(const QList<core::Score> &scores, const QList<core::Paper> &papers);
    core::Score failure(const core::Paper &paper, const QString &reason) const;
    core::Score detailFailure(const core::Score &score, const QString &reason) const;
    void emitProgress(const QString &message);
    // "Provider busy, retrying in 4 s (2/4)…" while a client (immediate or batch) waits out a 429/5xx.
    void reportRetry(int attempt, int delayMs);
    void rememberCharsPerToken();
    void finish(Outcome result, const QString &message);

    const store::Database &m_db;
    QNetworkAccessManager *m_nam;
    core::ModelCatalog m_catalog;
    core::Profile m_profile;
    QString m_apiKey;
    llm::PromptBuilder m_prompt;
    llm::ResponseParser m_parser;
    std::unique_ptr<llm::LlmClient> m_client;
    QDate m_date;
    QList<Batch> m_queue;
    std::map<PoolKey, Batch> m_pools;
    int m_inFlight = 0;
    QHash<quint64, Batch> m_flying; // sent, not answered yet
    quint64 m_nextBatch = 1;
    std::chrono::milliseconds m_deadline{std::chrono::minutes(15)};
    QTimer *m_deadlineTimer = nullptr;
    bool m_deadlinePassed = false;
    int m_backoffMs = 1000;
    std::atomic_bool m_cancelled = false;
    bool m_fatal = false;
    bool m_finished = false;
    QString m_firstRemoteError;
    int m_remoteFailures = 0;
    std::unique_ptr<llm::BatchClient> m_batches;
    QList<Sent> m_sent;
    std::function<void()> m_afterCollect; // the run's own work, once batches sent earlier are in
    bool m_waitForBatches = true;
    int m_outstanding = 0; // polls and downloads not answered yet
    int m_pollRounds = 0;
    int m_wholeBatchFailures = 0;
    bool m_collecting = false; // reading a batch's results: priced at the batch price in any mode
    std::chrono::milliseconds m_pollFirst{std::chrono::seconds(5)};
    std::chrono::milliseconds m_pollMax{std::chrono::minutes(5)};
    QTimer *m_pollTimer = nullptr;
    qint64 m_charsSent = 0;    // prompt characters of requests whose usage came back
    qint64 m_tokensBilled = 0; // their prompt tokens
    ScoreSummary m_summary;
};

} // namespace pd::pipeline
