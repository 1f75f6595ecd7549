#include "fakebatchserver.h"

#include "fakellmreplies.h"
#include "providererrors.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

constexpr int OpenAiMaxLines = 50'000;
constexpr qint64 OpenAiMaxFileBytes = 200LL * 1024 * 1024;
constexpr int AnthropicMaxRequests = 100'000;
constexpr qint64 AnthropicMaxBytes = 256LL * 1024 * 1024;
const QString ChatEndpoint = u"/v1/chat/completions"_s;
const QString InvalidRequest = u"invalid_request_error"_s;

HttpResponse json(int status, const QJsonObject &object)
{
    return HttpResponse::make(status, QJsonDocument(object).toJson(QJsonDocument::Compact),
                              "application/json");
}

HttpResponse verdictResponse(const ContractVerdict &verdict)
{
    return HttpResponse::make(verdict.status, verdict.errorBody, "application/json");
}

HttpResponse openAiError(int status, const QString &message, const QJsonValue &param = QJsonValue(),
                         const QJsonValue &code = QJsonValue())
{
    return verdictResponse(checks::openAiError(status, message, param, code, InvalidRequest));
}

HttpResponse anthropicError(int status, const QString &type, const QString &message)
{
    return verdictResponse(checks::anthropicError(status, type, message));
}

// The text of a message content: a string, or an array of {type:text, text} blocks.
QString contentText(const QJsonValue &content)
{
    if (content.isString()) {
        return content.toString();
    }
    QString text;
    const QJsonArray blocks = content.toArray();
    for (const QJsonValue &block : blocks) {
        text += block.toObject().value(u"text"_s).toString();
    }
    return text;
}

// System and user text, as FakeLlmServer reads a chat request.
QString promptTextOf(const QJsonObject &body)
{
    QString text = contentText(body.value(u"system"_s));
    const QJsonArray messages = body.value(u"messages"_s).toArray();
    for (const QJsonValue &message : messages) {
        text += contentText(message.toObject().value(u"content"_s));
    }
    return text;
}

QString keyOf(const HttpRequest &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) {
        return QString::fromUtf8(authorization.mid(7)).trimmed();
    }
    return QString::fromUtf8(request.header("x-api-key"));
}

QJsonObject batchError(const QString &code, const QString &message, int line = 0, const QString &param = {})
{
    return QJsonObject{{u"code"_s, code},
                       {u"message"_s, message},
                       {u"param"_s, param.isEmpty() ? QJsonValue() : QJsonValue(param)},
                       {u"line"_s, line > 0 ? QJsonValue(line) : QJsonValue()}};
}

QJsonValue idOrNull(const QString &id)
{
    return id.isEmpty() ? QJsonValue() : QJsonValue(id);
}

bool terminal(FakeBatchServer::Api api, const QString &status)
{
    if (api == FakeBatchServer::Api::Anthropic) {
        return status == u"ended";
    }
    return status == u"completed" || status == u"expired" || status == u"cancelled";
}

// A Content-Disposition or Content-Type parameter ("name", "filename", "boundary"), unquoted.
QByteArray headerParameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        if (trimmed.toLower().startsWith(QByteArray(name + "="))) {
            QByteArray value = trimmed.mid(name.size() + 1);
            if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"')) {
                value = value.mid(1, value.size() - 2);
            }
            return value;
        }
    }
    return {};
}

} // namespace

FakeBatchServer::FakeBatchServer(QObject *parent)
    : QObject(parent)
    , m_openAiScript{u"validating"_s, u"in_progress"_s, u"finalizing"_s, u"completed"_s}
    , m_anthropicScript{u"in_progress"_s, u"ended"_s}
{
    m_http.setHandler([this](const HttpRequest &request) { return handle(request); });
}

FakeBatchServer::~FakeBatchServer() = default;

bool FakeBatchServer::listen()
{
    return m_http.listen();
}

QUrl FakeBatchServer::baseUrl() const
{
    return m_http.url(u"/v1"_s);
}

void FakeBatchServer::setRequiredKey(const QString &key)
{
    m_requiredKey = key;
    m_rules.setRequiredKey(key);
}

void FakeBatchServer::markExpired(const QStringList &customIds)
{
    for (const QString &id : customIds) {
        m_expired.insert(id);
    }
}

