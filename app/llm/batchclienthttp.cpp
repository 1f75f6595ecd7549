// BatchClient's HTTP exchanges: one request at a time per operation, retried with backoff while the
// provider surely did not act on it, with the key kept out of every message.
#include "batchclient.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_LOGGING_CATEGORY(lcBatchClient)

namespace pd::llm {

namespace {

constexpr std::chrono::milliseconds MaxBackoff = 60s;
constexpr std::chrono::milliseconds MaxRetryAfter = 120s;

bool isTransportError(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError &&
           (error < QNetworkReply::ContentAccessDenied || error == QNetworkReply::ProtocolUnknownError ||
            error == QNetworkReply::ProtocolFailure);
}

// Transport errors after which the request surely never reached the provider.
bool neverSent(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::ConnectionRefusedError || error == QNetworkReply::HostNotFoundError ||
           error == QNetworkReply::TemporaryNetworkFailureError ||
           error == QNetworkReply::NetworkSessionFailedError;
}

std::optional<std::chrono::milliseconds> retryAfter(const QByteArray &value)
{
    bool ok = false;
    const qint64 seconds = value.trimmed().toLongLong(&ok);
    if (!ok || seconds < 0) {
        return std::nullopt;
    }
    return std::chrono::milliseconds(seconds * 1000);
}

} // namespace

void BatchClient::exchange(quint64 op, Http http, Step next)
{
    const auto it = m_ops.find(op);
    if (it == m_ops.end()) {
        return;
    }
    it->http = std::move(http);
    it->next = std::move(next);
    it->attempts = 0;
    startAttempt(op);
}

void BatchClient::startAttempt(quint64 op)
{
    const auto it = m_ops.find(op);
    if (it == m_ops.end()) {
        return; // cancelled while waiting to retry
    }
    ++it->attempts;
    QNetworkRequest request =
        Provider::networkRequest(m_profile, m_apiKey, static_cast<int>(m_timeout.count()));
    request.setUrl(it->http.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      it->http.contentType.isEmpty() ? QVariant() : QVariant(it->http.contentType));
    QNetworkReply *reply = it->http.verb == "GET" ? m_nam->get(request) : m_nam->post(request, it->http.body);
    it->reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, op] { onFinished(op); });
}

void BatchClient::onFinished(quint64 op)
{
    const auto it = m_ops.find(op);
    if (it == m_ops.end() || !it->reply) {
        return;
    }
    QNetworkReply *reply = std::exchange(it->reply, nullptr);
    reply->deleteLater();
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    if (answer.status >= 200 && answer.status < 300 && error == QNetworkReply::NoError) {
        answer.ok = true;
        const Step next = it->next; // the step may start the next exchange of this operation
        next(answer);
        return;
    }
    if (answer.status <= 0 || isTransportError(error)) {
        const bool timeout =
            error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError;
        answer.error =
            timeout ? tr("The provider did not answer within %1 s.")
                          .arg(QString::number(static_cast<double>(m_timeout.count()) / 1000.0, 'g', 4))
                    : tr("Could not reach the provider: %1.").arg(reply->errorString());
        if (!it->http.idempotent && !neverSent(error)) {
            answer.error = tr("%1 The batch may have been created all the same; check the provider's "
                              "console before sending it again.")
                               .arg(answer.error);
        }
    } else {
        const ProviderError refused = Provider::classify(answer.status, answer.body);
        answer.error = refused.message;
        answer.refusal = refused.refusal;
        answer.fatal = refused.refusal == Refusal::Key || refused.refusal == Refusal::Setting ||
                       (answer.status == 400 && refused.refusal != Refusal::TooLong);
    }
    answer.error = scrubbed(answer.error);
    if (shouldRetry(*it, reply, answer.status)) {
        std::chrono::milliseconds delay = backoff(it->attempts);
        if (answer.status == 429) {
            delay = std::min(retryAfter(reply->rawHeader(QByteArrayLiteral("Retry-After"))).value_or(delay),
                             MaxRetryAfter);
        }
        qCInfo(lcBatchClient).noquote()
            << "attempt" << it->attempts << "failed, retrying in" << delay.count() << "ms:" << answer.error;
        QTimer::singleShot(delay, this, [this, op] { startAttempt(op); });
        Q_EMIT retrying(it->attempts, static_cast<int>(delay.count()), answer.error);
        return;
    }
    if (it->attempts > 1) {
        answer.error = tr("Gave up after %n attempt(s): %1", nullptr, it->attempts).arg(answer.error);
    }
    qCWarning(lcBatchClient).noquote() << it->http.verb << it->http.url.path() << "failed:" << answer.error;
    const Step next = it->next;
    next(answer);
}

bool BatchClient::shouldRetry(const Operation &op, QNetworkReply *reply, int status) const
{
    if (op.attempts > m_profile.model.retries) {
        return false;
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (status <= 0 || isTransportError(error)) {
        return op.http.idempotent || neverSent(error);
    }
    // 429 and 5xx: the provider did not take the request (Anthropic's 529 is "overloaded").
    return status == 408 || status == 429 || status >= 500;
}

std::chrono::milliseconds BatchClient::backoff(int attempts) const
{
    std::chrono::milliseconds delay = m_baseBackoff;
    for (int i = 1; i < attempts && delay < MaxBackoff; ++i) {
        delay *= 2;
    }
    return std::min(delay, MaxBackoff);
}

void BatchClient::cancelAll()
{
    QList<quint64> ids = m_ops.keys();
    std::sort(ids.begin(), ids.end());
    QList<std::function<void()>> callbacks;
    for (const quint64 id : std::as_const(ids)) {
        Operation &op = m_ops[id];
        if (op.reply) {
            op.reply->disconnect(this);
            op.reply->abort();
            op.reply->deleteLater();
        }
        callbacks.append(std::move(op.cancelled));
    }
    m_ops.clear();
    // Last and from copies: a callback may start again or delete this client.
    for (const std::function<void()> &cancelled : std::as_const(callbacks)) {
        if (cancelled) {
            cancelled();
        }
    }
}

} // namespace pd::llm
