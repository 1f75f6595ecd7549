#include "arxiv/arxivclient.h"
#include "fakehttpserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using pd::arxiv::ArxivClient;
using pd::arxiv::HttpResult;
using pd::test::FakeHttpServer;
using pd::test::HttpRequest;
using pd::test::HttpResponse;

namespace {

// Allowance for millisecond truncation of the two clocks compared.
constexpr qint64 ClockSlackMs = 5;
constexpr int LongWaitMs = 20000;

// Options that keep the suite quick; the spacing rules are the same, only shorter.
ArxivClient::Options fastOptions()
{
    ArxivClient::Options options;
    options.minIntervalMs = 300;
    options.timeoutMs = 5000;
    options.maxRetries = 3;
    options.maxRetryAfterSeconds = 5;
    options.backoffMs = 100;
    return options;
}

QList<qint64> gapsBetween(const QList<HttpRequest> &requests)
{
    QList<qint64> gaps;
    for (qsizetype i = 1; i < requests.size(); ++i) {
        gaps.append(requests.at(i).receivedMs - requests.at(i - 1).receivedMs);
    }
    return gaps;
}

} // namespace

class TestArxivClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ArxivClient> m_client;
    QList<HttpResult> m_results;

    // Queues a GET whose result lands in m_results.
    void get(const QString &path, QObject *context = nullptr)
    {
        m_client->get(m_server->url(path), context ? context : this,
                      [this](const HttpResult &result) { m_results.append(result); });
    }

    void setOptions(const std::function<void(ArxivClient::Options &)> &change)
    {
        ArxivClient::Options options = fastOptions();
        change(options);
        m_client->setOptions(options);
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler(
            [](const HttpRequest &request) { return HttpResponse::make(200, request.path); });
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_client = std::make_unique<ArxivClient>(m_nam.get());
        m_client->setOptions(fastOptions());
        m_results.clear();
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: invalid
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("imf-fixdate") << QByteArray("Wed, 21 Oct 2026 07:28:30 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Wednesday, 21-Oct-26 07:29:00 GMT") << qint64(60000);
        QTest::newRow("asctime") << QByteArray("Wed Oct 21 07:28:10 2026") << qint64(10000);
        QTest::newRow("wrong weekday") << QByteArray("Mon, 21 Oct 2026 07:28:30 GMT") << qint64(30000);
        QTest::newRow("asctime padded day")
            << QByteArray("Sun Nov  1 07:28:00 2026") << qint64(11LL * 24 * 3600 * 1000);
        QTest::newRow("bad date") << QByteArray("Wed, 32 Oct 2026 07:28:30 GMT") << qint64(-1);
        QTest::newRow("past date") << QByteArray("Tue, 20 Oct 2026 07:28:00 GMT") << qint64(0);
    }

    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(2026, 10, 21), QTime(7, 28, 0), Qt::UTC);
        const std::optional<qint64> parsed = pd::arxiv::parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed);
        } else {
            QVERIFY(parsed);
            QCOMPARE(*parsed, expectedMs);
        }
    }

    void answersInOrderAndNeverInsideGet()
    {
        for (int i = 1; i <= 4; ++i) {
            get(u"/item/%1"_s.arg(i));
        }
        QVERIFY(m_results.isEmpty()); // callbacks never run inside get()
        QCOMPARE(m_client->pending(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 4, LongWaitMs);

        for (int i = 0; i < 4; ++i) {
            const HttpResult &result = m_results.at(i);
            QVERIFY2(result.ok(), qPrintable(result.error));
            QCOMPARE(result.status, 200);
            QCOMPARE(result.body, "/item/" + QByteArray::number(i + 1));
            QCOMPARE(result.contentType, u"application/xml"_s);
            QCOMPARE(result.attempts, 1);
            QCOMPARE(result.url, m_server->url(u"/item/%1"_s.arg(i + 1)));
            QCOMPARE(m_server->requests().at(i).path, "/item/" + QByteArray::number(i + 1));
        }
        QCOMPARE(m_client->pending(), 0);
    }

    void neverTwoInFlight()
    {
        m_server->setHandler(
            [](const HttpRequest &) { return HttpResponse::make(200, "slow").withDelay(250); });
        for (int i = 0; i < 4; ++i) {
            get(u"/slow"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 4, LongWaitMs);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(m_server->maxConcurrentConnections(), 1);
    }

    // End-to-start spacing: with a 200 ms answer, starts are at least interval + 200 ms apart.
    void spacesRequestsFromTheEndOfThePrevious()
    {
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(200, "x").withDelay(200); });
        for (int i = 0; i < 3; ++i) {
            get(u"/spaced"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, LongWaitMs);
        const QList<qint64> gaps = gapsBetween(m_server->requests());
        QCOMPARE(gaps.size(), 2);
        for (const qint64 gap : gaps) {
            QVERIFY2(gap >= 300 + 200 - ClockSlackMs, qPrintable(u"gap %1 ms"_s.arg(gap)));
        }
    }

    // The one test at arXiv's real pace: three requests with the default 3000 ms.
    void defaultSpacingIsThreeSeconds()
    {
        m_client->setOptions(ArxivClient::Options{});
        QCOMPARE(m_client->options().minIntervalMs, 3000);
        for (int i = 0; i < 3; ++i) {
            get(u"/real"_s);
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 3, LongWaitMs);
        const QList<qint64> gaps = gapsBetween(m_server->requests());
        QCOMPARE(gaps.size(), 2);
        for (const qint64 gap : gaps) {
            qInfo("gap between requests seen by the server: %lld ms", static_cast<long long>(gap));
            QVERIFY2(gap >= 3000 - ClockSlackMs, qPrintable(u"gap %1 ms"_s.arg(gap)));
        }
    }

    // Qt asks for compressed answers and unpacks them; the length check must not mistake the
    // unpacked body for a cut-off one.
    void compressedAnswerIsUnpacked()
    {
        const QByteArray text = QByteArray("<feed>") + QByteArray("<entry/>").repeated(500) + "</feed>";
        const QByteArray deflated = qCompress(text).mid(4); // zlib stream without Qt's length prefix
        QVERIFY(deflated.size() < text.size());
        m_server->setHandler([deflated](const HttpRequest &) {
            return HttpResponse::make(200, deflated).withHeader("Content-Encoding", "deflate");
        });
        get(u"/packed"_s);
        QTRY_COMPARE(m_results.size(), 1);
        QVERIFY2(m_results.first().ok(), qPrintable(m_results.first().error));
        QCOMPARE(m_results.first().body, text);
        QVERIFY(m_server->requests().first().header("accept-encoding").contains("deflate"));
    }

    void sendsUserAgent()
    {
        get(u"/ua"_s);
        QTRY_COMPARE(m_results.size(), 1);
        const QByteArray agent = m_server->requests().first().header("user-agent");
        QCOMPARE(agent, ArxivClient::defaultUserAgent());
        QVERIFY(agent.startsWith("Paperdesk/" PAPERDESK_VERSION " ("));
    }

    void honoursRetryAfterSeconds_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("503") << 503;
    }

    void honoursRetryAfterSeconds()
    {
        QFETCH(int, status);
        m_server->enqueue("/busy", HttpResponse::make(status, "busy").withHeader("Retry-After", "1"));
        get(u"/busy"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attempts, 2);
        QCOMPARE(result.body, "/busy");
        const QList<qint64> gaps = gapsBetween(m_server->requests());
        QCOMPARE(gaps.size(), 1);
        QVERIFY2(gaps.first() >= 1000 - ClockSlackMs, qPrintable(u"gap %1 ms"_s.arg(gaps.first())));
    }

    void honoursRetryAfterHttpDate()
    {
        QDateTime asked;
        m_server->setHandler([&asked](const HttpRequest &request) {
            if (asked.isValid()) {
                return HttpResponse::make(200, "finally");
            }
            // A whole second 1-2 s from now, as HTTP-dates have no fractions.
            asked = QDateTime::fromSecsSinceEpoch(request.receivedAt.toSecsSinceEpoch() + 2, Qt::UTC);
            return HttpResponse::make(503).withHeader("Retry-After", pd::test::httpDate(asked));
        });
        get(u"/dated"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        QVERIFY2(m_results.first().ok(), qPrintable(m_results.first().error));
        QCOMPARE(m_results.first().attempts, 2);
        const QList<HttpRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        const qint64 early = requests.at(1).receivedAt.msecsTo(asked);
        QVERIFY2(early <= ClockSlackMs, qPrintable(u"retried %1 ms before the asked time"_s.arg(early)));
    }

    void tooLongRetryAfterFailsAtOnce()
    {
        m_server->setHandler(
            [](const HttpRequest &) { return HttpResponse::make(503).withHeader("Retry-After", "600"); });
        get(u"/long"_s);
        QTRY_COMPARE(m_results.size(), 1);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 503);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(result.error.contains(u"503"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"600 s"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"try again after"_s), qPrintable(result.error));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void serverErrorsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503 without Retry-After") << 503;
        QTest::newRow("429 without Retry-After") << 429;
    }

    void serverErrorsAreRetried()
    {
        QFETCH(int, status);
        m_server->enqueue("/flaky", HttpResponse::make(status, "oops"));
        m_server->enqueue("/flaky", HttpResponse::make(status, "oops"));
        get(u"/flaky"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.attempts, 3);
        QCOMPARE(result.body, "/flaky");
        // Back-off 100 ms then 200 ms, but never less than the 300 ms interval.
        const QList<qint64> gaps = gapsBetween(m_server->requests());
        QCOMPARE(gaps.size(), 2);
        QVERIFY(gaps.at(0) >= 300 - ClockSlackMs);
        QVERIFY(gaps.at(1) >= 300 - ClockSlackMs);
    }

    void backoffDoubles()
    {
        setOptions([](ArxivClient::Options &o) {
            o.backoffMs = 400;
            o.maxRetries = 2;
        });
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(500); });
        get(u"/down"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const QList<qint64> gaps = gapsBetween(m_server->requests());
        QCOMPARE(gaps.size(), 2);
        QVERIFY2(gaps.at(0) >= 400 - ClockSlackMs, qPrintable(u"gap %1 ms"_s.arg(gaps.at(0))));
        QVERIFY2(gaps.at(1) >= 800 - ClockSlackMs, qPrintable(u"gap %1 ms"_s.arg(gaps.at(1))));
    }

    void retriesExhaustedNameTheStatus()
    {
        setOptions([](ArxivClient::Options &o) { o.maxRetries = 2; });
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(503, "still busy"); });
        get(u"/down"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 503);
        QCOMPARE(result.attempts, 3);
        QVERIFY(result.body.isEmpty());
        QVERIFY2(result.error.contains(u"HTTP 503 (Service Unavailable)"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"3 attempts"_s), qPrintable(result.error));
        QCOMPARE(m_server->requests().size(), 3);
    }

    void notFoundFailsAtOnce()
    {
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(404, "no"); });
        get(u"/missing"_s);
        QTRY_COMPARE(m_results.size(), 1);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 404);
        QCOMPARE(result.attempts, 1);
        QVERIFY2(result.error.contains(u"HTTP 404 (Not Found)"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"/missing"_s), qPrintable(result.error));
        QTest::qWait(400);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void otherClientErrorsFailAtOnce()
    {
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(400, "bad query"); });
        get(u"/api/query?bad"_s);
        QTRY_COMPARE(m_results.size(), 1);
        QCOMPARE(m_results.first().attempts, 1);
        QVERIFY2(m_results.first().error.contains(u"HTTP 400 (Bad Request)"_s),
                 qPrintable(m_results.first().error));
    }

    void hangTimesOut()
    {
        setOptions([](ArxivClient::Options &o) {
            o.timeoutMs = 500;
            o.maxRetries = 1;
        });
        m_server->setHandler(
            [](const HttpRequest &) { return HttpResponse::make(200).withFault(HttpResponse::Fault::Hang); });
        get(u"/hang"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 2);
        QVERIFY2(result.error.contains(u"timed out"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"0.5 s"_s), qPrintable(result.error));
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->maxConcurrentConnections(), 1);
    }

    void truncatedBodyIsAnError()
    {
        setOptions([](ArxivClient::Options &o) { o.maxRetries = 1; });
        m_server->setHandler([](const HttpRequest &) {
            return HttpResponse::make(200, QByteArray(4000, 'a')).withFault(HttpResponse::Fault::Truncate);
        });
        get(u"/cut"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QVERIFY(result.body.isEmpty());
        QCOMPARE(result.attempts, 2);
        QVERIFY2(result.error.contains(u"before the whole answer"_s), qPrintable(result.error));
    }

    void truncatedOnceThenWhole()
    {
        m_server->enqueue(
            "/cut", HttpResponse::make(200, QByteArray(4000, 'a')).withFault(HttpResponse::Fault::Truncate));
        get(u"/cut"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        QVERIFY2(m_results.first().ok(), qPrintable(m_results.first().error));
        QCOMPARE(m_results.first().body, "/cut");
        QCOMPARE(m_results.first().attempts, 2);
    }

    // Qt resends once by itself when a kept-alive connection closes before any answer; enough
    // drops get past that, and the client's own retry then succeeds.
    void droppedConnectionsAreRetried()
    {
        for (int i = 0; i < 3; ++i) {
            m_server->enqueue("/drop", HttpResponse::make(200).withFault(HttpResponse::Fault::Drop));
        }
        get(u"/drop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.body, "/drop");
        QVERIFY(result.attempts >= 2);
        QCOMPARE(m_server->requests().size(), 4);
        QCOMPARE(m_server->queuedResponses(), 0);
    }

    void dropsExhaustedFailClearly()
    {
        setOptions([](ArxivClient::Options &o) { o.maxRetries = 1; });
        m_server->setHandler(
            [](const HttpRequest &) { return HttpResponse::make(200).withFault(HttpResponse::Fault::Drop); });
        get(u"/drop"_s);
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QCOMPARE(result.attempts, 2);
        QVERIFY2(result.error.contains(u"127.0.0.1"_s), qPrintable(result.error));
        QVERIFY2(result.error.contains(u"2 attempts"_s), qPrintable(result.error));
    }

    void connectionRefusedFailsClearly()
    {
        setOptions([](ArxivClient::Options &o) { o.maxRetries = 1; });
        const QUrl url = m_server->url(u"/gone"_s);
        m_server.reset(); // nobody listens on that port any more
        m_client->get(url, this, [this](const HttpResult &result) { m_results.append(result); });
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        const HttpResult result = m_results.first();
        QVERIFY(!result.ok());
        QCOMPARE(result.status, 0);
        QCOMPARE(result.attempts, 2);
        QVERIFY2(result.error.contains(u"Could not get an answer"_s), qPrintable(result.error));
    }

    void followsRedirects()
    {
        m_server->enqueue(
            "/old", HttpResponse::make(301).withHeader("Location", m_server->url(u"/new"_s).toEncoded()));
        get(u"/old"_s);
        QTRY_COMPARE(m_results.size(), 1);
        const HttpResult result = m_results.first();
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.body, "/new");
        QCOMPARE(result.url, m_server->url(u"/new"_s));
        QCOMPARE(m_server->requests().size(), 2);
    }

    void rejectsNonWebAddresses()
    {
        m_client->get(QUrl(u"file:///etc/passwd"_s), this,
                      [this](const HttpResult &r) { m_results.append(r); });
        QTRY_COMPARE(m_results.size(), 1);
        QVERIFY(!m_results.first().ok());
        QCOMPARE(m_results.first().attempts, 0);
        QVERIFY(m_server->requests().isEmpty());
    }

    void cancelAllMidFlight()
    {
        m_server->setHandler(
            [](const HttpRequest &) { return HttpResponse::make(200, "late").withDelay(3000); });
        for (int i = 0; i < 3; ++i) {
            get(u"/c%1"_s.arg(i));
        }
        QTRY_COMPARE(m_server->requestsInProgress(), 1);
        QCOMPARE(m_client->pending(), 3);

        m_client->cancelAll();
        QCOMPARE(m_client->pending(), 0);
        QCOMPARE(m_results.size(), 3); // all told at once
        for (const HttpResult &result : std::as_const(m_results)) {
            QCOMPARE(result.error, u"Cancelled."_s);
            QVERIFY(result.body.isEmpty());
        }
        QCOMPARE(m_results.at(0).attempts, 1);
        QCOMPARE(m_results.at(1).attempts, 0);
        QTRY_COMPARE(m_server->requestsInProgress(), 0); // the aborted request's connection closed
        QTest::qWait(500);
        QCOMPARE(m_server->requests().size(), 1);
        QCOMPARE(m_results.size(), 3); // nothing called twice

        // The client keeps working after a cancel.
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(200, "again"); });
        get(u"/after"_s);
        QTRY_COMPARE(m_results.size(), 4);
        QVERIFY(m_results.last().ok());
    }

    void cancelWhileWaitingToRetry()
    {
        setOptions([](ArxivClient::Options &o) { o.backoffMs = 2000; });
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(500); });
        get(u"/retrying"_s);
        QTRY_COMPARE(m_server->requests().size(), 1);
        QTest::qWait(100);
        m_client->cancelAll();
        QCOMPARE(m_results.size(), 1);
        QCOMPARE(m_results.first().error, u"Cancelled."_s);
        QCOMPARE(m_results.first().attempts, 1);
        QTest::qWait(2200);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void destroyedContextIsNotCalled()
    {
        m_server->setHandler([](const HttpRequest &) { return HttpResponse::make(200, "x").withDelay(300); });
        auto *inFlight = new QObject;
        auto *queued = new QObject;
        int calls = 0;
        m_client->get(m_server->url(u"/in-flight"_s), inFlight, [&calls](const HttpResult &) { ++calls; });
        m_client->get(m_server->url(u"/queued"_s), queued, [&calls](const HttpResult &) { ++calls; });
        get(u"/last"_s);
        QTRY_COMPARE(m_server->requests().size(), 1);
        delete inFlight; // while its request is on the wire
        delete queued;   // before its request started
        QTRY_COMPARE_WITH_TIMEOUT(m_results.size(), 1, LongWaitMs);
        QCOMPARE(m_results.first().body, "x");
        QCOMPARE(calls, 0);
        // The request nobody waits for any more was never sent.
        QCOMPARE(m_server->requests().size(), 2);
        QCOMPARE(m_server->requests().at(1).path, "/last");
    }

    void callbackMayQueueMoreAndDeleteTheClient()
    {
        bool secondDone = false;
        m_client->get(m_server->url(u"/first"_s), this, [this, &secondDone](const HttpResult &) {
            m_client->get(m_server->url(u"/second"_s), this, [this, &secondDone](const HttpResult &result) {
                secondDone = result.ok();
                m_client.reset(); // deleting the client from its own callback is allowed
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(secondDone, LongWaitMs);
        QVERIFY(!m_client);
        QCOMPARE(m_server->requests().size(), 2);
    }

    void getFromAnotherThread()
    {
        QThread workerThread;
        workerThread.start();
        QObject worker;
        worker.moveToThread(&workerThread);
        ArxivClient *client = m_client.get();
        const QUrl url = m_server->url(u"/threaded"_s);
        QThread *calledOn = nullptr;
        QMetaObject::invokeMethod(&worker, [client, url, this, &calledOn] {
            client->get(url, this, [this, &calledOn](const HttpResult &result) {
                calledOn = QThread::currentThread();
                m_results.append(result);
            });
        });
        QTRY_COMPARE(m_results.size(), 1);
        QVERIFY(m_results.first().ok());
        QCOMPARE(calledOn, thread());
        workerThread.quit();
        workerThread.wait();
    }
};

QTEST_GUILESS_MAIN(TestArxivClient)
#include "tst_arxivclient.moc"
