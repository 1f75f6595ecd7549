#pragma once

#include "providerrules.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <deque>

class QTcpSocket;

namespace pd::test {

// What a scoring prompt asks each paper's reply to hold (the template it shows): the full record,
// the compact {"id","r","n","t","h"} of pass 1, or pass 2's prose; and the registry numbers "t" uses.
struct ReplyShape {
    enum class Form { Full, Compact, Details };
    Form form = Form::Full;
    QHash<QString, int> topicNumbers;
    bool longProse = false;
};

// A chat model on 127.0.0.1 that speaks both the OpenAI chat completions API
// (POST /v1/chat/completions) and the Anthropic messages API (POST /v1/messages). It finds the
// papers of a request by their fence <paper id="ID"> … </paper> in the prompt and answers one JSONL
// line per paper with scores derived from the id, so tests know the expected answer; a request
// without papers (a connection test) is answered "OK". Faults are set for every request
// (setBehaviour) or queued for the next requests, one each (enqueue).
//
// It is also a contract of the real providers (ProviderRules): a request the flavour's service
// would refuse (wrong path, missing key, unknown model, a parameter the model does not take, a
// prompt beyond the context window …) gets the service's status and error body, before any fault
// or scoring, and does not use up a queued fault. Accepted answers spend reasoning tokens as the
// model would and are cut at the reply limit the request sent, as the real APIs do.
class FakeLlmServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeLlmServer)

public:
    enum class Api { OpenAi, Anthropic, Unknown };
    using Flavour = ProviderFlavour;

    // What the server billed for the HTTP 200 replies that carried usage.
    struct Billed {
        qint64 requests = 0;
        qint64 promptTokens = 0;     // cached and cache-written tokens included
        qint64 completionTokens = 0; // reasoning included
        qint64 cachedTokens = 0;
        qint64 cacheWriteTokens = 0;
        qint64 reasoningTokens = 0;
    };

    struct Behaviour {
        enum class Kind {
            Clean,      // one valid JSONL line per paper
            DropIds,    // the last `count` papers are missing
            InventIds,  // `count` extra lines for ids that were not asked for
            Malformed,  // every paper, in prose, a code fence, pretty-printed, trailing commas,
                        // numbers as strings and prefixed, versioned ids: all recoverable
            OutOfRange, // the first `count` papers get relevance 11 or novelty 0, alternately
            Status,     // HTTP `status` with an error body in the API's shape (401 echoes the key)
            Slow,       // a clean answer after an extra `delayMs`
            Truncated,  // headers announce the whole body, half is sent, the connection closes
            Garbled,    // 200 with a body that is not JSON
        };
        Kind kind = Kind::Clean;
        int count = 1;
        int status = 200;
        int retryAfterSeconds = -1; // Status: sent as Retry-After when >= 0
        int delayMs = 0;

        static Behaviour clean() { return {}; }
        static Behaviour dropIds(int n);
        static Behaviour inventIds(int n = 1);
        static Behaviour malformed();
        static Behaviour outOfRange(int n = 1);
        static Behaviour httpStatus(int code, int retryAfterSeconds = -1);
        static Behaviour slow(int ms);
        static Behaviour truncated();
        static Behaviour garbled();
    };

    // One request as it arrived. Header names are lower case.
    struct Request {
        Api api = Api::Unknown;
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers;
        QByteArray body;
        QJsonObject json;                               // the parsed body, empty when it is not a JSON object
        QString promptText;                             // system and user text, concatenated
        QStringList paperIds;                           // in prompt order
        ReplyShape::Form form = ReplyShape::Form::Full; // what the prompt asks each paper's reply to hold
        bool asksScores() const { return form != ReplyShape::Form::Details; }
        qint64 arrivedMs = 0;   // since listen()
        int answeredStatus = 0; // the HTTP status the fake answered; 0 until it has
        QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    };

    explicit FakeLlmServer(QObject *parent = nullptr);
    ~FakeLlmServer() override;

    // Listens on 127.0.0.1 on a free port.
    bool listen();
    // The profile's base URL: http://127.0.0.1:<port> and the path of the flavour's real base URL
    // (/v1; /v1beta/openai for Gemini; nothing for DeepSeek).
    QUrl baseUrl() const;

    // Which service the contract stands for; OpenAi by default. Whatever the flavour, …/messages is
    // the Anthropic API and …/chat/completions the OpenAI-compatible one.
    void setFlavour(Flavour flavour) { m_rules.setFlavour(flavour); }
    Flavour flavour() const { return m_rules.flavour(); }
    // Only this key is accepted; by default any non-empty one is (none at all for Local).
    void setRequiredKey(const QString &key) { m_rules.setRequiredKey(key); }
    // An extra model id, accepted on any flavour with permissive (gpt-4.1-like) rules.
    void addModel(const QString &id) { m_rules.addModel(id); }
    // The models the Local flavour serves.
    void setLocalModels(const QStringList &models) { m_rules.setLocalModels(models); }
    // Every model's context window, in tokens, instead of its own.
    void setContextWindow(int tokens) { m_rules.setContextWindow(tokens); }

    void setBehaviour(const Behaviour &behaviour) { m_behaviour = behaviour; }
    // Used by the next request instead of the standing behaviour; queued ones go first come.
    void enqueue(const Behaviour &behaviour) { m_oneShots.push_back(behaviour); }
    // Added before every answer.
    void setLatencyMs(int ms) { m_latencyMs = ms; }
    // Topic ids the answers draw from; the default profile's topics by default.
    void setTopics(const QStringList &topics) { m_topics = topics; }
    // Reported as served from the provider's cache (capped at the prompt size).
    void setCachedTokens(int tokens) { m_cachedTokens = tokens; }
    // Answers like a real model's, for the cost benchmark: comments as long (about 120 o200k tokens
    // per full record) instead of a few words, and hotspot tags as sparing (r = n = 10 only).
    void setLongProse(bool on) { m_longProse = on; }
    // The clean answer to a prompt, in the form it asks for (used by the fake batch servers too).
    QString replyFor(const QString &prompt) const;
    // Anthropic only: reported as cache_creation_input_tokens.
    void setCacheCreationTokens(int tokens) { m_cacheCreationTokens = tokens; }

    QList<Request> requests() const { return m_requests; }
    int requestCount() const { return static_cast<int>(m_requests.size()); }
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    Billed billed() const { return m_billed; }
    // Forgets recorded requests, the in-flight maximum and the bill.
    void clearRecord();

    // The ids fenced as <paper id="ID"> in `prompt`, in order.
    static QStringList paperIds(const QString &prompt);
    // The clean answer's scores for `id` (1..10), so tests can check what was stored.
    static int relevanceFor(const QString &id);
    static int noveltyFor(const QString &id);
    QString topicFor(const QString &id) const;
    // The clean JSONL line for `id`.
    QString cleanLine(const QString &id) const;
    // ceil(chars / 4): how this server counts tokens.
    static qint64 tokensFor(const QString &text);

