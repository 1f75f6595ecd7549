#include "fixtures.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"
#include "store/readingrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "testpostgres.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    const QDate m_day{2026, 4, 21};

private Q_SLOTS:
    void initTestCase() { PD_REQUIRE_BACKEND(); }

    void init()
    {
        m_db = std::make_unique<store::Database>(test::databaseLocation(
            m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch()) + u".sqlite"_s)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
    }
    void cleanup() { m_db.reset(); }

    void paperRoundTripKeepsAuthorOrderAndCategories()
    {
        store::PaperRepository papers(*m_db);
        core::Paper p = test::samplePaper(7);
        p.authors = {u"Zoë Zed"_s, u"A. B. Carter"_s, u"Mattis Dals{\\ae}tra {\\O}stby"_s, u"李雷"_s};
        p.categories = {u"stat.ML"_s, u"cs.LG"_s};
        p.doi = u"10.1000/xyz"_s;
        p.journalRef = u"J. Test 1 (2026)"_s;
        QVERIFY(papers.upsert(p));
        QCOMPARE(*papers.find(p.arxivId), p);
        QVERIFY(!papers.find(u"0000.00000"_s));
    }

    void olderVersionDoesNotOverwriteNewer()
    {
        store::PaperRepository papers(*m_db);
        core::Paper v2 = test::samplePaper(1);
        v2.version = 2;
        v2.title = u"Second version"_s;
        QVERIFY(papers.upsert(v2));
        core::Paper v1 = test::samplePaper(1);
        v1.title = u"First version"_s;
        QVERIFY(papers.upsert(v1));
        QCOMPARE(papers.find(v2.arxivId)->title, u"Second version"_s);
        core::Paper v3 = v2;
        v3.version = 3;
        v3.title = u"Third version"_s;
        QVERIFY(papers.upsert(v3));
        QCOMPARE(papers.find(v2.arxivId)->version, 3);
        QCOMPARE(papers.count(), 1);
    }

    void dayListingMergesAndNeverDeletes()
    {
        QVERIFY(test::storeDay(*m_db, m_day, 1, 10, 2));
        store::DayRepository days(*m_db);
        std::optional<core::DayInfo> d = days.find(m_day);
        QVERIFY(d);
        QCOMPARE(d->total, 10);
        QCOMPARE(d->scanned, 8);
        QCOMPARE(d->state, core::DayInfo::State::Fetched);
        QCOMPARE(d->source, core::DayInfo::Source::Rss);
        // A re-fetch that lists 5 of the same papers and 3 new ones merges.
        QVERIFY(test::storeDay(*m_db, m_day, 6, 8));
        d = days.find(m_day);
        QCOMPARE(d->total, 13);
        QCOMPARE(days.papersOfDay(m_day, {}).size(), 13);
        QCOMPARE(store::PaperRepository(*m_db).count(), 13);
    }

    void papersOfDayJoinScoreAndReadingState()
    {
        QVERIFY(test::storeDay(*m_db, m_day, 1, 4));
        const QString fp = u"fp-a"_s;
        store::ScoreRepository scores(*m_db);
        QString error;
        core::Score failed;
        failed.arxivId = test::samplePaper(2).arxivId;
        failed.fingerprint = fp;
        failed.status = core::Score::Status::Failed;
        failed.failure = u"missing from 3 replies"_s;
        core::Score good = test::sampleScore(test::samplePaper(1).arxivId, fp, 9, 8);
        good.hotspotTags = {u"daily_hot"_s};
        good.matchedTopics = {u"architecture_training"_s, u"memory_systems"_s};
        QVERIFY2(scores.putBatch({good, failed}, &error), qPrintable(error));
        QVERIFY(store::ReadingRepository(*m_db).setStarred(test::samplePaper(1).arxivId, true));

        const store::DayPaperList rows = store::DayRepository(*m_db).papersOfDay(m_day, fp);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].paper().arxivId, test::samplePaper(1).arxivId); // feed order
        QVERIFY(rows[0].score);
        QCOMPARE(rows[0].score->relevance, 9);
        QCOMPARE(rows[0].score->hotspotTags, QStringList{u"daily_hot"_s});
        QCOMPARE(rows[0].score->matchedTopics.size(), 2);
        QVERIFY(rows[0].score->isRelevant(8, 8));
        QVERIFY(rows[0].reading.starred);
        QCOMPARE(rows[1].score->status, core::Score::Status::Failed);
        QCOMPARE(rows[1].score->failure, u"missing from 3 replies"_s);
        QVERIFY(!rows[2].score);
        // Another fingerprint sees none of these scores.
        const store::DayPaperList other = store::DayRepository(*m_db).papersOfDay(m_day, u"fp-b"_s);
        QVERIFY(!other[0].score);
        QCOMPARE(scores.unscoredIds(m_day, fp).size(), 2);
        QCOMPARE(scores.unscoredOrFailedIds(m_day, fp).size(), 3);
        QCOMPARE(scores.unscoredIds(m_day, u"fp-b"_s).size(), 4);
    }

    void fingerprintsRemembered()
    {
        store::ScoreRepository scores(*m_db);
        QVERIFY(scores.rememberFingerprint(u"fp1"_s, u"openai"_s, u"gpt-5.4"_s, 0.0, u"sys"_s, u"user"_s));
        QVERIFY(scores.rememberFingerprint(u"fp1"_s, u"openai"_s, u"gpt-5.4"_s, 0.0, u"other"_s, u"other"_s));
        QCOMPARE(scores.promptsOf(u"fp1"_s), qMakePair(u"sys"_s, u"user"_s)); // first one kept
        QCOMPARE(scores.promptsOf(u"nope"_s), qMakePair(QString(), QString()));
    }

    void batchCommitRecordsUsageWithScores()
    {
        QVERIFY(test::storeDay(*m_db, m_day, 1, 2));
        store::RunRepository runs(*m_db);
        const qint64 run = runs.start(m_day, u"fp"_s, u"openai"_s, u"gpt-5.4"_s);
        core::Usage u;
        u.requests = 1;
        u.promptTokens = 500;
        u.promptCost = 0.1;
        u.completionCost = 0.2;
        store::ScoreRepository scores(*m_db);
        QString error;
        QVERIFY(scores.commitBatch({test::sampleScore(test::samplePaper(1).arxivId, u"fp"_s, 7, 7)}, run, u,
                                   &error));
        QCOMPARE(runs.usageOfDay(m_day).promptTokens, 500);
        // A failing batch leaves neither its scores nor its usage behind.
        QVERIFY(!scores.commitBatch({test::sampleScore(test::samplePaper(2).arxivId, u"fp"_s, 0, 7)}, run, u,
                                    &error));
        QCOMPARE(runs.usageOfDay(m_day).promptTokens, 500);
        QVERIFY(!scores.find(test::samplePaper(2).arxivId, u"fp"_s));
    }

    void scoreBatchIsAllOrNothing()
    {
        QVERIFY(test::storeDay(*m_db, m_day, 1, 3));
        store::ScoreRepository scores(*m_db);
        core::Score ok = test::sampleScore(test::samplePaper(1).arxivId, u"fp"_s, 5, 5);
        core::Score outOfRange = test::sampleScore(test::samplePaper(2).arxivId, u"fp"_s, 11, 5);
        QString error;
        QVERIFY(!scores.putBatch({ok, outOfRange}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!scores.find(ok.arxivId, u"fp"_s));
    }

    void runUsageAddsUpAndUnknownCostStaysUnknown()
    {
        store::RunRepository runs(*m_db);
        const qint64 a = runs.start(m_day, u"fp"_s, u"openai"_s, u"gpt-5.4"_s);
        QVERIFY(a > 0);
        core::Usage u;
        u.requests = 1;
        u.promptTokens = 1000;
        u.completionTokens = 100;
        u.cachedTokens = 200;
        u.promptCost = 0.0025;
        u.completionCost = 0.0015;
        QVERIFY(runs.addUsage(a, u));
        QVERIFY(runs.addUsage(a, u));
        QVERIFY(runs.finish(a, store::RunInfo::State::Finished, {}));
        core::Usage day = runs.usageOfDay(m_day);
        QCOMPARE(day.requests, 2);
        QCOMPARE(day.promptTokens, 2000);
        QCOMPARE(day.totalTokens(), 2200);
        QCOMPARE(day.cachedTokens, 400);
        QVERIFY(day.totalCost());
        QVERIFY(qAbs(*day.totalCost() - 0.008) < 1e-12);

        const qint64 b = runs.start(m_day, u"fp"_s, u"openai"_s, u"mystery"_s);
        core::Usage unknown = u;
        unknown.promptCost.reset();
        unknown.completionCost.reset();
        QVERIFY(runs.addUsage(b, unknown));
        day = runs.usageOfDay(m_day);
        QCOMPARE(day.requests, 3);
        QVERIFY(!day.totalCost());
        QCOMPARE(runs.runsOfDay(m_day).size(), 2);
        QCOMPARE(runs.runsOfDay(m_day).at(0).state, store::RunInfo::State::Finished);
    }

    void readingStatePersists()
    {
        QVERIFY(test::storeDay(*m_db, m_day, 1, 1));
        store::ReadingRepository reading(*m_db);
        const QString id = test::samplePaper(1).arxivId;
        QCOMPARE(reading.get(id), core::ReadingState());
        QVERIFY(reading.setRead(id, true));
        QVERIFY(reading.setNote(id, u"Read section 3 again"_s));
        QVERIFY(reading.setStarred(id, true));
        QVERIFY(reading.setRead(id, false));
        const core::ReadingState s = reading.get(id);
        QVERIFY(!s.read);
        QVERIFY(s.starred);
        QCOMPARE(s.note, u"Read section 3 again"_s);
    }

    void fullTextSearch()
    {
        store::PaperRepository papers(*m_db);
        core::Paper a = test::samplePaper(1);
        a.title = u"Grokking of Diffusion Models"_s;
        a.authors = {u"Joon Hyeok Kim"_s, u"Grégoire Ferré"_s};
        a.abstract = u"A case study on modular addition."_s;
        core::Paper b = test::samplePaper(2);
        b.title = u"Quantization for KV caches"_s;
        b.authors = {u"Dan Alistarh"_s};
        b.abstract = u"We compress keys and values; grokking is not discussed."_s;
        QVERIFY(papers.upsert(a));
        QVERIFY(papers.upsert(b));
        QCOMPARE(papers.search(u"diffusion"_s), QStringList{a.arxivId});
        QCOMPARE(papers.search(u"alistarh"_s), QStringList{b.arxivId});
        QCOMPARE(papers.search(u"gregoire"_s), QStringList{a.arxivId}); // diacritics folded
        QCOMPARE(papers.search(u"quant"_s), QStringList{b.arxivId});    // prefix while typing
        QCOMPARE(papers.search(u"grokking"_s).size(), 2);
        QCOMPARE(papers.search(u"grokking"_s).first(), a.arxivId); // title hit ranks first
        QCOMPARE(papers.search(u"modular addition"_s), QStringList{a.arxivId});
        // FTS syntax typed by a user is taken as words, never as a query error.
        QVERIFY(papers.search(u"\"unbalanced AND OR ( NEAR"_s).isEmpty());
        QVERIFY(papers.search(u"***"_s).isEmpty());
        QCOMPARE(papers.search(u"kv-caches"_s), QStringList{b.arxivId});
        // Updating a paper updates the index.
        b.version = 2;
        b.title = u"Pruning for KV caches"_s;
        QVERIFY(papers.upsert(b));
        QVERIFY(papers.search(u"quantization"_s).isEmpty());
        QCOMPARE(papers.search(u"pruning"_s), QStringList{b.arxivId});
    }

    void searchFoldsAndCompletesTheLastWord()
    {
        store::PaperRepository papers(*m_db);
        core::Paper a = test::samplePaper(1);
        a.title = u"Modeling grokking"_s;
        a.authors = {u"Grégoire Ferré"_s};
        core::Paper b = test::samplePaper(2);
        b.title = u"Models of KV caches"_s;
        b.authors = {u"Dan Alistarh"_s};
        QVERIFY(papers.upsert(a));
        QVERIFY(papers.upsert(b));
        QCOMPARE(papers.search(u"GRÉG"_s), QStringList{a.arxivId}); // case and accents folded, prefix
        QCOMPARE(papers.search(u"model"_s).size(), 2);              // modeling, models
        QCOMPARE(papers.search(u"models kv"_s), QStringList{b.arxivId});
        QCOMPARE(papers.search(u"kv"_s), QStringList{b.arxivId});
        QVERIFY(papers.search(u"ca"_s).isEmpty()); // two letters: a whole word, not a prefix
        QCOMPARE(papers.search(u"cac"_s), QStringList{b.arxivId});
        QVERIFY(papers.search(u"zzyzx"_s).isEmpty());
        QVERIFY(papers.search(u"grokking zzyzx"_s).isEmpty());
    }

    void searchRanksTheNewestMatchesOnly()
    {
        store::PaperRepository papers(*m_db);
        QSqlDatabase db = m_db->connection();
        QVERIFY(db.transaction());
        core::Paper oldest = test::samplePaper(0);
        oldest.title = u"Routing routing routing"_s; // the best match, but the oldest
        QVERIFY(papers.upsert(oldest));
        for (int n = 1; n <= store::PaperRepository::RankWindow + 5; ++n) {
            QVERIFY(papers.upsert(test::samplePaper(n))); // "routing" in every title
        }
        core::Paper newest = test::samplePaper(9000);
        newest.title = u"Routing routing"_s;
        QVERIFY(papers.upsert(newest));
        QVERIFY(db.commit());
        const QStringList hits = papers.search(u"routing"_s, 50);
        QCOMPARE(hits.size(), 50);
        QCOMPARE(hits.first(), newest.arxivId);
        QVERIFY(!hits.contains(oldest.arxivId));
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
