#include "arxiv/arxivclient.h"

#include <QLocale>
#include <QMetaObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QThread>
#include <QTimer>

#include <limits>
#include <utility>

Q_LOGGING_CATEGORY(lcArxiv, "paperdesk.arxiv", QtWarningMsg)

namespace pd::arxiv {

namespace {

constexpr int MaxRedirects = 10;

// "0.5 s", "3 s", "300 s"
QString durationText(qint64 ms)
{
    const QLocale locale;
    if (ms % 1000 == 0) {
        return QStringLiteral("%1 s").arg(locale.toString(ms / 1000));
    }
    return QStringLiteral("%1 s").arg(locale.toString(double(ms) / 1000.0, 'f', 1));
}

// Errors that another try will not fix.
bool isPermanent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return true;
    default:
        return false;
    }
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty() &&
           (url.scheme() == QLatin1StringView("http") || url.scheme() == QLatin1StringView("https"));
}

QString reasonFor(QNetworkReply *reply, int status)
{
    QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString().trimmed();
    if (reason.isEmpty()) {
        reason = status >= 500 ? QStringLiteral("server error") : QStringLiteral("client error");
    }
    return reason;
}

} // namespace

QByteArray ArxivClient::defaultUserAgent()
{
    return QByteArrayLiteral("Paperdesk/" PAPERDESK_VERSION
                             " (desktop arXiv reader; https://github.com/paperdesk/paperdesk)");
}

ArxivClient::ArxivClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_startTimer(new QTimer(this))
{
    Q_ASSERT(nam);
    m_startTimer->setSingleShot(true);
    // A coarse timer may fire up to 5 % early, which would break the spacing arXiv asks for.
    m_startTimer->setTimerType(Qt::PreciseTimer);
    connect(m_startTimer, &QTimer::timeout, this, &ArxivClient::startAttempt);
}

ArxivClient::ArxivClient(QNetworkAccessManager *nam, const Options &options, QObject *parent)
    : ArxivClient(nam, parent)
{
    setOptions(options);
}

ArxivClient::~ArxivClient()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void ArxivClient::setOptions(const Options &options)
{
    m_options = options;
    m_options.minIntervalMs = qMax(0, options.minIntervalMs);
    m_options.timeoutMs = qMax(0, options.timeoutMs);
    m_options.maxRetries = qMax(0, options.maxRetries);
    m_options.maxRetryAfterSeconds = qMax(0, options.maxRetryAfterSeconds);
    m_options.backoffMs = qMax(0, options.backoffMs);
    m_options.maxBodyBytes = qMax<qint64>(1, options.maxBodyBytes);
}

void ArxivClient::get(const QUrl &url, QObject *context, Callback done)
{
    Job job{url, context, context != nullptr, std::move(done)};
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(
            this, [this, job] { enqueue(job); }, Qt::QueuedConnection);
        return;
    }
    enqueue(std::move(job));
}

int ArxivClient::pending() const
{
    return int(m_queue.size()) + (m_active ? 1 : 0);
}

void ArxivClient::cancelAll()
{
    m_startTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
        // The aborted request reached the server: keep the spacing from it.
        m_sinceFinish.restart();
        m_waitAfterFinish = m_options.minIntervalMs;
    }
    QList<Job> jobs;
    if (m_active) {
        jobs.append(std::move(*m_active));
        m_active.reset();
    }
    jobs.append(std::exchange(m_queue, {}));
    if (!jobs.isEmpty()) {
        qCInfo(lcArxiv) << "cancelled" << jobs.size() << "request(s)";
    }
    const QString cancelled = tr("Cancelled.");
    // No member is touched from here on: a callback may queue new requests or delete this client.
    for (const Job &job : std::as_const(jobs)) {
        HttpResult result;
        result.url = job.url;
        result.error = cancelled;
        result.attempts = job.attempts;
        deliver(job, result);
    }
}

void ArxivClient::enqueue(Job job)
{
    qCDebug(lcArxiv) << "queued" << job.url.toDisplayString();
    m_queue.append(std::move(job));
    scheduleNext();
}

// Arms the start timer for the active job (a retry) or the next queued one, keeping the spacing.
void ArxivClient::scheduleNext()
{
    if (m_reply || m_startTimer->isActive()) {
        return;
    }
    while (!m_active && !m_queue.isEmpty()) {
        Job job = m_queue.takeFirst();
        if (job.contextGone()) {
            qCDebug(lcArxiv) << "skipped, its requester is gone:" << job.url.toDisplayString();
            continue;
        }
        m_active = std::move(job);
    }
    if (!m_active) {
        return;
    }
    qint64 wait = 0;
    if (m_sinceFinish.isValid()) {
        wait = qMax<qint64>(0, m_waitAfterFinish - m_sinceFinish.elapsed());
    }
    m_startTimer->start(int(qMin<qint64>(wait, std::numeric_limits<int>::max())));
}

