#include "fakellmserver.h"

#include "core/profile.h"
#include "fakehttpserver.h"
#include "fakellmreplies.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

using Field = std::pair<QString, QJsonValue>;

// A value in compact JSON, without wrapping it in a document.
QString jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(array.mid(1, array.size() - 2));
}

// One JSONL object with its fields in the order the prompt asks for them.
QString objectText(const QList<Field> &fields, bool pretty, bool trailingComma)
{
    QStringList parts;
    for (const auto &[key, value] : fields) {
        parts.append(jsonText(key) + u':' + jsonText(value));
    }
    const QString separator = pretty ? u",\n  "_s : u","_s;
    QString text = (pretty ? u"{\n  "_s : u"{"_s) + parts.join(separator);
    if (trailingComma) {
        text += u',';
    }
    return text + (pretty ? u"\n}"_s : u"}"_s);
}

quint32 fnv1a(const QString &text)
{
    quint32 hash = 2166136261u;
    const QByteArray bytes = text.toUtf8();
    for (const char c : bytes) {
        hash ^= static_cast<quint8>(c);
        hash *= 16777619u;
    }
    return hash;
}

QByteArray httpHead(int status, qsizetype contentLength, const QList<QByteArray> &extraHeaders = {})
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + ' ' + httpReasonPhrase(status) + "\r\n" +
                      "Content-Type: application/json\r\n" +
                      "Content-Length: " + QByteArray::number(contentLength) + "\r\n" +
                      "Connection: keep-alive\r\n";
    for (const QByteArray &header : extraHeaders) {
        head += header + "\r\n";
    }
    return head + "\r\n";
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

QString promptTextOf(const QJsonObject &json)
{
    QString text = contentText(json.value(u"system"_s));
    const QJsonArray messages = json.value(u"messages"_s).toArray();
    for (const QJsonValue &message : messages) {
        text += contentText(message.toObject().value(u"content"_s));
    }
    return text;
}

QString keyOf(const FakeLlmServer::Request &request)
{
    const QByteArray authorization = request.header("authorization");
    if (authorization.startsWith("Bearer ")) {
        return QString::fromUtf8(authorization.mid(7));
    }
    return QString::fromUtf8(request.header("x-api-key"));
}

std::pair<QString, QString> errorTypeAndMessage(int status, const FakeLlmServer::Request &request)
{
    const bool anthropic = request.api == FakeLlmServer::Api::Anthropic;
    switch (status) {
    case 401:
        // Real providers echo (part of) the key; the client must scrub it.
        return {anthropic ? u"authentication_error"_s : u"invalid_request_error"_s,
                u"Incorrect API key provided: "_s + keyOf(request) + u'.'};
    case 403:
        return {u"permission_error"_s, u"Your key has no access to this model."_s};
    case 429:
        return {anthropic ? u"rate_limit_error"_s : u"rate_limit_exceeded"_s,
                u"Rate limit reached for requests."_s};
    case 529:
        return {u"overloaded_error"_s, u"Overloaded."_s};
    default:
        if (status >= 500) {
            return {anthropic ? u"api_error"_s : u"server_error"_s,
                    u"The server had an error while processing your request."_s};
        }
        return {u"invalid_request_error"_s, u"Request failed with status %1."_s.arg(status)};
    }
}

QByteArray errorBody(int status, const FakeLlmServer::Request &request)
{
    const auto [type, message] = errorTypeAndMessage(status, request);
    QJsonObject body;
    if (request.api == FakeLlmServer::Api::Anthropic) {
        body = QJsonObject{{u"type"_s, u"error"_s},
                           {u"error"_s, QJsonObject{{u"type"_s, type}, {u"message"_s, message}}}};
    } else {
        body = QJsonObject{
            {u"error"_s, QJsonObject{{u"message"_s, message}, {u"type"_s, type}, {u"code"_s, QJsonValue()}}}};
    }
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

} // namespace

// One client connection: reassembles requests from the byte stream (HTTP/1.1, Content-Length
// bodies, keep-alive) and counts those not yet answered.
class FakeLlmServer::Connection final : public QObject
{
public:
    Connection(QTcpSocket *socket, QObject *parent)
        : QObject(parent)
        , m_socket(socket)
    {
        socket->setParent(this);
    }

