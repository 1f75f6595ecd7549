#include "batchclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_LOGGING_CATEGORY(lcBatchClient, "paperdesk.llm.batch", QtWarningMsg)

namespace pd::llm {

namespace {

using core::Profile;

constexpr std::chrono::milliseconds MaxBackoff = 60s;
constexpr std::chrono::milliseconds MaxRetryAfter = 120s;
constexpr auto ChatEndpoint = "/v1/chat/completions";

// The preset names the Batch API its service has; it must be the one of the API the profile speaks.
bool batchApiOf(const core::ProviderPreset &preset, Profile::Provider provider)
{
    switch (provider) {
    case Profile::Provider::OpenAi:
        return preset.batchApi == u"openai";
    case Profile::Provider::Anthropic:
        return preset.batchApi == u"anthropic";
    case Profile::Provider::Heuristic:
        break;
    }
    return false;
}

// Provider ids go into URL paths: anything else than these characters is not an id we made.
bool validBatchId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,200}$"_s);
    return pattern.match(id).hasMatch();
}

QJsonObject jsonObject(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

int count(const QJsonObject &counts, const QString &key)
{
    return std::max(0, counts.value(key).toInt());
}

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

// Anthropic names the kind of error, not the status; the status lets Provider::classify decide.
int anthropicStatus(const QString &type)
{
    static const QHash<QString, int> statuses{{u"invalid_request_error"_s, 400},
                                              {u"authentication_error"_s, 401},
                                              {u"permission_error"_s, 403},
                                              {u"not_found_error"_s, 404},
                                              {u"request_too_large"_s, 413},
                                              {u"rate_limit_error"_s, 429},
                                              {u"api_error"_s, 500},
                                              {u"overloaded_error"_s, 529}};
    return statuses.value(type, 500);
}

// A line that got an HTTP answer: decoded when 200, else the provider's refusal.
void readResponse(BatchResult &result, Profile::Provider provider, int status, const QByteArray &body)
{
    if (status == 200) {
        QString error;
        if (std::optional<Completion> completion = Provider::decode(provider, body, &error)) {
            result.ok = true;
            result.completion = std::move(*completion);
            return;
        }
        result.error = error;
        result.completion.usage = Provider::billedUsage(provider, body);
        return;
    }
    const ProviderError refused = Provider::classify(status, body);
    result.error = refused.message;
    result.refusal = refused.refusal;
}

// {"id","custom_id","response":{"status_code","request_id","body"}|null,"error":{"code","message"}|null}
std::optional<BatchResult> openAiLine(const QJsonObject &line)
{
    BatchResult result;
    result.customId = line.value(u"custom_id"_s).toString();
    if (result.customId.isEmpty()) {
        return std::nullopt;
    }
    const QJsonObject response = line.value(u"response"_s).toObject();
    const QJsonObject error = line.value(u"error"_s).toObject();
    const QString code = error.value(u"code"_s).toString();
    result.expired = code == u"batch_expired" || code == u"batch_cancelled";
    if (!response.isEmpty()) {
        result.httpStatus = response.value(u"status_code"_s).toInt();
        readResponse(result, Profile::Provider::OpenAi, result.httpStatus,
                     compact(response.value(u"body"_s).toObject()));
        return result;
    }
    if (result.expired) {
        result.error = code == u"batch_expired"
                           ? BatchClient::tr("The batch expired before this request ran.")
                           : BatchClient::tr("The batch was cancelled before this request ran.");
        return result;
    }
    QString message = error.value(u"message"_s).toString().simplified();
    if (message.isEmpty()) {
        message = code.isEmpty() ? BatchClient::tr("no reason given") : code;
    }
    while (message.endsWith(u'.')) {
        message.chop(1);
    }
    result.error = BatchClient::tr("The provider did not run this request: %1.").arg(message);
    return result;
}

// {"custom_id","result":{"type":"succeeded","message"}|{"type":"errored","error"}|{"type":"canceled"|"expired"}}
std::optional<BatchResult> anthropicLine(const QJsonObject &line)
{
    BatchResult result;
    result.customId = line.value(u"custom_id"_s).toString();
    const QJsonObject outcome = line.value(u"result"_s).toObject();
    const QString type = outcome.value(u"type"_s).toString();
    if (result.customId.isEmpty() || type.isEmpty()) {
        return std::nullopt;
    }
    if (type == u"succeeded") {
        readResponse(result, Profile::Provider::Anthropic, 200,
                     compact(outcome.value(u"message"_s).toObject()));
    } else if (type == u"errored") {
        // The error is the body the Messages API would have answered: {"type":"error","error":{…}}.
        const QJsonObject error = outcome.value(u"error"_s).toObject();
        const QString kind = error.value(u"error"_s).toObject().value(u"type"_s).toString();
        readResponse(result, Profile::Provider::Anthropic, anthropicStatus(kind), compact(error));
    } else if (type == u"expired") {
        result.expired = true;
        result.error = BatchClient::tr("The batch expired before this request ran.");
    } else if (type == u"canceled") {
        result.expired = true;
        result.error = BatchClient::tr("The batch was cancelled before this request ran.");
    } else {
        result.error = BatchClient::tr("The provider reported the unknown result type “%1”.").arg(type);
    }
    return result;
}

// Appends every readable line of a JSONL results file; returns how many were unreadable.
int readResults(const QByteArray &jsonl, bool anthropic, QList<BatchResult> &results)
{
    int unreadable = 0;
    const QList<QByteArray> lines = jsonl.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject object = jsonObject(line);
        std::optional<BatchResult> result = anthropic ? anthropicLine(object) : openAiLine(object);
        if (result) {
            results.append(std::move(*result));
        } else {
            ++unreadable;
        }
    }
    return unreadable;
}

