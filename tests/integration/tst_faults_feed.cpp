// Faults on arXiv's side, end to end: empty answers for a stored day, invalid UTF-8, oversized
// answers. Each must end with one clear message and lose nothing that was stored.
#include "arxiv/arxivclient.h"
#include "arxivfeeds.h"
#include "clirunner.h"
#include "core/announcementcalendar.h"
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakearxivserver.h"
#include "fixtures.h"
#include "pipeline/dayfetcher.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using core::DayInfo;
using pipeline::DayFetcher;
using pipeline::FetchOutcome;
using test::HttpResponse;
using Result = FetchOutcome::Result;

namespace {

// Tue 21 Apr 2026, 12:00 EDT: the latest announcement is Tuesday's; on Friday, Monday is a past day.
const QDateTime tuesdayNoon(QDate(2026, 4, 21), QTime(16, 0), Qt::UTC);
const QDateTime fridayNoon(QDate(2026, 4, 24), QTime(16, 0), Qt::UTC);
const QDate tuesday(2026, 4, 21);
const QDate monday(2026, 4, 20);
const int StoredPapers = 921;

QList<core::AnnouncedPaper> listedRange(int first, int count)
{
    QList<core::AnnouncedPaper> out;
    for (int n = first; n < first + count; ++n) {
        out.append({test::samplePaper(n), core::AnnounceType::New, {}});
    }
    return out;
}

QList<core::Paper> paperRange(int first, int count)
{
    QList<core::Paper> out;
    for (int n = first; n < first + count; ++n) {
        out.append(test::samplePaper(n));
    }
    return out;
}

// `body` with its byte at `offset` replaced by 0xFF, which no UTF-8 character holds.
QByteArray withBadByteAt(QByteArray body, qsizetype offset)
{
    body[offset] = char(0xFF);
    return body;
}

// Answers every connection with a 200 and no Content-Length, then streams zeros until the client
// hangs up or `total` bytes are out; counts what it wrote.
class StreamingServer final : public QTcpServer
{
public:
    explicit StreamingServer(qint64 total)
        : m_total(total)
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = nextPendingConnection();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\nConnection: close\r\n\r\n");
            connect(socket, &QTcpSocket::bytesWritten, socket, [this, socket] { pump(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        });
    }
    qint64 sent = 0;

private:
    void pump(QTcpSocket *socket)
    {
        if (socket->bytesToWrite() > 0 || socket->state() != QAbstractSocket::ConnectedState) {
            return;
        }
        if (sent >= m_total) {
            socket->disconnectFromHost();
            return;
        }
        const QByteArray chunk(64 * 1024, '\0');
        sent += socket->write(chunk);
    }
    qint64 m_total;
};

} // namespace

