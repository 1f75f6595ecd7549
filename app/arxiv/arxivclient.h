#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QLoggingCategory>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

Q_DECLARE_LOGGING_CATEGORY(lcArxiv)

namespace pd::arxiv {

// The outcome of one queued GET, after any retries.
struct HttpResult {
    QUrl url;       // the URL answered (after redirects)
    int status = 0; // HTTP status of the last attempt, 0 when no answer came
    QByteArray body;
    QString contentType;
    QString error; // empty when ok; otherwise one sentence for the user
    int attempts = 0;

    bool ok() const { return error.isEmpty(); }
};

// The one polite HTTP client through which Paperdesk talks to arXiv.
//
// Requests go out one at a time, never two in flight. Spacing is measured END-TO-START: a request
// (first try or retry) starts at least minIntervalMs after the previous one FINISHED, which is the
// safe reading of arXiv's "no more than one request every three seconds" (start-to-start spacing
// would allow bursts whenever a reply is slow). Retries wait for the longer of that interval and
// their own back-off or Retry-After.
//
// Retries: 429 and 503 honour Retry-After (seconds or HTTP-date) up to maxRetryAfterSeconds; a
// longer wait fails at once with a message saying when to try again. Other 5xx, 429/503 without
// Retry-After, network errors and timeouts back off backoffMs, doubling each time. At most
// maxRetries retries per request. Other 4xx fail at once. A truncated body is an error, and so
// is one larger than maxBodyBytes: aborted as soon as it is announced or received, never buffered.
// Redirects (never to a less safe scheme) are followed inside one request, without extra spacing;
// arXiv only uses them for http -> https.
//
// Lives on one thread (the fetch worker's); get() may be called from any thread.
class ArxivClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArxivClient)

public:
    // "Paperdesk/<version> (desktop arXiv reader; <project URL>)"
    static QByteArray defaultUserAgent();

    static constexpr qint64 DefaultMaxBodyBytes = 100LL * 1000 * 1000; // 100 MB

    struct Options {
        int minIntervalMs = 3000;       // between the end of one request and the start of the next
        int timeoutMs = 60000;          // longest silence (no bytes moving) before an attempt fails
        int maxRetries = 3;             // retries after the first attempt
        int maxRetryAfterSeconds = 300; // longest Retry-After the client waits for
        int backoffMs = 5000;           // first back-off; doubles with each retry
        // The largest answer accepted. A larger one is refused while it downloads (not retried):
        // arXiv's biggest listings are a few megabytes, so this is a wrong address or a broken server.
        qint64 maxBodyBytes = DefaultMaxBodyBytes;
        QByteArray userAgent = defaultUserAgent();
    };
    using Callback = std::function<void(const HttpResult &)>;

    // `nam` must live on this object's thread and outlive it.
    explicit ArxivClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ArxivClient(QNetworkAccessManager *nam, const Options &options, QObject *parent = nullptr);
    // Aborts the request in flight. Outstanding callbacks are dropped, not called.
    ~ArxivClient() override;

    void setOptions(const Options &options);
    Options options() const { return m_options; }

    // Queues a GET. `done` is called exactly once, later (never inside get()), on this object's
    // thread -- unless `context` is given and destroyed first, in which case it is not called and
    // a request not yet started is skipped. A null context means the callback is always called.
    void get(const QUrl &url, QObject *context, Callback done);

    // Aborts the request in flight and drops the queue; their callbacks get the error "Cancelled."
    void cancelAll();

    // Requests queued, waiting to retry or in flight.
    int pending() const;

private:
    struct Job {
        QUrl url;
        QPointer<QObject> context;
        bool guarded = false; // a context was given
        Callback done;
        int attempts = 0;
        bool contextGone() const { return guarded && context.isNull(); }
    };
    // What to do after an attempt.
    struct Verdict {
        HttpResult result;
        bool retry = false;
        qint64 waitMs = 0; // before the retry, counted from the end of this attempt
    };

    void enqueue(Job job);
    void scheduleNext();
    void startAttempt();
    void onFinished(QNetworkReply *reply);
    void checkSize(QNetworkReply *reply, qint64 received, qint64 announced);
    Verdict oversized(QNetworkReply *reply) const;
    Verdict judge(QNetworkReply *reply);
    Verdict judgeHttpError(int status, const QString &reason, QNetworkReply *reply);
    Verdict judgeNetworkError(QNetworkReply *reply);
    Verdict retryOrFail(HttpResult result, qint64 waitMs, const QString &failure);
    qint64 backoffFor(int attempts) const;
    void complete(Job job, const HttpResult &result);
    static void deliver(const Job &job, const HttpResult &result);

    QNetworkAccessManager *m_nam;
    Options m_options;
    QList<Job> m_queue;
    std::optional<Job> m_active;     // being attempted, or waiting for its retry
    QPointer<QNetworkReply> m_reply; // the attempt in flight
    QTimer *m_startTimer;            // a child, so it follows moveToThread()
    QElapsedTimer m_sinceFinish;     // since the last attempt ended; invalid before the first
    qint64 m_waitAfterFinish = 0;
    qint64 m_oversizedBytes = 0; // the attempt in flight was aborted at this size, over the cap
};

// Parses a Retry-After value: delay-seconds or an HTTP-date (IMF-fixdate, RFC 850 or asctime).
// Returns the wait in milliseconds from `now` (0 for a date in the past), or nothing if invalid.
std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

} // namespace pd::arxiv