// OpenAI's errors.data of a failed batch, as one sentence: the first two, with their lines.
QString openAiBatchErrors(const QJsonObject &batch)
{
    const QJsonArray data = batch.value(u"errors"_s).toObject().value(u"data"_s).toArray();
    QStringList parts;
    for (const QJsonValue &value : data) {
        const QJsonObject e = value.toObject();
        QString message = e.value(u"message"_s).toString().simplified();
        while (message.endsWith(u'.')) {
            message.chop(1);
        }
        if (message.isEmpty()) {
            message = e.value(u"code"_s).toString();
        }
        if (e.value(u"line"_s).isDouble()) {
            message = BatchClient::tr("line %1: %2").arg(e.value(u"line"_s).toInt()).arg(message);
        }
        parts.append(message);
        if (parts.size() == 2) {
            break;
        }
    }
    if (data.size() > parts.size()) {
        parts.append(BatchClient::tr("%n more", nullptr, static_cast<int>(data.size() - parts.size())));
    }
    return parts.isEmpty() ? BatchClient::tr("The provider rejected the batch without saying why.")
                           : BatchClient::tr("The provider rejected the batch: %1.").arg(parts.join(u"; "_s));
}

QByteArray multipartBoundary(const QByteArray &content)
{
    QByteArray boundary;
    do {
        boundary = "paperdesk-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16) +
                   QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    } while (content.contains(boundary));
    return boundary;
}

} // namespace

BatchClient::BatchClient(QNetworkAccessManager *nam, core::Profile profile, QString apiKey,
                         const core::ModelCatalog &catalog, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_profile(std::move(profile))
    , m_shape(RequestShape::of(m_profile, catalog))
    , m_apiKey(std::move(apiKey))
    , m_timeout(std::chrono::seconds(std::max(1, m_profile.model.timeoutSeconds)))
{}

BatchClient::~BatchClient()
{
    for (Operation &op : m_ops) {
        if (op.reply) {
            op.reply->disconnect(this);
            op.reply->abort();
            op.reply->deleteLater();
        }
    }
}

bool BatchClient::supported(const core::Profile &profile)
{
    return batchApiOf(core::ModelCatalog::builtIn().presetOf(profile), profile.model.provider);
}

bool BatchClient::validCustomId(const QString &id)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_-]{1,64}$"_s);
    return pattern.match(id).hasMatch();
}

void BatchClient::setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_pollFirst = std::max(first, 1ms);
    m_pollMax = std::max(max, m_pollFirst);
}

std::chrono::milliseconds BatchClient::nextPollDelay(int pollsSoFar) const
{
    std::chrono::milliseconds delay = m_pollFirst;
    for (int i = 0; i < pollsSoFar && delay < m_pollMax; ++i) {
        delay *= 2;
    }
    return std::min(delay, m_pollMax);
}

bool BatchClient::isAnthropic() const
{
    return m_profile.model.provider == Profile::Provider::Anthropic;
}

QUrl BatchClient::apiUrl(const QString &path) const
{
    QUrl url = m_profile.model.baseUrl.isEmpty() ? Provider::defaultBaseUrl(m_profile.model.provider)
                                                 : m_profile.model.baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    // A full chat endpoint pasted into the base URL field, as Provider::endpoint accepts it.
    for (const QString &suffix : {u"/chat/completions"_s, u"/messages"_s}) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
        }
    }
    url.setPath(base + path);
    url.setQuery(QString());
    return url;
}