void FakeBatchServer::markErrored(const QStringList &customIds)
{
    for (const QString &id : customIds) {
        m_errored.insert(id);
    }
}

void FakeBatchServer::failNextBatch(const QString &message)
{
    m_nextFailure = message;
}

void FakeBatchServer::failNext(const QByteArray &pathPrefix, int status, int count)
{
    m_failures.append(Failure{pathPrefix, status, count});
}

QStringList FakeBatchServer::submittedCustomIds() const
{
    QStringList ids;
    for (const Submission &submission : m_submissions) {
        ids += submission.customIds;
    }
    return ids;
}

std::optional<QList<FakeBatchServer::FormPart>> FakeBatchServer::parseMultipart(const QByteArray &contentType,
                                                                                const QByteArray &body)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data")) {
        return std::nullopt;
    }
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        return std::nullopt;
    }
    const QByteArray delimiter = "--" + boundary;
    if (!body.startsWith(delimiter)) {
        return std::nullopt;
    }
    QList<FormPart> parts;
    qsizetype pos = delimiter.size();
    while (true) {
        if (body.mid(pos, 2) == "--") {
            return parts; // the closing delimiter
        }
        if (body.mid(pos, 2) != "\r\n") {
            return std::nullopt;
        }
        pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), pos);
        if (headersEnd < 0 || next < 0 || headersEnd > next) {
            return std::nullopt;
        }
        FormPart part;
        const QList<QByteArray> headers = body.mid(pos, headersEnd - pos).split('\n');
        for (const QByteArray &line : headers) {
            const qsizetype colon = line.indexOf(':');
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                if (!value.toLower().startsWith("form-data")) {
                    return std::nullopt;
                }
                part.name = headerParameter(value, "name");
                part.filename = headerParameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        if (part.name.isEmpty()) {
            return std::nullopt;
        }
        part.data = body.mid(headersEnd + 4, next - headersEnd - 4);
        parts.append(part);
        pos = next + 2 + delimiter.size();
    }
}

HttpResponse FakeBatchServer::handle(const HttpRequest &request)
{
    const QString path = QString::fromUtf8(request.path);
    const Api api = path.startsWith(u"/v1/messages"_s) ? Api::Anthropic : Api::OpenAi;
    for (auto it = m_failures.begin(); it != m_failures.end(); ++it) {
        if (request.path.startsWith(it->pathPrefix)) {
            const int status = it->status;
            if (--it->remaining <= 0) {
                m_failures.erase(it);
            }
            return scriptedFailure(api, request, status);
        }
    }
    if (std::optional<HttpResponse> refused = authenticate(api, request)) {
        return *refused;
    }
    static const QRegularExpression batchPath(u"^/v1/batches/([^/]+)$"_s);
    static const QRegularExpression contentPath(u"^/v1/files/([^/]+)/content$"_s);
    static const QRegularExpression messageBatchPath(u"^/v1/messages/batches/([^/]+)(/results)?$"_s);
    const bool get = request.method == "GET";
    const bool post = request.method == "POST";
    if (post && path == u"/v1/files") {
        return uploadFile(request);
    }
    if (post && path == u"/v1/batches") {
        return createOpenAiBatch(request);
    }
    if (post && path == u"/v1/messages/batches") {
        return createAnthropicBatch(request);
    }
    if (const QRegularExpressionMatch m = batchPath.match(path); get && m.hasMatch()) {
        return getBatch(Api::OpenAi, m.captured(1));
    }
    if (const QRegularExpressionMatch m = contentPath.match(path); get && m.hasMatch()) {
        return fileContent(m.captured(1));
    }
    if (const QRegularExpressionMatch m = messageBatchPath.match(path); get && m.hasMatch()) {
        return m.captured(2).isEmpty() ? getBatch(Api::Anthropic, m.captured(1))
                                       : anthropicResults(m.captured(1));
    }
    const QString what = u"%1 %2"_s.arg(QString::fromUtf8(request.method), path);
    return api == Api::Anthropic ? anthropicError(404, u"not_found_error"_s, u"Not found: "_s + what)
                                 : openAiError(404, u"Invalid URL (%1)"_s.arg(what));
}

