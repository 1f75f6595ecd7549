#include "core/profile.h"
#include "databasegenerator.h"
#include "fixtures.h"
#include "pipeline/summarycache.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"
#include "ui/monthdaycell.h"
#include "ui/monthoverview.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace pd;

namespace {

const QString fp = u"fp"_s;
const QString topicA = u"architecture_training"_s;
const QString topicMemory = u"memory_systems"_s;
const QDate holiday(2026, 4, 3);

QString id(int n)
{
    return test::samplePaper(n).arxivId;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x7a, 0x7d, 0x82);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3d, 0x41));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0x93, 0x96, 0x9b));
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

class TestMonthOverview : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Database> m_db;
    int m_dbNumber = 0;
    core::Profile m_profile = core::ProfileJson::defaultProfile();

    void listDay(QDate date, const QList<int> &ids)
    {
        core::Announcement a;
        a.date = date;
        for (int n : ids) {
            core::AnnouncedPaper item;
            item.paper = test::samplePaper(n);
            if (n == 13) {
                item.paper.title = u"<b>Bold</b> & <script>x</script> title"_s;
            }
            a.papers.append(item);
        }
        core::DayInfo day;
        day.state = core::DayInfo::State::Fetched;
        day.source = core::DayInfo::Source::Rss;
        QString error;
        QVERIFY2(store::DayRepository(*m_db).storeAnnouncement(a, day, &error), qPrintable(error));
    }

    void score(const QList<core::Score> &scores, QDate date, std::optional<double> cost)
    {
        store::RunRepository runs(*m_db);
        const qint64 run = runs.start(date, fp, u"openai"_s, u"gpt-5.4"_s);
        core::Usage usage;
        usage.requests = 1;
        usage.promptTokens = 10000;
        usage.completionTokens = 1000;
        usage.promptCost = cost;
        usage.completionCost = cost ? std::optional<double>(0.0) : std::nullopt;
        QString error;
        QVERIFY2(store::ScoreRepository(*m_db).commitBatch(scores, run, usage, &error), qPrintable(error));
    }

    // By the reader's rule: these scores are of earlier settings ("fp"), shown and counted.
    pipeline::MonthSummary month(QDate anyDay, int minimum = 8, int top = 5)
    {
        return pipeline::SummaryCache(*m_db, m_profile).month(anyDay, {minimum, minimum}, top);
    }
    pipeline::MonthSummary april(int minimum = 8) { return month({2026, 4, 15}, minimum); }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<store::Database>(m_dir.filePath(u"m%1.sqlite"_s.arg(++m_dbNumber)));
        QString error;
        QVERIFY2(m_db->open(&error), qPrintable(error));
        listDay({2026, 4, 1}, {1, 2, 3});
        score({test::sampleScore(id(1), fp, 9, 9, topicA), test::sampleScore(id(2), fp, 9, 8, topicMemory),
               test::sampleScore(id(3), fp, 3, 4, topicA)},
              {2026, 4, 1}, 1.25);
        listDay({2026, 4, 2}, {11, 12, 13});
        core::Score hot = test::sampleScore(id(11), fp, 10, 10, topicA);
        hot.hotspotTags = {u"daily_hot"_s};
        score({hot, test::sampleScore(id(13), fp, 8, 8, topicA)}, {2026, 4, 2}, std::nullopt);
        core::DayInfo failed;
        failed.date = {2026, 4, 7};
        failed.state = core::DayInfo::State::Failed;
        failed.failure = u"HTTP 503"_s;
        QVERIFY(store::DayRepository(*m_db).put(failed));
    }
    void cleanup() { m_db.reset(); }

    void showsTheMonthTotals()
    {
        ui::MonthOverview overview;
        overview.setSummary(april(), m_profile);
        const QLocale locale;
        QCOMPARE(overview.month(), QDate(2026, 4, 1));
        QCOMPARE(overview.findChild<QLabel *>(u"monthTitle"_s)->text(),
                 locale.toString(QDate(2026, 4, 1), u"MMMM yyyy"_s));
        QCOMPARE(overview.totalText(u"papers"_s), u"6"_s);
        QCOMPARE(overview.totalText(u"scanned"_s), u"6"_s);
        QCOMPARE(overview.totalText(u"relevant"_s), u"4"_s);
        QCOMPARE(overview.totalText(u"hotspot"_s), u"1"_s);
        QCOMPARE(overview.totalText(u"tokens"_s), locale.toString(22000));
        // Apr 2 used a model without a price: the known part is shown and the rest flagged.
        QCOMPARE(overview.totalText(u"cost"_s), u"$%1 + ?"_s.arg(locale.toString(1.25, 'f', 2)));
        QVERIFY(overview.findChild<QLabel *>(u"total-cost"_s)->toolTip().contains(u"unknown cost: 1"_s));
        QVERIFY(overview.findChild<QLabel *>(u"emptyHint"_s)->isHidden());
    }

    void gridHasOneCellPerWeekday()
    {
        ui::MonthOverview overview;
        overview.setCalendar(core::AnnouncementCalendar(QSet<QDate>{holiday}));
        overview.setSummary(april(), m_profile);
        const QList<ui::MonthDayCell *> cells = overview.findChildren<ui::MonthDayCell *>();
        QCOMPARE(cells.size(), 22); // April 2026 has 22 weekdays
        for (const ui::MonthDayCell *cell : cells) {
            QVERIFY(cell->date().dayOfWeek() <= 5);
            QCOMPARE(cell->date().month(), 4);
        }
        auto cell = [&](QDate d) {
            return overview.findChild<ui::MonthDayCell *>(u"day-"_s + d.toString(Qt::ISODate));
        };
        QCOMPARE(cell({2026, 4, 1})->mark(), ui::DayMark::Scored);
        QVERIFY(cell({2026, 4, 1})->toolTip().contains(u"2 relevant of 3 scanned"_s));
        QCOMPARE(cell({2026, 4, 2})->mark(), ui::DayMark::Scored);
        QVERIFY(cell({2026, 4, 2})->toolTip().contains(u"no price for gpt-5.4"_s));
        QCOMPARE(cell(holiday)->mark(), ui::DayMark::NoAnnouncement);
        QVERIFY(!cell(holiday)->isEnabled());
        QCOMPARE(cell({2026, 4, 7})->mark(), ui::DayMark::Failed);
        QVERIFY(cell({2026, 4, 7})->toolTip().contains(u"HTTP 503"_s));
        QCOMPARE(cell({2026, 4, 8})->mark(), ui::DayMark::NotFetched);
        QVERIFY(!cell({2026, 4, 4})); // Saturday
    }

    void clickingADayActivatesIt()
    {
        ui::MonthOverview overview;
        overview.setCalendar(core::AnnouncementCalendar(QSet<QDate>{holiday}));
        overview.setSummary(april(), m_profile);
        overview.resize(1000, 700);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        QSignalSpy activated(&overview, &ui::MonthOverview::dayActivated);
        auto *cell = overview.findChild<ui::MonthDayCell *>(u"day-2026-04-02"_s);
        QTest::mouseClick(cell, Qt::LeftButton, {}, cell->rect().center());
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toDate(), QDate(2026, 4, 2));
        // Keyboard: focus and Space.
        auto *notFetched = overview.findChild<ui::MonthDayCell *>(u"day-2026-04-20"_s);
        notFetched->setFocus();
        QTest::keyClick(notFetched, Qt::Key_Space);
        QCOMPARE(activated.size(), 2);
        QCOMPARE(activated.at(1).at(0).toDate(), QDate(2026, 4, 20));
        // A holiday has nothing to open.
        auto *closed = overview.findChild<ui::MonthDayCell *>(u"day-2026-04-03"_s);
        QTest::mouseClick(closed, Qt::LeftButton, {}, closed->rect().center());
        QCOMPARE(activated.size(), 2);
    }

    void previousAndNextAskForTheNeighbours()
    {
        ui::MonthOverview overview;
        QVERIFY(!overview.findChild<QToolButton *>(u"previousMonth"_s)->isEnabled()); // no month yet
        overview.setSummary(april(), m_profile);
        QSignalSpy requested(&overview, &ui::MonthOverview::monthRequested);
        overview.findChild<QToolButton *>(u"previousMonth"_s)->click();
        overview.findChild<QToolButton *>(u"nextMonth"_s)->click();
        QCOMPARE(requested.size(), 2);
        QCOMPARE(requested.at(0).at(0).toDate(), QDate(2026, 3, 1));
        QCOMPARE(requested.at(1).at(0).toDate(), QDate(2026, 5, 1));

        // Answering replaces the grid and the papers.
        overview.setSummary(month({2026, 5, 1}), m_profile);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QVERIFY(!overview.findChild<ui::MonthDayCell *>(u"day-2026-04-01"_s));
        QVERIFY(overview.findChild<ui::MonthDayCell *>(u"day-2026-05-29"_s));
        QVERIFY(!overview.findChild<QLabel *>(u"paper-"_s + id(1)));
        QCOMPARE(overview.totalText(u"papers"_s), u"0"_s);
        QVERIFY(overview.findChild<QLabel *>(u"emptyHint"_s)->isVisibleTo(&overview));
    }

    void topicCoverageFollowsTheProfile()
    {
        ui::MonthOverview overview;
        overview.setSummary(april(), m_profile);
        auto count = [&](const QString &topic) {
            const QLabel *label = overview.findChild<QLabel *>(u"coverage-"_s + topic);
            return label ? label->text() : u"missing"_s;
        };
        QCOMPARE(count(topicA), u"3"_s);
        QCOMPARE(count(topicMemory), u"1"_s);
        QCOMPARE(count(u"efficiency_scaling"_s), u"0"_s); // a profile topic with nothing this month
        QCOMPARE(count(u"none"_s), u"missing"_s);

        // A lower threshold lets p3 (3/4) in.
        overview.setSummary(april(3), m_profile);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(count(topicA), u"4"_s);
    }

    void topPapersAreLinksInTopicOrder()
    {
        ui::MonthOverview overview;
        overview.setSummary(april(), m_profile);
        overview.resize(1000, 900);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));

        auto *box = overview.findChild<QGroupBox *>(u"topPapers"_s);
        QStringList order;
        const QList<QLabel *> labels = box->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->objectName().startsWith(u"paper-"_s)) {
                order.append(label->objectName().mid(6));
            }
        }
        // Architecture (profile's first topic): p11 20, p1 18, p13 16; then memory: p2.
        QCOMPARE(order, (QStringList{id(11), id(1), id(13), id(2)}));

        // A title is text, never markup.
        const QLabel *odd = box->findChild<QLabel *>(u"paper-"_s + id(13));
        QVERIFY(odd->text().contains(u"&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;script&gt;"_s));

        QSignalSpy activated(&overview, &ui::MonthOverview::paperActivated);
        QLabel *first = box->findChild<QLabel *>(u"paper-"_s + id(11));
        overview.findChild<QScrollArea *>()->ensureWidgetVisible(first);
        // The title link starts after the label's left margin.
        QTest::mouseClick(first, Qt::LeftButton, {},
                          QPoint(first->contentsRect().left() + 8, first->height() / 2));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.at(0).at(0).toDate(), QDate(2026, 4, 2));
        QCOMPARE(activated.at(0).at(1).toString(), id(11));
    }

    // With PAPERDESK_SCREENSHOTS=DIR, saves the overview of a generated month, light and dark.
    void screenshots()
    {
        const QString dir = qEnvironmentVariable("PAPERDESK_SCREENSHOTS");
        if (dir.isEmpty()) {
            QSKIP("set PAPERDESK_SCREENSHOTS to a folder to save screenshots");
        }
        QTemporaryDir temp;
        const QString path = temp.filePath(u"g.sqlite"_s);
        const test::GeneratedDatabase generated = test::generateDatabase(path, 8000, 40);
        QVERIFY2(generated.ok, qPrintable(generated.error));
        store::Database db(path);
        QString error;
        QVERIFY(db.open(&error));
        ui::MonthOverview overview;
        overview.setCalendar(core::AnnouncementCalendar::load());
        overview.setSummary(pipeline::SummaryCache(db, m_profile).month({2026, 4, 1}, {8, 8}, 3), m_profile);
        overview.resize(1100, 1000);
        overview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&overview));
        QVERIFY(overview.grab().save(QDir(dir).filePath(u"monthoverview-light.png"_s)));
        overview.setPalette(darkPalette());
        QTest::qWait(50); // deferred deletes and layout requests
        QVERIFY(overview.grab().save(QDir(dir).filePath(u"monthoverview-dark.png"_s)));
        overview.resize(700, 900);
        QTest::qWait(50);
        QVERIFY(overview.grab().save(QDir(dir).filePath(u"monthoverview-narrow.png"_s)));
    }
};

QTEST_MAIN(TestMonthOverview)
#include "tst_monthoverview.moc"
