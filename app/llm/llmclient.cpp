#include "llmclient.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcLlmClient, "paperdesk.llm.client", QtWarningMsg)

namespace pd::llm {

namespace {

constexpr std::chrono::milliseconds MaxBackoff = 60s;

LlmClient::Result failed(QString error, int httpStatus = 0, Refusal refusal = Refusal::None)
{
    LlmClient::Result result;
    result.error = std::move(error);
    result.httpStatus = httpStatus;
    result.refusal = refusal;
    result.fatal = refusal == Refusal::Key || refusal == Refusal::Setting;
    return result;
}

// Errors below the HTTP layer (connection, TLS, proxy, timeout, broken reply): the request may
// never have reached the model, so it is worth repeating.
bool isTransportError(QNetworkReply::NetworkError error)
{
    if (error == QNetworkReply::NoError) {
        return false;
    }
    return error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolUnknownError ||
           error == QNetworkReply::ProtocolFailure;
}

bool isTimeout(QNetworkReply::NetworkError error)
{
    // setTransferTimeout aborts the reply, which reports OperationCanceledError on Qt 6.4; our own
    // aborts disconnect first, so a cancel seen here is the timeout.
    return error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
}

// Retry-After is either delta-seconds or an HTTP date.
std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty()) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok) {
        return std::chrono::milliseconds(std::max<qint64>(0, seconds) * 1000);
    }
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid()) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when)));
}

QString secondsText(std::chrono::milliseconds duration)
{
    return QString::number(static_cast<double>(duration.count()) / 1000.0, 'g', 4);
}

} // namespace

LlmClient::LlmClient(QNetworkAccessManager *nam, core::Profile profile, QString apiKey,
                     const core::ModelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
    , m_shape(RequestShape::of(m_profile, catalog))
    , m_apiKey(std::move(apiKey))
    , m_timeout(std::chrono::seconds(std::max(1, m_profile.model.timeoutSeconds)))
{}

LlmClient::~LlmClient()
{
    for (Job &job : m_jobs) {
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
            job.reply->deleteLater();
        }
    }
}

void LlmClient::send(const ChatRequest &request, Callback done)
{
    const quint64 id = m_nextId++;
    if (Provider::endpoint(m_profile).isEmpty()) {
        m_jobs.insert(id, Job{{}, std::move(done)});
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                finish(id, failed(tr("The offline heuristic provider does not send requests; "
                                     "choose an OpenAI-compatible or Anthropic provider.")));
            },
            Qt::QueuedConnection);
        return;
    }
    m_jobs.insert(id, Job{Provider::body(m_shape, request), std::move(done)});
    m_queue.push_back(id);
    // Deferred so that `done` never runs inside send() and a burst of sends queues in order.
    QMetaObject::invokeMethod(this, &LlmClient::startQueued, Qt::QueuedConnection);
}

void LlmClient::cancelAll()
{
    QList<quint64> ids = m_jobs.keys();
    std::sort(ids.begin(), ids.end());
    QList<std::pair<Callback, int>> callbacks;
    for (const quint64 id : std::as_const(ids)) {
        Job &job = m_jobs[id];
        if (job.reply) {
            job.reply->disconnect(this);
            job.reply->abort();
            job.reply->deleteLater();
        }
        callbacks.append({std::move(job.done), job.attempts});
    }
    m_jobs.clear();
    m_queue.clear();
    m_active = 0;
    // Called last and from copies: a callback may send again or delete this client.
    for (const auto &[done, attempts] : std::as_const(callbacks)) {
        if (done) {
            Result result = failed(tr("Cancelled."));
            result.attempts = attempts;
            done(result);
        }
    }
}

void LlmClient::startQueued()
{
    const int limit = std::max(1, m_profile.model.concurrency);
    while (m_active < limit && !m_queue.empty()) {
        const quint64 id = m_queue.front();
        m_queue.pop_front();
        if (!m_jobs.contains(id)) {
            continue;
        }
        ++m_active;
        startAttempt(id);
    }
}