std::optional<HttpResponse> FakeBatchServer::authenticate(Api api, const HttpRequest &request) const
{
    if (api == Api::Anthropic) {
        const QString key = QString::fromUtf8(request.header("x-api-key"));
        if (key.isEmpty()) {
            return verdictResponse(checks::missingKey(ProviderFlavour::Anthropic));
        }
        if (!m_requiredKey.isEmpty() && key != m_requiredKey) {
            return verdictResponse(checks::wrongKey(ProviderFlavour::Anthropic, key));
        }
        if (request.header("anthropic-version").isEmpty()) {
            return anthropicError(400, InvalidRequest, u"anthropic-version: header is required"_s);
        }
        return std::nullopt;
    }
    const QByteArray authorization = request.header("authorization");
    const QString key =
        authorization.startsWith("Bearer ") ? QString::fromUtf8(authorization.mid(7)).trimmed() : QString();
    if (key.isEmpty()) {
        return verdictResponse(checks::missingKey(ProviderFlavour::OpenAi));
    }
    if (!m_requiredKey.isEmpty() && key != m_requiredKey) {
        return verdictResponse(checks::wrongKey(ProviderFlavour::OpenAi, key));
    }
    return std::nullopt;
}

HttpResponse FakeBatchServer::scriptedFailure(Api api, const HttpRequest &request, int status) const
{
    const bool anthropic = api == Api::Anthropic;
    switch (status) {
    case 401:
        return anthropic
                   ? anthropicError(401, u"authentication_error"_s, u"invalid x-api-key: "_s + keyOf(request))
                   : openAiError(401, u"Incorrect API key provided: %1."_s.arg(keyOf(request)), {},
                                 u"invalid_api_key"_s);
    case 429:
        return anthropic
                   ? anthropicError(429, u"rate_limit_error"_s,
                                    u"Number of requests has exceeded your rate limit."_s)
                   : openAiError(429, u"Rate limit reached for requests."_s, {}, u"rate_limit_exceeded"_s);
    case 529:
        return anthropicError(529, u"overloaded_error"_s, u"Overloaded"_s);
    default:
        break;
    }
    if (status >= 500) {
        return anthropic ? anthropicError(status, u"api_error"_s, u"Internal server error"_s)
                         : verdictResponse(checks::openAiError(
                               status, u"The server had an error while processing your request."_s, {}, {},
                               u"server_error"_s));
    }
    return anthropic ? anthropicError(status, InvalidRequest, u"Scripted failure."_s)
                     : openAiError(status, u"Scripted failure."_s);
}

HttpResponse FakeBatchServer::uploadFile(const HttpRequest &request)
{
    const QByteArray contentType = request.header("content-type");
    if (!contentType.toLower().startsWith("multipart/form-data")) {
        return openAiError(400, u"Invalid Content-Type header (%1), expected multipart/form-data."_s.arg(
                                    QString::fromUtf8(contentType)));
    }
    const std::optional<QList<FormPart>> parts = parseMultipart(contentType, request.body);
    if (!parts) {
        return openAiError(400, u"Could not parse multipart form"_s);
    }
    std::optional<FormPart> purpose;
    std::optional<FormPart> file;
    for (const FormPart &part : *parts) {
        if (part.name == "purpose" && part.filename.isEmpty()) {
            purpose = part;
        } else if (part.name == "file" && !part.filename.isEmpty()) {
            file = part;
        }
    }
    if (!purpose) {
        return openAiError(400, u"Missing required parameter: 'purpose'."_s, u"purpose"_s);
    }
    static const QStringList purposes{u"assistants"_s, u"batch"_s,     u"fine-tune"_s,
                                      u"vision"_s,     u"user_data"_s, u"evals"_s};
    const QString purposeText = QString::fromUtf8(purpose->data);
    if (!purposes.contains(purposeText)) {
        return openAiError(400, u"Invalid value for purpose."_s, u"purpose"_s);
    }
    if (!file) {
        return openAiError(400, u"Missing required parameter: 'file'."_s, u"file"_s);
    }
    if (purposeText == u"batch" && !file->filename.endsWith(".jsonl")) {
        return openAiError(400, u"Invalid file format for Batch API. Must be .jsonl"_s);
    }
    if (purposeText == u"batch" && file->data.size() > OpenAiMaxFileBytes) {
        return openAiError(400, u"File is too large for the Batch API (at most 200 MB)."_s, u"file"_s);
    }
    StoredFile stored{u"file-%1"_s.arg(m_nextId++), QString::fromUtf8(file->filename), purposeText,
                      file->data, QDateTime::currentSecsSinceEpoch()};
    m_files.insert(stored.id, stored);
    return json(200, QJsonObject{{u"id"_s, stored.id},
                                 {u"object"_s, u"file"_s},
                                 {u"bytes"_s, stored.content.size()},
                                 {u"created_at"_s, stored.createdAt},
                                 {u"filename"_s, stored.filename},
                                 {u"purpose"_s, stored.purpose},
                                 {u"status"_s, u"processed"_s},
                                 {u"expires_at"_s, QJsonValue()},
                                 {u"status_details"_s, QJsonValue()}});
}

