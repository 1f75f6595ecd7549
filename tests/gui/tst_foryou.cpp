// For you in the real window, on a real database: + and - store a like and a dislike (pressed
// again, taken back); with five likes the ranker trains on its worker thread, and the For you
// column, its tree node and the paper view's reasons appear.
#include "core/datadir.h"
#include "core/metatypes.h"
#include "core/profile.h"
#include "fixtures.h"
#include "store/database.h"
#include "store/rankerrepository.h"
#include "store/readingrepository.h"
#include "ui/mainwindow.h"
#include "ui/papercolumns.h"
#include "ui/papertablemodel.h"
#include "ui/paperview.h"
#include "ui/roles.h"
#include "ui/topictreemodel.h"
#include "ui/treenode.h"

#include <QAbstractButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QDate tuesday(2026, 1, 20);
const QDate wednesday(2026, 1, 21);

} // namespace

class TestForYou : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<core::DataDir> m_dataDir;
    std::unique_ptr<store::Database> m_db;
    int m_counter = 0;

    std::unique_ptr<ui::MainWindow> window()
    {
        auto w = std::make_unique<ui::MainWindow>(*m_db, *m_dataDir, core::ProfileJson::defaultProfile());
        w->resize(1440, 900);
        w->showDay(wednesday);
        w->show();
        w->activateWindow();
        if (!QTest::qWaitForWindowActive(w.get())) {
            qWarning("window did not become active");
        }
        return w;
    }

    static QTableView *table(ui::MainWindow &w) { return w.findChild<QTableView *>(u"paperTable"_s); }
    QString currentId(ui::MainWindow &w) const
    {
        return table(w)->currentIndex().data(ui::ArxivIdRole).toString();
    }
    core::ReadingState::Reaction stored(const QString &id) const
    {
        return store::ReadingRepository(*m_db).get(id).reaction;
    }

private Q_SLOTS:
    void initTestCase() { core::registerMetaTypes(); }

    void init()
    {
        m_dataDir = std::make_unique<core::DataDir>(m_dir.filePath(u"d%1"_s.arg(++m_counter)));
        QString error;
        QVERIFY(m_dataDir->ensureExists(&error));
        m_db = std::make_unique<store::Database>(m_dataDir->databasePath());
        QVERIFY(m_db->open(&error));
        QVERIFY(test::storeDay(*m_db, tuesday, 1, 30));
        QVERIFY(test::storeDay(*m_db, wednesday, 100, 12));
    }

    void cleanup() { m_db.reset(); }

    void plusAndMinusStoreReactions()
    {
        auto w = window();
        QVERIFY(table(*w)->hasFocus());
        const QString id = currentId(*w);
        QVERIFY(!id.isEmpty());
        // Without five likes there is no For you column.
        QVERIFY(table(*w)->isColumnHidden(ui::PaperTableModel::ForYouColumn));

        QTest::keyClick(table(*w), Qt::Key_Plus);
        QTRY_COMPARE(stored(id), core::ReadingState::Reaction::Like);
        auto *like = w->findChild<ui::PaperView *>()->findChild<QAbstractButton *>(u"likeButton"_s);
        QVERIFY(like->isChecked());
        QTest::keyClick(table(*w), Qt::Key_Plus); // again: taken back
        QTRY_COMPARE(stored(id), core::ReadingState::Reaction::None);
        QVERIFY(!like->isChecked());
        QTest::keyClick(table(*w), Qt::Key_Minus);
        QTRY_COMPARE(stored(id), core::ReadingState::Reaction::Dislike);
        QVERIFY(
            w->findChild<ui::PaperView *>()->findChild<QAbstractButton *>(u"dislikeButton"_s)->isChecked());
    }

    void fiveLikesTrainTheRankerAndTheColumnAppears()
    {
        // Five papers of Tuesday were liked (say, from the command line) before the window opened.
        store::ReadingRepository reading(*m_db);
        for (int n = 1; n <= 5; ++n) {
            QVERIFY(reading.setReaction(test::samplePaper(n).arxivId, core::ReadingState::Reaction::Like));
        }
        auto w = window();
        // The window trains the stale model at start, on its worker thread, then reloads the day.
        QTRY_VERIFY_WITH_TIMEOUT(store::RankerRepository(*m_db).stamp().has_value(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!table(*w)->isColumnHidden(ui::PaperTableModel::ForYouColumn), 10000);
        const QModelIndex first = w->paperModel()->index(0, ui::PaperTableModel::ForYouColumn);
        QVERIFY(first.data(ui::ForYouRole).isValid());
        const double score = first.data(ui::ForYouRole).toDouble();
        QVERIFY(score >= 0.0 && score <= 10.0);
        QVERIFY(!first.data().toString().isEmpty());
        // The tree has its For you node, counting what it holds.
        const ui::TreeNode node{ui::TreeNode::ForYou, {}};
        QVERIFY(w->topicModel()->indexOf(node).isValid());
        QVERIFY(w->topicModel()->count(node) >= 0);
        // The paper view gives the score and why.
        w->findChild<QTableView *>(u"paperTable"_s)->setCurrentIndex(table(*w)->model()->index(1, 0));
        const QString html = w->findChild<ui::PaperView *>()->html();
        QVERIFY2(html.contains(u"For you:"_s), qPrintable(html));
        QVERIFY2(html.contains(u"like your library:"_s), qPrintable(html));

        // A sixth like retrains after the pause: the stored model changes.
        const QDateTime before = store::RankerRepository(*m_db).stamp()->trainedAt;
        QTest::keyClick(table(*w), Qt::Key_Plus);
        QTRY_VERIFY_WITH_TIMEOUT(store::RankerRepository(*m_db).stamp()->trainedAt > before, 20000);
        QCOMPARE(store::RankerRepository(*m_db).stamp()->likes, 6);

        // Reading goes on as before over the reloaded day: Mark Day Read reads everything.
        QTest::keyClick(w.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->topicModel()->unread({ui::TreeNode::AllScanned, {}}), 0);
    }
};

QTEST_MAIN(TestForYou)
#include "tst_foryou.moc"
