#include "arxiv/arxivclient.h"
#include "arxivfeeds.h"
#include "core/announcementcalendar.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakearxivserver.h"
#include "fixtures.h"
#include "pipeline/dayfetcher.h"
#include "pipeline/dayview.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"
#include "store/readingrepository.h"
#include "store/scorerepository.h"
#include "testpostgres.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using core::AnnounceType;
using core::DayInfo;
using pipeline::DayFetcher;
using pipeline::FetchOutcome;
using test::FakeArxivServer;
using test::HttpResponse;

namespace {

using Result = FetchOutcome::Result;

constexpr int MaxRetries = 2;
constexpr int LongWaitMs = 30000;

// Tue 21 Apr 2026, 12:00 EDT: the latest announcement is the one dated that Tuesday.
const QDateTime tuesdayNoon(QDate(2026, 4, 21), QTime(16, 0), Qt::UTC);
// Mon 20 Apr 2026, 21:00 EDT: the Tuesday announcement is out, the RSS may still show Monday's.
const QDateTime mondayEvening(QDate(2026, 4, 21), QTime(1, 0), Qt::UTC);
// Fri 24 Apr 2026, 12:00 EDT: Monday to Thursday of that week are past days.
const QDateTime fridayNoon(QDate(2026, 4, 24), QTime(16, 0), Qt::UTC);
const QDate tuesday(2026, 4, 21);
const QDate monday(2026, 4, 20);
const QDate wednesday(2026, 4, 22);

const QString categoriesQuery = u"(cat:cs.LG OR cat:cs.AI OR cat:cs.CL OR cat:stat.ML)"_s;

core::Paper paper(int n, const QStringList &categories = {u"cs.LG"_s, u"stat.ML"_s})
{
    core::Paper p = test::samplePaper(n);
    p.authors = {u"Ada Lovelace"_s, u"Author Number%1"_s.arg(n)};
    p.comments.clear(); // the RSS feed carries no comments
    p.categories = categories;
    return p;
}

core::AnnouncedPaper listed(int n, AnnounceType type = AnnounceType::New,
                            const QStringList &categories = {u"cs.LG"_s, u"stat.ML"_s})
{
    core::AnnouncedPaper a;
    a.paper = paper(n, categories);
    a.type = type;
    if (type == AnnounceType::Replace || type == AnnounceType::ReplaceCross) {
        a.paper.version = 2;
    }
    return a;
}

QList<core::AnnouncedPaper> listedRange(int first, int count)
{
    QList<core::AnnouncedPaper> out;
    for (int n = first; n < first + count; ++n) {
        out.append(listed(n));
    }
    return out;
}

QList<core::Paper> paperRange(int first, int count)
{
    QList<core::Paper> out;
    for (int n = first; n < first + count; ++n) {
        out.append(paper(n));
    }
    return out;
}

QByteArray readData(const QString &name)
{
    QFile file(test::dataFile(name));
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file.fileName()));
        return {};
    }
    return file.readAll();
}

} // namespace

Q_DECLARE_METATYPE(pd::test::HttpResponse)