HttpResponse FakeBatchServer::fileContent(const QString &id) const
{
    const auto it = m_files.constFind(id);
    if (it == m_files.constEnd()) {
        return openAiError(404, u"No such File object: %1"_s.arg(id), u"id"_s);
    }
    if (it->purpose == u"batch") {
        return openAiError(400, u"Not allowed to download files of purpose: batch"_s);
    }
    return HttpResponse::make(200, it->content, "application/octet-stream");
}

QJsonArray FakeBatchServer::validateOpenAiFile(const QByteArray &content, QList<QJsonObject> &lines) const
{
    QList<QByteArray> rows = content.split('\n');
    if (!rows.isEmpty() && rows.constLast().trimmed().isEmpty()) {
        rows.removeLast();
    }
    if (rows.isEmpty()) {
        return {batchError(u"empty_file"_s, u"The batch input file is empty."_s)};
    }
    if (rows.size() > OpenAiMaxLines) {
        return {
            batchError(u"too_many_tasks"_s,
                       u"The batch input file has %1 requests; the maximum is 50000."_s.arg(rows.size()))};
    }
    QJsonArray errors;
    QSet<QString> seen;
    QString model;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const int line = static_cast<int>(i + 1);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(rows.at(i), &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            errors.append(
                batchError(u"invalid_json_line"_s, u"This line is not parseable as valid JSON."_s, line));
            continue;
        }
        const QJsonObject object = doc.object();
        const QString customId = object.value(u"custom_id"_s).toString();
        const QJsonObject body = object.value(u"body"_s).toObject();
        const QString lineModel = body.value(u"model"_s).toString();
        if (customId.isEmpty()) {
            errors.append(batchError(u"missing_required_parameter"_s,
                                     u"Missing required parameter: 'custom_id'."_s, line, u"custom_id"_s));
        } else if (seen.contains(customId)) {
            errors.append(batchError(u"duplicate_custom_id"_s,
                                     u"The custom_id for this request is a duplicate of another request. The "
                                     u"custom_id parameter must be unique for each request in a batch."_s,
                                     line, u"custom_id"_s));
        } else if (object.value(u"method"_s).toString() != u"POST") {
            errors.append(batchError(u"invalid_method"_s, u"The method for this request must be POST."_s,
                                     line, u"method"_s));
        } else if (object.value(u"url"_s).toString() != ChatEndpoint) {
            errors.append(batchError(
                u"url_mismatch"_s, u"The URL provided for this request does not match the batch endpoint."_s,
                line, u"url"_s));
        } else if (body.isEmpty()) {
            errors.append(batchError(u"missing_required_parameter"_s,
                                     u"Missing required parameter: 'body'."_s, line, u"body"_s));
        } else if (!model.isEmpty() && lineModel != model) {
            errors.append(batchError(u"model_mismatch"_s,
                                     u"The provided model does not match the model of the other requests in "
                                     u"the batch. A batch must use one model."_s,
                                     line, u"body.model"_s));
        }
        seen.insert(customId);
        if (model.isEmpty()) {
            model = lineModel;
        }
        lines.append(object);
    }
    return errors;
}

