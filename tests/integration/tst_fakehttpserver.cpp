#include "fakehttpserver.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using pd::test::FakeHttpServer;
using pd::test::HttpRequest;
using pd::test::HttpResponse;

namespace {

struct ParsedResponse {
    int status = 0;
    QMap<QByteArray, QByteArray> headers;
    QByteArray body;
};

// The complete responses at the start of `data` (each with a Content-Length).
QList<ParsedResponse> parseResponses(QByteArray data)
{
    QList<ParsedResponse> responses;
    while (true) {
        const qsizetype headerEnd = data.indexOf("\r\n\r\n");
        if (headerEnd < 0) {
            break;
        }
        const QList<QByteArray> lines = data.left(headerEnd).split('\n');
        ParsedResponse response;
        response.status = lines.first().split(' ').value(1).toInt();
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            response.headers.insert(line.left(colon).toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = response.headers.value("content-length").toLongLong();
        if (data.size() < headerEnd + 4 + length) {
            break;
        }
        response.body = data.mid(headerEnd + 4, length);
        data.remove(0, headerEnd + 4 + length);
        responses.append(response);
    }
    return responses;
}

// A raw client socket that collects everything it receives, without blocking the event loop the
// server runs on.
struct RawClient {
    QTcpSocket socket;
    QByteArray received;

    explicit RawClient(quint16 port)
    {
        QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [this] { received += socket.readAll(); });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }
    void send(const QByteArray &method, const QByteArray &target, const QByteArray &body = {},
              const QByteArray &extraHeaders = {})
    {
        socket.write(method + ' ' + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n" + body);
    }
    QList<ParsedResponse> responses() const { return parseResponses(received); }
};

} // namespace

class TestFakeHttpServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRequests()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        QVERIFY(server.url(u"/x?a=1"_s).toString().startsWith(u"http://127.0.0.1:"_s));
        server.setHandler([](const HttpRequest &request) {
            return HttpResponse::make(201, "got " + request.body, "text/plain").withHeader("X-Test", "yes");
        });

        RawClient client(server.port());
        client.send("POST", "/api/query?search_query=cat%3Acs.AI&start=10", "hello body",
                    "X-Custom: Value\r\nUser-Agent: tester/1\r\n");
        QTRY_COMPARE(client.responses().size(), 1);

        const ParsedResponse response = client.responses().first();
        QCOMPARE(response.status, 201);
        QCOMPARE(response.body, "got hello body");
        QCOMPARE(response.headers.value("x-test"), "yes");
        QCOMPARE(response.headers.value("content-type"), "text/plain");

