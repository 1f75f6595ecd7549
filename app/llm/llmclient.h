#pragma once

#include "core/profile.h"
#include "provider.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd::llm {

// Sends chat requests to the profile's provider with at most `concurrency` in flight, retrying
// rate limits, server errors, network errors and timeouts with backoff. Lives on the caller's
// thread and uses the caller's QNetworkAccessManager; never blocks.
//
// The API key goes only into request headers: every message it produces is scrubbed of it.
class LlmClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LlmClient)

public:
    struct Result {
        bool ok = false;
        Completion completion;
        QString error;      // one sentence, empty when ok
        int httpStatus = 0; // of the last attempt; 0 without an HTTP answer
        // The key was refused, or a setting (parameter, value, model) was: every further request
        // would be refused too, so the whole run stops and leaves its papers unscored.
        bool fatal = false;
        Refusal refusal = Refusal::None;
        int attempts = 0;
    };
    using Callback = std::function<void(const Result &)>;

    // Longest Retry-After the client waits for; a longer one fails the request.
    static constexpr std::chrono::seconds MaxRetryAfter{120};

    LlmClient(QNetworkAccessManager *nam, core::Profile profile, QString apiKey,
              const core::ModelCatalog &catalog = core::ModelCatalog::builtIn(), QObject *parent = nullptr);
    // Aborts what is in flight without calling back: the owner is going away.
    ~LlmClient() override;

    // Starts the request when fewer than profile.model.concurrency are in flight, else queues it.
    // `done` is called exactly once, always later from the event loop, never from inside send().
    void send(const ChatRequest &request, Callback done);
    // Aborts requests in flight and drops the queue; their callbacks get the error "Cancelled.".
    void cancelAll();

    // Requests started and not yet finished, including those waiting to retry.
    int inFlight() const { return m_active; }
    int queued() const { return static_cast<int>(m_queue.size()); }

    // The first retry waits this long, each further one twice as long (default 1 s).
    void setBaseBackoff(std::chrono::milliseconds backoff) { m_baseBackoff = backoff; }
    // Overrides profile.model.timeoutSeconds (whose minimum is 5 s), for tests.
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // The shape every request of this client has (model, sampling, reply limit).
    const RequestShape &shape() const { return m_shape; }

Q_SIGNALS:
    // An attempt failed and will be repeated after `delayMs`; `reason` is scrubbed of the key.
    void retrying(int attempt, int delayMs, const QString &reason);

private:
    struct Job {
        QByteArray body;
        Callback done;
        int attempts = 0;
        QNetworkReply *reply = nullptr;
    };
    // What to do after a failed attempt.
    struct Failure {
        Failure(QString message, int status, bool retryable, Refusal why = Refusal::None)
            : error(std::move(message))
            , httpStatus(status)
            , retry(retryable)
            , refusal(why)
        {}
        QString error;
        int httpStatus = 0;
        bool retry = false;
        Refusal refusal = Refusal::None;
        std::optional<std::chrono::milliseconds> delay; // Retry-After, instead of the backoff
    };

    void startQueued();
    void startAttempt(quint64 id);
    void onFinished(quint64 id);
    Failure classify(QNetworkReply *reply) const;
    Failure rateLimited(QNetworkReply *reply, const QByteArray &body) const;
    void retryOrFail(quint64 id, Failure failure);
    void finish(quint64 id, Result result);
    std::chrono::milliseconds backoff(int attempts) const;

    QNetworkAccessManager *m_nam;
    core::Profile m_profile;
    RequestShape m_shape;
    QString m_apiKey;
    std::chrono::milliseconds m_baseBackoff{1000};
    std::chrono::milliseconds m_timeout;
    QHash<quint64, Job> m_jobs;
    std::deque<quint64> m_queue;
    int m_active = 0;
    quint64 m_nextId = 1;
};

} // namespace pd::llm