class TestDayFetcher : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<FakeArxivServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<arxiv::ArxivClient> m_client;
    std::unique_ptr<store::Database> m_db;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;

    void setTimeoutMs(int ms)
    {
        arxiv::ArxivClient::Options options = m_client->options();
        options.timeoutMs = ms;
        m_client->setOptions(options);
    }

    // Runs one fetch to its end and checks that it ends exactly once with nothing left queued.
    FetchOutcome fetch(QDate date, const QDateTime &now, bool refresh = false)
    {
        DayFetcher fetcher(m_client.get(), *m_db, m_profile, m_calendar);
        QSignalSpy finished(&fetcher, &DayFetcher::finished);
        fetcher.fetch(date, refresh, now);
        if (finished.isEmpty() && !finished.wait(LongWaitMs)) {
            qWarning("the fetch did not finish");
            return {};
        }
        QTest::qWait(150); // a second finished() or a stray request would show up by now
        if (finished.size() != 1 || m_client->pending() != 0) {
            qWarning("finished %d times, %d requests left", int(finished.size()), m_client->pending());
            return {};
        }
        return finished.first().first().value<FetchOutcome>();
    }

    std::optional<DayInfo> stored(QDate date) const { return store::DayRepository(*m_db).find(date); }
    store::DayPaperList papersOf(QDate date) const
    {
        return store::DayRepository(*m_db).papersOfDay(date, {});
    }

    void enqueueRss(const HttpResponse &response, int times = 1)
    {
        for (int i = 0; i < times; ++i) {
            m_server->http().enqueue("/rss/", response);
        }
    }

    static QStringList idsOf(const store::DayPaperList &rows)
    {
        QStringList ids;
        for (const store::DayPaper &row : rows) {
            ids.append(row.paper().arxivId);
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        PD_REQUIRE_BACKEND();
        core::registerMetaTypes();
        qRegisterMetaType<FetchOutcome>();
        QVERIFY(m_dir.isValid());
        QString warning;
        m_calendar = core::AnnouncementCalendar::load({}, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
    }

    void init()
    {
        m_server = std::make_unique<FakeArxivServer>();
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setProxy(QNetworkProxy::NoProxy);
        m_client = std::make_unique<arxiv::ArxivClient>(m_nam.get());
        arxiv::ArxivClient::Options options;
        options.minIntervalMs = 50;
        options.timeoutMs = 5000;
        options.maxRetries = MaxRetries;
        options.backoffMs = 20;
        options.maxRetryAfterSeconds = 1;
        m_client->setOptions(options);
        m_db = std::make_unique<store::Database>(
            test::databaseLocation(m_dir.filePath(u"db%1/paperdesk.sqlite"_s.arg(++m_counter))));
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

    void latestDayComesFromOneRssRequest()
    {
        m_profile.sources.excludeKeywords = {u"segmentation"_s};
        m_profile.sources.followedAuthors = {u"Grace Hopper"_s};
        core::AnnouncedPaper first = listed(1);
        first.paper.doi = u"10.1000/xyz123"_s;
        first.paper.journalRef = u"J. Test 12 (2026) 1-20"_s;
        first.paper.authors = {u"Zoë Ångström"_s, u"J. R. R. Tolkien"_s, u"Ada Lovelace"_s};
        core::AnnouncedPaper excluded = listed(6);
        excluded.paper.title = u"Instance Segmentation Without Labels"_s;
        core::AnnouncedPaper followed = listed(7, AnnounceType::Replace);
        followed.paper.authors = {u"Grace Hopper"_s};
        // Paper 2 is listed a second time as a cross-list, as arXiv does across categories.
        m_server->setRssDay(tuesday,
                            {first, listed(2), listed(3, AnnounceType::Cross, {u"cs.CV"_s, u"cs.LG"_s}),
                             listed(4, AnnounceType::Replace),
                             listed(5, AnnounceType::ReplaceCross, {u"math.OC"_s, u"cs.LG"_s}), excluded,
                             followed, listed(2, AnnounceType::Cross)});

        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Fetched);
        QCOMPARE(outcome.date, tuesday);
        QVERIFY(!outcome.message.isEmpty());

        const QList<test::HttpRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, QByteArray("/rss/cs.LG+cs.AI+cs.CL+stat.ML"));
        QVERIFY(requests.first().header("user-agent").startsWith("Paperdesk/"));

        const std::optional<DayInfo> day = stored(tuesday);
        QVERIFY(day);
        QCOMPARE(day->state, DayInfo::State::Fetched);
        QCOMPARE(day->source, DayInfo::Source::Rss);
        QCOMPARE(day->total, 7);   // the duplicate is not counted twice
        QCOMPARE(day->scanned, 4); // 1, 2, 3 and the followed author's replacement
        QCOMPARE(day->skipped, 0);
        QCOMPARE(outcome.day, *day);

        const store::DayPaperList rows = papersOf(tuesday);
        QCOMPARE(idsOf(rows),
                 (QStringList{paper(1).arxivId, paper(2).arxivId, paper(3).arxivId, paper(4).arxivId,
                              paper(5).arxivId, paper(6).arxivId, paper(7).arxivId}));
        QCOMPARE(rows[0].paper(), first.paper);
        QCOMPARE(rows[1].listing.type, AnnounceType::New); // the first listing wins
        QCOMPARE(rows[2].listing.type, AnnounceType::Cross);
        QCOMPARE(rows[3].paper().version, 2);
        for (int i : {0, 1, 2, 6}) {
            QVERIFY2(rows[i].listing.filterReason.isEmpty(), qPrintable(rows[i].listing.filterReason));
        }
        QVERIFY2(rows[3].listing.filterReason.contains(u"\"replace\""_s),
                 qPrintable(rows[3].listing.filterReason));
        QVERIFY2(rows[4].listing.filterReason.contains(u"\"replace-cross\""_s),
                 qPrintable(rows[4].listing.filterReason));
        QVERIFY2(rows[5].listing.filterReason.contains(u"segmentation"_s),
                 qPrintable(rows[5].listing.filterReason));
    }

    void updatesOfPapersTheReaderCaresAboutAreKept()
    {
        // Monday: the reader starred paper 4, liked 5, wrote a note on 6 and did nothing with 8.
        QVERIFY(test::storePapers(*m_db, monday, {paper(4), paper(5), paper(6), paper(8)}));
        store::ReadingRepository reading(*m_db);
        QVERIFY(reading.setStarred(paper(4).arxivId, true));
        QVERIFY(reading.setReaction(paper(5).arxivId, core::ReadingState::Reaction::Like));
        QVERIFY(reading.setNote(paper(6).arxivId, u"Compare with our ablation."_s));
        const pipeline::DayView view(*m_db, m_profile);
        QString error;
        QVERIFY2(store::ScoreRepository(*m_db).putBatch(
                     {test::sampleScore(paper(4).arxivId, view.fingerprint(), 9, 8)}, &error),
                 qPrintable(error));

        // Tuesday: all four come back as new versions; the default profile keeps only new and cross.
        core::AnnouncedPaper starred = listed(4, AnnounceType::Replace);
        starred.paper.journalRef = u"ICML 2026"_s; // arXiv's RSS carries no comments, a journal ref it does
        starred.paper.title = u"A Revised Title"_s;
        m_server->setRssDay(tuesday,
                            {starred, listed(5, AnnounceType::ReplaceCross, {u"math.OC"_s, u"cs.LG"_s}),
                             listed(6, AnnounceType::Replace), listed(8, AnnounceType::Replace)});
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);

        const pipeline::DayContent day = view.day(tuesday);
        QCOMPARE(idsOf(day.papers),
                 (QStringList{paper(4).arxivId, paper(5).arxivId, paper(6).arxivId, paper(8).arxivId}));
        for (int i : {0, 1, 2}) {
            QVERIFY2(day.papers[i].listing.filterReason.isEmpty(),
                     qPrintable(day.papers[i].listing.filterReason));
            QVERIFY(day.papers[i].isUpdateOfCared());
        }
        QVERIFY(day.papers[3].listing.filterReason.contains(u"\"replace\""_s));
        QVERIFY(!day.papers[3].isUpdateOfCared());
        // The stored paper is the new version; its score and the reader's state stay.
        QCOMPARE(day.papers[0].paper().version, 2);
        QCOMPARE(day.papers[0].paper().journalRef, u"ICML 2026"_s);
        QCOMPARE(day.papers[0].paper().title, u"A Revised Title"_s);
        QCOMPARE(day.papers[0].state, core::PaperState::Scored);
        QCOMPARE(day.papers[0].score->relevance, 9);
        QVERIFY(day.papers[0].reading.starred);
        QCOMPARE(day.papers[2].reading.note, u"Compare with our ablation."_s);
        // Monday's listing shows the paper as it is now, too.
        QCOMPARE(view.day(monday).papers[0].paper().version, 2);
    }

    void storedRssDayIsNotFetchedAgain()
    {
        m_server->setRssDay(tuesday, listedRange(1, 5));
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        const FetchOutcome again = fetch(tuesday, tuesdayNoon);
        QCOMPARE(again.result, Result::AlreadyStored);
        QCOMPARE(again.day.total, 5);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void refreshMergesWithoutDeletingOrDuplicating()
    {
        m_server->setRssDay(tuesday, listedRange(1, 5));
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        // arXiv's listing grew; papers 1 and 2 are no longer in it, paper 4 became a replacement.
        QList<core::AnnouncedPaper> later = listedRange(3, 6);
        later[1] = listed(4, AnnounceType::Replace);
        m_server->setRssDay(tuesday, later);

        const FetchOutcome outcome = fetch({}, tuesdayNoon, true);
        QCOMPARE(outcome.result, Result::Fetched);
        QCOMPARE(m_server->requests().size(), 2);
        const std::optional<DayInfo> day = stored(tuesday);
        QVERIFY(day);
        QCOMPARE(day->state, DayInfo::State::Fetched);
        QCOMPARE(day->total, 8);
        QCOMPARE(day->scanned, 7);
        const QStringList ids = idsOf(papersOf(tuesday));
        QCOMPARE(ids.size(), 8);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 8);
        for (int n = 1; n <= 8; ++n) {
            QVERIFY2(ids.contains(paper(n).arxivId), qPrintable(paper(n).arxivId));
        }
        QCOMPARE(store::PaperRepository(*m_db).count(), 8);
        QCOMPARE(store::PaperRepository(*m_db).find(paper(4).arxivId)->version, 2);
    }

    void pastDayIsRebuiltFromTheApiWindow_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QString>("window");
        QTest::newRow("Monday (EDT): Thursday to Friday 14:00")
            << monday << fridayNoon << u"[202604161800 TO 202604171759]"_s;
        QTest::newRow("Wednesday (EDT)") << wednesday << fridayNoon << u"[202604201800 TO 202604211759]"_s;
        QTest::newRow("Monday (EST)")
            << QDate(2026, 2, 9) << QDateTime(QDate(2026, 2, 13), QTime(17, 0), Qt::UTC)
            << u"[202602051900 TO 202602061859]"_s;
        QTest::newRow("Tuesday after the switch to EDT")
            << QDate(2026, 3, 10) << QDateTime(QDate(2026, 3, 13), QTime(16, 0), Qt::UTC)
            << u"[202603061900 TO 202603091759]"_s;
        QTest::newRow("Wednesday after the MLK holiday")
            << QDate(2026, 1, 21) << QDateTime(QDate(2026, 1, 23), QTime(17, 0), Qt::UTC)
            << u"[202601161900 TO 202601201859]"_s;
    }

    void pastDayIsRebuiltFromTheApiWindow()
    {
        QFETCH(QDate, date);
        QFETCH(QDateTime, now);
        QFETCH(QString, window);
        core::Paper crossListed = paper(2, {u"cs.CV"_s, u"cs.LG"_s});
        crossListed.title = u"Tight Bounds for $\\ell_p$ Regression & <Sparse> Recovery"_s;
        crossListed.abstract =
            u"We prove $\\mathcal{O}(\\sqrt{n})$ error when $k < n$ & \"noise\" is small."_s;
        crossListed.comments = u"9 pages"_s;
        crossListed.doi = u"10.1000/abc"_s;
        crossListed.license.clear(); // the API does not say
        m_server->setApiPapers({paper(1), crossListed, paper(3, {u"stat.ML"_s})});

        const FetchOutcome outcome = fetch(date, now);
        QCOMPARE(outcome.result, Result::Fetched);
        QCOMPARE(m_server->rssRequests().size(), 0);
        QCOMPARE(m_server->searchQueries(), QStringList{categoriesQuery + u" AND submittedDate:"_s + window});
        const test::HttpRequest request = m_server->apiRequests().first();
        QCOMPARE(request.query.queryItemValue(u"start"_s), u"0"_s);
        QCOMPARE(request.query.queryItemValue(u"max_results"_s), QString::number(DayFetcher::ApiPageSize));

        const std::optional<DayInfo> day = stored(date);
        QVERIFY(day);
        QCOMPARE(day->state, DayInfo::State::Fetched);
        QCOMPARE(day->source, DayInfo::Source::Api);
        QCOMPARE(day->total, 3);
        QCOMPARE(day->scanned, 3);
        const store::DayPaperList rows = papersOf(date);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].listing.type, AnnounceType::New);
        QCOMPARE(rows[1].listing.type, AnnounceType::Cross); // primary cs.CV is not the profile's
        QCOMPARE(rows[2].listing.type, AnnounceType::New);
        QCOMPARE(rows[1].paper(), crossListed); // entities and TeX survive the round trip
    }

    void pastDayIsPagedThroughTheApi()
    {
        m_server->setApiPapers(paperRange(1, 1200));
        const FetchOutcome outcome = fetch(monday, fridayNoon);
        QCOMPARE(outcome.result, Result::Fetched);
        const QList<test::HttpRequest> requests = m_server->apiRequests();
        QCOMPARE(requests.size(), 3);
        QStringList starts;
        for (const test::HttpRequest &r : requests) {
            starts.append(r.query.queryItemValue(u"start"_s));
            QCOMPARE(r.query.queryItemValue(u"max_results"_s), u"500"_s);
        }
        QCOMPARE(starts, (QStringList{u"0"_s, u"500"_s, u"1000"_s}));
        QCOMPARE(stored(monday)->total, 1200);
        QCOMPARE(papersOf(monday).size(), 1200);
    }

    // arXiv's API sometimes answers fewer entries than max_results while echoing max_results as
    // itemsPerPage; paging must go on from what actually came until totalResults.
    void shortApiPagesStillCollectEverything()
    {
        m_server->setApiPapers(paperRange(1, 1000));
        m_server->setApiPageCap(300);
        const FetchOutcome outcome = fetch(monday, fridayNoon);
        QCOMPARE(outcome.result, Result::Fetched);
        QStringList starts;
        for (const test::HttpRequest &r : m_server->apiRequests()) {
            starts.append(r.query.queryItemValue(u"start"_s));
        }
        QCOMPARE(starts, (QStringList{u"0"_s, u"300"_s, u"600"_s, u"900"_s}));
        QCOMPARE(stored(monday)->total, 1000);
    }

    // The calendar, not an empty answer, says whether a day has an announcement
    // (tst_faults_feed covers a stored day).
    void emptyApiWindowOnAnAnnouncementDayFails()
    {
        const FetchOutcome outcome = fetch(monday, fridayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.remote);
        QVERIFY2(outcome.message.contains(u"try again later"_s), qPrintable(outcome.message));
        QCOMPARE(m_server->apiRequests().size(), 1);
        QCOMPARE(stored(monday)->state, DayInfo::State::Failed);
    }

    void datesWithoutAnnouncementMakeNoRequest_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("why");
        QTest::newRow("Saturday") << QDate(2026, 4, 18) << u"weekend"_s;
        QTest::newRow("Sunday") << QDate(2026, 4, 19) << u"weekend"_s;
        QTest::newRow("MLK day") << QDate(2026, 1, 20) << u"holiday"_s;
        QTest::newRow("Labor Day") << QDate(2025, 9, 2) << u"holiday"_s;
    }

    void datesWithoutAnnouncementMakeNoRequest()
    {
        QFETCH(QDate, date);
        QFETCH(QString, why);
        const FetchOutcome outcome = fetch(date, fridayNoon);
        QCOMPARE(outcome.result, Result::NoAnnouncement);
        QCOMPARE(outcome.day.state, DayInfo::State::NoAnnouncement);
        QVERIFY2(outcome.message.contains(why), qPrintable(outcome.message));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void futureDayFailsWithoutRequest()
    {
        const FetchOutcome outcome = fetch(wednesday, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(!outcome.remote);
        QVERIFY2(outcome.message.contains(u"not out yet"_s), qPrintable(outcome.message));
        QCOMPARE(m_server->requests().size(), 0);
    }

    void emptyRssOnAnAnnouncementDayFails()
    {
        m_server->setRssDay(tuesday, {});
        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        const std::optional<DayInfo> day = stored(tuesday);
        QVERIFY(day);
        QCOMPARE(day->state, DayInfo::State::Failed);
        QCOMPARE(day->failure, outcome.message);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void staleRssIsStoredUnderItsDateAndWantedDayRebuilt()
    {
        m_server->setRssDay(monday, listedRange(1, 3));
        m_server->setApiPapers(paperRange(10, 4));
        const FetchOutcome outcome = fetch({}, mondayEvening);
        QCOMPARE(outcome.result, Result::Fetched);
        QCOMPARE(outcome.date, tuesday);

        const std::optional<DayInfo> previous = stored(monday);
        QVERIFY(previous);
        QCOMPARE(previous->state, DayInfo::State::Fetched);
        QCOMPARE(previous->source, DayInfo::Source::Rss);
        QCOMPARE(previous->total, 3);
        const std::optional<DayInfo> wanted = stored(tuesday);
        QVERIFY(wanted);
        QCOMPARE(wanted->state, DayInfo::State::Fetched);
        QCOMPARE(wanted->source, DayInfo::Source::Api);
        QCOMPARE(wanted->total, 4);
        QCOMPARE(idsOf(papersOf(tuesday)).first(), paper(10).arxivId);

        const QList<test::HttpRequest> requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests[0].path.startsWith("/rss/"));
        QCOMPARE(requests[1].path, QByteArray("/api/query"));
        QCOMPARE(m_server->searchQueries(),
                 QStringList{categoriesQuery + u" AND submittedDate:[202604171800 TO 202604201759]"_s});

        // Once the feed shows Tuesday, fetching the latest again takes it (the rebuild is not
        // authoritative) and merges: the rebuilt papers stay, the day becomes an RSS day.
        m_server->setRssDay(tuesday, listedRange(12, 4));
        const FetchOutcome later = fetch({}, tuesdayNoon);
        QCOMPARE(later.result, Result::Fetched);
        QCOMPARE(m_server->rssRequests().size(), 2);
        QCOMPARE(stored(tuesday)->source, DayInfo::Source::Rss);
        QCOMPARE(stored(tuesday)->total, 6); // 10..13 from the API, 12..15 from the feed
    }

    // On a weekend arXiv's feed is an empty channel dated that day: the latest announcement (Friday)
    // is no longer in it and comes from the API; the weekend day is not stored.
    void weekendFeedRebuildsFridayFromTheApi()
    {
        m_server->setRssBody(readData(u"arxiv/rss_no_announcement.xml"_s)); // dated Sat 25 Apr 2026
        m_server->setApiPapers(paperRange(1, 5));
        const QDate friday(2026, 4, 24);
        const FetchOutcome outcome = fetch({}, QDateTime(QDate(2026, 4, 25), QTime(16, 0), Qt::UTC));
        QCOMPARE(outcome.result, Result::Fetched);
        QCOMPARE(outcome.date, friday);
        QCOMPARE(stored(friday)->source, DayInfo::Source::Api);
        QCOMPARE(stored(friday)->total, 5);
        QVERIFY(!stored(QDate(2026, 4, 25)));
        QCOMPARE(m_server->searchQueries(),
                 QStringList{categoriesQuery + u" AND submittedDate:[202604221800 TO 202604231759]"_s});
    }

    void failuresMarkTheDayFailed_data()
    {
        QTest::addColumn<HttpResponse>("response");
        QTest::addColumn<int>("attempts");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("HTML page") << HttpResponse::make(200, readData(u"arxiv/html_page.html"_s),
                                                         "text/html")
                                   << 1 << u"web page"_s;
        QTest::newRow("malformed XML")
            << HttpResponse::make(200, readData(u"arxiv/rss_malformed.xml"_s)) << 1 << u"not well-formed"_s;
        QTest::newRow("cut-off XML") << HttpResponse::make(200, readData(u"arxiv/rss_truncated.xml"_s)) << 1
                                     << u"cut off"_s;
        QTest::newRow("feed error") << HttpResponse::make(200, readData(u"arxiv/rss_error.xml"_s)) << 1
                                    << u"cs.XX"_s;
        QTest::newRow("truncated body")
            << HttpResponse::make(200, test::generatedRssFeed(20)).withFault(HttpResponse::Fault::Truncate)
            << MaxRetries + 1 << u"whole answer"_s;
        QTest::newRow("HTTP 404") << HttpResponse::make(404, "<html><body>Not found</body></html>",
                                                        "text/html")
                                  << 1 << u"404"_s;
        QTest::newRow("HTTP 503 every time")
            << HttpResponse::make(503, "busy", "text/plain") << MaxRetries + 1 << u"503"_s;
    }

    void failuresMarkTheDayFailed()
    {
        QFETCH(HttpResponse, response);
        QFETCH(int, attempts);
        QFETCH(QString, fragment);
        m_server->setRssDay(tuesday, listedRange(1, 3)); // what a retry too many would get
        enqueueRss(response, attempts);

        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.remote);
        QVERIFY2(outcome.message.contains(fragment), qPrintable(outcome.message));
        QCOMPARE(m_server->requests().size(), attempts);
        const std::optional<DayInfo> day = stored(tuesday);
        QVERIFY(day);
        QCOMPARE(day->state, DayInfo::State::Failed);
        QCOMPARE(day->failure, outcome.message);
        QCOMPARE(papersOf(tuesday).size(), 0);
    }

    void timeoutMarksTheDayFailed()
    {
        setTimeoutMs(300);
        enqueueRss(HttpResponse::make(200).withFault(HttpResponse::Fault::Hang), MaxRetries + 1);
        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.remote);
        QVERIFY2(outcome.message.contains(u"timed out"_s), qPrintable(outcome.message));
        QCOMPARE(m_server->requests().size(), MaxRetries + 1);
        QCOMPARE(stored(tuesday)->state, DayInfo::State::Failed);
    }

    void apiFailureMarksThePastDayFailed()
    {
        m_server->setApiPapers(paperRange(1, 700));
        m_server->http().enqueue("/api/query",
                                 HttpResponse::make(200, "<feed><entry>", "application/atom+xml"));
        const FetchOutcome outcome = fetch(monday, fridayNoon);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.remote);
        QVERIFY2(outcome.message.contains(u"API"_s), qPrintable(outcome.message));
        QCOMPARE(stored(monday)->state, DayInfo::State::Failed);
        QCOMPARE(papersOf(monday).size(), 0);
    }

    void failedRefreshKeepsTheStoredDay()
    {
        m_server->setRssDay(tuesday, listedRange(1, 5));
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        const DayInfo before = *stored(tuesday);
        enqueueRss(HttpResponse::make(503, "busy", "text/plain"), MaxRetries + 1);

        const FetchOutcome outcome = fetch({}, tuesdayNoon, true);
        QCOMPARE(outcome.result, Result::Failed);
        QVERIFY(outcome.message.contains(u"503"_s));
        QCOMPARE(outcome.day.state, DayInfo::State::Fetched);
        QCOMPARE(*stored(tuesday), before);
        QCOMPARE(papersOf(tuesday).size(), 5);
    }

    void hugeFeedIsStoredWhole()
    {
        m_server->setRssBody(test::generatedRssFeed(2000));
        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Fetched);
        const std::optional<DayInfo> day = stored(tuesday);
        QCOMPARE(day->total, 2000);
        QCOMPARE(day->scanned, 1600); // new ×6 and cross ×2 of every 10
        QCOMPARE(papersOf(tuesday).size(), 2000);
        QCOMPARE(store::PaperRepository(*m_db).count(), 2000);
    }

    void cancelWhilePagingStoresNothing()
    {
        m_server->setApiPapers(paperRange(1, 1200));
        DayFetcher fetcher(m_client.get(), *m_db, m_profile, m_calendar);
        QSignalSpy finished(&fetcher, &DayFetcher::finished);
        // Cancel the moment the second page is asked for: the first page is collected, not stored.
        connect(&m_server->http(), &test::FakeHttpServer::requestReceived, &fetcher, [&] {
            if (m_server->apiRequests().size() == 2) {
                fetcher.cancel();
            }
        });
        fetcher.fetch(monday, false, fridayNoon);
        QVERIFY(finished.wait(LongWaitMs));
        QTest::qWait(150);
        QCOMPARE(finished.size(), 1);
        const auto outcome = finished.first().first().value<FetchOutcome>();
        QCOMPARE(outcome.result, Result::Cancelled);
        QCOMPARE(m_server->apiRequests().size(), 2);
        QVERIFY(!stored(monday) || stored(monday)->state != DayInfo::State::Fetched);
        QCOMPARE(papersOf(monday).size(), 0);
        QCOMPARE(store::PaperRepository(*m_db).count(), 0);

        // The same fetcher works again afterwards.
        disconnect(&m_server->http(), nullptr, &fetcher, nullptr);
        fetcher.fetch(monday, false, fridayNoon);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, LongWaitMs);
        QCOMPARE(finished.last().first().value<FetchOutcome>().result, Result::Fetched);
        QCOMPARE(stored(monday)->total, 1200);
    }

    void itemWithoutIdIsSkippedAndCounted()
    {
        core::AnnouncedPaper broken = listed(9);
        broken.paper.arxivId.clear();
        m_server->setRssDay(tuesday, {listed(1), broken, listed(2), listed(3)});
        const FetchOutcome outcome = fetch({}, tuesdayNoon);
        QCOMPARE(outcome.result, Result::Fetched);
        const std::optional<DayInfo> day = stored(tuesday);
        QCOMPARE(day->total, 3);
        QCOMPARE(day->skipped, 1);
        QCOMPARE(idsOf(papersOf(tuesday)),
                 (QStringList{paper(1).arxivId, paper(2).arxivId, paper(3).arxivId}));
    }

    void entitiesAndTexAreKept()
    {
        core::AnnouncedPaper item = listed(1);
        item.paper.title = u"Tight Bounds for $\\ell_p$ Regression & <Sparse> Recovery: \"Beyond\" O(n^2)"_s;
        item.paper.abstract = u"We prove $\\mathcal{O}(\\sqrt{n})$ error when $k < n$ & $\\alpha \\geq 1$; "
                              u"see Grégoire Ferré's note."_s;
        item.paper.authors = {u"Grégoire Ferré"_s, u"Philipp F\\\"urnstahl"_s};
        m_server->setRssDay(tuesday, {item});
        QCOMPARE(fetch({}, tuesdayNoon).result, Result::Fetched);
        const store::DayPaperList rows = papersOf(tuesday);
        QCOMPARE(rows.size(), 1);
        // Title and abstract keep their TeX (rendered when shown); author names are stored in
        // Unicode, as the API gives them, so followed authors match.
        core::Paper expected = item.paper;
        expected.authors = {u"Grégoire Ferré"_s, u"Philipp Fürnstahl"_s};
        QCOMPARE(rows.first().paper(), expected);
    }
};

QTEST_GUILESS_MAIN(TestDayFetcher)
#include "tst_dayfetcher.moc"
