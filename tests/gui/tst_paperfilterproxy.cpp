#include "fixtures.h"
#include "readerfixtures.h"
#include "ui/paperfilterproxy.h"
#include "ui/papertablemodel.h"
#include "ui/roles.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::PaperTableModel;
using ui::TreeNode;

Q_DECLARE_METATYPE(QList<int>)

namespace {

// The prepared day behind a proxy, both watched by QAbstractItemModelTester.
struct Fixture {
    PaperTableModel model;
    ui::PaperFilterProxy proxy;
    std::unique_ptr<QAbstractItemModelTester> modelTester;
    std::unique_ptr<QAbstractItemModelTester> proxyTester;

    Fixture()
    {
        modelTester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxyTester = std::make_unique<QAbstractItemModelTester>(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(test::readerProfile());
        model.setPapers(test::readerDay());
    }

    // The sample numbers of the rows shown, top to bottom.
    QList<int> shown() const
    {
        QList<int> numbers;
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const QString id = proxy.index(row, 0).data(ui::ArxivIdRole).toString();
            numbers.append(id.mid(id.indexOf(u'.') + 1).toInt() - 10000);
        }
        return numbers;
    }
};

} // namespace

class TestPaperFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nodeFilter_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<int>>("expected"); // in the default order
        QTest::newRow("all scanned") << int(TreeNode::AllScanned) << QString()
                                     << QList<int>{1, 12, 3, 5, 11, 4, 2, 6, 7, 8};
        QTest::newRow("relevant") << int(TreeNode::Relevant) << QString() << QList<int>{1, 12, 5, 11, 2};
        QTest::newRow("topic efficiency")
            << int(TreeNode::Topic) << u"efficiency_scaling"_s << QList<int>{12, 2};
        QTest::newRow("topic architecture")
            << int(TreeNode::Topic) << u"architecture_training"_s << QList<int>{1, 5};
        QTest::newRow("topic agents (none relevant)")
            << int(TreeNode::Topic) << u"agents_reasoning"_s << QList<int>{};
        QTest::newRow("topic not in profile") << int(TreeNode::Topic) << u"unknown_topic"_s << QList<int>{11};
        QTest::newRow("hotspot") << int(TreeNode::Hotspot) << QString() << QList<int>{1, 5, 4};
        QTest::newRow("daily_hot") << int(TreeNode::HotspotTag) << u"daily_hot"_s << QList<int>{1, 5};
        QTest::newRow("new_frontier") << int(TreeNode::HotspotTag) << u"new_frontier"_s << QList<int>{5, 4};
        QTest::newRow("starred") << int(TreeNode::Starred) << QString() << QList<int>{2, 7, 9};
        QTest::newRow("failed or unscored")
            << int(TreeNode::FailedOrUnscored) << QString() << QList<int>{7, 8};
        QTest::newRow("filtered") << int(TreeNode::Filtered) << QString() << QList<int>{9, 10};
    }

    void nodeFilter()
    {
        QFETCH(int, kind);
        QFETCH(QString, key);
        QFETCH(QList<int>, expected);
        Fixture f;
        f.proxy.setNode({static_cast<TreeNode::Kind>(kind), key});
        QCOMPARE(f.shown(), expected);
        QCOMPARE(f.proxy.node(), (TreeNode{static_cast<TreeNode::Kind>(kind), key}));
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QList<int>>("expected");
        const QList<int> all{1, 12, 3, 5, 11, 4, 2, 6, 7, 8};
        QTest::newRow("empty") << QString() << int(TreeNode::AllScanned) << all;
        QTest::newRow("blank") << u"   "_s << int(TreeNode::AllScanned) << all;
        QTest::newRow("abstract word") << u"protein"_s << int(TreeNode::AllScanned) << QList<int>{6};
        QTest::newRow("two words, any case")
            << u"PROTEIN Diffusion"_s << int(TreeNode::AllScanned) << QList<int>{6};
        QTest::newRow("words in different papers")
            << u"protein quantum"_s << int(TreeNode::AllScanned) << QList<int>{};
        QTest::newRow("title word") << u"quantum"_s << int(TreeNode::AllScanned) << QList<int>{4};
        QTest::newRow("author surname") << u"hopper"_s << int(TreeNode::AllScanned) << QList<int>{8};
        QTest::newRow("author without accent")
            << u"emile"_s << int(TreeNode::AllScanned) << QList<int>{1, 12, 3, 5, 11, 4, 2, 6, 7};
        QTest::newRow("author with accent, spaces")
            << u"  Émile   BOREL "_s << int(TreeNode::AllScanned) << QList<int>{1, 12, 3, 5, 11, 4, 2, 6, 7};
        QTest::newRow("prefix of several authors")
            << u"number1"_s << int(TreeNode::AllScanned) << QList<int>{1, 12, 11};
        QTest::newRow("author and title word")
            << u"number12 routing"_s << int(TreeNode::AllScanned) << QList<int>{12};
        QTest::newRow("author and abstract word")
            << u"number4 mixture-of-experts"_s << int(TreeNode::AllScanned) << QList<int>{4};
        QTest::newRow("arxiv id") << test::samplePaper(6).arxivId << int(TreeNode::AllScanned)
                                  << QList<int>{6};
        QTest::newRow("within relevant") << u"number1"_s << int(TreeNode::Relevant) << QList<int>{1, 12, 11};
        QTest::newRow("within filtered") << u"number1"_s << int(TreeNode::Filtered) << QList<int>{10};
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QList<int>, expected);
        Fixture f;
        f.proxy.setNode({static_cast<TreeNode::Kind>(kind), {}});
        f.proxy.setSearchText(text);
        QCOMPARE(f.shown(), expected);
        QCOMPARE(f.proxy.searchText(), text);
    }

    void searchAsYouType()
    {
        Fixture f;
        const QString query = u"protein fold"_s;
        for (qsizetype length = 1; length <= query.size(); ++length) {
            f.proxy.setSearchText(query.left(length));
        }
        QCOMPARE(f.shown(), QList<int>{6});
        f.proxy.setSearchText(u"protein"_s);
        QCOMPARE(f.shown(), QList<int>{6});
        f.proxy.setSearchText({});
        QCOMPARE(f.proxy.rowCount(), 10);
    }

    void defaultSortOrderWithTies()
    {
        Fixture f;
        QCOMPARE(f.proxy.sortColumn(), int(PaperTableModel::ScoreColumn));
        QCOMPARE(f.proxy.sortOrder(), Qt::DescendingOrder);
        // 18: 1 and 12 tie on score and relevance, so they follow the listing; 17: by relevance
        // 3 (10), 5 (9), 11 (8), 4 (7); then 2 (16), 6 (5); failed 7 before unscored 8.
        QCOMPARE(f.shown(), (QList<int>{1, 12, 3, 5, 11, 4, 2, 6, 7, 8}));
        f.proxy.setNode({TreeNode::Filtered, {}});
        QCOMPARE(f.shown(), (QList<int>{9, 10}));

        // Back to the default after sorting by another column: ties do not inherit that order
        // (title descending puts 12 above 1).
        f.proxy.setNode({});
        f.proxy.sort(PaperTableModel::TitleColumn, Qt::DescendingOrder);
        f.proxy.sortByDefault();
        QCOMPARE(f.shown(), (QList<int>{1, 12, 3, 5, 11, 4, 2, 6, 7, 8}));
    }

    void sortByColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QList<int>>("expected");
        QTest::newRow("title ascending") << int(PaperTableModel::TitleColumn) << int(Qt::AscendingOrder)
                                         << QList<int>{1, 11, 12, 2, 3, 5, 6, 7, 8, 4};
        QTest::newRow("title descending") << int(PaperTableModel::TitleColumn) << int(Qt::DescendingOrder)
                                          << QList<int>{4, 8, 7, 6, 5, 3, 2, 12, 11, 1};
        QTest::newRow("relevance descending")
            << int(PaperTableModel::RelevanceColumn) << int(Qt::DescendingOrder)
            << QList<int>{3, 1, 12, 5, 11, 2, 4, 6, 7, 8};
        QTest::newRow("relevance ascending")
            << int(PaperTableModel::RelevanceColumn) << int(Qt::AscendingOrder)
            << QList<int>{8, 7, 6, 4, 11, 2, 1, 12, 5, 3};
        QTest::newRow("novelty descending") << int(PaperTableModel::NoveltyColumn) << int(Qt::DescendingOrder)
                                            << QList<int>{4, 1, 12, 11, 5, 2, 3, 6, 7, 8};
        QTest::newRow("score ascending") << int(PaperTableModel::ScoreColumn) << int(Qt::AscendingOrder)
                                         << QList<int>{8, 7, 6, 2, 3, 5, 11, 4, 1, 12};
        QTest::newRow("starred descending") << int(PaperTableModel::StarredColumn) << int(Qt::DescendingOrder)
                                            << QList<int>{2, 7, 1, 12, 3, 5, 11, 4, 6, 8};
        QTest::newRow("read ascending (unread first)")
            << int(PaperTableModel::ReadColumn) << int(Qt::AscendingOrder)
            << QList<int>{1, 12, 3, 5, 11, 4, 6, 7, 8, 2};
        QTest::newRow("topic ascending")
            << int(PaperTableModel::PrimaryTopicColumn) << int(Qt::AscendingOrder)
            << QList<int>{7, 8, 6, 1, 3, 5, 12, 4, 2, 11};
        // Everyone but paper 8 (Grace Hopper) is first-authored by Ada Lovelace: ties go by score.
        QTest::newRow("authors descending") << int(PaperTableModel::AuthorsColumn) << int(Qt::DescendingOrder)
                                            << QList<int>{8, 1, 12, 3, 5, 11, 4, 2, 6, 7};
        QTest::newRow("authors ascending") << int(PaperTableModel::AuthorsColumn) << int(Qt::AscendingOrder)
                                           << QList<int>{1, 12, 3, 5, 11, 4, 2, 6, 7, 8};
        QTest::newRow("hotspot descending") << int(PaperTableModel::HotspotColumn) << int(Qt::DescendingOrder)
                                            << QList<int>{4, 5, 1, 12, 3, 11, 2, 6, 7, 8};
    }

    void sortByColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QList<int>, expected);
        Fixture f;
        f.proxy.sort(column, static_cast<Qt::SortOrder>(order));
        QCOMPARE(f.shown(), expected);
    }

    void everyColumnSortsMonotonically()
    {
        Fixture f;
        for (int column = 0; column < PaperTableModel::ColumnCount; ++column) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                f.proxy.sort(column, order);
                for (int row = 1; row < f.proxy.rowCount(); ++row) {
                    const QVariant above = f.proxy.index(row - 1, column).data(ui::SortRole);
                    const QVariant below = f.proxy.index(row, column).data(ui::SortRole);
                    const int c = above.typeId() == QMetaType::Int
                                      ? (above.toInt() > below.toInt()) - (above.toInt() < below.toInt())
                                      : QString::compare(above.toString(), below.toString());
                    if (order == Qt::AscendingOrder ? c > 0 : c < 0) {
                        QFAIL(qPrintable(u"column %1 row %2 out of order"_s.arg(column).arg(row)));
                    }
                }
            }
        }
    }

    void thresholdChangeRefilters()
    {
        Fixture f;
        f.proxy.setNode({TreeNode::Relevant, {}});
        f.model.setThresholds(9, 9);
        QCOMPARE(f.shown(), (QList<int>{1, 12}));
        f.model.setThresholds(7, 7);
        QCOMPARE(f.shown(), (QList<int>{1, 12, 3, 5, 11, 4, 2}));
    }

    void starringRefilters()
    {
        Fixture f;
        f.proxy.setNode({TreeNode::Starred, {}});
        QVERIFY(f.model.updateReading(test::samplePaper(2).arxivId, {true, false, u"Read it twice"_s}));
        QCOMPARE(f.shown(), (QList<int>{7, 9}));
        QVERIFY(f.model.updateReading(test::samplePaper(1).arxivId, {false, true, {}}));
        QCOMPARE(f.shown(), (QList<int>{1, 7, 9}));
    }

    void liveScoresResortAndRefilter()
    {
        Fixture f;
        f.proxy.setNode({TreeNode::Relevant, {}});
        store::DayPaperList update;
        update << test::scoredDayPaper(8, 10, 10, u"agents_reasoning"_s);
        update << test::scoredDayPaper(13, 9, 8, u"efficiency_scaling"_s);
        update << test::scoredDayPaper(12, 2, 2, u"efficiency_scaling"_s);
        f.model.updateScores(update);
        QCOMPARE(f.shown(), (QList<int>{8, 1, 5, 13, 11, 2}));

        f.proxy.setNode({TreeNode::FailedOrUnscored, {}});
        QCOMPARE(f.shown(), QList<int>{7});
    }

    void textSortFollowsLiveUpdates()
    {
        Fixture f;
        f.proxy.sort(PaperTableModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(f.shown(), (QList<int>{1, 11, 12, 2, 3, 5, 6, 7, 8, 4}));
        store::DayPaperList update;
        update << test::scoredDayPaper(8, 5, 5, u"agents_reasoning"_s);
        update.last().listing.paper.title = u"An aardvark of a paper"_s;
        update << test::scoredDayPaper(13, 5, 5, u"agents_reasoning"_s);
        update.last().listing.paper.title = u"Zebra crossings"_s;
        f.model.updateScores(update);
        QCOMPARE(f.shown(), (QList<int>{8, 1, 11, 12, 2, 3, 5, 6, 7, 4, 13}));

        f.proxy.sort(PaperTableModel::AuthorsColumn, Qt::DescendingOrder);
        store::DayPaperList day = test::readerDay();
        day[0].listing.paper.authors = {u"Zoë Zimmermann"_s};
        f.model.setPapers(day);
        QCOMPARE(f.shown(), (QList<int>{1, 8, 12, 3, 5, 11, 4, 2, 6, 7}));
    }

    void newDayKeepsNodeSearchAndSort()
    {
        Fixture f;
        f.proxy.setNode({TreeNode::Relevant, {}});
        f.proxy.setSearchText(u"routing"_s);
        f.proxy.sort(PaperTableModel::TitleColumn, Qt::AscendingOrder);
        store::DayPaperList next;
        next << test::scoredDayPaper(21, 9, 9, u"efficiency_scaling"_s)
             << test::scoredDayPaper(20, 8, 8, u"efficiency_scaling"_s)
             << test::scoredDayPaper(22, 1, 1, u"efficiency_scaling"_s);
        f.model.setPapers(next);
        QCOMPARE(f.shown(), (QList<int>{20, 21}));
    }
};

QTEST_MAIN(TestPaperFilterProxy)
#include "tst_paperfilterproxy.moc"
