// The calendar's and the month overview's summaries: DayView's rule counted (stale scores
// included), with the day's whole usage, kept per day so new thresholds recount without SQL.
#include "core/profile.h"
#include "fixtures.h"
#include "pipeline/summarycache.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using State = core::DayInfo::State;
using pipeline::DaySummary;
using pipeline::MonthSummary;
using pipeline::TopicCount;
using pipeline::TopPaper;
using Thresholds = core::Profile::Thresholds;

namespace {

core::Profile profile()
{
    return core::ProfileJson::defaultProfile();
}
const QString otherFp = u"fp-earlier-settings"_s;
const QString topicA = u"architecture_training"_s;
const QString topicB = u"memory_systems"_s;
const Thresholds standard{8, 8};

QString id(int n)
{
    return test::samplePaper(n).arxivId;
}

core::Usage usage(qint64 requests, qint64 prompt, qint64 completion, std::optional<double> promptCost,
                  std::optional<double> completionCost)
{
    core::Usage u;
    u.requests = requests;
    u.promptTokens = prompt;
    u.completionTokens = completion;
    u.cachedTokens = prompt / 10;
    u.promptCost = promptCost;
    u.completionCost = completionCost;
    return u;
}

} // namespace

class TestDaySummary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<pipeline::SummaryCache> m_cache;
    QString fp; // the current settings' fingerprint
    int m_dbNumber = 0;

    core::Score scored(int n, int relevance, int novelty, const QString &topic, const QStringList &hotspot = {})
    {
        core::Score s = test::sampleScore(id(n), fp, relevance, novelty, topic);
        s.hotspotTags = hotspot;
        return s;
    }

    core::Score failedScore(int n)
    {
        core::Score s;
        s.arxivId = id(n);
        s.fingerprint = fp;
        s.status = core::Score::Status::Failed;
        s.failure = u"missing from the reply"_s;
        return s;
    }

    DaySummary day(QDate date, const Thresholds &thresholds = standard)
    {
        const QList<DaySummary> days = m_cache->days(date, date, thresholds);
        return days.isEmpty() ? DaySummary{} : days.first();
    }

    // Lists papers `ids` on `date`; those in `filtered` are dropped by the prefilter.
    void listDay(QDate date, const QList<int> &ids, const QList<int> &filtered = {})
    {
        core::Announcement a;
        a.date = date;
        for (int n : ids) {
            core::AnnouncedPaper item;
            item.paper = test::samplePaper(n);
            if (filtered.contains(n)) {
                item.type = core::AnnounceType::Replace;
                item.filterReason = u"announce type replace"_s;
            }
            a.papers.append(item);
        }
        core::DayInfo day;
        day.state = State::Fetched;
        day.source = core::DayInfo::Source::Rss;
        day.fetchedAt = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(store::DayRepository(*m_db).storeAnnouncement(a, day, &error), qPrintable(error));
    }

    void putScores(const QList<core::Score> &scores)
    {
        QString error;
        QVERIFY2(store::ScoreRepository(*m_db).putBatch(scores, &error), qPrintable(error));
    }

    void addRun(QDate date, const QString &model, const core::Usage &u)
    {
        store::RunRepository runs(*m_db);
        const qint64 run = runs.start(date, fp, u"openai"_s, model);
        QVERIFY(run > 0);
        QVERIFY(runs.addUsage(run, u));
        QVERIFY(runs.finish(run, store::RunInfo::State::Finished, {}));
    }

    void putDay(QDate date, State state, const QString &failure = {})
    {
        core::DayInfo d;
        d.date = date;
        d.state = state;
        d.failure = failure;
        QVERIFY(store::DayRepository(*m_db).put(d));
    }

    // April 2026 with neighbours on both sides; see each test for what it expects.
    void buildApril()
    {
        listDay({2026, 3, 31}, {90, 91});
        putScores({scored(90, 10, 10, topicA), scored(91, 9, 9, topicB)});
        addRun({2026, 3, 31}, u"old-model"_s, usage(1, 100, 10, 0.1, 0.1));

        // Apr 1: p1 relevant + hotspot, p2 8/7, p3 failed, p4 unscored here but scored under
        // another fingerprint; p5 and p6 filtered (p5 even has a score, which must not count).
        listDay({2026, 4, 1}, {1, 2, 3, 4, 5, 6}, {5, 6});
        putScores({scored(1, 9, 9, topicA, {u"daily_hot"_s}), scored(2, 8, 7, topicB), failedScore(3),
                   scored(5, 10, 10, topicA, {u"daily_hot"_s})});
        core::Score other = scored(4, 10, 10, topicA, {u"new_frontier"_s});
        other.fingerprint = otherFp;
        putScores({other});
        addRun({2026, 4, 1}, u"gpt-5.4"_s, usage(2, 1000, 100, 0.5, 0.25));
        addRun({2026, 4, 1}, u"gpt-5.4-mini"_s, usage(1, 200, 50, 0.1, 0.2));

        // Apr 2: all four relevant at 8/8, one without a topic; a run with an unknown price.
        listDay({2026, 4, 2}, {11, 12, 13, 14});
        putScores({scored(11, 10, 9, topicA, {u"new_frontier"_s, u"daily_hot"_s}), scored(12, 9, 9, topicA),
                   scored(13, 8, 8, QString()), scored(14, 8, 9, topicB)});
        addRun({2026, 4, 2}, u"local-model"_s, usage(3, 3000, 300, std::nullopt, std::nullopt));
        addRun({2026, 4, 2}, u"local-model"_s, usage(0, 0, 0, 0.0, 0.0)); // spent nothing

        putDay({2026, 4, 3}, State::Failed, u"HTTP 503 from rss.arxiv.org"_s);
        listDay({2026, 4, 6}, {21, 22, 23}); // fetched, not scored
        putDay({2026, 4, 7}, State::NoAnnouncement);

        // Apr 30: p31, and p1 listed again (cross-list on a later day).
        listDay({2026, 4, 30}, {31, 1});
        putScores({scored(31, 9, 8, topicB)});
        addRun({2026, 4, 30}, u"gpt-5.4"_s, usage(1, 500, 40, 0.2, 0.3));

        listDay({2026, 5, 1}, {41});
        putScores({scored(41, 10, 10, topicA, {u"daily_hot"_s})});
        addRun({2026, 5, 1}, u"new-model"_s, usage(1, 100, 10, 0.1, 0.1));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<store::Database>(m_dir.filePath(u"s%1.sqlite"_s.arg(++m_dbNumber)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        m_cache = std::make_unique<pipeline::SummaryCache>(*m_db, profile());
        fp = pipeline::DayView(*m_db, profile()).fingerprint();
    }
    void cleanup()
    {
        m_cache.reset();
        m_db.reset();
    }

    void unknownDaysAreNotListed()
    {
        QVERIFY(m_cache->days({2026, 4, 21}, {2026, 4, 21}, standard).isEmpty());
        QVERIFY(m_cache->days({2026, 4, 30}, {2026, 4, 1}, standard).isEmpty());
        QVERIFY(m_cache->days({}, {2026, 4, 1}, standard).isEmpty());
        QCOMPARE(m_cache->month({}, standard).month, QDate());
    }

    void dayCountsByTheDayViewRule()
    {
        buildApril();
        const DaySummary d = day({2026, 4, 1});
        QCOMPARE(d.state, State::Fetched);
        QCOMPARE(d.source, core::DayInfo::Source::Rss);
        QCOMPARE(d.total, 6);
        QCOMPARE(d.scanned, 4);
        // p1, p2 scored; p4 shows its score from earlier settings; p3 failed; p5 is filtered
        // whatever was scored.
        QCOMPARE(d.scored, 3);
        QCOMPARE(d.stale, 1);
        QCOMPARE(d.failed, 1);
        QCOMPARE(d.relevant, 2); // p1 and the stale p4
        QCOMPARE(d.hotspot, 2);
        QCOMPARE(d.model, u"gpt-5.4, gpt-5.4-mini"_s); // every model that spent on the day

        // The thresholds are the caller's: 7/7 lets p2 (8/7) in.
        QCOMPARE(day({2026, 4, 1}, {7, 7}).relevant, 3);
        QCOMPARE(day({2026, 4, 1}, {9, 10}).relevant, 1);
    }

    void usageIsEveryRunOfTheDay()
    {
        buildApril();
        store::RunRepository runs(*m_db);

        const DaySummary apr1 = day({2026, 4, 1});
        QCOMPARE(apr1.usage.requests, 3);
        QCOMPARE(apr1.usage.promptTokens, 1200);
        QCOMPARE(apr1.usage.completionTokens, 150);
        QCOMPARE(apr1.usage.cachedTokens, 120);
        QVERIFY(apr1.usage.totalCost());
        QCOMPARE(qRound(*apr1.usage.promptCost * 100), 60);
        QCOMPARE(qRound(*apr1.usage.completionCost * 100), 45);
        QCOMPARE(apr1.usage, runs.usageOfDay({2026, 4, 1}));

        // A priced-nothing run that did spend tokens makes the cost unknown, not zero; the idle run
        // after it changes nothing.
        const DaySummary apr2 = day({2026, 4, 2});
        QCOMPARE(apr2.usage.requests, 3);
        QCOMPARE(apr2.usage.totalTokens(), 3300);
        QVERIFY(!apr2.usage.promptCost);
        QVERIFY(!apr2.usage.totalCost());
        QCOMPARE(apr2.model, u"local-model"_s);

        // No run at all: nothing spent, which costs nothing.
        const DaySummary apr6 = day({2026, 4, 6});
        QCOMPARE(apr6.usage.requests, 0);
        QCOMPARE(apr6.usage.totalCost(), std::optional<double>(0.0));
        QVERIFY(apr6.model.isEmpty());
    }

    void daysListsKnownDaysWithTheirStates()
    {
        buildApril();
        const QList<DaySummary> days = m_cache->days({2026, 4, 1}, {2026, 4, 30}, standard);
        QList<QDate> dates;
        for (const DaySummary &d : days) {
            dates.append(d.date);
        }
        const QList<QDate> expected{{2026, 4, 1}, {2026, 4, 2}, {2026, 4, 3},
                                    {2026, 4, 6}, {2026, 4, 7}, {2026, 4, 30}};
        QCOMPARE(dates, expected);

        QCOMPARE(days[1].scored, 4);
        QCOMPARE(days[1].relevant, 4);
        QCOMPARE(days[1].hotspot, 1);
        QCOMPARE(days[2].state, State::Failed);
        QCOMPARE(days[2].failure, u"HTTP 503 from rss.arxiv.org"_s);
        QCOMPARE(days[2].total, 0);
        QCOMPARE(days[3].state, State::Fetched);
        QCOMPARE(days[3].scanned, 3);
        QCOMPARE(days[3].scored, 0);
        QCOMPARE(days[4].state, State::NoAnnouncement);
        // p1 listed again on Apr 30 counts for that day too.
        QCOMPARE(days[5].relevant, 2);
        QCOMPARE(days[5].hotspot, 1);
        QCOMPARE(days[5].scored, 1 + 1);

        // Each day's row equals its own query.
        for (const DaySummary &d : days) {
            QCOMPARE(d, day(d.date));
        }
    }

    void thresholdsRecountWithoutReadingAgain()
    {
        buildApril();
        QCOMPARE(day({2026, 4, 2}).relevant, 4);
        // A score stored behind the cache's back is not seen until the day is forgotten...
        putScores({scored(12, 2, 2, topicA)});
        QCOMPARE(day({2026, 4, 2}, {9, 9}).relevant, 2); // p11 10/9, p12 9/9 as cached
        QCOMPARE(day({2026, 4, 2}).relevant, 4);
        // ...and is once it is.
        m_cache->forget({2026, 4, 2});
        QCOMPARE(day({2026, 4, 2}).relevant, 3);
        // New settings read everything again: every score becomes an earlier one, still shown.
        core::Profile edited = profile();
        edited.prompt.system += u" Be strict."_s;
        m_cache->setProfile(edited);
        const DaySummary stale = day({2026, 4, 2});
        QCOMPARE(stale.relevant, 3);
        QCOMPARE(stale.stale, 4);
    }

    void monthStaysInsideItsBoundaries()
    {
        buildApril();
        const MonthSummary m = m_cache->month({2026, 4, 17}, standard);
        QCOMPARE(m.month, QDate(2026, 4, 1));
        QCOMPARE(m.days.size(), 6);
        QCOMPARE(m.days.first().date, QDate(2026, 4, 1));
        QCOMPARE(m.days.last().date, QDate(2026, 4, 30));

        const DaySummary &t = m.totals;
        QCOMPARE(t.total, 6 + 4 + 3 + 2);
        QCOMPARE(t.scanned, 4 + 4 + 3 + 2);
        QCOMPARE(t.scored, 3 + 4 + 2);
        QCOMPARE(t.stale, 1);
        QCOMPARE(t.failed, 1);
        QCOMPARE(t.relevant, 2 + 4 + 2);
        QCOMPARE(t.hotspot, 2 + 1 + 1);
        QCOMPARE(t.usage.requests, 3 + 3 + 1);
        QCOMPARE(t.usage.promptTokens, 1200 + 3000 + 500);
        QVERIFY(!t.usage.totalCost());   // Apr 2 has an unknown price
        QCOMPARE(t.model, u"gpt-5.4"_s); // the Apr 30 run, not May's

        const MonthSummary march = m_cache->month({2026, 3, 31}, standard);
        QCOMPARE(march.days.size(), 1);
        QCOMPARE(march.totals.relevant, 2);
        QCOMPARE(march.totals.model, u"old-model"_s);
        QVERIFY(march.totals.usage.totalCost());
        QCOMPARE(qRound(*march.totals.usage.totalCost() * 100), 20);

        const MonthSummary may = m_cache->month({2026, 5, 31}, standard);
        QCOMPARE(may.days.size(), 1);
        QCOMPARE(may.topics, (QList<TopicCount>{{topicA, 1}}));

        const MonthSummary june = m_cache->month({2026, 6, 1}, standard);
        QVERIFY(june.days.isEmpty());
        QVERIFY(june.topics.isEmpty());
        QVERIFY(june.topByTopic.isEmpty());
        QCOMPARE(june.totals.total, 0);
    }

    void topicCoverageCountsEachRelevantPaperOnce()
    {
        buildApril();
        const MonthSummary m = m_cache->month({2026, 4, 1}, standard);
        // A: p1 (twice listed), the stale p4, p11, p12; B: p14, p31; no topic: p13. p5 is
        // filtered, p2 is under the threshold.
        const QList<TopicCount> expected{{topicA, 4}, {topicB, 2}, {QString(), 1}};
        QCOMPARE(m.topics, expected);

        const MonthSummary lower = m_cache->month({2026, 4, 1}, {8, 7});
        QCOMPARE(lower.topics.first(), (TopicCount{topicA, 4}));
        QCOMPARE(lower.topics.at(1), (TopicCount{topicB, 3})); // p2 joins
    }

    void topPapersAreOrderedByScoreThenRelevanceThenDate()
    {
        buildApril();
        const MonthSummary m = m_cache->month({2026, 4, 1}, standard);
        auto ids = [](const QList<TopPaper> &papers) {
            QStringList out;
            for (const TopPaper &p : papers) {
                out.append(p.arxivId);
            }
            return out;
        };
        // p4 20 (stale); p11 19; p1 and p12 both 9/9, p1 listed first (Apr 1, not its Apr 30 re-listing).
        QCOMPARE(ids(m.topByTopic.value(topicA)), (QStringList{id(4), id(11), id(1), id(12)}));
        // p31 9/8 and p14 8/9 tie on the sum: higher relevance first.
        QCOMPARE(ids(m.topByTopic.value(topicB)), (QStringList{id(31), id(14)}));
        QCOMPARE(ids(m.topByTopic.value(QString())), QStringList{id(13)});

        const TopPaper &second = m.topByTopic.value(topicA).at(1);
        QCOMPARE(second.title, test::samplePaper(11).title);
        QCOMPARE(second.date, QDate(2026, 4, 2));
        QCOMPARE(second.relevance, 10);
        QCOMPARE(second.novelty, 9);
        QCOMPARE(second.primaryTopic, topicA);
        QCOMPARE(m.topByTopic.value(topicA).at(2).date, QDate(2026, 4, 1));

        // Fewer per topic keeps the full counts.
        const MonthSummary two = m_cache->month({2026, 4, 1}, standard, 2);
        QCOMPARE(ids(two.topByTopic.value(topicA)), (QStringList{id(4), id(11)}));
        QCOMPARE(two.topics.first().count, 4);
        const MonthSummary none = m_cache->month({2026, 4, 1}, standard, 0);
        QVERIFY(none.topByTopic.isEmpty());
        QCOMPARE(none.topics.size(), 3);
    }

    void damagedHotspotJsonIsNotAHotspotAndBreaksNothing()
    {
        listDay({2026, 4, 21}, {1, 2, 3});
        putScores(
            {scored(1, 9, 9, topicA), scored(2, 9, 9, topicA), scored(3, 9, 9, topicA, {u"daily_hot"_s})});
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"UPDATE scores SET hotspot_tags = '[not json' WHERE arxiv_id = '%1'"_s.arg(id(1))));
        QVERIFY(q.exec(u"UPDATE scores SET hotspot_tags = '[ ]' WHERE arxiv_id = '%1'"_s.arg(id(2))));
        const DaySummary d = day({2026, 4, 21});
        QCOMPARE(d.scored, 3);
        QCOMPARE(d.relevant, 3);
        QCOMPARE(d.hotspot, 1);
    }
};

QTEST_GUILESS_MAIN(TestDaySummary)
#include "tst_daysummary.moc"