class TestFaultsFeed : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<test::FakeArxivServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<arxiv::ArxivClient> m_client;
    std::unique_ptr<store::Database> m_db;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;
    QString m_dataDir;

    FetchOutcome fetch(QDate date, const QDateTime &now, bool refresh = false)
    {
        DayFetcher fetcher(m_client.get(), *m_db, m_profile, m_calendar);
        QSignalSpy finished(&fetcher, &DayFetcher::finished);
        fetcher.fetch(date, refresh, now);
        if (finished.isEmpty() && !finished.wait(30000)) {
            qWarning("the fetch did not finish");
            return {};
        }
        return finished.first().first().value<FetchOutcome>();
    }

    std::optional<DayInfo> stored(QDate date) const { return store::DayRepository(*m_db).find(date); }
    int listed(QDate date) const { return store::DayRepository(*m_db).listedCount(date); }

    test::CliResult paperdesk(QStringList args, const QDateTime &now) const
    {
        const QString profilePath = m_dir.filePath(u"profile%1.json"_s.arg(m_counter));
        QString error;
        if (!core::ProfileJson::save(m_profile, profilePath, &error)) {
            qWarning("%s", qPrintable(error));
        }
        args << u"--data-dir"_s << m_dataDir << u"--profile"_s << profilePath;
        test::TestSeams seams;
        seams.now = now;
        return test::runTestBinaryServing(seams, args, QProcessEnvironment::systemEnvironment(), 60000);
    }

    QJsonObject dayJson(QDate date, const QDateTime &now) const
    {
        const test::CliResult r = paperdesk({u"days"_s, u"--json"_s}, now);
        for (const QJsonValue &day : QJsonDocument::fromJson(r.out).object().value(u"days"_s).toArray()) {
            if (day[u"date"_s].toString() == date.toString(Qt::ISODate)) {
                return day.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        qRegisterMetaType<FetchOutcome>();
        QVERIFY(m_dir.isValid());
        QString warning;
        m_calendar = core::AnnouncementCalendar::load({}, &warning);
        QVERIFY(m_calendar.isAnnouncementDay(tuesday) && m_calendar.isAnnouncementDay(monday));
    }

    void init()
    {
        m_server = std::make_unique<test::FakeArxivServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        arxiv::ArxivClient::Options options;
        options.minIntervalMs = 20;
        options.timeoutMs = 5000;
        options.maxRetries = 1;
        options.backoffMs = 20;
        m_client = std::make_unique<arxiv::ArxivClient>(m_nam.get(), options);
        m_dataDir = m_dir.filePath(u"data%1"_s.arg(++m_counter));
        m_db = std::make_unique<store::Database>(core::DataDir(m_dataDir).databasePath());
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_profile = core::ProfileJson::defaultProfile();
        m_profile.sources.rssBaseUrl = m_server->rssBaseUrl();
        m_profile.sources.apiBaseUrl = m_server->apiUrl();
    }

    void cleanup()
    {
        m_client.reset();
        m_nam.reset();
        m_server.reset();
        m_db.reset();
    }

    void emptyRssRefreshKeepsTheStoredDay()
    {
        m_server->setRssDay(tuesday, listedRange(1, StoredPapers));
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        const DayInfo before = *stored(tuesday);
        m_server->setRssDay(tuesday, {}); // an empty channel dated Tuesday

        const FetchOutcome outcome = fetch({}, tuesdayNoon, true);
        QCOMPARE(outcome.result, Result::AlreadyStored);
        QVERIFY2(outcome.message.contains(u"empty listing"_s) && outcome.message.contains(u"921"_s),
                 qPrintable(outcome.message));
        QCOMPARE(*stored(tuesday), before);
        QCOMPARE(listed(tuesday), StoredPapers);
    }

    void emptyApiRefreshKeepsTheStoredDay()
    {
        m_server->setApiPapers(paperRange(1, 40));
        QCOMPARE(fetch(monday, fridayNoon).result, Result::Fetched);
        const DayInfo before = *stored(monday);
        m_server->setApiPapers({}); // totalResults 0

        const FetchOutcome outcome = fetch(monday, fridayNoon, true);
        QCOMPARE(outcome.result, Result::AlreadyStored);
        QVERIFY2(outcome.message.contains(u"empty listing"_s), qPrintable(outcome.message));
        QCOMPARE(*stored(monday), before);
        QCOMPARE(listed(monday), 40);
    }

    void emptyReplyForAnUnstoredAnnouncementDayFails_data()
    {
        QTest::addColumn<bool>("rss");
        QTest::newRow("RSS") << true;
        QTest::newRow("API") << false;
    }

    void emptyReplyForAnUnstoredAnnouncementDayFails()
    {
        QFETCH(bool, rss);
        m_server->setRssDay(tuesday, {});
        m_server->setApiPapers({});
        const QDate date = rss ? tuesday : monday;
        const FetchOutcome outcome = rss ? fetch({}, tuesdayNoon) : fetch(monday, fridayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.remote);
        QVERIFY2(outcome.message.contains(u"no papers for"_s) &&
                     outcome.message.contains(u"announcement day; try again later"_s),
                 qPrintable(outcome.message));
        QCOMPARE(stored(date)->state, DayInfo::State::Failed);
        QCOMPARE(stored(date)->failure, outcome.message);
    }

    // A day an earlier version demoted to "no announcement" comes back: its rows were never deleted.
    void demotedDayIsRestoredByTheNextEmptyReply()
    {
        m_server->setRssDay(tuesday, listedRange(1, 12));
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        DayInfo demoted = *stored(tuesday);
        demoted.state = DayInfo::State::NoAnnouncement;
        demoted.total = demoted.scanned = 0;
        QVERIFY(store::DayRepository(*m_db).put(demoted));
        m_server->setRssDay(tuesday, {});

        const FetchOutcome outcome = fetch({}, tuesdayNoon, true);
        QCOMPARE(outcome.result, Result::AlreadyStored);
        QCOMPARE(stored(tuesday)->state, DayInfo::State::Fetched);
        QCOMPARE(stored(tuesday)->total, 12);
    }

    void emptyRefreshOnTheCommandLineKeepsTheDay()
    {
        m_db.reset(); // the command line's process writes it
        m_server->setRssDay(tuesday, listedRange(1, StoredPapers));
        const test::CliResult first = paperdesk({u"fetch"_s}, tuesdayNoon);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        m_server->setRssDay(tuesday, {});

        const test::CliResult r = paperdesk({u"fetch"_s, u"--refresh"_s}, tuesdayNoon);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY2(r.out.contains("empty listing") && r.out.contains("921"), r.out.constData());
        const QJsonObject day = dayJson(tuesday, tuesdayNoon);
        QCOMPARE(day[u"state"_s].toString(), u"fetched"_s);
        QCOMPARE(day[u"total"_s].toInt(), StoredPapers);
        const test::CliResult exported =
            paperdesk({u"export"_s, u"--format"_s, u"json"_s, u"--date"_s, u"2026-04-21"_s}, tuesdayNoon);
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const QJsonObject digest = QJsonDocument::fromJson(exported.out).object();
        QCOMPARE(digest[u"items"_s].toArray().size(), StoredPapers);

        // A day never stored is not "no announcement" either: it fails with the reason (exit 3).
        m_server->setApiPapers({});
        const test::CliResult past = paperdesk({u"fetch"_s, u"--date"_s, u"2026-04-20"_s}, tuesdayNoon);
        QCOMPARE(past.exitCode, 3);
        QVERIFY2(past.err.contains("announcement day; try again later"), past.err.constData());
    }

    void invalidUtf8InTheRssFeedIsPlacedAndNamed()
    {
        m_server->setRssDay(tuesday, listedRange(1, 5));
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        const QByteArray good = test::rssFeed(tuesday, m_profile.sources.categories, listedRange(1, 30));
        const qsizetype offset = good.indexOf("Paper 17"); // deep in the feed, not in its first line
        QVERIFY(offset > 0);
        const qsizetype line = good.left(offset).count('\n') + 1;
        m_server->setRssBody(withBadByteAt(good, offset));

        const FetchOutcome outcome = fetch({}, tuesdayNoon, true);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.remote);
        const QString m = outcome.message;
        QVERIFY2(m.contains(u"UTF-8"_s) && m.contains(u"offset %1"_s.arg(offset)) &&
                     m.contains(u"line %1"_s.arg(line)) && m.contains(u"RSS feed for cs.LG, cs.AI"_s),
                 qPrintable(m));
        QVERIFY2(!m.contains(u"begins with"_s), qPrintable(m));
        QCOMPARE(listed(tuesday), 5); // nothing from that reply stored, nothing stored lost
        QCOMPARE(store::PaperRepository(*m_db).count(), 5);
    }

    void invalidUtf8InAnApiPageNamesThePage()
    {
        m_server->setApiPapers(paperRange(1, 3));
        const QByteArray page = test::atomPage(paperRange(1, 3), 0, 500, 3, u"query"_s);
        m_server->http().enqueue("/api/query", HttpResponse::make(200, withBadByteAt(page, page.size() / 2),
                                                                  "application/atom+xml"));
        const FetchOutcome outcome = fetch(monday, fridayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY2(outcome.message.contains(u"UTF-8"_s) && outcome.message.contains(u"/api/query?"_s) &&
                     outcome.message.contains(u"line "_s),
                 qPrintable(outcome.message));
        QCOMPARE(listed(monday), 0);
        QCOMPARE(store::PaperRepository(*m_db).count(), 0);
    }

    void oversizedAnswerIsRefusedOnceAndNotRetried()
    {
        arxiv::ArxivClient::Options options = m_client->options();
        options.maxBodyBytes = 64 * 1000;
        m_client->setOptions(options);
        m_server->setRssBody(test::generatedRssFeed(400)); // ~600 kB, with a Content-Length
        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY2(outcome.message.contains(u"more than 64 kB"_s), qPrintable(outcome.message));
        QCOMPARE(m_server->rssRequests().size(), 1);
        QCOMPARE(listed(tuesday), 0);
    }

    // Without a Content-Length the answer is counted as it arrives and cut off at the cap.
    void oversizedStreamIsAbortedWhileItDownloads()
    {
        StreamingServer server(50LL * 1000 * 1000);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        arxiv::ArxivClient::Options options = m_client->options();
        options.maxBodyBytes = 256 * 1000;
        m_client->setOptions(options);
        std::optional<arxiv::HttpResult> result;
        m_client->get(QUrl(u"http://127.0.0.1:%1/rss/cs.LG"_s.arg(server.serverPort())), nullptr,
                      [&](const arxiv::HttpResult &r) { result = r; });
        QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 30000);
        QVERIFY2(result->error.contains(u"more than 256 kB"_s), qPrintable(result->error));
        QCOMPARE(result->attempts, 1);
        QVERIFY(result->body.isEmpty());
        QTest::qWait(200);
        QVERIFY2(server.sent < 10LL * 1000 * 1000, QByteArray::number(server.sent).constData());
    }

    void defaultCapIsOneHundredMegabytes()
    {
        QCOMPARE(arxiv::ArxivClient::Options().maxBodyBytes, 100LL * 1000 * 1000);
    }
};

QTEST_GUILESS_MAIN(TestFaultsFeed)
#include "tst_faults_feed.moc"