QString BatchClient::checkLines(const QList<BatchLine> &lines) const
{
    if (!batchApiOf(m_shape.preset, m_profile.model.provider)) {
        return tr("Batch mode needs OpenAI's or Anthropic's own API; choose Immediate under Run mode in "
                  "Settings → Model.");
    }
    if (lines.isEmpty()) {
        return tr("There is nothing to send in a batch.");
    }
    const int maxLines = isAnthropic() ? AnthropicMaxLines : OpenAiMaxLines;
    if (lines.size() > maxLines) {
        return tr("A batch holds at most %1 requests; this one has %2.").arg(maxLines).arg(lines.size());
    }
    QSet<QString> seen;
    QString model;
    qint64 bytes = 0;
    for (const BatchLine &line : lines) {
        if (!validCustomId(line.customId)) {
            return tr("The batch request id “%1” is not 1 to 64 letters, digits, “-” or “_”.")
                .arg(line.customId.left(80));
        }
        if (seen.contains(line.customId)) {
            return tr("The batch request id “%1” is used twice.").arg(line.customId);
        }
        seen.insert(line.customId);
        const QJsonObject body = jsonObject(line.body);
        if (body.isEmpty()) {
            return tr("The batch request “%1” is not a JSON object.").arg(line.customId);
        }
        const QString lineModel = body.value(u"model"_s).toString();
        if (!model.isEmpty() && lineModel != model) {
            return tr("A batch must use one model; “%1” asks for %2 and an earlier request for %3.")
                .arg(line.customId, lineModel, model);
        }
        model = lineModel;
        bytes += line.body.size() + line.customId.size() + 100;
    }
    const qint64 maxBytes = isAnthropic() ? AnthropicMaxBytes : OpenAiMaxBytes;
    if (bytes > maxBytes) {
        return tr("The batch is larger than the %1 MB the provider takes; lower the batch size in "
                  "Settings → Model.")
            .arg(maxBytes / (1024 * 1024));
    }
    return {};
}

quint64 BatchClient::begin(std::function<void()> cancelled)
{
    const quint64 id = m_nextOp++;
    m_ops.insert(id, Operation{std::move(cancelled), {}, {}, 0, nullptr});
    return id;
}

bool BatchClient::end(quint64 op)
{
    return m_ops.remove(op) > 0;
}

void BatchClient::submit(const QList<BatchLine> &lines, StateCallback done)
{
    const quint64 op = begin([done] {
        BatchState state;
        state.phase = BatchState::Phase::Failed;
        state.error = tr("Cancelled.");
        done(state);
    });
    const QString problem = checkLines(lines);
    // Deferred: `done` never runs inside submit().
    QMetaObject::invokeMethod(
        this,
        [this, op, lines, problem, done] {
            if (!m_ops.contains(op)) {
                return;
            }
            if (!problem.isEmpty()) {
                end(op);
                BatchState state;
                state.phase = BatchState::Phase::Failed;
                state.error = problem;
                state.fatal = true;
                done(state);
            } else if (isAnthropic()) {
                submitAnthropic(op, lines, done);
            } else {
                submitOpenAi(op, lines, done);
            }
        },
        Qt::QueuedConnection);
}

void BatchClient::submitOpenAi(quint64 op, const QList<BatchLine> &lines, const StateCallback &done)
{
    QByteArray jsonl;
    for (const BatchLine &line : lines) {
        const QJsonObject request{{u"custom_id"_s, line.customId},
                                  {u"method"_s, u"POST"_s},
                                  {u"url"_s, QString::fromLatin1(ChatEndpoint)},
                                  {u"body"_s, jsonObject(line.body)}};
        jsonl += compact(request) + '\n';
    }
    const QByteArray boundary = multipartBoundary(jsonl);
    QByteArray form =
        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"purpose\"\r\n\r\nbatch\r\n";
    form += "--" + boundary +
            "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"paperdesk-batch.jsonl\"\r\n"
            "Content-Type: application/jsonl\r\n\r\n";
    form += jsonl + "\r\n--" + boundary + "--\r\n";
    const Http upload{"POST", apiUrl(u"/files"_s), form, "multipart/form-data; boundary=" + boundary, true};
    exchange(op, upload, [this, op, done](const Answer &answer) {
        const QString fileId = jsonObject(answer.body).value(u"id"_s).toString();
        if (!answer.ok || fileId.isEmpty()) {
            BatchState state = answer.ok ? BatchState{} : failedState(answer);
            if (answer.ok) {
                state.phase = BatchState::Phase::Failed;
                state.error = tr("The provider accepted the batch file but did not say its id.");
            }
            end(op);
            done(state);
            return;
        }
        const QJsonObject create{{u"input_file_id"_s, fileId},
                                 {u"endpoint"_s, QString::fromLatin1(ChatEndpoint)},
                                 {u"completion_window"_s, u"24h"_s}};
        exchange(op, Http{"POST", apiUrl(u"/batches"_s), compact(create), "application/json", false},
                 [this, op, done](const Answer &created) {
                     const BatchState state =
                         created.ok ? batchObject(created.body).state : failedState(created);
                     end(op);
                     done(state);
                 });
    });
}

