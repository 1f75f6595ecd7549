// The results files of the providers' Batch APIs, line by line.
#include "batchresults.h"

#include "provider.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace pd::llm {

namespace {

using core::Profile;

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
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
} // namespace

int readBatchResults(const QByteArray &jsonl, bool anthropic, QList<BatchResult> &results)
{
    int unreadable = 0;
    const QList<QByteArray> lines = jsonl.split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty()) {
            continue;
        }
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        std::optional<BatchResult> result = anthropic ? anthropicLine(object) : openAiLine(object);
        if (result) {
            results.append(std::move(*result));
        } else {
            ++unreadable;
        }
    }
    return unreadable;
}

} // namespace pd::llm
