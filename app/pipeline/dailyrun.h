#pragma once

#include "core/paper.h"
#include "core/profile.h"
#include "core/score.h"
#include "job.h"
#include "llm/llmclient.h"
#include "llm/promptbuilder.h"
#include "llm/responseparser.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <QHash>
#include <QTimer>

#include <atomic>
#include <chrono>
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
// usage, papers the model skipped or garbled re-asked in smaller batches and, after that, stored as
// failed with the reason. Nothing already scored is sent again.
class DailyRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DailyRun)

public:
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
    void cancel();
    // Base back-off of the LLM client's retries (WorkerOptions::retryBackoffMs; tests shorten it).
    void setRetryBackoffMs(int ms) { m_backoffMs = ms; }
    // Overrides profile.model.deadlineMinutes (tests use seconds, not minutes).
    void setDeadline(std::chrono::milliseconds deadline) { m_deadline = deadline; }

Q_SIGNALS:
    void progress(const pd::pipeline::Progress &progress);
    void batchCommitted(QDate date);
    void finished(const pd::pipeline::ScoreSummary &summary, pd::pipeline::Outcome result,
                  const QString &message);

private:
    struct Batch {
        QList<core::Paper> papers;
        int round = 0;
    };

    void pump();
    void onDeadline();
    void send(const Batch &batch);
    void handleReply(const Batch &batch, const llm::LlmClient::Result &result);
    void handleFailure(const Batch &batch, const llm::LlmClient::Result &result, const core::Usage &billed);
    void splitTooLong(const Batch &batch, const QString &error, QList<core::Score> &failures);
    core::Usage priced(const core::Usage &usage) const;
    void scoreHeuristically();
    bool commit(const QList<core::Score> &scores, const core::Usage &usage);
    void requeueOrFail(const QList<core::Paper> &papers, int round, const QHash<QString, QString> &reasons,
                       const QString &fallbackReason, QList<core::Score> &failures);
    core::Score failure(const core::Paper &paper, const QString &reason) const;
    void emitProgress(const QString &message);
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
    ScoreSummary m_summary;
};

} // namespace pd::pipeline
