// Prints how long the reader's models take on a day of 1,000 papers: filling the table model, the
// proxy's filter and default sort, the topic tree's counts, typing a search, a threshold change, a
// live scoring update, and one paint of a table view. Figures only: nothing is asserted.
#include "fixtures.h"
#include "readerfixtures.h"
#include "ui/paperfilterproxy.h"
#include "ui/papertablemodel.h"
#include "ui/scoredelegate.h"
#include "ui/topictreemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QPixmap>
#include <QRandomGenerator>
#include <QTableView>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

constexpr int Papers = 1000;
constexpr int Repeats = 25;

const QStringList Words{
    u"attention"_s, u"routing"_s,     u"sparse"_s,     u"mixture"_s,  u"experts"_s,      u"scaling"_s,
    u"laws"_s,      u"transformer"_s, u"gradient"_s,   u"descent"_s,  u"optimisation"_s, u"language"_s,
    u"model"_s,     u"reasoning"_s,   u"benchmark"_s,  u"training"_s, u"inference"_s,    u"quantisation"_s,
    u"kernel"_s,    u"memory"_s,      u"throughput"_s, u"token"_s,    u"context"_s,      u"retrieval"_s,
    u"the"_s,       u"of"_s,          u"and"_s,        u"we"_s,       u"show"_s,         u"that"_s,
    u"a"_s,         u"novel"_s,       u"method"_s,     u"improves"_s, u"$O(n^2)$"_s,     u"\\mathbb{R}"_s};
const QStringList Names{u"Ada Lovelace"_s, u"Émile Borel"_s,      u"Sofia Kovalevskaya"_s, u"Paul Erdős"_s,
                        u"Grace Hopper"_s, u"Alan Turing"_s,      u"Kurt Gödel"_s,         u"Emmy Noether"_s,
                        u"John Tukey"_s,   u"Ingrid Daubechies"_s};

QString sentence(QRandomGenerator &rng, int words)
{
    QStringList parts;
    for (int i = 0; i < words; ++i) {
        parts.append(Words.at(rng.bounded(Words.size())));
    }
    return parts.join(u' ');
}

store::DayPaperList generateDay()
{
    QRandomGenerator rng(20260421);
    const core::Profile profile = test::readerProfile();
    store::DayPaperList day;
    day.reserve(Papers);
    for (int n = 0; n < Papers; ++n) {
        const int kind = rng.bounded(100);
        const QString topic = profile.topics.at(rng.bounded(profile.topics.size())).id;
        store::DayPaper row;
        if (kind < 5) {
            row = test::filteredDayPaper(n, u"announce type replace"_s);
        } else if (kind < 8) {
            row = test::failedDayPaper(n, u"no answer after 3 tries"_s);
        } else if (kind < 10) {
            row = test::unscoredDayPaper(n);
        } else {
            QStringList tags;
            if (rng.bounded(20) == 0) {
                tags.append(u"daily_hot"_s);
            }
            if (rng.bounded(30) == 0) {
                tags.append(u"new_frontier"_s);
            }
            row = test::scoredDayPaper(n, 1 + rng.bounded(10), 1 + rng.bounded(10), topic, tags);
            row.score->heuristic = rng.bounded(10) == 0;
        }
        core::Paper &p = row.listing.paper;
        p.title = sentence(rng, 8 + rng.bounded(8));
        p.abstract = sentence(rng, 150 + rng.bounded(100)); // about 1,200 characters
        p.authors.clear();
        for (int a = 1 + rng.bounded(12); a > 0; --a) {
            p.authors.append(Names.at(rng.bounded(Names.size())));
        }
        row.reading.read = rng.bounded(3) == 0;
        row.reading.starred = rng.bounded(50) == 0;
        day.append(row);
    }
    return day;
}