void ArxivClient::startAttempt()
{
    if (!m_active || m_reply) {
        return;
    }
    if (m_active->contextGone()) {
        m_active.reset();
        scheduleNext();
        return;
    }
    if (!isHttpUrl(m_active->url)) {
        HttpResult result;
        result.url = m_active->url;
        result.error =
            tr("“%1” is not a web address Paperdesk can fetch.").arg(m_active->url.toDisplayString());
        complete(*std::exchange(m_active, std::nullopt), result);
        return;
    }

    ++m_active->attempts;
    QNetworkRequest request(m_active->url);
    request.setHeader(QNetworkRequest::UserAgentHeader, m_options.userAgent);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setTransferTimeout(m_options.timeoutMs);
    qCDebug(lcArxiv) << "GET" << m_active->url.toDisplayString() << "attempt" << m_active->attempts;

    QNetworkReply *reply = m_nam->get(request);
    m_reply = reply;
    m_oversizedBytes = 0;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
    // readyRead comes with every chunk (downloadProgress is throttled to a few per second, and a fast
    // server sends many megabytes in between); the body waits in the reply until it finishes.
    const auto check = [this, reply] {
        checkSize(reply, reply->bytesAvailable(),
                  reply->header(QNetworkRequest::ContentLengthHeader).toLongLong());
    };
    connect(reply, &QNetworkReply::metaDataChanged, this, check);
    connect(reply, &QNetworkReply::readyRead, this, check);
}

// Stops an answer larger than the cap as soon as its Content-Length or its bytes so far show it.
void ArxivClient::checkSize(QNetworkReply *reply, qint64 received, qint64 announced)
{
    const qint64 size = qMax(received, announced);
    if (reply != m_reply || size <= m_options.maxBodyBytes) {
        return;
    }
    m_oversizedBytes = size;
    reply->abort(); // finishes the reply; onFinished() reports the size
}

ArxivClient::Verdict ArxivClient::oversized(QNetworkReply *reply) const
{
    const QLocale locale;
    Verdict verdict;
    verdict.result.url = reply->url();
    verdict.result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    verdict.result.error =
        tr("%1 sent more than %2 (at least %3); no arXiv listing is that large, so Paperdesk stopped the "
           "download. Check the arXiv addresses in the profile.")
            .arg(reply->url().toDisplayString(),
                 locale.formattedDataSize(m_options.maxBodyBytes, 0, QLocale::DataSizeSIFormat),
                 locale.formattedDataSize(m_oversizedBytes, 0, QLocale::DataSizeSIFormat));
    return verdict;
}

void ArxivClient::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply || !m_active) {
        return;
    }
    m_reply = nullptr;
    m_sinceFinish.restart();
    m_waitAfterFinish = m_options.minIntervalMs;

    Verdict verdict = judge(reply);
    verdict.result.attempts = m_active->attempts;
    if (verdict.retry && !m_active->contextGone()) {
        m_waitAfterFinish = qMax<qint64>(m_options.minIntervalMs, verdict.waitMs);
        qCWarning(lcArxiv).noquote() << "retrying" << m_active->url.toDisplayString() << "in"
                                     << m_waitAfterFinish << "ms after attempt" << m_active->attempts << "got"
                                     << verdict.result.status << reply->errorString();
        scheduleNext();
        return;
    }
    if (verdict.result.ok()) {
        qCInfo(lcArxiv) << "fetched" << verdict.result.url.toDisplayString() << verdict.result.body.size()
                        << "bytes";
    } else {
        qCWarning(lcArxiv).noquote() << verdict.result.error;
    }
    complete(*std::exchange(m_active, std::nullopt), verdict.result);
}

ArxivClient::Verdict ArxivClient::judge(QNetworkReply *reply)
{
    if (m_oversizedBytes > 0) {
        return oversized(reply); // not retried: the same address would send the same again
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 400) {
        return judgeHttpError(status, reasonFor(reply, status), reply);
    }
    if (reply->error() != QNetworkReply::NoError) {
        return judgeNetworkError(reply);
    }

    Verdict verdict;
    HttpResult &result = verdict.result;
    result.url = reply->url();
    result.status = status;
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    if (status < 200 || status >= 300) {
        result.error = tr("arXiv answered %1 with an unexpected HTTP %2 (%3).")
                           .arg(reply->url().toDisplayString())
                           .arg(status)
                           .arg(reasonFor(reply, status));
        return verdict;
    }
    result.body = reply->readAll();
    // Qt reports a connection closed early as an error; this guards against any path that does not.
    const QVariant announced = reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid() && announced.toLongLong() != result.body.size()) {
        const QString failure = tr("arXiv sent a cut-off answer for %1 (%2 of %3 bytes); try again later.")
                                    .arg(reply->url().toDisplayString())
                                    .arg(result.body.size())
                                    .arg(announced.toLongLong());
        return retryOrFail(result, backoffFor(m_active->attempts), failure);
    }
    return verdict;
}

