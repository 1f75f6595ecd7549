#include "core/profile.h"
#include "databasegenerator.h"
#include "pipeline/summarycache.h"
#include "store/database.h"
#include "ui/daycalendar.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QDir>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;
using ui::DayMark;

namespace {

const QDate holiday(2026, 4, 3); // a Friday, made a holiday for the test

pipeline::DaySummary summary(QDate date, core::DayInfo::State state, int scanned, int scored, int relevant,
                             int failed = 0)
{
    pipeline::DaySummary s;
    s.date = date;
    s.state = state;
    s.source = core::DayInfo::Source::Rss;
    s.total = scanned + 10;
    s.scanned = scanned;
    s.scored = scored;
    s.relevant = relevant;
    s.failed = failed;
    return s;
}

QList<pipeline::DaySummary> aprilSummaries()
{
    using State = core::DayInfo::State;
    pipeline::DaySummary failed = summary({2026, 4, 7}, State::Failed, 0, 0, 0);
    failed.failure = u"HTTP 503 from rss.arxiv.org"_s;
    pipeline::DaySummary scored = summary({2026, 4, 1}, State::Fetched, 400, 400, 21);
    scored.hotspot = 3;
    scored.model = u"gpt-5.4"_s;
    scored.usage.requests = 16;
    scored.usage.promptTokens = 300000;
    scored.usage.completionTokens = 30000;
    scored.usage.promptCost = 0.75;
    scored.usage.completionCost = 0.45;
    return {scored, summary({2026, 4, 2}, State::Fetched, 380, 0, 0), // fetched, not scored
            summary({2026, 4, 6}, State::Fetched, 350, 350, 0),       // scored, nothing relevant
            failed,                                                   // fetch failed
            summary({2026, 4, 8}, State::Fetched, 300, 0, 0, 300)};   // every score failed
}

// The calendar view's model index that shows `date`.
QModelIndex indexOf(const ui::DayCalendar &calendar, QDate date)
{
    const auto *view = calendar.findChild<QTableView *>();
    const int offset = int(calendar.firstShown().daysTo(date));
    return view->model()->index(1 + offset / 7, offset % 7); // row 0 holds the day names
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe6, 0xe6, 0xe6);
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
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7d, 0x82));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7d, 0x82));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7d, 0x82));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

class TestDayCalendar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::DayCalendar> makeCalendar()
    {
        auto calendar = std::make_unique<ui::DayCalendar>();
        calendar->setCalendar(core::AnnouncementCalendar(QSet<QDate>{holiday}));
        calendar->setCurrentPage(2026, 4);
        calendar->setSelectedDate({2026, 4, 21});
        calendar->setSummaries(aprilSummaries());
        calendar->resize(420, 300);
        return calendar;
    }

