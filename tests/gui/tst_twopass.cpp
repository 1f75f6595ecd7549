// Two-pass scoring in the window: pass 1 scores every paper, pass 2 asks the prose only for papers
// that pass the thresholds. Lowering a threshold asks, in the background, the comments of the papers
// that pass now; raising one sends nothing; "Explain this score" asks the comment of one paper. A
// real window, a real SQLite file and the fake model over loopback.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "store/database.h"
#include "ui/daypane.h"
#include "ui/mainwindow.h"
#include "ui/papertablemodel.h"
#include "ui/paperview.h"

#include <QApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate day(2026, 4, 15);
constexpr int First = 500;
constexpr int Count = 60;
constexpr int JobTimeoutMs = 30000;

// The papers of the shown day scored without prose that pass `relevance` / `novelty`.
QSet<QString> withoutComment(const ui::MainWindow &w, int relevance, int novelty)
{
    QSet<QString> ids;
    for (const store::DayPaper &p : w.paperModel()->papers()) {
        if (p.state == core::PaperState::Scored && p.score &&
            p.score->detail == core::Score::Detail::NotAsked && p.score->relevance >= relevance &&
            p.score->novelty >= novelty) {
            ids.insert(p.paper().arxivId);
        }
    }
    return ids;
}

const store::DayPaper *paperOf(const ui::MainWindow &w, const QString &arxivId)
{
    return w.paperModel()->paperAt(w.paperModel()->rowOf(arxivId));
}

// The ids of the pass-2 requests, and whether any request asked for scores.
struct Sent {
    QSet<QString> detailIds;
    int scoreRequests = 0;
    int detailRequests = 0;
};

Sent sentBy(const test::FakeLlmServer &llm)
{
    Sent sent;
    const QList<test::FakeLlmServer::Request> requests = llm.requests();
    for (const test::FakeLlmServer::Request &r : requests) {
        if (r.paperIds.isEmpty()) {
            continue;
        }
        if (r.asksScores()) {
            ++sent.scoreRequests;
        } else {
            ++sent.detailRequests;
            sent.detailIds.unite(QSet<QString>(r.paperIds.cbegin(), r.paperIds.cend()));
        }
    }
    return sent;
}

} // namespace

class TestTwoPass : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    std::unique_ptr<core::DataDir> m_dataDir;
    std::unique_ptr<store::Database> m_db;
    std::unique_ptr<test::FakeLlmServer> m_llm;
    core::Profile m_profile;

    // A window on the day, scored in two passes by the fake; the fake's record starts empty.
    std::unique_ptr<ui::MainWindow> scoredWindow()
    {
        auto w = std::make_unique<ui::MainWindow>(*m_db, *m_dataDir, m_profile);
        w->showDay(day);
        w->show();
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        w->startJob(pipeline::Job::Kind::Score, day);
        if (!finished.wait(JobTimeoutMs)) {
            qWarning("the first scoring run did not finish");
            return nullptr;
        }
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        if (outcome.result != pipeline::Outcome::Done || outcome.score.newlyScored != Count) {
            qWarning("first run: %s", qPrintable(outcome.message));
            return nullptr;
        }
        m_llm->clearRecord();
        return w;
    }

    static QSpinBox *spin(const ui::MainWindow &w, const QString &name)
    {
        return w.findChild<QSpinBox *>(name);
    }

    static void clickExplain(const ui::MainWindow &w)
    {
        auto *browser = w.findChild<ui::PaperView *>()->findChild<QTextBrowser *>(u"paperBrowser"_s);
        Q_EMIT browser->anchorClicked(ui::PaperView::explainUrl());
    }