void LlmClient::startAttempt(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        return; // cancelled while waiting to retry
    }
    ++it->attempts;
    const QNetworkRequest request =
        Provider::networkRequest(m_profile, m_apiKey, static_cast<int>(m_timeout.count()));
    QNetworkReply *reply = m_nam->post(request, it->body);
    it->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void LlmClient::onFinished(quint64 id)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end() || !it->reply) {
        return;
    }
    QNetworkReply *reply = std::exchange(it->reply, nullptr);
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        QString error;
        const QByteArray body = reply->readAll();
        std::optional<Completion> completion = Provider::decode(m_profile.model.provider, body, &error);
        if (completion) {
            Result result;
            result.ok = true;
            result.completion = std::move(*completion);
            result.httpStatus = status;
            finish(id, std::move(result));
        } else {
            // A well-formed HTTP answer the decoder cannot read will not improve on repeat. It was
            // billed all the same, so its usage travels with the failure.
            Result result = failed(error, status);
            result.completion.usage = Provider::billedUsage(m_profile.model.provider, body);
            finish(id, std::move(result));
        }
        return;
    }
    retryOrFail(id, classify(reply));
}

LlmClient::Failure LlmClient::classify(QNetworkReply *reply) const
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError error = reply->error();
    if (status <= 0 || isTransportError(error)) {
        if (isTimeout(error)) {
            return Failure(tr("The provider did not answer within %1 s.").arg(secondsText(m_timeout)), status,
                           true);
        }
        return Failure(tr("Could not get an answer from the provider: %1.").arg(reply->errorString()), status,
                       true);
    }
    const QByteArray body = reply->readAll();
    if (status == 429) {
        return rateLimited(reply, body);
    }
    const ProviderError refused = Provider::classify(status, body);
    const bool transient = status == 408 || status >= 500;
    return Failure(refused.message, status, transient, refused.refusal);
}

LlmClient::Failure LlmClient::rateLimited(QNetworkReply *reply, const QByteArray &body) const
{
    Failure failure(Provider::describeError(429, body), 429, true);
    failure.delay = retryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After")));
    if (failure.delay && *failure.delay > MaxRetryAfter) {
        failure.error = tr("The provider is limiting requests and asked to wait %1 s, longer than the %2 s "
                           "Paperdesk waits; try again later.")
                            .arg(secondsText(*failure.delay))
                            .arg(MaxRetryAfter.count());
        failure.retry = false;
    }
    return failure;
}

void LlmClient::retryOrFail(quint64 id, Failure failure)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        return;
    }
    const QString reason = Provider::scrub(failure.error, m_apiKey);
    const int attempts = it->attempts;
    if (failure.retry && attempts <= m_profile.model.retries) {
        const std::chrono::milliseconds delay = failure.delay.value_or(backoff(attempts));
        qCInfo(lcLlmClient).noquote()
            << "attempt" << attempts << "failed, retrying in" << delay.count() << "ms:" << reason;
        QTimer::singleShot(delay, this, [this, id] { startAttempt(id); });
        Q_EMIT retrying(attempts, static_cast<int>(delay.count()), reason);
        return;
    }
    QString error = failure.error;
    if (failure.retry && attempts > 1) {
        error = tr("Gave up after %n attempt(s): %1", nullptr, attempts).arg(failure.error);
    }
    finish(id, failed(error, failure.httpStatus, failure.refusal));
}

void LlmClient::finish(quint64 id, Result result)
{
    const auto it = m_jobs.find(id);
    if (it == m_jobs.end()) {
        return;
    }
    const Callback done = std::move(it->done);
    result.attempts = it->attempts;
    if (it->attempts > 0) {
        --m_active;
    }
    m_jobs.erase(it);
    result.error = Provider::scrub(result.error, m_apiKey);
    if (!result.ok) {
        qCWarning(lcLlmClient).noquote()
            << "request failed after" << result.attempts << "attempt(s):" << result.error;
    }
    startQueued();
    // Last: the callback may send again, cancel, or delete this client.
    if (done) {
        done(result);
    }
}

std::chrono::milliseconds LlmClient::backoff(int attempts) const
{
    std::chrono::milliseconds delay = m_baseBackoff;
    for (int i = 1; i < attempts && delay < MaxBackoff; ++i) {
        delay *= 2;
    }
    return std::min(delay, MaxBackoff);
}

} // namespace pd::llm