private Q_SLOTS:
    void marksFollowWhatIsStored()
    {
        const auto calendar = makeCalendar();
        QCOMPARE(calendar->markOf({2026, 4, 1}), DayMark::Scored);
        QCOMPARE(calendar->badgeOf({2026, 4, 1}), 21);
        QCOMPARE(calendar->markOf({2026, 4, 2}), DayMark::Fetched);
        QCOMPARE(calendar->badgeOf({2026, 4, 2}), -1);
        QCOMPARE(calendar->markOf(holiday), DayMark::NoAnnouncement);
        QCOMPARE(calendar->markOf({2026, 4, 4}), DayMark::NoAnnouncement); // Saturday
        QCOMPARE(calendar->markOf({2026, 4, 5}), DayMark::NoAnnouncement); // Sunday
        QCOMPARE(calendar->markOf({2026, 4, 6}), DayMark::Scored);
        QCOMPARE(calendar->badgeOf({2026, 4, 6}), 0); // scored, nothing relevant: still a badge
        QCOMPARE(calendar->markOf({2026, 4, 7}), DayMark::Failed);
        QCOMPARE(calendar->markOf({2026, 4, 8}), DayMark::Failed);
        QCOMPARE(calendar->markOf({2026, 4, 9}), DayMark::NotFetched);

        // New summaries replace the old ones.
        calendar->setSummaries({});
        QCOMPARE(calendar->markOf({2026, 4, 1}), DayMark::NotFetched);
        QCOMPARE(calendar->markOf({2026, 4, 4}), DayMark::NoAnnouncement);
    }

    void everyShownDateHasItsToolTip()
    {
        const auto calendar = makeCalendar();
        QCOMPARE(calendar->firstShown(), QDate(2026, 3, 30));
        QCOMPARE(calendar->lastShown(), QDate(2026, 5, 10));
        const auto *view = calendar->findChild<QTableView *>();
        QVERIFY(view);
        for (QDate d = calendar->firstShown(); d <= calendar->lastShown(); d = d.addDays(1)) {
            const QModelIndex index = indexOf(*calendar, d);
            QCOMPARE(index.data(Qt::DisplayRole).toInt(), d.day());
            QCOMPARE(index.data(Qt::ToolTipRole).toString(), calendar->toolTipOf(d));
            QVERIFY(!calendar->toolTipOf(d).isEmpty());
        }
        const QString scored = calendar->toolTipOf({2026, 4, 1});
        QVERIFY2(scored.contains(u"21 relevant of 400 scanned (410 listed)"_s), qPrintable(scored));
        QVERIFY2(scored.contains(u"Hotspot papers: 3"_s), qPrintable(scored));
        QVERIFY2(scored.contains(u"gpt-5.4"_s) && scored.contains(u"$1.20"_s), qPrintable(scored));
        QVERIFY(calendar->toolTipOf({2026, 4, 2}).contains(u"not scored yet"_s));
        QVERIFY(calendar->toolTipOf(holiday).contains(u"holiday"_s));
        QVERIFY(calendar->toolTipOf({2026, 4, 4}).contains(u"weekend"_s));
        QVERIFY(calendar->toolTipOf({2026, 4, 7}).contains(u"HTTP 503 from rss.arxiv.org"_s));
        QVERIFY(calendar->toolTipOf({2026, 4, 8}).contains(u"300 failed"_s));
        QVERIFY(calendar->toolTipOf({2026, 4, 9}).contains(u"Not fetched"_s));
    }

    void changingThePageAsksForItsDays()
    {
        const auto calendar = makeCalendar();
        QSignalSpy shown(calendar.get(), &ui::DayCalendar::monthShown);
        calendar->setCurrentPage(2026, 5);
        QCOMPARE(shown.size(), 1);
        // May 1 2026 is a Friday: the page starts on Monday April 27 and holds six weeks.
        QCOMPARE(shown.at(0).at(0).toDate(), QDate(2026, 4, 27));
        QCOMPARE(shown.at(0).at(1).toDate(), QDate(2026, 6, 7));
        // The tooltips follow the page.
        QCOMPARE(indexOf(*calendar, {2026, 5, 30}).data(Qt::ToolTipRole).toString(),
                 calendar->toolTipOf({2026, 5, 30}));
        calendar->showNextMonth();
        QCOMPARE(shown.size(), 2);
        QCOMPARE(shown.at(1).at(0).toDate(), QDate(2026, 5, 25));
    }

    void clickingADateSelectsIt()
    {
        const auto calendar = makeCalendar();
        calendar->show();
        QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
        auto *view = calendar->findChild<QTableView *>();
        QSignalSpy clicked(calendar.get(), &QCalendarWidget::clicked);
        const QRect cell = view->visualRect(indexOf(*calendar, {2026, 4, 14}));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.at(0).at(0).toDate(), QDate(2026, 4, 14));
        QCOMPARE(calendar->selectedDate(), QDate(2026, 4, 14));
    }

    void paintsTheMarks()
    {
        const auto calendar = makeCalendar();
        calendar->show();
        QVERIFY(QTest::qWaitForWindowExposed(calendar.get()));
        auto *view = calendar->findChild<QTableView *>();
        const QImage image = view->viewport()->grab().toImage();
        const QPalette pal = calendar->palette();
        auto cellOf = [&](QDate d) {
            return view->visualRect(indexOf(*calendar, d));
        };

        // Failed: the top-right corner carries the failure colour.
        const QRect failed = cellOf({2026, 4, 7});
        QCOMPARE(image.pixelColor(failed.right() - 4, failed.top() + 4), ui::failureColor(pal));
        // Scored with relevant papers: the badge is in the highlight colour.
        const QRect scored = cellOf({2026, 4, 1});
        bool highlight = false;
        for (int y = scored.top(); y < scored.bottom() && !highlight; ++y) {
            for (int x = scored.left(); x < scored.right() && !highlight; ++x) {
                highlight = image.pixelColor(x, y) == pal.color(QPalette::Highlight);
            }
        }
        QVERIFY(highlight);
        // No announcement: greyed, unlike a plain day.
        const QRect weekend = cellOf({2026, 4, 11});
        const QRect plain = cellOf({2026, 4, 9});
        QVERIFY(image.pixelColor(weekend.left() + 4, weekend.bottom() - 4) !=
                image.pixelColor(plain.left() + 4, plain.bottom() - 4));
        QCOMPARE(image.pixelColor(plain.left() + 4, plain.bottom() - 4), pal.color(QPalette::Base));
    }

    // With PAPERDESK_SCREENSHOTS=DIR, saves the calendar over a generated month, light and dark.
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
        ui::DayCalendar calendar;
        calendar.setCalendar(core::AnnouncementCalendar::load());
        pipeline::SummaryCache summaries(db, core::ProfileJson::defaultProfile());
        QObject::connect(&calendar, &ui::DayCalendar::monthShown, &calendar, [&](QDate first, QDate last) {
            calendar.setSummaries(summaries.days(first, last, {8, 8}));
        });
        calendar.setCurrentPage(2026, 3);
        calendar.setCurrentPage(2026, 4);
        calendar.setSelectedDate({2026, 4, 21});
        calendar.resize(calendar.sizeHint().expandedTo({360, 280}));
        calendar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&calendar));
        QVERIFY(calendar.grab().save(QDir(dir).filePath(u"daycalendar-light.png"_s)));
        calendar.setPalette(darkPalette());
        QVERIFY(calendar.grab().save(QDir(dir).filePath(u"daycalendar-dark.png"_s)));
    }
};

QTEST_MAIN(TestDayCalendar)
#include "tst_daycalendar.moc"