        QCOMPARE(server.requests().size(), 1);
        const HttpRequest request = server.requests().first();
        QCOMPARE(request.method, "POST");
        QCOMPARE(request.path, "/api/query");
        QCOMPARE(request.query.queryItemValue(u"search_query"_s, QUrl::FullyDecoded), u"cat:cs.AI"_s);
        QCOMPARE(request.query.queryItemValue(u"start"_s), u"10"_s);
        QCOMPARE(request.header("X-CUSTOM"), "Value");
        QCOMPARE(request.headers.value("user-agent"), "tester/1");
        QCOMPARE(request.body, "hello body");
        QVERIFY(request.receivedAt.isValid());
    }

    void keepAliveServesSeveralRequestsOnOneConnection()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &request) { return HttpResponse::make(200, request.path); });

        RawClient client(server.port());
        client.send("GET", "/one");
        QTRY_COMPARE(client.responses().size(), 1);
        client.send("GET", "/two");
        QTRY_COMPARE(client.responses().size(), 2);
        // Pipelined: both in one write; answered in order.
        client.send("GET", "/three");
        client.send("GET", "/four");
        QTRY_COMPARE(client.responses().size(), 4);

        const QList<ParsedResponse> responses = client.responses();
        QCOMPARE(responses.at(0).body, "/one");
        QCOMPARE(responses.at(1).body, "/two");
        QCOMPARE(responses.at(2).body, "/three");
        QCOMPARE(responses.at(3).body, "/four");
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        QCOMPARE(server.openConnections(), 1);
        QCOMPARE(server.maxConcurrentConnections(), 1);
    }

    void connectionCloseIsHonoured()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) { return HttpResponse::make(200, "bye"); });
        RawClient client(server.port());
        client.send("GET", "/", {}, "Connection: close\r\n");
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.responses().size(), 1);
        QCOMPARE(client.responses().first().headers.value("connection"), "close");
    }

    void countsConcurrentRequests()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) { return HttpResponse::make(200, "slow").withDelay(300); });

        std::vector<std::unique_ptr<RawClient>> clients;
        for (int i = 0; i < 3; ++i) {
            clients.push_back(std::make_unique<RawClient>(server.port()));
            clients.back()->send("GET", "/slow");
        }
        QTRY_COMPARE(server.requestsInProgress(), 3);
        for (const auto &client : clients) {
            QTRY_COMPARE(client->responses().size(), 1);
        }
        QCOMPARE(server.requestsInProgress(), 0);
        QCOMPARE(server.maxConcurrentConnections(), 3);

        // One after another on the same connections never overlaps.
        server.clear();
        QCOMPARE(server.maxConcurrentConnections(), 0);
        QVERIFY(server.requests().isEmpty());
        for (const auto &client : clients) {
            client->send("GET", "/slow");
            QTRY_COMPARE(client->responses().size(), 2);
        }
        QCOMPARE(server.maxConcurrentConnections(), 1);
    }

    void enqueuedResponsesComeFirstInOrderPerPrefix()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.setHandler([](const HttpRequest &) { return HttpResponse::make(200, "handler"); });
        server.enqueue("/a", HttpResponse::make(200, "a1"));
        server.enqueue("/b", HttpResponse::make(200, "b1"));
        server.enqueue("/a", HttpResponse::make(503, "a2"));
        QCOMPARE(server.queuedResponses(), 3);

        RawClient client(server.port());
        const QList<QByteArray> targets = {"/a/x", "/c", "/a?q=1", "/b", "/a", "/b"};
        for (const QByteArray &target : targets) {
            client.send("GET", target);
        }
        QTRY_COMPARE(client.responses().size(), targets.size());
        const QList<ParsedResponse> responses = client.responses();
        QCOMPARE(responses.at(0).body, "a1");
        QCOMPARE(responses.at(1).body, "handler");
        QCOMPARE(responses.at(2).body, "a2");
        QCOMPARE(responses.at(2).status, 503);
        QCOMPARE(responses.at(3).body, "b1");
        QCOMPARE(responses.at(4).body, "handler");
        QCOMPARE(responses.at(5).body, "handler");
        QCOMPARE(server.queuedResponses(), 0);
        QCOMPARE(server.requests().size(), targets.size());
        QCOMPARE(server.requests().at(2).path, "/a");
    }

    void withoutHandlerAnswers404()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        RawClient client(server.port());
        client.send("GET", "/nothing");
        QTRY_COMPARE(client.responses().size(), 1);
        QCOMPARE(client.responses().first().status, 404);
    }

    void delayedAnswerDoesNotBlock()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue("/slow", HttpResponse::make(200, "slow").withDelay(1000));
        server.setHandler([](const HttpRequest &) { return HttpResponse::make(200, "fast"); });

        RawClient slow(server.port());
        RawClient fast(server.port());
        slow.send("GET", "/slow");
        QTRY_COMPARE(server.requests().size(), 1);
        fast.send("GET", "/fast");
        QTRY_COMPARE(fast.responses().size(), 1);
        QVERIFY(slow.responses().isEmpty()); // the delayed answer is still pending
        QTRY_COMPARE(slow.responses().size(), 1);
        QCOMPARE(slow.responses().first().body, "slow");
    }

    void truncateSendsHalfAndCloses()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue(
            "/", HttpResponse::make(200, QByteArray(1000, 'x')).withFault(HttpResponse::Fault::Truncate));
        RawClient client(server.port());
        client.send("GET", "/");
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(client.responses().isEmpty()); // never complete
        QVERIFY(client.received.contains("Content-Length: 1000\r\n"));
        QCOMPARE(client.received.size() - (client.received.indexOf("\r\n\r\n") + 4), 500);
        QCOMPARE(server.requestsInProgress(), 0);
    }

    void dropClosesWithoutAnswer()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue("/", HttpResponse::make(200, "never").withFault(HttpResponse::Fault::Drop));
        RawClient client(server.port());
        client.send("GET", "/");
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::UnconnectedState);
        QVERIFY(client.received.isEmpty());
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requestsInProgress(), 0);
    }

    void hangKeepsTheRequestInProgressUntilTheClientLeaves()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        server.enqueue("/", HttpResponse::make(200, "never").withFault(HttpResponse::Fault::Hang));
        RawClient client(server.port());
        client.send("GET", "/");
        QTRY_COMPARE(server.requestsInProgress(), 1);
        QTest::qWait(200);
        QVERIFY(client.received.isEmpty());
        QCOMPARE(client.socket.state(), QAbstractSocket::ConnectedState);
        client.socket.abort();
        QTRY_COMPARE(server.requestsInProgress(), 0);
        QTRY_COMPARE(server.openConnections(), 0);
    }

    void badRequestIsRejected()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        RawClient client(server.port());
        client.socket.write("NONSENSE\r\n\r\n");
        QTRY_COMPARE(client.socket.state(), QAbstractSocket::UnconnectedState);
        QCOMPARE(client.responses().value(0).status, 400);
        QVERIFY(server.requests().isEmpty());
    }

    void requestReceivedSignal()
    {
        FakeHttpServer server;
        QVERIFY(server.listen());
        QSignalSpy spy(&server, &FakeHttpServer::requestReceived);
        RawClient client(server.port());
        client.send("GET", "/signal");
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<HttpRequest>().path, "/signal");
    }

    void deletedCleanlyWithConnectionsOpen()
    {
        auto *server = new FakeHttpServer;
        QVERIFY(server->listen());
        const quint16 port = server->port();
        server->enqueue("/hang", HttpResponse::make(200).withFault(HttpResponse::Fault::Hang));
        server->enqueue("/late", HttpResponse::make(200, "late").withDelay(300));

        RawClient hanging(port);
        RawClient delayed(port);
        RawClient partial(port);
        hanging.send("GET", "/hang");
        delayed.send("GET", "/late");
        partial.socket.write("GET /half HTTP/1.1\r\nHost: x\r\n"); // headers never finished
        QTRY_COMPARE(server->requests().size(), 2);
        QTRY_COMPARE(server->openConnections(), 3);

        delete server;
        QTRY_COMPARE(hanging.socket.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(delayed.socket.state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(partial.socket.state(), QAbstractSocket::UnconnectedState);
        QTest::qWait(400); // the delayed answer's timer must have died with the server
        QVERIFY(delayed.received.isEmpty());

        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        QTRY_COMPARE(probe.state(), QAbstractSocket::UnconnectedState); // nobody listens any more
    }
};

QTEST_GUILESS_MAIN(TestFakeHttpServer)
#include "tst_fakehttpserver.moc"
