#include "fakehttpserver.h"

#include <QHostAddress>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace pd::test {

namespace {

constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

bool hasHeader(const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

} // namespace

QByteArray httpReasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 307:
        return "Temporary Redirect";
    case 308:
        return "Permanent Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Unknown";
    }
}

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'")).toLatin1();
}

HttpResponse HttpResponse::make(int status, QByteArray body, QByteArray contentType)
{
    HttpResponse response;
    response.status = status;
    response.body = std::move(body);
    response.contentType = std::move(contentType);
    return response;
}

HttpResponse HttpResponse::withHeader(const QByteArray &name, const QByteArray &value) const
{
    HttpResponse response = *this;
    response.headers.append({name, value});
    return response;
}

HttpResponse HttpResponse::withDelay(int ms) const
{
    HttpResponse response = *this;
    response.delayMs = ms;
    return response;
}

HttpResponse HttpResponse::withFault(Fault f) const
{
    HttpResponse response = *this;
    response.fault = f;
    return response;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_clock.start();
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
}

FakeHttpServer::~FakeHttpServer()
{
    // Sockets are children of this object; cut their signals first so that closing them while this
    // object is half destroyed calls nothing back, and pending delayed answers (timers with the
    // socket as context) die with them.
    m_server->close();
    const QList<QTcpSocket *> sockets = m_connections.keys();
    m_connections.clear();
    for (QTcpSocket *socket : sockets) {
        socket->disconnect(this);
        socket->abort();
        delete socket;
    }
}

bool FakeHttpServer::listen()
{
    if (!m_server->listen(QHostAddress::LocalHost, 0)) {
        qWarning("FakeHttpServer: cannot listen on 127.0.0.1: %s", qPrintable(m_server->errorString()));
        return false;
    }
    return true;
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FakeHttpServer::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void FakeHttpServer::enqueue(const QByteArray &pathPrefix, HttpResponse response)
{
    m_queue.append({pathPrefix, std::move(response)});
}

void FakeHttpServer::clear()
{
    m_requests.clear();
    m_queue.clear();
    m_maxInProgress = m_inProgress;
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_connections.insert(socket, Connection{});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] { onDisconnected(socket); });
        // Bytes may have arrived before the signals were connected.
        if (socket->bytesAvailable() > 0) {
            onReadyRead(socket);
        }
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    it->buffer.append(socket->readAll());
    processBuffer(socket);
}

void FakeHttpServer::onDisconnected(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    if (it->busy) {
        --m_inProgress;
    }
    m_connections.erase(it);
    socket->disconnect(this);
    socket->deleteLater();
}

// Handles at most one request at a time per connection; a pipelined next request waits in the
// buffer until the current one is answered.
void FakeHttpServer::processBuffer(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy || it->closing) {
        return;
    }
    HttpRequest request;
    switch (parseRequest(*it, request)) {
    case Parse::Incomplete:
        return;
    case Parse::Bad:
        rejectBadRequest(socket);
        return;
    case Parse::Complete:
        break;
    }
    it->busy = true;
    it->closeAfter = request.header("connection").toLower() == "close";
    ++m_inProgress;
    m_maxInProgress = qMax(m_maxInProgress, m_inProgress);
    m_requests.append(request);
    Q_EMIT requestReceived(request);

    const HttpResponse response = responseFor(request);
    if (response.fault == HttpResponse::Fault::Hang) {
        return;
    }
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, Qt::PreciseTimer, socket,
                           [this, socket, request, response] { answer(socket, request, response); });
    } else {
        answer(socket, request, response);
    }
}

FakeHttpServer::Parse FakeHttpServer::parseRequest(Connection &connection, HttpRequest &request) const
{
    const qsizetype headerEnd = connection.buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        return connection.buffer.size() > MaxHeaderBytes ? Parse::Bad : Parse::Incomplete;
    }
    const QList<QByteArray> lines = connection.buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        return Parse::Bad;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            return Parse::Bad;
        }
        request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("content-length");
    const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxBodyBytes || request.headers.contains("transfer-encoding")) {
        return Parse::Bad;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (connection.buffer.size() - bodyStart < length) {
        return Parse::Incomplete;
    }

    request.method = requestLine.at(0);
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request.path = question < 0 ? target : target.left(question);
    if (question >= 0) {
        request.query.setQuery(QString::fromLatin1(target.mid(question + 1)));
    }
    request.body = connection.buffer.mid(bodyStart, length);
    request.receivedAt = QDateTime::currentDateTimeUtc();
    request.receivedMs = m_clock.elapsed();
    connection.buffer.remove(0, bodyStart + length);
    return Parse::Complete;
}

HttpResponse FakeHttpServer::responseFor(const HttpRequest &request)
{
    for (qsizetype i = 0; i < m_queue.size(); ++i) {
        if (request.path.startsWith(m_queue.at(i).first)) {
            return m_queue.takeAt(i).second;
        }
    }
    if (m_handler) {
        return m_handler(request);
    }
    return HttpResponse::make(404, "no handler\n", "text/plain");
}

void FakeHttpServer::answer(QTcpSocket *socket, const HttpRequest &request, const HttpResponse &response)
{
    const auto it = m_connections.find(socket);
    if (it == m_connections.end()) {
        return;
    }
    if (response.fault == HttpResponse::Fault::Drop) {
        finishRequest(socket);
        closeConnection(socket);
        return;
    }

    const bool truncate = response.fault == HttpResponse::Fault::Truncate;
    const bool close = it->closeAfter || truncate;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + httpReasonPhrase(response.status) + "\r\n";
    if (!hasHeader(response.headers, "content-type") && !response.contentType.isEmpty()) {
        head += "Content-Type: " + response.contentType + "\r\n";
    }
    if (!hasHeader(response.headers, "content-length")) {
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    }
    for (const auto &[name, value] : response.headers) {
        head += name + ": " + value + "\r\n";
    }
    if (close) {
        head += "Connection: close\r\n";
    }
    head += "\r\n";

    socket->write(head);
    if (request.method != "HEAD") {
        socket->write(truncate ? response.body.left(response.body.size() / 2) : response.body);
    }
    finishRequest(socket);
    if (close) {
        closeConnection(socket);
    } else {
        // A request pipelined behind this one may already be waiting.
        QTimer::singleShot(0, socket, [this, socket] { processBuffer(socket); });
    }
}

void FakeHttpServer::finishRequest(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end() && it->busy) {
        it->busy = false;
        --m_inProgress;
    }
}

void FakeHttpServer::rejectBadRequest(QTcpSocket *socket)
{
    socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
    closeConnection(socket);
}

// Sends what is buffered, then closes; onDisconnected() forgets the socket (possibly right away).
void FakeHttpServer::closeConnection(QTcpSocket *socket)
{
    const auto it = m_connections.find(socket);
    if (it != m_connections.end()) {
        it->closing = true;
        it->buffer.clear();
    }
    socket->disconnectFromHost();
}

} // namespace pd::test