    QTcpSocket *socket() const { return m_socket; }
    int pending = 0;
    bool gone = false;

    // The next complete request in the buffer, if any.
    std::optional<Request> take()
    {
        m_buffer += m_socket->readAll();
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0) {
            return std::nullopt;
        }
        Request request;
        const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0) {
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
            }
        }
        const qsizetype length = request.header("content-length").toLongLong();
        const qsizetype total = headEnd + 4 + length;
        if (m_buffer.size() < total) {
            return std::nullopt;
        }
        request.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, total);
        return request;
    }

private:
    QTcpSocket *m_socket;
    QByteArray m_buffer;
};

// One request on its way to its answer: where it is recorded, what the contract said of it and which
// fault it gets.
struct FakeLlmServer::Exchange {
    qsizetype index = 0;
    quint64 generation = 0;
    Request request;
    ContractVerdict verdict;
    Behaviour behaviour;
};

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::dropIds(int n)
{
    Behaviour b;
    b.kind = Kind::DropIds;
    b.count = n;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::inventIds(int n)
{
    Behaviour b;
    b.kind = Kind::InventIds;
    b.count = n;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::malformed()
{
    Behaviour b;
    b.kind = Kind::Malformed;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::outOfRange(int n)
{
    Behaviour b;
    b.kind = Kind::OutOfRange;
    b.count = n;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::httpStatus(int code, int retryAfterSeconds)
{
    Behaviour b;
    b.kind = Kind::Status;
    b.status = code;
    b.retryAfterSeconds = retryAfterSeconds;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::slow(int ms)
{
    Behaviour b;
    b.kind = Kind::Slow;
    b.delayMs = ms;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::truncated()
{
    Behaviour b;
    b.kind = Kind::Truncated;
    return b;
}

FakeLlmServer::Behaviour FakeLlmServer::Behaviour::garbled()
{
    Behaviour b;
    b.kind = Kind::Garbled;
    return b;
}

FakeLlmServer::FakeLlmServer(QObject *parent)
    : QObject(parent)
{
    for (const core::Topic &topic : core::ProfileJson::defaultProfile().topics) {
        m_topics.append(topic.id);
    }
    connect(&m_server, &QTcpServer::newConnection, this, &FakeLlmServer::onNewConnection);
}

FakeLlmServer::~FakeLlmServer()
{
    // Sockets emit disconnected while they are torn down; nobody should hear it any more.
    const QList<QTcpSocket *> sockets = findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect();
    }
}

bool FakeLlmServer::listen()
{
    m_clock.start();
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl FakeLlmServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_server.serverPort()).arg(m_rules.basePath()));
}

void FakeLlmServer::clearRecord()
{
    m_requests.clear();
    m_maxInFlight = m_inFlight;
    m_billed = {};
    ++m_generation;
}

QStringList FakeLlmServer::paperIds(const QString &prompt)
{
    // A fence opens on a line of its own; the prompt's explanation of the fences does not count.
    static const QRegularExpression fence(u"^<paper id=\"([^\"]+)\">$"_s,
                                          QRegularExpression::MultilineOption);
    QStringList ids;
    QRegularExpressionMatchIterator it = fence.globalMatch(prompt);
    while (it.hasNext()) {
        ids.append(it.next().captured(1));
    }
    return ids;
}

int FakeLlmServer::relevanceFor(const QString &id)
{
    return 1 + static_cast<int>(fnv1a(id) % 10);
}

int FakeLlmServer::noveltyFor(const QString &id)
{
    return 1 + static_cast<int>((fnv1a(id) / 10) % 10);
}

QString FakeLlmServer::topicFor(const QString &id) const
{
    if (m_topics.isEmpty()) {
        return u"general"_s;
    }
    return m_topics.at(static_cast<qsizetype>((fnv1a(id) / 100) % static_cast<quint32>(m_topics.size())));
}

qint64 FakeLlmServer::tokensFor(const QString &text)
{
    return (text.size() + 3) / 4;
}

namespace {

// What the prompt asked each paper's reply to hold, read off the template it shows.
ReplyShape shapeOf(const QString &prompt, const QStringList &topics)
{
    ReplyShape shape;
    if (prompt.contains(u"{\"id\":\"2604.01234\",\"r\":"_s)) {
        shape.form = ReplyShape::Form::Compact;
    } else if (prompt.contains(u"\"HOTSPOT_PAPER_COMMENT\":\"...\"}"_s) &&
               !prompt.contains(u"\"RELEVANCE\":0"_s)) {
        shape.form = ReplyShape::Form::Details;
    }
    // The numbered registry ("3. topic_id: Label"), which is what a compact "t" names.
    static const QRegularExpression numbered(uR"(^(\d+)\. ([A-Za-z0-9_.\-]+): )"_s,
                                             QRegularExpression::MultilineOption);
    for (auto it = numbered.globalMatch(prompt); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        shape.topicNumbers.insert(m.captured(2), m.captured(1).toInt());
    }
    for (qsizetype i = 0; i < topics.size(); ++i) {
        if (!shape.topicNumbers.contains(topics.at(i)) && shape.form != ReplyShape::Form::Compact) {
            shape.topicNumbers.insert(topics.at(i), static_cast<int>(i + 1));
        }
    }
    return shape;
}

// Prose about as long as a real model's: a COMMENT of ~30 tokens, a TOPIC_MATCH_COMMENT of ~20.
QString longComment(const QString &id)
{
    return u"The strongest match is the paper's core method for %1: it reframes training as a "
           u"constrained optimisation over latent reasoning traces and shows consistent gains on "
           u"held-out compositional tasks."_s.arg(id);
}

QList<Field> lineFields(const ReplyShape &shape, const QString &id, const QJsonValue &relevance,
                        const QJsonValue &novelty, const QString &topic)
{
    QJsonArray tags;
    if (shape.longProse) {
        // As sparing as real models: about one paper in a hundred.
        if (relevance.toInt() == 10 && novelty.toInt() == 10) {
            tags.append(u"daily_hot"_s);
        }
    } else {
        if (relevance.toInt() == 10) {
            tags.append(u"daily_hot"_s);
        }
        if (novelty.toInt() == 10) {
            tags.append(u"new_frontier"_s);
        }
    }
    const QString comment = shape.longProse ? longComment(id) : u"Fake assessment of %1."_s.arg(id);
    const QString topicMatch = shape.longProse
                                   ? u"Its contribution sits squarely within %1 rather than "
                                     u"in an application area or a neighbouring topic."_s.arg(topic)
                                   : u"Closest to %1."_s.arg(topic);
    switch (shape.form) {
    case ReplyShape::Form::Compact:
        return {{u"id"_s, id},
                {u"r"_s, relevance},
                {u"n"_s, novelty},
                {u"t"_s, shape.topicNumbers.value(topic, 0)},
                {u"h"_s, tags}};
    case ReplyShape::Form::Details:
        return {{u"ARXIVID"_s, id},
                {u"COMMENT"_s, comment},
                {u"MATCHED_TOPIC_IDS"_s, QJsonArray{topic}},
                {u"TOPIC_MATCH_COMMENT"_s, topicMatch},
                {u"HOTSPOT_PAPER_COMMENT"_s, tags.isEmpty() ? QString() : u"Stands out today."_s}};
    case ReplyShape::Form::Full:
        break;
    }
    return {{u"ARXIVID"_s, id},
            {u"COMMENT"_s, comment},
            {u"RELEVANCE"_s, relevance},
            {u"NOVELTY"_s, novelty},
            {u"PRIMARY_TOPIC_ID"_s, topic},
            {u"MATCHED_TOPIC_IDS"_s, QJsonArray{topic}},
            {u"TOPIC_MATCH_COMMENT"_s, topicMatch},
            {u"HOTSPOT_PAPER_TAGS"_s, tags},
            {u"HOTSPOT_PAPER_COMMENT"_s, tags.isEmpty() ? QString() : u"Stands out today."_s}};
}

} // namespace

QString FakeLlmServer::cleanLine(const QString &id) const
{
    return objectText(lineFields(ReplyShape{}, id, relevanceFor(id), noveltyFor(id), topicFor(id)), false,
                      false);
}

QString FakeLlmServer::replyFor(const QString &prompt) const
{
    ReplyShape shape = shapeOf(prompt, m_topics);
    shape.longProse = m_longProse;
    return replyText(paperIds(prompt), Behaviour::clean(), shape);
}

QString FakeLlmServer::replyText(const QStringList &ids, const Behaviour &behaviour,
                                 const ReplyShape &shape) const
{
    using Kind = Behaviour::Kind;
    if (ids.isEmpty()) {
        return u"OK"_s; // a connection test ("Reply with OK"), not a scoring batch
    }
    QStringList lines;
    const qsizetype kept =
        behaviour.kind == Kind::DropIds ? std::max<qsizetype>(0, ids.size() - behaviour.count) : ids.size();
    for (qsizetype i = 0; i < kept; ++i) {
        const QString &id = ids.at(i);
        QJsonValue relevance = relevanceFor(id);
        QJsonValue novelty = noveltyFor(id);
        if (behaviour.kind == Kind::OutOfRange && i < behaviour.count) {
            if (i % 2 == 0) {
                relevance = 11;
            } else {
                novelty = 0;
            }
        }
        if (behaviour.kind != Kind::Malformed) {
            lines.append(objectText(lineFields(shape, id, relevance, novelty, topicFor(id)), false, false));
            continue;
        }
        switch (i % 4) {
        case 0:
            lines.append(objectText(lineFields(shape, id, relevance, novelty, topicFor(id)), true, false));
            break;
        case 1:
            lines.append(objectText(lineFields(shape, id, relevance, novelty, topicFor(id)), false, true));
            break;
        case 2:
            lines.append(objectText(lineFields(shape, id, QString::number(relevance.toInt()),
                                               QString::number(novelty.toInt()), topicFor(id)),
                                    false, false));
            break;
        default:
            lines.append(
                objectText(lineFields(shape, u"arXiv:"_s + id + u"v2"_s, relevance, novelty, topicFor(id)),
                           false, false));
            break;
        }
    }
    if (behaviour.kind == Kind::InventIds) {
        for (int n = 1; n <= behaviour.count; ++n) {
            lines.append(cleanLine(u"9999.%1"_s.arg(n, 5, 10, QLatin1Char('0'))));
        }
    }
    QString text = lines.join(u'\n');
    if (behaviour.kind == Kind::Malformed) {
        text = u"Here are the scores you asked for:\n\n```json\n"_s + text +
               u"\n```\n\nLet me know if you need anything else."_s;
    }
    return text;
}

FakeLlmServer::Billed FakeLlmServer::usageOf(const Request &request, qint64 completionTokens,
                                             qint64 reasoningTokens) const
{
    Billed usage;
    usage.requests = 1;
    usage.promptTokens = tokensFor(request.promptText);
    usage.cachedTokens = std::min<qint64>(m_cachedTokens, usage.promptTokens);
    if (request.api == Api::Anthropic) {
        usage.cacheWriteTokens =
            std::min<qint64>(m_cacheCreationTokens, usage.promptTokens - usage.cachedTokens);
    }
    usage.completionTokens = completionTokens;
    usage.reasoningTokens = reasoningTokens;
    return usage;
}

void FakeLlmServer::bill(const Billed &usage)
{
    m_billed.requests += usage.requests;
    m_billed.promptTokens += usage.promptTokens;
    m_billed.completionTokens += usage.completionTokens;
    m_billed.cachedTokens += usage.cachedTokens;
    m_billed.cacheWriteTokens += usage.cacheWriteTokens;
    m_billed.reasoningTokens += usage.reasoningTokens;
}

void FakeLlmServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *connection = new Connection(socket, this);
        connect(socket, &QTcpSocket::readyRead, connection, [this, connection] {
            while (std::optional<Request> request = connection->take()) {
                onRequest(connection, std::move(*request));
            }
        });
        connect(socket, &QTcpSocket::disconnected, connection,
                [this, connection] { onConnectionGone(connection); });
    }
}

void FakeLlmServer::onRequest(Connection *connection, Request request)
{
    request.arrivedMs = m_clock.elapsed();
    if (request.path.endsWith("/chat/completions")) {
        request.api = Api::OpenAi;
    } else if (request.path.endsWith("/messages")) {
        request.api = Api::Anthropic;
    }
    request.json = QJsonDocument::fromJson(request.body).object();
    request.promptText = promptTextOf(request.json);
    request.form = shapeOf(request.promptText, m_topics).form;
    request.paperIds = paperIds(request.promptText);
    m_requests.append(request);
    ++connection->pending;
    m_maxInFlight = std::max(m_maxInFlight, ++m_inFlight);

    const ContractRequest contract{request.method, request.path, request.headers, request.body,
                                   tokensFor(request.promptText)};
    Exchange exchange{m_requests.size() - 1, m_generation, request, m_rules.check(contract), {}};
    int delay = m_latencyMs;
    // A fault is meant for a request the service would serve: a refused one leaves it queued.
    if (exchange.verdict.accepted()) {
        exchange.behaviour = nextBehaviour();
        delay += exchange.behaviour.kind == Behaviour::Kind::Slow ? exchange.behaviour.delayMs : 0;
    }
    QTimer::singleShot(delay, connection, [this, connection, exchange] {
        if (!connection->gone) {
            respond(connection, exchange);
        }
    });
    Q_EMIT requestReceived(static_cast<int>(exchange.index));
}

FakeLlmServer::Behaviour FakeLlmServer::nextBehaviour()
{
    if (m_oneShots.empty()) {
        return m_behaviour;
    }
    Behaviour next = m_oneShots.front();
    m_oneShots.pop_front();
    return next;
}

void FakeLlmServer::respond(Connection *connection, const Exchange &exchange)
{
    --connection->pending;
    --m_inFlight;
    ++m_replyCounter;
    const Behaviour &behaviour = exchange.behaviour;
    if (!exchange.verdict.accepted()) {
        send(connection, exchange, exchange.verdict.status, exchange.verdict.errorBody);
    } else if (behaviour.kind == Behaviour::Kind::Status) {
        QList<QByteArray> extra;
        if (behaviour.retryAfterSeconds >= 0) {
            extra.append("Retry-After: " + QByteArray::number(behaviour.retryAfterSeconds));
        }
        send(connection, exchange, behaviour.status, errorBody(behaviour.status, exchange.request), extra);
    } else if (behaviour.kind == Behaviour::Kind::Garbled) {
        send(connection, exchange, 200, "{\"choices\": [{\"message\": {\"content\": \"half");
    } else {
        respondWithAnswer(connection, exchange);
    }
}

void FakeLlmServer::respondWithAnswer(Connection *connection, const Exchange &exchange)
{
    const Request &request = exchange.request;
    const LimitedReply reply = limitedReply(replyText(request.paperIds, exchange.behaviour,
                                                      [&] {
                                                          ReplyShape shape =
                                                              shapeOf(request.promptText, m_topics);
                                                          shape.longProse = m_longProse;
                                                          return shape;
                                                      }()),
                                            exchange.verdict);
    const Billed usage = usageOf(request, reply.completionTokens, reply.reasoningTokens);
    const QString model = request.json.value(u"model"_s).toString();
    const QJsonObject json =
        request.api == Api::Anthropic
            ? anthropicReplyBody(model, u"msg_fake_%1"_s.arg(m_replyCounter), reply, usage)
            : openAiReplyBody(model, u"chatcmpl-fake-%1"_s.arg(m_replyCounter), reply, usage,
                              flavour() == Flavour::DeepSeek);
    const QByteArray body = QJsonDocument(json).toJson(QJsonDocument::Compact);
    // The provider bills the work once the answer leaves, even if the connection then breaks.
    bill(usage);
    if (exchange.behaviour.kind != Behaviour::Kind::Truncated) {
        send(connection, exchange, 200, body);
        return;
    }
    recordAnswer(exchange, 200);
    QTcpSocket *socket = connection->socket();
    socket->write(httpHead(200, body.size()) + body.left(body.size() / 2));
    socket->flush();
    socket->disconnectFromHost();
}

void FakeLlmServer::send(Connection *connection, const Exchange &exchange, int status, const QByteArray &body,
                         const QList<QByteArray> &extraHeaders)
{
    recordAnswer(exchange, status);
    connection->socket()->write(httpHead(status, body.size(), extraHeaders) + body);
}

void FakeLlmServer::recordAnswer(const Exchange &exchange, int status)
{
    if (exchange.generation == m_generation && exchange.index < m_requests.size()) {
        m_requests[exchange.index].answeredStatus = status;
    }
}

void FakeLlmServer::onConnectionGone(Connection *connection)
{
    if (connection->gone) {
        return;
    }
    connection->gone = true;
    m_inFlight -= connection->pending;
    connection->pending = 0;
    connection->deleteLater();
}

} // namespace pd::test
