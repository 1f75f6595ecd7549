#include "fixtures.h"
#include "readerfixtures.h"
#include "ui/papertablemodel.h"
#include "ui/roles.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::PaperTableModel;

namespace {

// A model over the prepared day, watched by QAbstractItemModelTester for its whole life.
struct Fixture {
    PaperTableModel model;
    std::unique_ptr<QAbstractItemModelTester> tester;

    Fixture()
    {
        tester = std::make_unique<QAbstractItemModelTester>(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setProfile(test::readerProfile());
        model.setPapers(test::readerDay());
    }
    // Paper n sits at row n - 1.
    QVariant at(int n, int column, int role = Qt::DisplayRole) const
    {
        return model.index(n - 1, column).data(role);
    }
};

struct Change {
    int firstRow;
    int lastRow;
    int firstColumn;
    int lastColumn;
    QList<int> roles;
};

QList<Change> changes(const QSignalSpy &spy)
{
    QList<Change> result;
    for (const QList<QVariant> &args : spy) {
        const auto topLeft = args.at(0).value<QModelIndex>();
        const auto bottomRight = args.at(1).value<QModelIndex>();
        result.append({topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column(),
                       args.at(2).value<QList<int>>()});
    }
    return result;
}

} // namespace

class TestPaperTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void changeColumnShowsWhatEnteredAndLeft()
    {
        Fixture f;
        QSet<QString> before;
        QString relevantNow;
        QString notRelevantNow;
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const QModelIndex index = f.model.index(row, 0);
            const QString id = index.data(ui::ArxivIdRole).toString();
            if (index.data(ui::RelevantRole).toBool() && relevantNow.isEmpty()) {
                relevantNow = id;
            } else if (!index.data(ui::RelevantRole).toBool() &&
                       index.data(ui::StatusRole).toInt() == int(core::PaperState::Scored) &&
                       notRelevantNow.isEmpty()) {
                notRelevantNow = id;
                before.insert(id); // was relevant before, is not now: it left
            }
        }
        QVERIFY(!relevantNow.isEmpty());
        QVERIFY(!notRelevantNow.isEmpty());
        const auto change = [&](const QString &id) {
            return f.model.index(f.model.rowOf(id), PaperTableModel::ChangeColumn).data().toString();
        };
        QVERIFY(change(relevantNow).isEmpty()); // no comparison yet
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        f.model.setComparison(before, true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(change(relevantNow), u"▲ entered"_s);
        QCOMPARE(change(notRelevantNow), u"▼ left"_s);
        f.model.setComparison({}, false);
        QVERIFY(change(relevantNow).isEmpty());
    }