void BatchClient::submitAnthropic(quint64 op, const QList<BatchLine> &lines, const StateCallback &done)
{
    QJsonArray requests;
    for (const BatchLine &line : lines) {
        requests.append(QJsonObject{{u"custom_id"_s, line.customId}, {u"params"_s, jsonObject(line.body)}});
    }
    const QByteArray body = compact(QJsonObject{{u"requests"_s, requests}});
    exchange(op, Http{"POST", apiUrl(u"/messages/batches"_s), body, "application/json", false},
             [this, op, done](const Answer &created) {
                 const BatchState state = created.ok ? batchObject(created.body).state : failedState(created);
                 end(op);
                 done(state);
             });
}

void BatchClient::poll(const QString &batchId, StateCallback done)
{
    const quint64 op = begin([done, batchId] {
        BatchState state;
        state.id = batchId;
        state.error = tr("Cancelled.");
        done(state);
    });
    QMetaObject::invokeMethod(
        this,
        [this, op, batchId, done] {
            if (!m_ops.contains(op)) {
                return;
            }
            if (!validBatchId(batchId)) {
                end(op);
                BatchState state;
                state.phase = BatchState::Phase::Failed;
                state.id = batchId;
                state.error = tr("“%1” is not a batch id.").arg(batchId.left(80));
                done(state);
                return;
            }
            const QString path = isAnthropic() ? u"/messages/batches/"_s : u"/batches/"_s;
            exchange(op, Http{"GET", apiUrl(path + batchId), {}, {}, true},
                     [this, op, batchId, done](const Answer &answer) {
                         BatchState state;
                         if (answer.ok) {
                             state = batchObject(answer.body).state;
                         } else {
                             // The batch goes on at the provider: poll again later, unless refused.
                             state = failedState(answer, batchId);
                             if (!answer.fatal && answer.status != 404) {
                                 state.phase = BatchState::Phase::Pending;
                             }
                         }
                         end(op);
                         done(state);
                     });
        },
        Qt::QueuedConnection);
}

void BatchClient::collect(const QString &batchId, ResultsCallback done)
{
    const quint64 op = begin([done] { done({}, tr("Cancelled.")); });
    QMetaObject::invokeMethod(
        this,
        [this, op, batchId, done] {
            if (!m_ops.contains(op)) {
                return;
            }
            if (!validBatchId(batchId)) {
                end(op);
                done({}, tr("“%1” is not a batch id.").arg(batchId.left(80)));
                return;
            }
            const QString path = isAnthropic() ? u"/messages/batches/"_s : u"/batches/"_s;
            exchange(
                op, Http{"GET", apiUrl(path + batchId), {}, {}, true},
                [this, op, done](const Answer &answer) {
                    if (!answer.ok) {
                        end(op);
                        done({}, scrubbed(answer.error));
                        return;
                    }
                    const BatchObject batch = batchObject(answer.body);
                    if (batch.state.phase != BatchState::Phase::Ended) {
                        end(op);
                        done({},
                             batch.state.phase == BatchState::Phase::Failed
                                 ? batch.state.error
                                 : tr("The batch has not ended yet (%1).").arg(batch.state.providerStatus));
                        return;
                    }
                    if (isAnthropic()) {
                        collectAnthropic(op, batch, done);
                    } else {
                        collectOpenAi(op, batch, done);
                    }
                });
        },
        Qt::QueuedConnection);
}

void BatchClient::collectOpenAi(quint64 op, const BatchObject &batch, const ResultsCallback &done)
{
    // Successful lines are in the output file, refused, expired and cancelled ones in the error
    // file; either is absent when it would be empty (a batch where every line failed has no output).
    QStringList files;
    for (const QString &id : {batch.outputFileId, batch.errorFileId}) {
        if (!id.isEmpty()) {
            files.append(id);
        }
    }
    downloadResults(op, files, {}, done);
}

