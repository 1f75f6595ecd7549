#include "fixtures.h"
#include "pipeline/dayview.h"
#include "readerfixtures.h"
#include "ui/paperfilterproxy.h"
#include "ui/papertablemodel.h"
#include "ui/roles.h"
#include "ui/topictreemodel.h"
#include "ui/treecountdelegate.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::TreeNode;

namespace {

struct Fixture {
    ui::TopicTreeModel tree;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            &tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setProfile(test::readerProfile());
        tree.refresh(test::readerDay());
    }
    QString label(const TreeNode &node) const { return tree.indexOf(node).data().toString(); }
};

// Every node of the tree, depth first.
QList<TreeNode> allNodes(const ui::TopicTreeModel &tree, const QModelIndex &parent = {})
{
    QList<TreeNode> nodes;
    for (int row = 0; row < tree.rowCount(parent); ++row) {
        const QModelIndex index = tree.index(row, 0, parent);
        nodes.append(tree.node(index));
        nodes.append(allNodes(tree, index));
    }
    return nodes;
}

const TreeNode AllScanned{TreeNode::AllScanned, {}};
const TreeNode Relevant{TreeNode::Relevant, {}};
const TreeNode Efficiency{TreeNode::Topic, u"efficiency_scaling"_s};
const TreeNode Architecture{TreeNode::Topic, u"architecture_training"_s};
const TreeNode Agents{TreeNode::Topic, u"agents_reasoning"_s};
const TreeNode Hotspot{TreeNode::Hotspot, {}};
const TreeNode DailyHot{TreeNode::HotspotTag, u"daily_hot"_s};
const TreeNode NewFrontier{TreeNode::HotspotTag, u"new_frontier"_s};
const TreeNode ForYouNode{TreeNode::ForYou, {}};
const TreeNode UpdatedNode{TreeNode::Updated, {}};
const TreeNode Starred{TreeNode::Starred, {}};
const TreeNode FailedOrUnscored{TreeNode::FailedOrUnscored, {}};
const TreeNode Filtered{TreeNode::Filtered, {}};

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structureFollowsProfile()
    {
        Fixture f;
        QCOMPARE(f.tree.rowCount(), 8);
        QCOMPARE(f.tree.columnCount(), 1);
        const QList<TreeNode> expected{AllScanned, Relevant,         Efficiency,  Architecture, Agents,
                                       Hotspot,    DailyHot,         NewFrontier, ForYouNode,   UpdatedNode,
                                       Starred,    FailedOrUnscored, Filtered};
        QCOMPARE(allNodes(f.tree), expected);

        const QModelIndex relevant = f.tree.index(1, 0);
        QCOMPARE(f.tree.rowCount(relevant), 3);
        // Paper 2, the one read, is an efficiency paper: unread counts show only while there are any.
        QCOMPARE(f.tree.index(0, 0, relevant).data().toString(), u"Efficiency & scaling (2, 1 unread)"_s);
        QCOMPARE(f.tree.index(1, 0, relevant).data().toString(), u"Architecture & training (2, 2 unread)"_s);
        QCOMPARE(f.tree.index(2, 0, relevant).data().toString(), u"Agents & reasoning (0)"_s);
        // What the tree draws: the label alone (cut when narrow) and the counts kept whole.
        QCOMPARE(f.tree.index(0, 0, relevant).data(ui::LabelRole).toString(), u"Efficiency & scaling"_s);
        QCOMPARE(ui::TreeCountDelegate::countText(f.tree.index(0, 0, relevant)), u"1 / 2"_s);
        QCOMPARE(ui::TreeCountDelegate::countText(f.tree.index(2, 0, relevant)), u"0"_s);
        QCOMPARE(f.tree.parent(f.tree.index(2, 0, relevant)), relevant);
        QVERIFY(!f.tree.parent(relevant).isValid());
        QVERIFY(f.tree.flags(f.tree.index(0, 0)).testFlag(Qt::ItemNeverHasChildren));
        QVERIFY(!f.tree.flags(relevant).testFlag(Qt::ItemNeverHasChildren));
    }

    void counts_data()
    {
        QTest::addColumn<TreeNode>("node");
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("unread");
        // Hand-counted from the table in readerfixtures.cpp; paper 2 is the only one read, and
        // Filtered never counts unread papers.
        QTest::newRow("all scanned") << AllScanned << u"All scanned"_s << 10 << 9; // 12 listed, 2 filtered
        QTest::newRow("relevant") << Relevant << u"Relevant"_s << 5 << 4;          // 1, 2, 5, 11, 12
        QTest::newRow("efficiency") << Efficiency << u"Efficiency & scaling"_s << 2 << 1;        // 2, 12
        QTest::newRow("architecture") << Architecture << u"Architecture & training"_s << 2 << 2; // 1, 5
        QTest::newRow("agents") << Agents << u"Agents & reasoning"_s << 0 << 0;      // 6 scores 3 / 2
        QTest::newRow("hotspot") << Hotspot << u"Hotspot"_s << 3 << 3;               // 1, 4, 5
        QTest::newRow("daily_hot") << DailyHot << u"daily hot"_s << 2 << 2;          // 1, 5
        QTest::newRow("new_frontier") << NewFrontier << u"new frontier"_s << 2 << 2; // 4, 5
        QTest::newRow("starred") << Starred << u"Starred"_s << 3 << 2;               // 2, 7, 9
        QTest::newRow("failed / unscored") << FailedOrUnscored << u"Failed / unscored"_s << 2 << 2; // 7, 8
        QTest::newRow("filtered") << Filtered << u"Filtered"_s << 2 << 0; // 9, 10 (10 has a stale score)
    }

    void counts()
    {
        QFETCH(TreeNode, node);
        QFETCH(QString, label);
        QFETCH(int, count);
        QFETCH(int, unread);
        Fixture f;
        const QModelIndex index = f.tree.indexOf(node);
        QVERIFY(index.isValid());
        QCOMPARE(f.tree.node(index), node);
        QCOMPARE(index.data(ui::CountRole).toInt(), count);
        QCOMPARE(f.tree.count(node), count);
        QCOMPARE(index.data(ui::UnreadRole).toInt(), unread);
        QCOMPARE(f.tree.unread(node), unread);
        const QString text = unread > 0 ? u"%1 (%2, %3 unread)"_s.arg(label).arg(count).arg(unread)
                                        : u"%1 (%2)"_s.arg(label).arg(count);
        QCOMPARE(index.data().toString(), text);
        QCOMPARE(index.data(Qt::FontRole).value<QFont>().bold(), unread > 0);
        QVERIFY(!index.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void countsMatchTheTableFilter()
    {
        Fixture f;
        ui::PaperTableModel model;
        ui::PaperFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setProfile(test::readerProfile());
        model.setPapers(test::readerDay());
        for (const auto &thresholds : {std::pair{8, 8}, std::pair{9, 9}, std::pair{3, 2}}) {
            model.setThresholds(thresholds.first, thresholds.second);
            f.tree.setThresholds(thresholds.first, thresholds.second);
            for (const TreeNode &node : allNodes(f.tree)) {
                proxy.setNode(node);
                QCOMPARE(f.tree.count(node), proxy.rowCount());
            }
        }
    }

    void thresholdsRecountInPlace()
    {
        Fixture f;
        QSignalSpy resets(&f.tree, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&f.tree, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex efficiency = f.tree.indexOf(Efficiency);
        f.tree.setThresholds(9, 9);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(f.tree.count(Relevant), 2);     // 1, 12
        QCOMPARE(f.tree.count(Efficiency), 1);   // 12
        QCOMPARE(f.tree.count(Architecture), 1); // 1
        QCOMPARE(f.tree.count(AllScanned), 10);
        QCOMPARE(f.tree.count(Hotspot), 3); // hotspot does not depend on relevance
        QVERIFY(efficiency.isValid());
        QCOMPARE(f.tree.node(efficiency), Efficiency);
        QVERIFY(f.tree.indexOf(Relevant).data(Qt::ToolTipRole).toString().contains(u"9"_s));
        QVERIFY(!changed.isEmpty());

        // Only the nodes whose count changed are signalled (plus Relevant's tooltip).
        QStringList recounted;
        for (const QList<QVariant> &args : changed) {
            if (args.at(2).value<QList<int>>().contains(ui::CountRole)) {
                recounted.append(args.at(0).value<QModelIndex>().data().toString());
            }
        }
        recounted.sort();
        QCOMPARE(recounted,
                 (QStringList{u"Architecture & training (1, 1 unread)"_s,
                              u"Efficiency & scaling (1, 1 unread)"_s, u"Relevant (2, 2 unread)"_s}));
    }

    void refreshKeepsPersistentIndexes()
    {
        Fixture f;
        QSignalSpy resets(&f.tree, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy changed(&f.tree, &QAbstractItemModel::dataChanged);
        QList<QPersistentModelIndex> persistent;
        for (const TreeNode &node : allNodes(f.tree)) {
            persistent.append(f.tree.indexOf(node));
        }

        // A run scores paper 8 into agents_reasoning and a new paper 13 arrives unscored.
        store::DayPaperList day = test::readerDay();
        day[7] = test::scoredDayPaper(8, 9, 10, u"agents_reasoning"_s, {u"daily_hot"_s});
        day << test::unscoredDayPaper(13);
        f.tree.refresh(day);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
        const QList<TreeNode> nodes = allNodes(f.tree);
        for (qsizetype i = 0; i < persistent.size(); ++i) {
            QVERIFY(persistent.at(i).isValid());
            QCOMPARE(f.tree.node(persistent.at(i)), nodes.at(i));
        }
        QCOMPARE(f.tree.count(AllScanned), 11);
        QCOMPARE(f.tree.count(Relevant), 6);
        QCOMPARE(f.tree.count(Agents), 1);
        QCOMPARE(f.tree.count(Hotspot), 4);
        QCOMPARE(f.tree.count(DailyHot), 3);
        QCOMPARE(f.tree.count(FailedOrUnscored), 2); // 7, 13
        QCOMPARE(f.tree.indexOf(Agents).data().toString(), u"Agents & reasoning (1, 1 unread)"_s);
        // AllScanned, Relevant, Agents, Hotspot, daily_hot changed; FailedOrUnscored stayed at 2.
        QCOMPARE(changed.count(), 5);

        changed.clear();
        f.tree.refresh(day);
        QCOMPARE(changed.count(), 0);
    }

    void newProfileTopicsRebuild()
    {
        Fixture f;
        QSignalSpy resets(&f.tree, &QAbstractItemModel::modelReset);
        f.tree.setProfile(test::readerProfile()); // same topics: nothing to rebuild
        QCOMPARE(resets.count(), 0);

        core::Profile profile = test::readerProfile();
        std::swap(profile.topics[0], profile.topics[2]);
        profile.topics.append({u"unknown_topic"_s, u"Now known"_s, {}, {}, {}});
        f.tree.setProfile(profile);
        QCOMPARE(resets.count(), 1);
        const QModelIndex relevant = f.tree.indexOf(Relevant);
        QCOMPARE(f.tree.rowCount(relevant), 4);
        QCOMPARE(f.tree.node(f.tree.index(0, 0, relevant)), Agents);
        QCOMPARE(f.tree.node(f.tree.index(2, 0, relevant)), Efficiency);
        QCOMPARE(f.tree.index(3, 0, relevant).data().toString(), u"Now known (1, 1 unread)"_s); // paper 11
        QCOMPARE(f.tree.count(Efficiency), 2); // counts survive the rebuild

        profile.topics.removeLast();
        f.tree.setProfile(profile);
        QVERIFY(!f.tree.indexOf({TreeNode::Topic, u"unknown_topic"_s}).isValid());
        QCOMPARE(f.tree.count({TreeNode::Topic, u"unknown_topic"_s}), -1);
    }

    void emptyDay()
    {
        Fixture f;
        f.tree.refresh({});
        for (const TreeNode &node : allNodes(f.tree)) {
            QCOMPARE(f.tree.count(node), 0);
        }
        QCOMPARE(f.tree.indexOf(AllScanned).data().toString(), u"All scanned (0)"_s);
        QCOMPARE(f.tree.node(QModelIndex()), AllScanned);
    }

    void forYouNodeHoldsWhatTheModelMissed()
    {
        Fixture f;
        QCOMPARE(f.tree.count(ForYouNode), 0); // no ranker yet: no For you scores
        store::DayPaperList day = test::readerDay();
        // A high For you on a relevant paper, on a paper the LLM did not find relevant, on a
        // filtered one, and a low one: only the second belongs under For you.
        int relevantRow = -1;
        int otherRow = -1;
        for (int i = 0; i < day.size(); ++i) {
            const bool relevant = pipeline::DayView::isRelevant(day.at(i), {});
            if (relevant && relevantRow < 0) {
                relevantRow = i;
            } else if (!relevant && !day.at(i).isFiltered() && otherRow < 0) {
                otherRow = i;
            }
        }
        QVERIFY(relevantRow >= 0 && otherRow >= 0);
        day[relevantRow].forYou = 9.5;
        day[otherRow].forYou = 9.1;
        for (store::DayPaper &p : day) {
            if (p.isFiltered()) {
                p.forYou = 9.9;
            } else if (!p.forYou) {
                p.forYou = 3.0;
            }
        }
        f.tree.refresh(day);
        QCOMPARE(f.tree.count(ForYouNode), 1);
        QVERIFY(f.tree.indexOf(ForYouNode).data(Qt::ToolTipRole).toString().contains(u"missed"_s));
    }

    void updatedNodeHoldsNewVersionsOfPapersTheReaderCaresAbout()
    {
        Fixture f;
        store::DayPaperList day = test::readerDay();
        QCOMPARE(f.tree.count(UpdatedNode), 0);
        QVERIFY(day.size() >= 4);
        // A starred replacement, a liked cross-list replacement, a noted one, and one nobody touched.
        day[0].listing.type = core::AnnounceType::Replace;
        day[0].reading.starred = true;
        day[1].listing.type = core::AnnounceType::ReplaceCross;
        day[1].reading.reaction = core::ReadingState::Reaction::Like;
        day[2].listing.type = core::AnnounceType::Replace;
        day[2].reading.note = u"Check the new appendix."_s;
        day[3].listing.type = core::AnnounceType::Replace;
        day[3].reading = {};
        // Starred but disliked: not cared about.
        day[4].listing.type = core::AnnounceType::Replace;
        day[4].reading.starred = true;
        day[4].reading.reaction = core::ReadingState::Reaction::Dislike;
        f.tree.refresh(day);
        QCOMPARE(f.tree.count(UpdatedNode), 3);
        QVERIFY(f.tree.indexOf(UpdatedNode).data(Qt::ToolTipRole).toString().contains(u"New versions"_s));
        ui::PaperTableModel model;
        ui::PaperFilterProxy proxy;
        proxy.setSourceModel(&model);
        model.setProfile(test::readerProfile());
        model.setPapers(day);
        proxy.setNode(UpdatedNode);
        QCOMPARE(proxy.rowCount(), 3);
    }

    void beforeAnyProfile()
    {
        ui::TopicTreeModel tree;
        QAbstractItemModelTester tester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tree.rowCount(), 8);
        QCOMPARE(tree.rowCount(tree.indexOf(Relevant)), 0);
        tree.refresh(test::readerDay());
        QCOMPARE(tree.count(Relevant), 5); // default thresholds 8 / 8
    }
};

QTEST_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