HttpResponse FakeBatchServer::createOpenAiBatch(const HttpRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return openAiError(400, u"We could not parse the JSON body of your request."_s);
    }
    const QJsonObject body = doc.object();
    const QString fileId = body.value(u"input_file_id"_s).toString();
    if (fileId.isEmpty()) {
        return openAiError(400, u"Missing required parameter: 'input_file_id'."_s, u"input_file_id"_s);
    }
    const QString endpoint = body.value(u"endpoint"_s).toString();
    if (endpoint != ChatEndpoint) {
        return openAiError(
            400,
            u"Invalid value: '%1'. Supported values are: '/v1/chat/completions', "
            u"'/v1/responses', '/v1/embeddings', '/v1/completions' and '/v1/moderations'."_s.arg(endpoint),
            u"endpoint"_s, u"invalid_value"_s);
    }
    const QString window = body.value(u"completion_window"_s).toString();
    if (window != u"24h") {
        return openAiError(400, u"Invalid value: '%1'. Supported values are: '24h'."_s.arg(window),
                           u"completion_window"_s, u"invalid_value"_s);
    }
    const auto file = m_files.constFind(fileId);
    if (file == m_files.constEnd()) {
        return openAiError(404, u"No such File object: %1"_s.arg(fileId), u"input_file_id"_s);
    }
    if (file->purpose != u"batch") {
        return openAiError(400, u"The input file must be uploaded with purpose 'batch'."_s,
                           u"input_file_id"_s);
    }
    Batch batch;
    batch.api = Api::OpenAi;
    batch.id = u"batch_%1"_s.arg(m_nextId++);
    batch.inputFileId = fileId;
    batch.createdAt = QDateTime::currentSecsSinceEpoch();
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        batch.headers.insert(it.key(), it.value());
    }
    batch.validationErrors = validateOpenAiFile(file->content, batch.lines);
    batch.failure = std::exchange(m_nextFailure, QString());
    if (!batch.failure.isEmpty() && batch.validationErrors.isEmpty()) {
        batch.validationErrors.append(batchError(u"token_limit_exceeded"_s, batch.failure));
    }
    batch.script =
        batch.validationErrors.isEmpty() ? m_openAiScript : QStringList{u"validating"_s, u"failed"_s};
    batch.expired = std::exchange(m_expired, {});
    batch.errored = std::exchange(m_errored, {});
    Submission submission{Api::OpenAi, batch.id, fileId, {}, {}};
    for (const QJsonObject &line : std::as_const(batch.lines)) {
        submission.customIds.append(line.value(u"custom_id"_s).toString());
        submission.bodies.append(line.value(u"body"_s).toObject());
    }
    m_submissions.append(submission);
    m_batches.insert(batch.id, batch);
    return json(200, openAiBatchJson(batch));
}

HttpResponse FakeBatchServer::createAnthropicBatch(const HttpRequest &request)
{
    if (request.body.size() > AnthropicMaxBytes) {
        return anthropicError(413, u"request_too_large"_s,
                              u"Request exceeds the maximum allowed number of bytes."_s);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject()) {
        return anthropicError(400, InvalidRequest,
                              u"There was an issue with the JSON body of your request."_s);
    }
    const QJsonValue requestsValue = doc.object().value(u"requests"_s);
    if (!requestsValue.isArray()) {
        return anthropicError(400, InvalidRequest, u"requests: Field required"_s);
    }
    const QJsonArray requests = requestsValue.toArray();
    if (requests.isEmpty()) {
        return anthropicError(400, InvalidRequest,
                              u"requests: List should have at least 1 item after validation, not 0"_s);
    }
    if (requests.size() > AnthropicMaxRequests) {
        return anthropicError(
            400, InvalidRequest,
            u"requests: List should have at most 100000 items after validation, not %1"_s.arg(
                requests.size()));
    }
    static const QRegularExpression customIdPattern(u"^[a-zA-Z0-9_-]{1,64}$"_s);
    QSet<QString> seen;
    Batch batch;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        const QJsonObject entry = requests.at(i).toObject();
        const QJsonValue customId = entry.value(u"custom_id"_s);
        if (!customId.isString() || !customIdPattern.match(customId.toString()).hasMatch()) {
            return anthropicError(
                400, InvalidRequest,
                u"requests.%1.custom_id: String should match pattern '^[a-zA-Z0-9_-]{1,64}$'"_s.arg(i));
        }
        if (!entry.value(u"params"_s).isObject()) {
            return anthropicError(400, InvalidRequest,
                                  u"requests.%1.params: Input should be a valid dictionary"_s.arg(i));
        }
        if (seen.contains(customId.toString())) {
            return anthropicError(
                400, InvalidRequest,
                u"Found duplicate custom_id '%1': each request in a batch must have a unique "
                u"custom_id."_s.arg(customId.toString()));
        }
        seen.insert(customId.toString());
        batch.lines.append(entry);
    }
    batch.api = Api::Anthropic;
    batch.id = u"msgbatch_%1"_s.arg(m_nextId++);
    batch.createdAt = QDateTime::currentSecsSinceEpoch();
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it) {
        batch.headers.insert(it.key(), it.value());
    }
    batch.failure = std::exchange(m_nextFailure, QString());
    batch.script = m_anthropicScript;
    batch.expired = std::exchange(m_expired, {});
    batch.errored = std::exchange(m_errored, {});
    Submission submission{Api::Anthropic, batch.id, {}, {}, {}};
    for (const QJsonObject &line : std::as_const(batch.lines)) {
        submission.customIds.append(line.value(u"custom_id"_s).toString());
        submission.bodies.append(line.value(u"params"_s).toObject());
    }
    m_submissions.append(submission);
    m_batches.insert(batch.id, batch);
    return json(200, anthropicBatchJson(batch));
}

