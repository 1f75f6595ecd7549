// The reader window on a prepared database: navigation, tree counts against DayView, filtering by
// node and by search, thresholds (the calendar badge included), reading state written off the GUI
// thread, the paper view and the month overview.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "llm/promptbuilder.h"
#include "pipeline/dayview.h"
#include "pipeline/summarycache.h"
#include "store/database.h"
#include "store/readingrepository.h"
#include "store/readingwriter.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "testpostgres.h"
#include "ui/daycalendar.h"
#include "ui/mainwindow.h"
#include "ui/monthoverview.h"
#include "ui/paperfilterproxy.h"
#include "ui/papertablemodel.h"
#include "ui/paperview.h"
#include "ui/readingservice.h"
#include "ui/roles.h"
#include "ui/summaryloader.h"
#include "ui/topictreemodel.h"
#include "ui/treenode.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate friday(2026, 1, 16);
const QDate wednesday(2026, 1, 21); // Tuesday 20 January is an arXiv holiday (MLK day)

// 20 papers on `wednesday`: relevance/novelty spread so the default 8/8 keeps exactly 5.
void prepare(const store::Database &db, const QString &fingerprint)
{
    QVERIFY(test::storeDay(db, friday, 1, 6));
    QVERIFY(test::storeDay(db, wednesday, 100, 22, 2)); // 20 scanned, 2 filtered
    const QStringList topics{u"architecture_training"_s, u"efficiency_scaling"_s, u"memory_systems"_s};
    QList<core::Score> scores;
    for (int i = 0; i < 20; ++i) {
        const QString id = test::samplePaper(100 + i).arxivId;
        if (i == 19) {
            core::Score failed;
            failed.arxivId = id;
            failed.fingerprint = fingerprint;
            failed.status = core::Score::Status::Failed;
            failed.failure = u"The model left this paper out of 3 answers."_s;
            scores.append(failed);
            continue;
        }
        core::Score s =
            test::sampleScore(id, fingerprint, i < 5 ? 9 : (i < 10 ? 8 : 4), i < 5 ? 8 : 6, topics.at(i % 3));
        if (i == 2 || i == 12) {
            s.hotspotTags = {i == 2 ? u"daily_hot"_s : u"new_frontier"_s};
            s.hotspotComment = u"Everyone talks about it."_s;
        }
        scores.append(s);
    }
    QString error;
    QVERIFY2(store::ScoreRepository(db).putBatch(scores, &error), qPrintable(error));
    const qint64 run = store::RunRepository(db).start(wednesday, fingerprint, u"openai"_s, u"gpt-5.4"_s);
    core::Usage usage;
    usage.requests = 1;
    usage.promptTokens = 12000;
    usage.completionTokens = 2000;
    usage.promptCost = 0.03;
    usage.completionCost = 0.03;
    QVERIFY(store::RunRepository(db).addUsage(run, usage));
}

} // namespace

class TestReader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::DataDir> m_dataDir;
    std::unique_ptr<store::Database> m_db;
    core::Profile m_profile = core::ProfileJson::defaultProfile();
    int m_counter = 0;

    std::unique_ptr<ui::MainWindow> window()
    {
        auto w = std::make_unique<ui::MainWindow>(*m_db, *m_dataDir, m_profile);
        w->showDay(wednesday);
        w->show();
        w->activateWindow();
        // Shortcuts ([ ] j k s u Ctrl+2) only reach an active window.
        if (!QTest::qWaitForWindowActive(w.get())) {
            qWarning("window did not become active");
        }
        return w;
    }

    static QTableView *table(ui::MainWindow &w) { return w.findChild<QTableView *>(u"paperTable"_s); }
    static QTreeView *tree(ui::MainWindow &w) { return w.findChild<QTreeView *>(u"topicTree"_s); }

    static void selectNode(ui::MainWindow &w, ui::TreeNode node)
    {
        tree(w)->setCurrentIndex(w.topicModel()->indexOf(node));
    }