void BatchClient::downloadResults(quint64 op, const QStringList &files, const QList<BatchResult> &results,
                                  const ResultsCallback &done)
{
    if (files.isEmpty()) {
        end(op);
        done(results, {});
        return;
    }
    const QString file = files.constFirst();
    if (!validBatchId(file)) {
        end(op);
        done({}, tr("The provider named the result file “%1”, which is not a file id.").arg(file.left(80)));
        return;
    }
    const Http download{"GET", apiUrl(u"/files/%1/content"_s.arg(file)), {}, {}, true};
    exchange(op, download, [this, op, files, results, done](const Answer &answer) {
        if (!answer.ok) {
            end(op);
            done({}, scrubbed(answer.error));
            return;
        }
        QList<BatchResult> more = results;
        if (const int unreadable = readResults(answer.body, false, more); unreadable > 0) {
            qCWarning(lcBatchClient) << unreadable << "unreadable line(s) in a batch result file";
        }
        downloadResults(op, files.mid(1), more, done);
    });
}

void BatchClient::collectAnthropic(quint64 op, const BatchObject &batch, const ResultsCallback &done)
{
    // The key goes only to the profile's host: a results_url elsewhere is not followed.
    const QUrl own = apiUrl(u"/messages/batches/%1/results"_s.arg(batch.state.id));
    QUrl url = batch.resultsUrl;
    if (!url.isValid() || url.scheme() != own.scheme() || url.host() != own.host() ||
        url.port() != own.port()) {
        url = own;
    }
    exchange(op, Http{"GET", url, {}, {}, true}, [this, op, done](const Answer &answer) {
        end(op);
        if (!answer.ok) {
            done({}, scrubbed(answer.error));
            return;
        }
        QList<BatchResult> results;
        if (const int unreadable = readResults(answer.body, true, results); unreadable > 0) {
            qCWarning(lcBatchClient) << unreadable << "unreadable line(s) in batch results";
        }
        done(results, {});
    });
}

BatchClient::BatchObject BatchClient::batchObject(const QByteArray &body) const
{
    const QJsonObject json = jsonObject(body);
    BatchObject batch;
    BatchState &state = batch.state;
    state.id = json.value(u"id"_s).toString();
    if (isAnthropic()) {
        state.providerStatus = json.value(u"processing_status"_s).toString();
        const QJsonObject counts = json.value(u"request_counts"_s).toObject();
        const int succeeded = count(counts, u"succeeded"_s);
        state.failed =
            count(counts, u"errored"_s) + count(counts, u"canceled"_s) + count(counts, u"expired"_s);
        state.done = succeeded + state.failed;
        state.total = state.done + count(counts, u"processing"_s);
        batch.resultsUrl = QUrl(json.value(u"results_url"_s).toString());
        // An ended batch always has results, even when every request errored or expired.
        state.phase =
            state.providerStatus == u"ended" ? BatchState::Phase::Ended : BatchState::Phase::Pending;
    } else {
        state.providerStatus = json.value(u"status"_s).toString();
        const QJsonObject counts = json.value(u"request_counts"_s).toObject();
        state.total = count(counts, u"total"_s);
        state.failed = count(counts, u"failed"_s);
        state.done = count(counts, u"completed"_s) + state.failed;
        batch.outputFileId = json.value(u"output_file_id"_s).toString();
        batch.errorFileId = json.value(u"error_file_id"_s).toString();
        const QString &status = state.providerStatus;
        const bool hasFiles = !batch.outputFileId.isEmpty() || !batch.errorFileId.isEmpty();
        if (status == u"completed") {
            state.phase = BatchState::Phase::Ended;
        } else if (status == u"expired" || status == u"cancelled") {
            // What ran before the end is in the files; the rest is reported expired or cancelled.
            state.phase = hasFiles ? BatchState::Phase::Ended : BatchState::Phase::Failed;
            if (!hasFiles) {
                state.error = status == u"expired"
                                  ? tr("The batch expired at the provider before any request ran.")
                                  : tr("The batch was cancelled at the provider before any request ran.");
            }
        } else if (status == u"failed") {
            state.phase = BatchState::Phase::Failed;
            state.error = openAiBatchErrors(json);
        } else {
            state.phase = BatchState::Phase::Pending; // validating, in_progress, finalizing, cancelling
        }
    }
    if (state.id.isEmpty() || state.providerStatus.isEmpty()) {
        state.phase = BatchState::Phase::Failed;
        state.error = tr("The provider's answer is not a batch.");
    }
    state.error = scrubbed(state.error);
    return batch;
}

BatchState BatchClient::failedState(const Answer &answer, const QString &id) const
{
    BatchState state;
    state.phase = BatchState::Phase::Failed;
    state.id = id;
    state.error = scrubbed(answer.error);
    state.fatal = answer.fatal;
    return state;
}

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