HttpResponse FakeBatchServer::getBatch(Api api, const QString &id)
{
    const auto it = m_batches.find(id);
    if (it == m_batches.end() || it->api != api) {
        return api == Api::Anthropic
                   ? anthropicError(404, u"not_found_error"_s, u"Message Batch %1 not found."_s.arg(id))
                   : openAiError(404, u"No batch found with id '%1'."_s.arg(id), u"batch_id"_s);
    }
    ++m_polls;
    it->step = std::min(it->step + 1, static_cast<int>(it->script.size()) - 1);
    if (terminal(api, status(*it)) && !it->outcomes) {
        finish(*it);
    }
    return json(200, api == Api::Anthropic ? anthropicBatchJson(*it) : openAiBatchJson(*it));
}

HttpResponse FakeBatchServer::anthropicResults(const QString &id)
{
    const auto it = m_batches.constFind(id);
    if (it == m_batches.constEnd() || it->api != Api::Anthropic) {
        return anthropicError(404, u"not_found_error"_s, u"Message Batch %1 not found."_s.arg(id));
    }
    if (!it->outcomes) {
        return anthropicError(400, InvalidRequest, u"Message Batch %1 has not yet ended."_s.arg(id));
    }
    QByteArray jsonl;
    for (const LineOutcome &outcome : ordered(*it->outcomes)) {
        QJsonObject result;
        if (!outcome.errorCode.isEmpty()) {
            result = QJsonObject{{u"type"_s, outcome.errorCode}};
        } else if (outcome.status == 200) {
            result = QJsonObject{{u"type"_s, u"succeeded"_s}, {u"message"_s, outcome.body}};
        } else {
            result = QJsonObject{{u"type"_s, u"errored"_s}, {u"error"_s, outcome.body}};
        }
        jsonl += QJsonDocument(QJsonObject{{u"custom_id"_s, outcome.customId}, {u"result"_s, result}})
                     .toJson(QJsonDocument::Compact) +
                 '\n';
    }
    return HttpResponse::make(200, jsonl, "application/binary");
}

QString FakeBatchServer::status(const Batch &batch) const
{
    return batch.script.value(batch.step, batch.script.isEmpty() ? QString() : batch.script.constLast());
}

