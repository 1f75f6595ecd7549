#include "batchclient.h"

#include "batchresults.h"

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
        if (const int unreadable = readBatchResults(answer.body, false, more); unreadable > 0) {
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
        if (const int unreadable = readBatchResults(answer.body, true, results); unreadable > 0) {
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

} // namespace pd::llm
