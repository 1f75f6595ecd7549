#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>

class QTcpServer;
class QTcpSocket;

namespace pd::test {

// One request as the fake server parsed it.
struct HttpRequest {
    QByteArray method;
    QByteArray path; // without the query, still percent-encoded
    QUrlQuery query;
    QMap<QByteArray, QByteArray> headers; // names lower-cased; a repeated header keeps its last value
    QByteArray body;
    QDateTime receivedAt;  // UTC
    qint64 receivedMs = 0; // ms since the server was created (monotonic clock)

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// What the fake server answers. Build one field by field, or in one expression:
// `HttpResponse::make(503).withHeader("Retry-After", "2")`.
struct HttpResponse {
    int status = 200;
    QByteArray contentType = "application/xml";
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // extra headers, sent as given
    int delayMs = 0;                              // answer this long after the request arrived
    enum class Fault {
        None,
        Truncate, // announce the full Content-Length, send half of the body, close
        Drop,     // close the connection without answering
        Hang      // never answer; the connection stays open until the client gives up
    } fault = Fault::None;

    static HttpResponse make(int status, QByteArray body = {}, QByteArray contentType = "application/xml");
    HttpResponse withHeader(const QByteArray &name, const QByteArray &value) const;
    HttpResponse withDelay(int ms) const;
    HttpResponse withFault(Fault f) const;
};

// A small HTTP/1.1 server on 127.0.0.1 for tests: keep-alive, several connections at once,
// Content-Length request bodies, delayed answers and faults. Everything runs on the event loop of
// the thread it lives on; nothing blocks. The fake arXiv, OpenAI and Anthropic servers are built on
// it by setting a handler.
class FakeHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeHttpServer)

public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    // Listens on 127.0.0.1 on a port the system picks. False (with a warning) if that fails.
    bool listen();
    quint16 port() const;

    // http://127.0.0.1:<port><path>; `path` may carry a query ("/api/query?start=0").
    QUrl url(const QString &path = QStringLiteral("/")) const;

    // The answer to any request no queued response matches. Without one: 404.
    void setHandler(Handler handler);

    // A one-shot response for the next request whose path starts with `pathPrefix`. Queued
    // responses are served before the handler, oldest first.
    void enqueue(const QByteArray &pathPrefix, HttpResponse response);
    int queuedResponses() const { return int(m_queue.size()); }

    // Everything received, in order of arrival.
    QList<HttpRequest> requests() const { return m_requests; }

    // The most requests in progress at once (received, not yet answered or dropped).
    int maxConcurrentConnections() const { return m_maxInProgress; }
    int requestsInProgress() const { return m_inProgress; }
    int openConnections() const { return int(m_connections.size()); }

    // Forgets the received requests and queued responses and resets the maximum to the number in
    // progress now. The handler stays.
    void clear();

Q_SIGNALS:
    void requestReceived(const pd::test::HttpRequest &request);

private:
    struct Connection {
        QByteArray buffer;
        bool busy = false;       // a request was received and is not answered yet
        bool closeAfter = false; // the client asked for Connection: close
        bool closing = false;    // we are closing it; anything more it sends is ignored
    };
    enum class Parse { Incomplete, Complete, Bad };

    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void onDisconnected(QTcpSocket *socket);
    void processBuffer(QTcpSocket *socket);
    Parse parseRequest(Connection &connection, HttpRequest &request) const;
    HttpResponse responseFor(const HttpRequest &request);
    void answer(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response);
    void finishRequest(QTcpSocket *socket);
    void rejectBadRequest(QTcpSocket *socket);
    void closeConnection(QTcpSocket *socket);

    QTcpServer *m_server = nullptr;
    QElapsedTimer m_clock;
    Handler m_handler;
    QList<QPair<QByteArray, HttpResponse>> m_queue;
    QList<HttpRequest> m_requests;
    QHash<QTcpSocket *, Connection> m_connections;
    int m_inProgress = 0;
    int m_maxInProgress = 0;
};

// The standard reason phrase for an HTTP status ("Service Unavailable"), "Unknown" otherwise.
QByteArray httpReasonPhrase(int status);

// An HTTP-date (RFC 9110 IMF-fixdate) for a Retry-After or Date header.
QByteArray httpDate(const QDateTime &time);

} // namespace pd::test