void FakeBatchServer::finish(Batch &batch)
{
    const QString last = status(batch);
    const bool cancelled = batch.script.contains(u"canceling"_s) || last == u"cancelled";
    QList<LineOutcome> outcomes;
    for (const QJsonObject &line : std::as_const(batch.lines)) {
        const QString customId = line.value(u"custom_id"_s).toString();
        const QJsonObject body = line.value(batch.api == Api::OpenAi ? u"body"_s : u"params"_s).toObject();
        LineOutcome outcome;
        outcome.customId = customId;
        if (batch.expired.contains(customId)) {
            outcome.status = 0;
            if (batch.api == Api::OpenAi) {
                outcome.errorCode = cancelled ? u"batch_cancelled"_s : u"batch_expired"_s;
            } else {
                outcome.errorCode = cancelled ? u"canceled"_s : u"expired"_s;
            }
        } else if (batch.errored.contains(customId) || !batch.failure.isEmpty()) {
            const QString message = batch.failure.isEmpty() ? u"Internal server error"_s : batch.failure;
            outcome.status = 500;
            outcome.body =
                batch.api == Api::Anthropic
                    ? QJsonDocument::fromJson(checks::anthropicError(500, u"api_error"_s, message).errorBody)
                          .object()
                    : QJsonDocument::fromJson(
                          checks::openAiError(500, message, {}, {}, u"server_error"_s).errorBody)
                          .object();
        } else {
            outcome = answerLine(batch, customId, body);
        }
        outcomes.append(outcome);
    }
    batch.outcomes = outcomes;
    if (batch.api == Api::Anthropic) {
        return;
    }
    QByteArray output;
    QByteArray errors;
    int n = 0;
    for (const LineOutcome &outcome : ordered(outcomes)) {
        ++n;
        QJsonObject line{{u"id"_s, u"batch_req_%1_%2"_s.arg(batch.id).arg(n)},
                         {u"custom_id"_s, outcome.customId}};
        if (outcome.status == 0) {
            line.insert(u"response"_s, QJsonValue());
            line.insert(u"error"_s,
                        QJsonObject{{u"code"_s, outcome.errorCode},
                                    {u"message"_s, outcome.errorCode == u"batch_expired"
                                                       ? u"This request could not be executed before the "
                                                         u"completion window expired."_s
                                                       : u"This request was not executed because the batch "
                                                         u"was cancelled."_s}});
        } else {
            line.insert(u"response"_s, QJsonObject{{u"status_code"_s, outcome.status},
                                                   {u"request_id"_s, u"req_%1_%2"_s.arg(batch.id).arg(n)},
                                                   {u"body"_s, outcome.body}});
            line.insert(u"error"_s, QJsonValue());
        }
        (outcome.status == 200 ? output : errors) +=
            QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    }
    for (auto [content, id] :
         {std::pair{&output, &batch.outputFileId}, std::pair{&errors, &batch.errorFileId}}) {
        if (content->isEmpty()) {
            continue;
        }
        StoredFile file{u"file-%1"_s.arg(m_nextId++), u"batch_output.jsonl"_s, u"batch_output"_s, *content,
                        QDateTime::currentSecsSinceEpoch()};
        *id = file.id;
        m_files.insert(file.id, file);
    }
}

FakeBatchServer::LineOutcome FakeBatchServer::answerLine(const Batch &batch, const QString &customId,
                                                         const QJsonObject &body) const
{
    LineOutcome outcome;
    outcome.customId = customId;
    const QString prompt = promptTextOf(body);
    const QByteArray bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    const ContractRequest contract{"POST",
                                   batch.api == Api::Anthropic ? "/v1/messages" : "/v1/chat/completions",
                                   batch.headers, bytes, FakeLlmServer::tokensFor(prompt)};
    const ContractVerdict verdict = m_rules.check(contract);
    if (!verdict.accepted()) {
        outcome.status = verdict.status;
        outcome.body = QJsonDocument::fromJson(verdict.errorBody).object();
        return outcome;
    }
    const LimitedReply reply = limitedReply(m_scorer.replyFor(prompt), verdict);
    FakeLlmServer::Billed usage;
    usage.requests = 1;
    usage.promptTokens = FakeLlmServer::tokensFor(prompt);
    usage.completionTokens = reply.completionTokens;
    usage.reasoningTokens = reply.reasoningTokens;
    const QString model = body.value(u"model"_s).toString();
    outcome.body =
        batch.api == Api::Anthropic
            ? anthropicReplyBody(model, u"msg_%1_%2"_s.arg(batch.id, customId), reply, usage)
            : openAiReplyBody(model, u"chatcmpl-%1-%2"_s.arg(batch.id, customId), reply, usage, false);
    return outcome;
}

