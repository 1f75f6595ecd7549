#pragma once

#include "fakehttpserver.h"
#include "fakellmserver.h"
#include "providerrules.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace pd::test {

// The providers' Batch APIs on 127.0.0.1, strict as the real ones document them:
// - OpenAI: POST /v1/files (multipart/form-data, purpose=batch, a .jsonl file), POST /v1/batches
//   (input_file_id, endpoint /v1/chat/completions, completion_window 24h), GET /v1/batches/{id},
//   GET /v1/files/{id}/content. The file is checked while the batch validates, as OpenAI does: a
//   line that is not JSON, a duplicate custom_id, a method other than POST, a url other than the
//   endpoint, a second model, an empty file or more than 50,000 lines fail the batch with
//   errors.data. Successful lines go to the output file, the others to the error file; a file that
//   would be empty is not made (its id is null).
// - Anthropic: POST /v1/messages/batches ({"requests":[{custom_id, params}]}, custom ids
//   ^[a-zA-Z0-9_-]{1,64}$ and unique, else 400), GET /v1/messages/batches/{id}, and the results_url.
// Each line is checked by ProviderRules as the chat endpoint would check it (a parameter the model
// does not take makes that line fail with the endpoint's status and error body) and answered as
// FakeLlmServer answers the same prompt. Auth is checked on every request (Bearer for OpenAI;
// x-api-key and anthropic-version for Anthropic), answered in each API's error shape.
//
// A batch walks through a script of statuses, one step per GET of the batch; results are written in
// shuffled order (unless turned off).
class FakeBatchServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeBatchServer)

public:
    enum class Api { OpenAi, Anthropic };

    // One batch as the server accepted it.
    struct Submission {
        Api api = Api::OpenAi;
        QString batchId;
        QString inputFileId;       // OpenAI
        QStringList customIds;     // in submission order
        QList<QJsonObject> bodies; // each line's chat request body
        int lineCount() const { return static_cast<int>(customIds.size()); }
    };

    // One part of a multipart/form-data body.
    struct FormPart {
        QByteArray name;
        QByteArray filename; // empty for a plain field
        QByteArray contentType;
        QByteArray data;
    };

    explicit FakeBatchServer(QObject *parent = nullptr);
    ~FakeBatchServer() override;

    bool listen();
    // http://127.0.0.1:<port>/v1: the base URL of either provider's profile.
    QUrl baseUrl() const;

    // Only this key is accepted; by default any non-empty one is.
    void setRequiredKey(const QString &key);
    // An extra model id with permissive rules, as FakeLlmServer::addModel.
    void addModel(const QString &id) { m_rules.addModel(id); }
    // The answers come from this server's clean replies (FakeLlmServer::replyFor); its topics too.
    FakeLlmServer &scorer() { return m_scorer; }

    // The statuses of the next batches, one per GET after the creation answer (which shows the
    // first); the last one stays. Defaults: validating, in_progress, finalizing, completed (OpenAI);
    // in_progress, ended (Anthropic). OpenAI's expired and cancelled end with the lines marked
    // expired unrun; Anthropic's lines marked expired end "canceled" when the script passes through
    // "canceling".
    void setOpenAiStatuses(const QStringList &statuses) { m_openAiScript = statuses; }
    void setAnthropicStatuses(const QStringList &statuses) { m_anthropicScript = statuses; }
    // Results in submission order instead of shuffled.
    void setShuffled(bool shuffled) { m_shuffled = shuffled; }
    // These lines end expired (OpenAI batch_expired, or batch_cancelled in a cancelled batch;
    // Anthropic "expired", or "canceled" after "canceling").
    void markExpired(const QStringList &customIds);
    // These lines fail with a server error (500 in OpenAI's error file, Anthropic api_error).
    void markErrored(const QStringList &customIds);
    // The next batch fails as a whole: OpenAI "failed" after validating, with errors.data holding
    // `message`; Anthropic ends with every line errored (api_error, `message`).
    void failNextBatch(const QString &message);
    // The next `count` requests whose path starts with `pathPrefix` get `status` with an error body
    // in their API's shape (a 401 echoes the whole key, as a careless provider might).
    void failNext(const QByteArray &pathPrefix, int status, int count = 1);

    QList<HttpRequest> requests() const { return m_http.requests(); }
    QList<Submission> submissions() const { return m_submissions; }
    // Every custom id of every accepted submission, in order (duplicates mean a line sent twice).
    QStringList submittedCustomIds() const;
    // GETs of batch objects so far.
    int polls() const { return m_polls; }

    // The parts of a multipart/form-data body; nothing when it is not well formed.
    static std::optional<QList<FormPart>> parseMultipart(const QByteArray &contentType,
                                                         const QByteArray &body);

private:
    struct LineOutcome {
        QString customId;
        int status = 200;  // 0: never ran (expired or cancelled)
        QJsonObject body;  // the chat answer or the endpoint's error body
        QString errorCode; // OpenAI batch_expired / batch_cancelled; Anthropic expired / canceled
    };
    struct Batch {
        Api api = Api::OpenAi;
        QString id;
        QString inputFileId;
        QStringList script;
        int step = 0;
        QJsonArray validationErrors;           // OpenAI: the batch fails with these
        QString failure;                       // failNextBatch's message
        QHash<QByteArray, QByteArray> headers; // of the creation request, for the line checks
        QList<QJsonObject> lines;              // OpenAI: the input lines; Anthropic: {custom_id, params}
        QSet<QString> expired;
        QSet<QString> errored;
        std::optional<QList<LineOutcome>> outcomes; // worked out when the batch ends
        QString outputFileId, errorFileId;
        qint64 createdAt = 0;
    };
    struct StoredFile {
        QString id;
        QString filename;
        QString purpose;
        QByteArray content;
        qint64 createdAt = 0;
    };
    struct Failure {
        QByteArray pathPrefix;
        int status = 500;
        int remaining = 1;
    };

    HttpResponse handle(const HttpRequest &request);
    std::optional<HttpResponse> authenticate(Api api, const HttpRequest &request) const;
    HttpResponse scriptedFailure(Api api, const HttpRequest &request, int status) const;
    HttpResponse uploadFile(const HttpRequest &request);
    HttpResponse fileContent(const QString &id) const;
    HttpResponse createOpenAiBatch(const HttpRequest &request);
    HttpResponse createAnthropicBatch(const HttpRequest &request);
    HttpResponse getBatch(Api api, const QString &id);
    HttpResponse anthropicResults(const QString &id);
    QJsonArray validateOpenAiFile(const QByteArray &content, QList<QJsonObject> &lines) const;
    void finish(Batch &batch);
    LineOutcome answerLine(const Batch &batch, const QString &customId, const QJsonObject &body) const;
    QJsonObject openAiBatchJson(const Batch &batch) const;
    QJsonObject anthropicBatchJson(const Batch &batch) const;
    QString status(const Batch &batch) const;
    QList<LineOutcome> ordered(QList<LineOutcome> outcomes) const;

    FakeHttpServer m_http;
    FakeLlmServer m_scorer;
    ProviderRules m_rules;
    QString m_requiredKey;
    QStringList m_openAiScript;
    QStringList m_anthropicScript;
    bool m_shuffled = true;
    QSet<QString> m_expired;
    QSet<QString> m_errored;
    QString m_nextFailure;
    QList<Failure> m_failures;
    QHash<QString, StoredFile> m_files;
    QHash<QString, Batch> m_batches;
    QList<Submission> m_submissions;
    int m_nextId = 1;
    int m_polls = 0;
};

} // namespace pd::test