// Runs `setup` then times `work`, Repeats times; prints the median and the fastest run.
void measure(const char *what, const std::function<void()> &setup, const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < Repeats; ++i) {
        setup();
        QElapsedTimer timer;
        timer.start();
        work();
        ms.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    std::printf("%-58s median %7.3f ms   min %7.3f ms\n", what, ms.at(ms.size() / 2), ms.first());
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const store::DayPaperList day = generateDay();
    const store::DayPaperList other = generateDay(); // a second day to switch between
    const core::Profile profile = test::readerProfile();
    std::printf("%d papers, %d runs each\n", Papers, Repeats);

    ui::PaperTableModel model;
    model.setProfile(profile);
    const auto empty = [&] {
        model.setPapers({});
    };
    const auto fill = [&] {
        model.setPapers(day);
    };
    measure("table model setPapers (no views)", empty, fill);

    ui::PaperFilterProxy proxy;
    proxy.setSourceModel(&model);
    measure("setPapers with proxy attached (filter + default sort)", empty, fill);

    // Each sort starts from a fresh day, so a text column's time includes making its sort keys.
    const auto freshDay = [&] {
        proxy.sortByDefault();
        model.setPapers(day);
    };
    for (const auto &[name, column] : {std::pair{"title", ui::PaperTableModel::TitleColumn},
                                       std::pair{"authors", ui::PaperTableModel::AuthorsColumn},
                                       std::pair{"topic", ui::PaperTableModel::PrimaryTopicColumn},
                                       std::pair{"novelty", ui::PaperTableModel::NoveltyColumn}}) {
        const QByteArray what = "proxy sort by " + QByteArray(name) + " (fresh day)";
        measure(what.constData(), freshDay, [&] { proxy.sort(column, Qt::AscendingOrder); });
    }
    const auto byTitle = [&] {
        proxy.sort(ui::PaperTableModel::TitleColumn, Qt::AscendingOrder);
    };
    measure("proxy back to the default sort (score, relevance)", byTitle, [&] { proxy.sortByDefault(); });
    const auto allScanned = [&] {
        proxy.setNode({});
    };
    measure("proxy node filter: Relevant", allScanned, [&] { proxy.setNode({ui::TreeNode::Relevant, {}}); });
    allScanned();

    ui::TopicTreeModel tree;
    tree.setProfile(profile);
    const auto noCounts = [&] {
        tree.refresh({});
    };
    measure("topic tree refresh (counts of every node)", noCounts, [&] { tree.refresh(day); });
    const auto defaultThresholds = [&] {
        tree.setThresholds(8, 8);
    };
    measure("topic tree threshold change", defaultThresholds, [&] { tree.setThresholds(6, 6); });

    const auto otherDay = [&] {
        model.setPapers(other);
    };
    const auto switchDay = [&] {
        model.setPapers(day);
        tree.refresh(model.papers());
    };
    measure("day switch: setPapers + proxy + tree", otherDay, switchDay);
    byTitle();
    measure("day switch while sorted by title", otherDay, switchDay);
    proxy.sortByDefault();

    const QString query = u"attention rout"_s;
    const auto noSearch = [&] {
        proxy.setSearchText({});
    };
    const auto type = [&] {
        for (qsizetype length = 1; length <= query.size(); ++length) {
            proxy.setSearchText(query.left(length));
        }
    };
    measure("search: typing 14 characters, one refilter each", noSearch, type);
    noSearch();
    const auto relevantAt8 = [&] {
        model.setThresholds(8, 8);
        proxy.setNode({ui::TreeNode::Relevant, {}});
    };
    measure("threshold change 8/8 -> 6/6 (table, proxy on Relevant)", relevantAt8,
            [&] { model.setThresholds(6, 6); });
    allScanned();
    model.setThresholds(8, 8);

    store::DayPaperList batch;
    for (int i = 0; i < 25; ++i) {
        store::DayPaper row = day.at(i * 37);
        row.score = test::sampleScore(row.paper().arxivId, u"fp"_s, 9, 9);
        batch.append(row);
    }
    const auto liveUpdate = [&] {
        model.updateScores(batch);
        tree.refresh(model.papers());
    };
    measure("live update: 25 scores (table + proxy + tree)", fill, liveUpdate);

    QTableView view;
    view.setModel(&proxy);
    view.setItemDelegateForColumn(ui::PaperTableModel::RelevanceColumn, new ui::ScoreDelegate(10, &view));
    view.setItemDelegateForColumn(ui::PaperTableModel::NoveltyColumn, new ui::ScoreDelegate(10, &view));
    view.setItemDelegateForColumn(ui::PaperTableModel::ScoreColumn, new ui::ScoreDelegate(20, &view));
    view.verticalHeader()->hide();
    view.resize(1200, 800);
    view.show();
    const auto switchAndPaint = [&] {
        switchDay();
        view.grab();
    };
    measure("day switch + one paint of a 1200x800 table view", otherDay, switchAndPaint);
    return 0;
}