QList<FakeBatchServer::LineOutcome> FakeBatchServer::ordered(QList<LineOutcome> outcomes) const
{
    if (!m_shuffled || outcomes.size() < 2) {
        return outcomes;
    }
    const QList<LineOutcome> original = outcomes;
    std::mt19937 generator(static_cast<std::mt19937::result_type>(outcomes.size() * 7919));
    std::shuffle(outcomes.begin(), outcomes.end(), generator);
    bool same = true;
    for (qsizetype i = 0; i < outcomes.size() && same; ++i) {
        same = outcomes.at(i).customId == original.at(i).customId;
    }
    if (same) {
        std::rotate(outcomes.begin(), outcomes.begin() + 1, outcomes.end());
    }
    return outcomes;
}

QJsonObject FakeBatchServer::openAiBatchJson(const Batch &batch) const
{
    const QString now = status(batch);
    const int total = static_cast<int>(batch.lines.size());
    int completed = 0;
    int failed = 0;
    if (batch.outcomes) {
        for (const LineOutcome &outcome : *batch.outcomes) {
            (outcome.status == 200 ? completed : failed) += 1;
        }
    } else if (now != u"validating" && now != u"failed") {
        completed = total / 2;
    }
    const bool validated = now != u"validating" && now != u"failed";
    QJsonObject object{{u"id"_s, batch.id},
                       {u"object"_s, u"batch"_s},
                       {u"endpoint"_s, ChatEndpoint},
                       {u"errors"_s, now == u"failed"
                                         ? QJsonValue(QJsonObject{{u"object"_s, u"list"_s},
                                                                  {u"data"_s, batch.validationErrors}})
                                         : QJsonValue()},
                       {u"input_file_id"_s, batch.inputFileId},
                       {u"completion_window"_s, u"24h"_s},
                       {u"status"_s, now},
                       {u"output_file_id"_s, idOrNull(batch.outputFileId)},
                       {u"error_file_id"_s, idOrNull(batch.errorFileId)},
                       {u"created_at"_s, batch.createdAt},
                       {u"expires_at"_s, batch.createdAt + 86400},
                       {u"request_counts"_s, QJsonObject{{u"total"_s, validated ? total : 0},
                                                         {u"completed"_s, completed},
                                                         {u"failed"_s, failed}}},
                       {u"metadata"_s, QJsonValue()}};
    return object;
}

QJsonObject FakeBatchServer::anthropicBatchJson(const Batch &batch) const
{
    const QString now = status(batch);
    QHash<QString, int> counts{
        {u"processing"_s, 0}, {u"succeeded"_s, 0}, {u"errored"_s, 0}, {u"canceled"_s, 0}, {u"expired"_s, 0}};
    if (batch.outcomes) {
        for (const LineOutcome &outcome : *batch.outcomes) {
            const QString kind = !outcome.errorCode.isEmpty() ? outcome.errorCode
                                 : outcome.status == 200      ? u"succeeded"_s
                                                              : u"errored"_s;
            counts[kind] += 1;
        }
    } else {
        counts[u"processing"_s] = static_cast<int>(batch.lines.size());
    }
    QJsonObject requestCounts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        requestCounts.insert(it.key(), it.value());
    }
    const bool ended = now == u"ended";
    const QString created = QDateTime::fromSecsSinceEpoch(batch.createdAt, Qt::UTC).toString(Qt::ISODate);
    return QJsonObject{
        {u"id"_s, batch.id},
        {u"type"_s, u"message_batch"_s},
        {u"processing_status"_s, now},
        {u"request_counts"_s, requestCounts},
        {u"created_at"_s, created},
        {u"expires_at"_s,
         QDateTime::fromSecsSinceEpoch(batch.createdAt + 86400, Qt::UTC).toString(Qt::ISODate)},
        {u"ended_at"_s, ended ? QJsonValue(created) : QJsonValue()},
        {u"cancel_initiated_at"_s,
         batch.script.contains(u"canceling"_s) && batch.step > 0 ? QJsonValue(created) : QJsonValue()},
        {u"archived_at"_s, QJsonValue()},
        {u"results_url"_s,
         ended ? QJsonValue(m_http.url(u"/v1/messages/batches/%1/results"_s.arg(batch.id)).toString())
               : QJsonValue()}};
}

} // namespace pd::test