private Q_SLOTS:
    void initTestCase()
    {
        PD_REQUIRE_BACKEND();
        core::registerMetaTypes();
    }

    void init()
    {
        m_dataDir = std::make_unique<core::DataDir>(m_dir.filePath(u"d%1"_s.arg(++m_counter)));
        QString error;
        QVERIFY(m_dataDir->ensureExists(&error));
        m_dataDir->setDatabase(test::databaseLocation(m_dataDir->databasePath()));
        m_db = std::make_unique<store::Database>(m_dataDir->databasePath());
        QVERIFY(m_db->open(&error));
        prepare(*m_db, llm::PromptBuilder(m_profile).fingerprint());
    }

    void cleanup() { m_db.reset(); }

    void navigationSkipsWeekendAndHoliday()
    {
        auto w = window();
        QCOMPARE(w->currentDay(), wednesday);
        QTest::keyClick(w.get(), Qt::Key_BracketLeft); // over the holiday and the weekend
        QCOMPARE(w->currentDay(), QDate(2026, 1, 19)); // Monday: an announcement day, not fetched
        QTest::keyClick(w.get(), Qt::Key_BracketLeft);
        QCOMPARE(w->currentDay(), friday);
        QCOMPARE(w->paperModel()->rowCount(), 6);
        QTest::keyClick(w.get(), Qt::Key_BracketRight);
        QTest::keyClick(w.get(), Qt::Key_BracketRight);
        QCOMPARE(w->currentDay(), wednesday);
        // An unfetched announcement day offers to fetch and score it.
        w->showDay(QDate(2026, 1, 19));
        QVERIFY(w->findChild<QWidget *>(u"fetchBanner"_s)->isVisible());
    }

    void treeCountsMatchTheDayView()
    {
        auto w = window();
        QAbstractItemModelTester tester(w->topicModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tableTester(w->paperModel(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(w->paperProxy(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        const pipeline::DayContent day = pipeline::DayView(*m_db, m_profile).day(wednesday);
        const pipeline::DaySummary s = pipeline::summarize(day);
        QCOMPARE(s.relevant, 5);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::Relevant, {}}), s.relevant);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::AllScanned, {}}), s.scanned);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::Hotspot, {}}), s.hotspot);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::FailedOrUnscored, {}}), 1);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::Filtered, {}}), 2);
        // Selecting a node filters the table to exactly its count.
        for (const ui::TreeNode &node : {ui::TreeNode{ui::TreeNode::Relevant, {}},
                                         ui::TreeNode{ui::TreeNode::Topic, u"architecture_training"_s},
                                         ui::TreeNode{ui::TreeNode::HotspotTag, u"daily_hot"_s},
                                         ui::TreeNode{ui::TreeNode::FailedOrUnscored, {}}}) {
            selectNode(*w, node);
            QCOMPARE(table(*w)->model()->rowCount(), w->topicModel()->count(node));
        }
    }

    void searchFiltersAsYouType()
    {
        auto w = window();
        auto *search = w->findChild<QLineEdit *>(u"searchBox"_s);
        QTest::keyClicks(search, u"Number105"_s);
        QCOMPARE(table(*w)->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, u"lovelace routing"_s); // an author and a title word
        QCOMPARE(table(*w)->model()->rowCount(), 20);
        QTest::keyClicks(search, u" zzzz"_s);
        QCOMPARE(table(*w)->model()->rowCount(), 0);
    }

    void defaultSortIsScoreThenRelevance()
    {
        auto w = window();
        QAbstractItemModel *model = table(*w)->model();
        int previous = 1000;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QVariant score = model->index(row, ui::PaperTableModel::ScoreColumn).data(ui::SortRole);
            if (score.typeId() == QMetaType::Int && score.toInt() > 0) {
                QVERIFY(score.toInt() <= previous);
                previous = score.toInt();
            }
        }
        QCOMPARE(model->index(0, ui::PaperTableModel::ScoreColumn).data(ui::SortRole).toInt(), 17);
    }

    void thresholdChangesRelevantWithoutRescoring()
    {
        auto w = window();
        const int runsBefore = static_cast<int>(store::RunRepository(*m_db).runsOfDay(wednesday).size());
        w->findChild<QSpinBox *>(u"minNovelty"_s)->setValue(6);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::Relevant, {}}), 10);
        QCOMPARE(store::RunRepository(*m_db).runsOfDay(wednesday).size(), runsBefore);
        QCOMPARE(w->profile().thresholds.novelty, 6);
        QVERIFY(w->findChild<QLabel *>(u"daySummary"_s)->text().contains(u"10 relevant"_s));
        selectNode(*w, {ui::TreeNode::Relevant, {}});
        QCOMPARE(table(*w)->model()->rowCount(), 10);
    }

    void thresholdChangeUpdatesTheCalendarBadge()
    {
        auto w = window();
        ui::DayCalendar *calendar = w->calendar();
        // The summaries come from the loader's thread.
        QTRY_COMPARE(calendar->badgeOf(wednesday), 5);
        QCOMPARE(calendar->badgeOf(friday), -1); // listed, nothing scored
        w->findChild<QSpinBox *>(u"minNovelty"_s)->setValue(6);
        QTRY_COMPARE(calendar->badgeOf(wednesday), 10);
        QVERIFY(calendar->toolTipOf(wednesday).contains(u"10 relevant of 20 scanned"_s));
        w->setThresholds(9, 8);
        QTRY_COMPARE(calendar->badgeOf(wednesday), 5);
        QCOMPARE(w->findChild<QSpinBox *>(u"minRelevance"_s)->value(), 9);
        QCOMPARE(w->topicModel()->count({ui::TreeNode::Relevant, {}}), 5);
        // The month overview follows the same signal.
        w->showMonth(wednesday);
        auto *overview = w->findChild<ui::MonthOverview *>(u"monthOverview"_s);
        QTRY_COMPARE(overview->totalText(u"relevant"_s), u"5"_s);
        w->setThresholds(8, 6);
        QTRY_COMPARE(overview->totalText(u"relevant"_s), u"10"_s);
    }

    void starReadAndNoteAreWrittenOffTheGuiThreadAndPersist()
    {
        QString id;
        std::atomic<QThread *> writerThread = nullptr;
        {
            auto w = window();
            const store::ReadingWriter *writer = w->reading()->writer();
            QVERIFY(writer->thread() != QThread::currentThread());
            // Where the writes happen: the signal is emitted by the thread that committed them.
            QObject::connect(
                writer, &store::ReadingWriter::written, writer,
                [&writerThread](qint64) { writerThread = QThread::currentThread(); }, Qt::DirectConnection);
            QTableView *view = table(*w);
            view->setFocus();
            view->setCurrentIndex(view->model()->index(0, 0));
            id = view->currentIndex().data(ui::ArxivIdRole).toString();
            QVERIFY(w->paperModel()->paperAt(w->paperModel()->rowOf(id))->reading.read); // at once
            QTRY_VERIFY(store::ReadingRepository(*m_db).get(id).read); // opening a paper reads it
            QTest::keyClick(view, Qt::Key_S);
            QTRY_VERIFY(writerThread.load() != nullptr);
            QVERIFY(writerThread.load() != QThread::currentThread());
            QCOMPARE(writerThread.load(), writer->thread());
            QTRY_VERIFY(store::ReadingRepository(*m_db).get(id).starred);
            QTest::keyClick(view, Qt::Key_U);
            QTest::keyClick(view, Qt::Key_J);
            QCOMPARE(view->currentIndex().row(), 1);
            QTest::keyClick(view, Qt::Key_K);
            QCOMPARE(view->currentIndex().row(), 0);
            auto *paperView = w->findChild<ui::PaperView *>(u"paperView"_s);
            Q_EMIT paperView->noteChanged(id, u"Read the proofs."_s);
            QVERIFY(paperView->html().contains(u"Read the proofs."_s)); // shown before it is stored
        } // closing the window stores what is pending and ends the writer's thread
        // Another connection, as after a restart.
        store::Database reopened(m_dataDir->databasePath());
        QString error;
        QVERIFY(reopened.open(&error));
        const core::ReadingState state = store::ReadingRepository(reopened).get(id);
        QVERIFY(state.starred);
        QVERIFY(state.read); // "u" marked it unread, coming back with k read it again
        QCOMPARE(state.note, u"Read the proofs."_s);
        auto again = window();
        QCOMPARE(again->topicModel()->count({ui::TreeNode::Starred, {}}), 1);
    }

    void paperViewShowsTheSelectedPaper()
    {
        auto w = window();
        QTableView *view = table(*w);
        view->setCurrentIndex(view->model()->index(0, 0));
        const QString id = view->currentIndex().data(ui::ArxivIdRole).toString();
        auto *paperView = w->findChild<ui::PaperView *>(u"paperView"_s);
        QVERIFY(paperView->html().contains(id));
        QVERIFY(paperView->html().contains(u"Relevance 9"_s));
    }

    void monthOverviewTotals()
    {
        auto w = window();
        QTest::keySequence(w.get(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QVERIFY(w->isMonthShown());
        const pipeline::MonthSummary month =
            pipeline::SummaryCache(*m_db, m_profile).month(wednesday, {8, 8});
        QCOMPARE(month.totals.relevant, 5);
        auto *overview = w->findChild<ui::MonthOverview *>(u"monthOverview"_s);
        QVERIFY(overview->isVisible());
        QTRY_COMPARE(overview->totalText(u"relevant"_s), u"5"_s);
        QCOMPARE(overview->totalText(u"scanned"_s), QString::number(month.totals.scanned));
        Q_EMIT overview->dayActivated(friday);
        QVERIFY(!w->isMonthShown());
        QCOMPARE(w->currentDay(), friday);
    }

    void lastDayAndSortPersist()
    {
        {
            auto w = window();
            table(*w)->sortByColumn(ui::PaperTableModel::TitleColumn, Qt::AscendingOrder);
            w->showDay(friday);
            w->close();
        }
        auto w = std::make_unique<ui::MainWindow>(*m_db, *m_dataDir, m_profile);
        QCOMPARE(w->lastDay(), friday);
        QCOMPARE(table(*w)->horizontalHeader()->sortIndicatorSection(),
                 int(ui::PaperTableModel::TitleColumn));
    }
};

QTEST_MAIN(TestReader)
#include "tst_reader.moc"