Q_SIGNALS:
    void requestReceived(int index);

private:
    class Connection;
    struct Exchange;

    void onNewConnection();
    void onRequest(Connection *connection, Request request);
    void respond(Connection *connection, const Exchange &exchange);
    void respondWithAnswer(Connection *connection, const Exchange &exchange);
    void send(Connection *connection, const Exchange &exchange, int status, const QByteArray &body,
              const QList<QByteArray> &extraHeaders = {});
    void recordAnswer(const Exchange &exchange, int status);
    void onConnectionGone(Connection *connection);
    Behaviour nextBehaviour();
    QString replyText(const QStringList &ids, const Behaviour &behaviour, const ReplyShape &shape) const;
    // What answering `request` with `completionTokens` (`reasoningTokens` of them thinking) bills.
    Billed usageOf(const Request &request, qint64 completionTokens, qint64 reasoningTokens) const;
    void bill(const Billed &usage);

    QTcpServer m_server;
    QElapsedTimer m_clock;
    ProviderRules m_rules;
    Behaviour m_behaviour;
    std::deque<Behaviour> m_oneShots;
    int m_latencyMs = 0;
    QStringList m_topics;
    int m_cachedTokens = 0;
    int m_cacheCreationTokens = 0;
    bool m_longProse = false;
    QList<Request> m_requests;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
    int m_replyCounter = 0;
    // Bumped by clearRecord(), so an answer to a forgotten request does not touch the new record.
    quint64 m_generation = 0;
    Billed m_billed;
};

} // namespace pd::test