    void columnsAndHeaders()
    {
        Fixture f;
        QCOMPARE(f.model.rowCount(), 12);
        QCOMPARE(f.model.columnCount(), int(PaperTableModel::ColumnCount));
        QCOMPARE(f.model.columnCount(), 11);
        const QStringList headers{u"Title"_s,   u"Authors"_s, u"Topic"_s,   u"Relevance"_s,
                                  u"Novelty"_s, u"Score"_s,   u"For you"_s, u"Hotspot"_s,
                                  u"★"_s,       u"●"_s,       u"Change"_s};
        for (int column = 0; column < headers.size(); ++column) {
            QCOMPARE(f.model.headerData(column, Qt::Horizontal).toString(), headers.at(column));
            QVERIFY(!f.model.headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(!f.model.headerData(0, Qt::Vertical).isValid());
    }

    void displayOfScoredRow()
    {
        Fixture f;
        QCOMPARE(f.at(1, PaperTableModel::TitleColumn).toString(), test::samplePaper(1).title);
        QCOMPARE(f.at(1, PaperTableModel::AuthorsColumn).toString(),
                 u"Ada Lovelace, Émile Borel, Author Number1"_s);
        QCOMPARE(f.at(1, PaperTableModel::PrimaryTopicColumn).toString(), u"Architecture & training"_s);
        QCOMPARE(f.at(1, PaperTableModel::RelevanceColumn).toString(), u"9"_s);
        QCOMPARE(f.at(1, PaperTableModel::NoveltyColumn).toString(), u"9"_s);
        QCOMPARE(f.at(1, PaperTableModel::ScoreColumn).toString(), u"18"_s);
        // The window shows hotspot tags by their display names, not the raw ids.
        QCOMPARE(f.at(1, PaperTableModel::HotspotColumn).toString(), u"daily hot"_s);
        QCOMPARE(f.at(1, PaperTableModel::HotspotColumn, Qt::ToolTipRole).toString(), u"Hot: daily_hot"_s);
        QCOMPARE(f.at(1, PaperTableModel::StarredColumn).toString(), QString());
        QCOMPARE(f.at(1, PaperTableModel::ReadColumn).toString(), u"●"_s);
        QCOMPARE(f.at(1, PaperTableModel::RelevanceColumn, Qt::ToolTipRole).toString(),
                 u"Comment on "_s + test::samplePaper(1).arxivId);

        QCOMPARE(f.at(2, PaperTableModel::StarredColumn).toString(), u"★"_s);
        QCOMPARE(f.at(2, PaperTableModel::ReadColumn).toString(), QString());
        QCOMPARE(f.at(2, PaperTableModel::PrimaryTopicColumn).toString(), u"Efficiency & scaling"_s);
        QCOMPARE(f.at(3, PaperTableModel::AuthorsColumn).toString(),
                 u"Ada Lovelace, Émile Borel, Author Number3, … (5 authors)"_s);
        QCOMPARE(f.at(3, PaperTableModel::AuthorsColumn, Qt::ToolTipRole).toString(),
                 u"Ada Lovelace, Émile Borel, Author Number3, Dana Scott, Edsger Dijkstra"_s);
        QCOMPARE(f.at(5, PaperTableModel::HotspotColumn).toString(), u"daily hot, new frontier"_s);
        // A topic the profile does not know shows by its id rather than vanishing.
        QCOMPARE(f.at(11, PaperTableModel::PrimaryTopicColumn).toString(), u"unknown_topic"_s);
    }

    void heuristicScoresAreMarked()
    {
        Fixture f;
        QCOMPARE(f.at(5, PaperTableModel::RelevanceColumn).toString(), u"≈9"_s);
        QCOMPARE(f.at(5, PaperTableModel::NoveltyColumn).toString(), u"≈8"_s);
        QCOMPARE(f.at(5, PaperTableModel::ScoreColumn).toString(), u"≈17"_s);
        QVERIFY(f.at(5, PaperTableModel::ScoreColumn, Qt::ToolTipRole).toString().contains(u"heuristic"_s));
        QVERIFY(!f.at(1, PaperTableModel::ScoreColumn, Qt::ToolTipRole).toString().contains(u"heuristic"_s));
        QCOMPARE(f.at(5, PaperTableModel::RelevanceColumn, ui::SortRole), QVariant(9));
    }

    void failedFilteredAndUnscoredRows()
    {
        Fixture f;
        QCOMPARE(f.at(7, PaperTableModel::RelevanceColumn).toString(), u"failed"_s);
        QVERIFY(f.at(7, PaperTableModel::RelevanceColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"no answer after 3 tries"_s));
        QCOMPARE(f.at(7, PaperTableModel::NoveltyColumn).toString(), QString());
        QCOMPARE(f.at(7, PaperTableModel::ScoreColumn).toString(), QString());
        QCOMPARE(f.at(7, PaperTableModel::PrimaryTopicColumn).toString(), QString());

        QCOMPARE(f.at(8, PaperTableModel::RelevanceColumn).toString(), QString());
        QCOMPARE(f.at(8, PaperTableModel::ScoreColumn).toString(), QString());

        QCOMPARE(f.at(9, PaperTableModel::RelevanceColumn).toString(), u"filtered"_s);
        QVERIFY(f.at(9, PaperTableModel::RelevanceColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"announce type replace"_s));
        QVERIFY(f.at(9, PaperTableModel::TitleColumn, Qt::ForegroundRole).isValid()); // greyed
        QVERIFY(!f.at(1, PaperTableModel::TitleColumn, Qt::ForegroundRole).isValid());

        // A stale score on a paper the prefilter now drops does not show.
        QCOMPARE(f.at(10, PaperTableModel::RelevanceColumn).toString(), u"filtered"_s);
        QCOMPARE(f.at(10, PaperTableModel::ScoreColumn).toString(), QString());
        QCOMPARE(f.at(10, PaperTableModel::PrimaryTopicColumn).toString(), QString());
        QCOMPARE(f.at(10, 0, ui::RelevantRole).toBool(), false);
    }

    void rowRoles()
    {
        Fixture f;
        for (int n = 1; n <= 12; ++n) {
            for (int column = 0; column < PaperTableModel::ColumnCount; ++column) {
                QCOMPARE(f.at(n, column, ui::ArxivIdRole).toString(), test::samplePaper(n).arxivId);
            }
        }
        const auto status = [&f](int n) {
            return static_cast<core::PaperState>(f.at(n, 3, ui::StatusRole).toInt());
        };
        QCOMPARE(status(1), core::PaperState::Scored);
        QCOMPARE(status(5), core::PaperState::Scored);
        QCOMPARE(status(7), core::PaperState::Failed);
        QCOMPARE(status(8), core::PaperState::Unscored);
        QCOMPARE(status(9), core::PaperState::Filtered);
        QCOMPARE(status(10), core::PaperState::Filtered);

        QList<int> relevant;
        for (int n = 1; n <= 12; ++n) {
            if (f.at(n, PaperTableModel::TitleColumn, ui::RelevantRole).toBool()) {
                relevant.append(n);
            }
        }
        QCOMPARE(relevant, (QList<int>{1, 2, 5, 11, 12}));

        QCOMPARE(f.at(4, 0, ui::PrimaryTopicRole).toString(), u"efficiency_scaling"_s);
        QCOMPARE(f.at(7, 0, ui::PrimaryTopicRole).toString(), QString());
        QCOMPARE(f.at(5, 0, ui::HotspotTagsRole).toStringList(),
                 (QStringList{u"daily_hot"_s, u"new_frontier"_s}));
        QCOMPARE(f.at(2, 0, ui::HotspotTagsRole).toStringList(), QStringList());
        QCOMPARE(f.at(2, 0, ui::StarredRole).toBool(), true);
        QCOMPARE(f.at(2, 0, ui::ReadRole).toBool(), true);
        QCOMPARE(f.at(1, 0, ui::StarredRole).toBool(), false);
        QCOMPARE(f.at(1, 0, ui::ReadRole).toBool(), false);
    }

    void sortRole()
    {
        Fixture f;
        QCOMPARE(f.at(1, PaperTableModel::ScoreColumn, ui::SortRole).typeId(), int(QMetaType::Int));
        QCOMPARE(f.at(1, PaperTableModel::ScoreColumn, ui::SortRole).toInt(), 18);
        QCOMPARE(f.at(3, PaperTableModel::RelevanceColumn, ui::SortRole).toInt(), 10);
        QCOMPARE(f.at(3, PaperTableModel::NoveltyColumn, ui::SortRole).toInt(), 7);
        // Rows without a score sort below every score: failed, then unscored, then filtered.
        const int failed = f.at(7, PaperTableModel::ScoreColumn, ui::SortRole).toInt();
        const int unscored = f.at(8, PaperTableModel::ScoreColumn, ui::SortRole).toInt();
        const int filtered = f.at(9, PaperTableModel::ScoreColumn, ui::SortRole).toInt();
        QVERIFY(failed < 1);
        QVERIFY(unscored < failed);
        QVERIFY(filtered < unscored);
        QCOMPARE(f.at(4, PaperTableModel::TitleColumn, ui::SortRole).toString(),
                 u"quantum error correction with transformers"_s);
        QCOMPARE(f.at(8, PaperTableModel::AuthorsColumn, ui::SortRole).toString(), u"grace hopper"_s);
        QCOMPARE(f.at(1, PaperTableModel::PrimaryTopicColumn, ui::SortRole).toString(),
                 u"architecture & training"_s);
        QCOMPARE(f.at(2, PaperTableModel::StarredColumn, ui::SortRole), QVariant(1));
        QCOMPARE(f.at(1, PaperTableModel::StarredColumn, ui::SortRole), QVariant(0));
        QCOMPARE(f.at(2, PaperTableModel::ReadColumn, ui::SortRole), QVariant(1));
    }

    void searchText()
    {
        Fixture f;
        const QString text = f.at(6, 0, ui::SearchTextRole).toString();
        QVERIFY(text.contains(test::samplePaper(6).arxivId));
        QVERIFY(text.contains(u"paper 6 on sparse attention routing"_s));   // title, lower-cased
        QVERIFY(text.contains(u"emile borel"_s));                           // authors, accent removed
        QVERIFY(text.contains(u"diffusion models for protein folding."_s)); // abstract
        QCOMPARE(text, text.toLower());
        QCOMPARE(PaperTableModel::searchFold(u"Émile ÇA ﬁne"_s), u"emile ca fine"_s);
    }

    void unreadRowsAreBold()
    {
        Fixture f;
        for (int column = 0; column < PaperTableModel::ColumnCount; ++column) {
            QVERIFY(f.at(1, column, Qt::FontRole).value<QFont>().bold());
            QVERIFY(!f.at(2, column, Qt::FontRole).isValid()); // read: the view's font
        }
    }

    void thresholdChangeFlipsRelevantRows()
    {
        Fixture f;
        QSignalSpy spy(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelReset);

        f.model.setThresholds(9, 9);
        // Papers 2 (8/8), 5 (9/8) and 11 (8/9) stop counting as relevant: rows 1, 4 and 10.
        const QList<Change> first = changes(spy);
        QCOMPARE(first.size(), 3);
        const QList<int> rows{1, 4, 10};
        for (qsizetype i = 0; i < first.size(); ++i) {
            QCOMPARE(first.at(i).firstRow, rows.at(i));
            QCOMPARE(first.at(i).lastRow, rows.at(i));
            QCOMPARE(first.at(i).firstColumn, int(PaperTableModel::RelevanceColumn));
            QCOMPARE(first.at(i).lastColumn, int(PaperTableModel::ScoreColumn));
            QCOMPARE(first.at(i).roles, QList<int>{ui::RelevantRole});
        }
        QCOMPARE(f.at(2, 0, ui::RelevantRole).toBool(), false);
        QCOMPARE(f.at(5, 0, ui::RelevantRole).toBool(), false);
        QCOMPARE(f.at(1, 0, ui::RelevantRole).toBool(), true);
        QCOMPARE(f.model.thresholds().relevance, 9);

        spy.clear();
        f.model.setThresholds(9, 9);
        QCOMPARE(spy.count(), 0);

        // 7 / 7 adds papers 2, 3, 4, 5 (rows 1–4, one run) and 11 (row 10).
        f.model.setThresholds(7, 7);
        const QList<Change> second = changes(spy);
        QCOMPARE(second.size(), 2);
        QCOMPARE(second.at(0).firstRow, 1);
        QCOMPARE(second.at(0).lastRow, 4);
        QCOMPARE(second.at(1).firstRow, 10);
        QCOMPARE(second.at(1).lastRow, 10);
        QCOMPARE(f.at(3, 0, ui::RelevantRole).toBool(), true);
        QCOMPARE(f.at(4, 0, ui::RelevantRole).toBool(), true);
        QCOMPARE(f.at(7, 0, ui::RelevantRole).toBool(), false);  // failed stays out
        QCOMPARE(f.at(10, 0, ui::RelevantRole).toBool(), false); // filtered stays out
        QCOMPARE(resets.count(), 0);
    }

    void profileSetsThresholdsAndLabels()
    {
        Fixture f;
        core::Profile profile = test::readerProfile();
        profile.topics[1].label = u"Architectures"_s;
        profile.thresholds = {9, 9};
        f.model.setProfile(profile);
        QCOMPARE(f.at(1, PaperTableModel::PrimaryTopicColumn).toString(), u"Architectures"_s);
        QCOMPARE(f.at(2, 0, ui::RelevantRole).toBool(), false);
    }

    void updateScoresWithoutReset()
    {
        Fixture f;
        QSignalSpy resets(&f.model, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&f.model, &QAbstractItemModel::rowsInserted);

        store::DayPaperList update;
        update << test::scoredDayPaper(8, 10, 9, u"agents_reasoning"_s);
        update << test::scoredDayPaper(7, 6, 6, u"agents_reasoning"_s); // was failed; user starred it
        update << test::scoredDayPaper(13, 8, 8, u"efficiency_scaling"_s);
        f.model.updateScores(update);

        QCOMPARE(resets.count(), 0);
        const QList<Change> c = changes(changed);
        QCOMPARE(c.size(), 1); // rows 6 and 7 are adjacent
        QCOMPARE(c.at(0).firstRow, 6);
        QCOMPARE(c.at(0).lastRow, 7);
        QCOMPARE(c.at(0).firstColumn, 0);
        QCOMPARE(c.at(0).lastColumn, PaperTableModel::ColumnCount - 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 12);
        QCOMPARE(inserted.at(0).at(2).toInt(), 12);

        QCOMPARE(f.model.rowCount(), 13);
        QCOMPARE(f.at(8, PaperTableModel::ScoreColumn).toString(), u"19"_s);
        QCOMPARE(f.at(8, 0, ui::RelevantRole).toBool(), true);
        QCOMPARE(f.at(7, PaperTableModel::RelevanceColumn).toString(), u"6"_s);
        QCOMPARE(f.at(7, 0, ui::StarredRole).toBool(), true); // the model's reading state wins
        QCOMPARE(f.at(13, PaperTableModel::ScoreColumn).toString(), u"16"_s);
        QCOMPARE(f.model.rowOf(test::samplePaper(13).arxivId), 12);
        QVERIFY(f.at(13, 0, ui::SearchTextRole).toString().contains(u"author number13"_s));

        // The same paper twice in one update is one new row, the later version winning.
        store::DayPaperList twice;
        twice << test::scoredDayPaper(14, 2, 2, u"agents_reasoning"_s)
              << test::scoredDayPaper(14, 3, 3, u"agents_reasoning"_s);
        f.model.updateScores(twice);
        QCOMPARE(f.model.rowCount(), 14);
        QCOMPARE(f.at(14, PaperTableModel::ScoreColumn).toString(), u"6"_s);
    }

    void updateReading()
    {
        Fixture f;
        QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
        QVERIFY(f.model.updateReading(test::samplePaper(1).arxivId, {true, true, u"note"_s}));
        QCOMPARE(changed.count(), 1);
        const Change c = changes(changed).at(0);
        QCOMPARE(c.firstRow, 0);
        QCOMPARE(c.lastRow, 0);
        QCOMPARE(c.firstColumn, 0);
        QCOMPARE(c.lastColumn, PaperTableModel::ColumnCount - 1);
        QVERIFY(c.roles.contains(Qt::FontRole));
        QVERIFY(!f.at(1, 0, Qt::FontRole).isValid());
        QCOMPARE(f.at(1, PaperTableModel::StarredColumn).toString(), u"★"_s);
        QCOMPARE(f.model.paperAt(0)->reading.note, u"note"_s);

        changed.clear();
        QVERIFY(f.model.updateReading(test::samplePaper(1).arxivId, {true, true, u"note"_s}));
        QCOMPARE(changed.count(), 0);
        QVERIFY(!f.model.updateReading(u"9999.99999"_s, {}));
    }

    void staleRowsKeepTheirScoresDimmed()
    {
        Fixture f;
        store::DayPaperList day = test::readerDay();
        day << test::staleDayPaper(13, 9, 9, u"agents_reasoning"_s, u"gpt-5.4"_s);
        day << test::staleDayPaper(14, 9, 8, u"agents_reasoning"_s, u"gpt-5.4"_s,
                                   u"HTTP 500 from the provider"_s);
        f.model.setPapers(day);
        QCOMPARE(f.at(13, PaperTableModel::RelevanceColumn).toString(), u"9"_s);
        QCOMPARE(f.at(13, PaperTableModel::ScoreColumn).toString(), u"18"_s);
        QCOMPARE(f.at(13, PaperTableModel::PrimaryTopicColumn).toString(), u"Agents & reasoning"_s);
        QCOMPARE(f.at(13, 0, ui::StatusRole).toInt(), int(core::PaperState::Stale));
        QCOMPARE(f.at(13, 0, ui::RelevantRole).toBool(), true); // by the current thresholds
        QCOMPARE(f.at(14, 0, ui::RelevantRole).toBool(), true);
        // Dimmed and in italics; the tooltip names the earlier settings.
        QVERIFY(f.at(13, PaperTableModel::TitleColumn, Qt::ForegroundRole).isValid());
        QVERIFY(f.at(13, PaperTableModel::TitleColumn, Qt::FontRole).value<QFont>().italic());
        QVERIFY(!f.at(1, PaperTableModel::TitleColumn, Qt::FontRole).value<QFont>().italic());
        const QString tip = f.at(13, PaperTableModel::ScoreColumn, Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Scored under earlier settings (gpt-5.4, "_s), qPrintable(tip));
        QVERIFY(f.at(13, PaperTableModel::TitleColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(u"earlier settings"_s));
        // A failure under the current settings shows beside the stale score.
        const QString failed = f.at(14, PaperTableModel::RelevanceColumn, Qt::ToolTipRole).toString();
        QVERIFY2(failed.contains(u"earlier settings"_s), qPrintable(failed));
        QVERIFY2(failed.contains(u"current settings failed: HTTP 500 from the provider"_s),
                 qPrintable(failed));
        QCOMPARE(f.at(14, PaperTableModel::RelevanceColumn).toString(), u"9"_s);
        QVERIFY(f.model.relevantIds().contains(test::samplePaper(13).arxivId));
    }

    void setDataIsNotOffered()
    {
        Fixture f;
        // Reading state changes go through the reading service, not through the model.
        QVERIFY(!f.model.setData(f.model.index(0, PaperTableModel::StarredColumn), true));
        QVERIFY(!f.model.setData(f.model.index(0, 0), true, ui::StarredRole));
        QCOMPARE(f.at(1, PaperTableModel::StarredColumn).toString(), QString());
        QVERIFY(!(f.model.flags(f.model.index(0, PaperTableModel::StarredColumn)) & Qt::ItemIsEditable));
    }

    void rowOf()
    {
        Fixture f;
        for (int n = 1; n <= 12; ++n) {
            QCOMPARE(f.model.rowOf(test::samplePaper(n).arxivId), n - 1);
            QCOMPARE(f.model.paperAt(n - 1)->paper().arxivId, test::samplePaper(n).arxivId);
        }
        QCOMPARE(f.model.rowOf(u"2604.99999"_s), -1);
        QCOMPARE(f.model.paperAt(12), nullptr);
        QCOMPARE(f.model.paperAt(-1), nullptr);

        f.model.setPapers({test::unscoredDayPaper(40)});
        QCOMPARE(f.model.rowOf(test::samplePaper(1).arxivId), -1);
        QCOMPARE(f.model.rowOf(test::samplePaper(40).arxivId), 0);
        f.model.setPapers({});
        QCOMPARE(f.model.rowCount(), 0);
        QCOMPARE(f.model.rowOf(test::samplePaper(40).arxivId), -1);
    }

    void shortAuthors()
    {
        QCOMPARE(PaperTableModel::shortAuthors({}), QString());
        QCOMPARE(PaperTableModel::shortAuthors({u"A"_s, u"B"_s, u"C"_s}), u"A, B, C"_s);
        QCOMPARE(PaperTableModel::shortAuthors({u"A"_s, u"B"_s, u"C"_s, u"D"_s}),
                 u"A, B, C, … (4 authors)"_s);
    }
};

QTEST_MAIN(TestPaperTableModel)
#include "tst_papertablemodel.moc"