private Q_SLOTS:
    void initTestCase()
    {
        core::registerMetaTypes();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "$0.01"
        m_llm = std::make_unique<test::FakeLlmServer>();
        QVERIFY(m_llm->listen());
        m_profile = core::ProfileJson::defaultProfile();
        QCOMPARE(m_profile.model.commentsFor, core::Profile::Model::Comments::Relevant);
        m_llm->setFlavour(test::FakeLlmServer::Flavour::Local); // no key needed
        m_llm->addModel(m_profile.model.model);
        QStringList topics;
        for (const core::Topic &t : m_profile.topics) {
            topics.append(t.id);
        }
        m_llm->setTopics(topics);
        m_profile.model.preset = u"custom"_s;
        m_profile.model.baseUrl = m_llm->baseUrl();
        m_profile.model.batchSize = 20;
    }

    void init()
    {
        m_dataDir = std::make_unique<core::DataDir>(m_dir.filePath(u"d%1"_s.arg(++m_counter)));
        QString error;
        QVERIFY(m_dataDir->ensureExists(&error));
        m_db = std::make_unique<store::Database>(m_dataDir->databasePath());
        QVERIFY(m_db->open(&error));
        QVERIFY(test::storeDay(*m_db, day, First, Count));
        m_llm->setLatencyMs(0);
        m_llm->clearRecord();
    }

    void cleanup() { m_db.reset(); }

    void firstRunAsksProseOnlyForRelevant()
    {
        auto w = std::make_unique<ui::MainWindow>(*m_db, *m_dataDir, m_profile);
        w->showDay(day);
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        w->startJob(pipeline::Job::Kind::Score, day);
        QVERIFY(finished.wait(JobTimeoutMs));
        const Sent sent = sentBy(*m_llm);
        QVERIFY(sent.scoreRequests > 0);
        for (const store::DayPaper &p : w->paperModel()->papers()) {
            const bool passes = p.score->relevance >= 8 && p.score->novelty >= 8;
            const bool hot = !p.score->hotspotTags.isEmpty();
            QCOMPARE(sent.detailIds.contains(p.paper().arxivId), passes || hot);
            QCOMPARE(p.score->detail == core::Score::Detail::Asked, passes || hot);
        }
        QVERIFY2(!withoutComment(*w, 1, 1).isEmpty(), "every paper passed: nothing to test");
    }

    void loweringRelevanceAsksOnlyTheNewComments()
    {
        auto w = scoredWindow();
        QVERIFY(w);
        const QSet<QString> expected = withoutComment(*w, 7, 8);
        QVERIFY2(!expected.isEmpty(), "no paper scores relevance 7 with novelty >= 8");

        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        spin(*w, u"minRelevance"_s)->stepDown();
        QCOMPARE(m_llm->requestCount(), 0); // gathered for a moment first
        QVERIFY(finished.wait(JobTimeoutMs));

        const Sent sent = sentBy(*m_llm);
        QCOMPARE(sent.scoreRequests, 0);
        QCOMPARE(sent.detailIds, expected);
        const auto outcome = finished.at(0).at(0).value<pipeline::JobOutcome>();
        QCOMPARE(outcome.score.detailed, int(expected.size()));
        const QString message = w->statusBar()->currentMessage();
        const QRegularExpression shape(
            u"^Comments for %1 newly relevant paper\\(s\\): \\$[0-9.]+$"_s.arg(expected.size()));
        QVERIFY2(shape.match(message).hasMatch(), qPrintable(message));
        QVERIFY(QApplication::activeModalWidget() == nullptr); // nothing asked

        // The table reloaded: the newly relevant papers have their prose.
        for (const QString &id : expected) {
            const store::DayPaper *p = paperOf(*w, id);
            QVERIFY(p);
            QCOMPARE(p->score->detail, core::Score::Detail::Asked);
            QVERIFY(!p->score->comment.isEmpty());
        }
        QVERIFY(withoutComment(*w, 7, 8).isEmpty());
    }

    void fastStepsMakeOneRequest()
    {
        auto w = scoredWindow();
        QVERIFY(w);
        const QSet<QString> expected = withoutComment(*w, 6, 7);
        QVERIFY(!expected.isEmpty());
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        spin(*w, u"minRelevance"_s)->stepDown();
        QTest::qWait(300);
        spin(*w, u"minNovelty"_s)->stepDown();
        QTest::qWait(300);
        spin(*w, u"minRelevance"_s)->stepDown();
        QVERIFY(finished.wait(JobTimeoutMs));
        QTest::qWait(2000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(sentBy(*m_llm).detailIds, expected);
        QCOMPARE(sentBy(*m_llm).scoreRequests, 0);
    }

    void raisingSendsNothing()
    {
        auto w = scoredWindow();
        QVERIFY(w);
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        spin(*w, u"minRelevance"_s)->stepUp();
        spin(*w, u"minNovelty"_s)->stepUp();
        QTest::qWait(2500);
        QVERIFY(!w->isWorking());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_llm->requestCount(), 0);

        // Lowered and raised back before the pause ends: nothing passes that had no prose.
        spin(*w, u"minRelevance"_s)->stepDown();
        spin(*w, u"minRelevance"_s)->stepDown();
        spin(*w, u"minRelevance"_s)->stepUp();
        spin(*w, u"minRelevance"_s)->stepUp();
        QTest::qWait(2500);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(m_llm->requestCount(), 0);
    }

    void explainFillsTheComment()
    {
        auto w = scoredWindow();
        QVERIFY(w);
        const QSet<QString> below = withoutComment(*w, 1, 1);
        QVERIFY(!below.isEmpty());
        const QString id = *std::min_element(below.cbegin(), below.cend());
        QVERIFY(w->findChild<ui::DayPane *>()->selectPaper(id));
        auto *view = w->findChild<ui::PaperView *>();
        QVERIFY2(view->html().contains(u"comments are asked only for papers that pass your thresholds"_s),
                 qPrintable(view->html()));
        QVERIFY(view->html().contains(u"Explain this score"_s));

        QSignalSpy opened(view, &ui::PaperView::openUrlRequested);
        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        clickExplain(*w);
        QVERIFY(view->html().contains(u"Asking the model for its comment"_s));
        QVERIFY(!view->html().contains(u"Explain this score"_s));
        QVERIFY(finished.wait(JobTimeoutMs));

        const Sent sent = sentBy(*m_llm);
        QCOMPARE(sent.scoreRequests, 0);
        QCOMPARE(sent.detailIds, QSet<QString>{id});
        QCOMPARE(opened.size(), 0);
        const store::DayPaper *p = paperOf(*w, id);
        QCOMPARE(p->score->detail, core::Score::Detail::Asked);
        QVERIFY(view->html().contains(u"Comment:"_s));
        QVERIFY(!view->html().contains(u"Explain this score"_s));
        QVERIFY2(w->statusBar()->currentMessage().startsWith(u"Comment for %1: $"_s.arg(id)),
                 qPrintable(w->statusBar()->currentMessage()));
        // Another paper still without prose keeps its own offer.
        QCOMPARE(withoutComment(*w, 1, 1), below - QSet<QString>{id});
    }

    // A second request while a job runs waits for it; nothing is lost or sent twice.
    void requestsWaitForTheRunningJob()
    {
        auto w = scoredWindow();
        QVERIFY(w);
        QStringList below = withoutComment(*w, 1, 1).values();
        std::sort(below.begin(), below.end());
        QVERIFY(below.size() >= 2);
        const QSet<QString> lowered = withoutComment(*w, 7, 8) - QSet<QString>{below.at(0), below.at(1)};
        QVERIFY(!lowered.isEmpty());
        m_llm->setLatencyMs(1200);

        QSignalSpy finished(w.get(), &ui::MainWindow::jobFinished);
        auto *pane = w->findChild<ui::DayPane *>();
        QVERIFY(pane->selectPaper(below.at(0)));
        clickExplain(*w);
        QVERIFY(w->isWorking());
        QVERIFY(pane->selectPaper(below.at(1)));
        clickExplain(*w);                        // queued
        spin(*w, u"minRelevance"_s)->stepDown(); // queued after the pause
        QVERIFY(w->findChild<ui::PaperView *>()->html().contains(u"Asking the model for its comment"_s));

        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, JobTimeoutMs);
        QTest::qWait(500);
        QCOMPARE(finished.size(), 3);
        QCOMPARE(m_llm->maxInFlight(), 1);
        const QList<test::FakeLlmServer::Request> requests = m_llm->requests();
        QVERIFY(requests.size() >= 3);
        QCOMPARE(requests.at(0).paperIds, QStringList{below.at(0)});
        QCOMPARE(requests.at(1).paperIds, QStringList{below.at(1)});
        const Sent sent = sentBy(*m_llm);
        QCOMPARE(sent.scoreRequests, 0);
        const QSet<QString> explained{below.at(0), below.at(1)};
        QCOMPARE(sent.detailIds, lowered + explained);
        QVERIFY(w->statusBar()->currentMessage().startsWith(
            u"Comments for %1 newly relevant paper(s): $"_s.arg(lowered.size())));
    }
};

QTEST_MAIN(TestTwoPass)
#include "tst_twopass.moc"