ArxivClient::Verdict ArxivClient::judgeHttpError(int status, const QString &reason, QNetworkReply *reply)
{
    HttpResult result;
    result.url = reply->url();
    result.status = status;
    result.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
    const int attempts = m_active->attempts;
    const QString exhausted =
        attempts > 1 ? tr("arXiv answered HTTP %1 (%2) to all %3 attempts; try again later.")
                           .arg(status)
                           .arg(reason)
                           .arg(attempts)
                     : tr("arXiv answered HTTP %1 (%2); try again later.").arg(status).arg(reason);

    if (status == 429 || status == 503) {
        const QByteArray header = reply->rawHeader("Retry-After");
        const std::optional<qint64> retryAfter = parseRetryAfter(header, QDateTime::currentDateTimeUtc());
        if (!retryAfter) {
            return retryOrFail(result, backoffFor(attempts), exhausted);
        }
        if (*retryAfter > qint64(m_options.maxRetryAfterSeconds) * 1000) {
            const QDateTime when = QDateTime::currentDateTime().addMSecs(*retryAfter);
            Verdict verdict;
            verdict.result = result;
            verdict.result.error =
                tr("arXiv is busy (HTTP %1 %2) and asked Paperdesk to wait %3, longer than the %4 it waits; "
                   "try again after %5.")
                    .arg(status)
                    .arg(reason, durationText(*retryAfter),
                         durationText(m_options.maxRetryAfterSeconds * 1000LL),
                         QLocale().toString(when, QLocale::ShortFormat));
            return verdict;
        }
        return retryOrFail(result, *retryAfter, exhausted);
    }
    if (status >= 500) {
        return retryOrFail(result, backoffFor(attempts), exhausted);
    }

    Verdict verdict;
    verdict.result = result;
    verdict.result.error = status == 404
                               ? tr("arXiv answered HTTP 404 (%1) for %2; there is nothing at that address.")
                                     .arg(reason, reply->url().toDisplayString())
                               : tr("arXiv refused the request for %1 with HTTP %2 (%3).")
                                     .arg(reply->url().toDisplayString())
                                     .arg(status)
                                     .arg(reason);
    return verdict;
}

ArxivClient::Verdict ArxivClient::judgeNetworkError(QNetworkReply *reply)
{
    HttpResult result;
    result.url = reply->url();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const int attempts = m_active->attempts;
    const QString host = reply->url().host();
    const QNetworkReply::NetworkError error = reply->error();
    const bool once = attempts == 1;

    QString failure;
    // Transfer timeouts abort the reply; cancelAll() disconnects before aborting, so an abort
    // that arrives here is always a timeout.
    if (error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError) {
        failure = once ? tr("The request to %1 timed out after %2 without data; arXiv may be overloaded, "
                            "try again later.")
                             .arg(host, durationText(m_options.timeoutMs))
                       : tr("The request to %1 timed out after %2 without data, %3 times; arXiv may be "
                            "overloaded, try again later.")
                             .arg(host, durationText(m_options.timeoutMs))
                             .arg(attempts);
    } else if (result.status >= 200 && result.status < 300) {
        failure = once ? tr("%1 closed the connection before the whole answer arrived (%2); try again later.")
                             .arg(host, reply->errorString())
                       : tr("%1 closed the connection before the whole answer arrived, %2 times (%3); try "
                            "again later.")
                             .arg(host)
                             .arg(attempts)
                             .arg(reply->errorString());
    } else {
        failure = once ? tr("Could not get an answer from %1 (%2); check the internet connection and try "
                            "again later.")
                             .arg(host, reply->errorString())
                       : tr("Could not get an answer from %1 after %2 attempts (%3); check the internet "
                            "connection and try again later.")
                             .arg(host)
                             .arg(attempts)
                             .arg(reply->errorString());
    }
    if (isPermanent(error)) {
        Verdict verdict;
        verdict.result = result;
        verdict.result.error = failure;
        return verdict;
    }
    return retryOrFail(result, backoffFor(attempts), failure);
}

ArxivClient::Verdict ArxivClient::retryOrFail(HttpResult result, qint64 waitMs, const QString &failure)
{
    Verdict verdict;
    verdict.result = std::move(result);
    if (m_active->attempts <= m_options.maxRetries) {
        verdict.retry = true;
        verdict.waitMs = waitMs;
    } else {
        verdict.result.body.clear();
        verdict.result.error = failure;
    }
    return verdict;
}

// backoffMs after the first failed attempt, doubling after each further one.
qint64 ArxivClient::backoffFor(int attempts) const
{
    const int doublings = qBound(0, attempts - 1, 20);
    return qint64(m_options.backoffMs) << doublings;
}

void ArxivClient::complete(Job job, const HttpResult &result)
{
    scheduleNext();
    deliver(job, result); // last: the callback may delete this client
}

void ArxivClient::deliver(const Job &job, const HttpResult &result)
{
    if (job.contextGone() || !job.done) {
        return;
    }
    job.done(result);
}

} // namespace pd::arxiv
