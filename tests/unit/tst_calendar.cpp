#include "core/announcementcalendar.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <time.h>

using namespace Qt::StringLiterals;
using pd::core::AnnouncementCalendar;
using Window = AnnouncementCalendar::Window;

namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

// A wall-clock time in US Eastern.
QDateTime et(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), AnnouncementCalendar::eastern());
}

QDateTime utc(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone::utc());
}

QDateTime in(const char *zone, QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(zone));
}

// Holidays as announcement dates. 2018/19 reproduces arXiv's published December 2018 schedule
// (mailings deferred on 24, 25, 27 December and 1 January), 2024/25 its New Year, 2026 a
// Thanksgiving Friday and a Tuesday after a Monday holiday.
AnnouncementCalendar testCalendar()
{
    return AnnouncementCalendar(QSet<QDate>{day(2018, 12, 25), day(2018, 12, 26), day(2018, 12, 28),
                                            day(2019, 1, 2), day(2024, 12, 26), day(2024, 12, 27),
                                            day(2025, 1, 1), day(2025, 1, 2), day(2026, 1, 20),
                                            day(2026, 11, 27), day(2026, 12, 25), day(2027, 1, 1)});
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(f.errorString()));
    QCOMPARE(f.write(bytes), bytes.size());
}

// Runs a scope with the process in another time zone, as if the machine were set up there.
class MachineTimeZone
{
public:
    explicit MachineTimeZone(const QByteArray &tz)
        : m_wasSet(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", tz);
        tzset();
    }
    ~MachineTimeZone()
    {
        if (m_wasSet) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    Q_DISABLE_COPY_MOVE(MachineTimeZone)

private:
    bool m_wasSet;
    QByteArray m_old;
};

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void easternIsNewYork()
    {
        QVERIFY(AnnouncementCalendar::eastern().isValid());
        QCOMPARE(AnnouncementCalendar::eastern().id(), QByteArray("America/New_York"));
        // DST-aware: standard time in January, daylight time in July.
        QCOMPARE(AnnouncementCalendar::eastern().offsetFromUtc(utc(day(2026, 1, 15), 12, 0)), -5 * 3600);
        QCOMPARE(AnnouncementCalendar::eastern().offsetFromUtc(utc(day(2026, 7, 15), 12, 0)), -4 * 3600);
    }

    void isAnnouncementDay_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("announcement");
        QTest::addColumn<bool>("holiday");
        QTest::newRow("Thursday") << day(2026, 4, 16) << true << false;
        QTest::newRow("Friday") << day(2026, 4, 17) << true << false;
        QTest::newRow("Saturday") << day(2026, 4, 18) << false << false;
        QTest::newRow("Sunday") << day(2026, 4, 19) << false << false;
        QTest::newRow("Monday") << day(2026, 4, 20) << true << false;
        QTest::newRow("Thanksgiving Friday") << day(2026, 11, 27) << false << true;
        QTest::newRow("Thanksgiving Thursday") << day(2026, 11, 26) << true << false;
        QTest::newRow("Tuesday after MLK day") << day(2026, 1, 20) << false << true;
        QTest::newRow("New Year 2025") << day(2025, 1, 1) << false << true;
        QTest::newRow("invalid") << QDate() << false << false;
    }

    void isAnnouncementDay()
    {
        QFETCH(QDate, date);
        QFETCH(bool, announcement);
        QFETCH(bool, holiday);
        const AnnouncementCalendar cal = testCalendar();
        QCOMPARE(cal.isAnnouncementDay(date), announcement);
        QCOMPARE(cal.isHoliday(date), holiday);
        // Without holidays every weekday is one.
        QCOMPARE(AnnouncementCalendar().isAnnouncementDay(date), date.isValid() && date.dayOfWeek() <= 5);
    }

    void previousNext_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDate>("previous");
        QTest::addColumn<QDate>("next");
        QTest::newRow("Tuesday") << day(2026, 4, 21) << day(2026, 4, 20) << day(2026, 4, 22);
        QTest::newRow("Monday, across the weekend")
            << day(2026, 4, 20) << day(2026, 4, 17) << day(2026, 4, 21);
        QTest::newRow("Friday, across the weekend")
            << day(2026, 4, 17) << day(2026, 4, 16) << day(2026, 4, 20);
        QTest::newRow("Saturday") << day(2026, 4, 18) << day(2026, 4, 17) << day(2026, 4, 20);
        QTest::newRow("Sunday") << day(2026, 4, 19) << day(2026, 4, 17) << day(2026, 4, 20);
        QTest::newRow("Thursday before a holiday")
            << day(2026, 11, 26) << day(2026, 11, 25) << day(2026, 11, 30);
        QTest::newRow("Monday after a holiday") << day(2026, 11, 30) << day(2026, 11, 26) << day(2026, 12, 1);
        QTest::newRow("the holiday itself") << day(2026, 11, 27) << day(2026, 11, 26) << day(2026, 11, 30);
        QTest::newRow("Monday before a Tuesday holiday")
            << day(2026, 1, 19) << day(2026, 1, 16) << day(2026, 1, 21);
        QTest::newRow("New Year, forwards") << day(2024, 12, 31) << day(2024, 12, 30) << day(2025, 1, 3);
        QTest::newRow("New Year, backwards") << day(2025, 1, 3) << day(2024, 12, 31) << day(2025, 1, 6);
        QTest::newRow("Christmas week") << day(2024, 12, 25) << day(2024, 12, 24) << day(2024, 12, 30);
        QTest::newRow("New Year on a Friday") << day(2026, 12, 31) << day(2026, 12, 30) << day(2027, 1, 4);
        QTest::newRow("year boundary back") << day(2027, 1, 4) << day(2026, 12, 31) << day(2027, 1, 5);
        QTest::newRow("invalid") << QDate() << QDate() << QDate();
    }

    void previousNext()
    {
        QFETCH(QDate, date);
        QFETCH(QDate, previous);
        QFETCH(QDate, next);
        const AnnouncementCalendar cal = testCalendar();
        QCOMPARE(cal.previous(date), previous);
        QCOMPARE(cal.next(date), next);
    }

    void days()
    {
        const AnnouncementCalendar cal = testCalendar();
        QCOMPARE(cal.days(day(2026, 11, 22), day(2026, 12, 1)),
                 QList<QDate>({day(2026, 11, 23), day(2026, 11, 24), day(2026, 11, 25), day(2026, 11, 26),
                               day(2026, 11, 30), day(2026, 12, 1)}));
        QCOMPARE(cal.days(day(2026, 4, 20), day(2026, 4, 20)), QList<QDate>({day(2026, 4, 20)}));
        QVERIFY(cal.days(day(2026, 4, 18), day(2026, 4, 19)).isEmpty());
        QVERIFY(cal.days(day(2026, 4, 22), day(2026, 4, 20)).isEmpty());
        QVERIFY(cal.days(QDate(), day(2026, 4, 20)).isEmpty());
        QCOMPARE(AnnouncementCalendar().days(day(2026, 1, 1), day(2026, 12, 31)).size(), 261);
    }

    void searchesGiveUpOnBogusHolidays()
    {
        // A holiday file that marks all of 2026 must not hang anything.
        QSet<QDate> all;
        for (QDate d = day(2026, 1, 1); d <= day(2026, 12, 31); d = d.addDays(1)) {
            all.insert(d);
        }
        const AnnouncementCalendar cal(all);
        QVERIFY(!cal.next(day(2026, 6, 1)).isValid());
        QVERIFY(!cal.previous(day(2026, 6, 1)).isValid());
        QVERIFY(!cal.latestAt(utc(day(2026, 6, 1), 12, 0)).isValid());
        QVERIFY(!cal.submissionWindow(day(2026, 6, 1)).isValid());
        // Within reach of the search bound, the next free weekday is still found.
        QCOMPARE(cal.next(day(2026, 12, 20)), day(2027, 1, 1));
        QCOMPARE(cal.previous(day(2026, 1, 10)), day(2025, 12, 31));
        // ...and a window whose previous announcement is out of reach is invalid, not garbage.
        QVERIFY(!cal.submissionWindow(day(2027, 1, 1)).isValid());
    }

    void latestAt_data()
    {
        QTest::addColumn<QDateTime>("now");
        QTest::addColumn<QDate>("latest");

        // Winter (EST, UTC-5), Tuesday 13 January 2026.
        QTest::newRow("EST 19:59 ET") << et(day(2026, 1, 13), 19, 59) << day(2026, 1, 13);
        QTest::newRow("EST 20:00 ET") << et(day(2026, 1, 13), 20, 0) << day(2026, 1, 14);
        QTest::newRow("EST 19:59 as UTC") << utc(day(2026, 1, 14), 0, 59) << day(2026, 1, 13);
        QTest::newRow("EST 20:00 as UTC") << utc(day(2026, 1, 14), 1, 0) << day(2026, 1, 14);
        QTest::newRow("EST 19:59 as Tokyo") << in("Asia/Tokyo", day(2026, 1, 14), 9, 59) << day(2026, 1, 13);
        QTest::newRow("EST 20:00 as Tokyo") << in("Asia/Tokyo", day(2026, 1, 14), 10, 0) << day(2026, 1, 14);
        QTest::newRow("EST early morning") << et(day(2026, 1, 13), 0, 30) << day(2026, 1, 13);

        // Summer (EDT, UTC-4), Tuesday 14 July 2026. One hour off from winter in UTC.
        QTest::newRow("EDT 19:59 ET") << et(day(2026, 7, 14), 19, 59) << day(2026, 7, 14);
        QTest::newRow("EDT 20:00 ET") << et(day(2026, 7, 14), 20, 0) << day(2026, 7, 15);
        QTest::newRow("EDT 19:59 as UTC") << utc(day(2026, 7, 14), 23, 59) << day(2026, 7, 14);
        QTest::newRow("EDT 20:00 as UTC") << utc(day(2026, 7, 15), 0, 0) << day(2026, 7, 15);
        QTest::newRow("EDT 19:59 as Tokyo") << in("Asia/Tokyo", day(2026, 7, 15), 8, 59) << day(2026, 7, 14);
        QTest::newRow("EDT 20:00 as Tokyo") << in("Asia/Tokyo", day(2026, 7, 15), 9, 0) << day(2026, 7, 15);
        QTest::newRow("EDT 20:00 as Los Angeles")
            << in("America/Los_Angeles", day(2026, 7, 14), 17, 0) << day(2026, 7, 15);

        // DST starts Sunday 8 March 2026: that evening is already EDT.
        QTest::newRow("spring Sunday 19:59") << utc(day(2026, 3, 8), 23, 59) << day(2026, 3, 6);
        QTest::newRow("spring Sunday 20:00") << utc(day(2026, 3, 9), 0, 0) << day(2026, 3, 9);
        QTest::newRow("spring Sunday 20:00 ET") << et(day(2026, 3, 8), 20, 0) << day(2026, 3, 9);
        // DST ends Sunday 1 November 2026: that evening is EST again.
        QTest::newRow("autumn Sunday 19:59") << utc(day(2026, 11, 2), 0, 59) << day(2026, 10, 30);
        QTest::newRow("autumn Sunday 20:00") << utc(day(2026, 11, 2), 1, 0) << day(2026, 11, 2);
        QTest::newRow("autumn Sunday 20:00 Tokyo")
            << in("Asia/Tokyo", day(2026, 11, 2), 10, 0) << day(2026, 11, 2);

        // Weekends.
        QTest::newRow("Sunday evening is Monday's") << et(day(2026, 4, 19), 20, 30) << day(2026, 4, 20);
        QTest::newRow("Sunday morning is Friday's") << et(day(2026, 4, 19), 9, 0) << day(2026, 4, 17);
        QTest::newRow("Saturday is Friday's") << et(day(2026, 4, 18), 12, 0) << day(2026, 4, 17);
        QTest::newRow("Friday evening is still Friday's") << et(day(2026, 4, 17), 21, 0) << day(2026, 4, 17);
        QTest::newRow("Friday afternoon") << et(day(2026, 4, 17), 15, 0) << day(2026, 4, 17);
        QTest::newRow("Thursday evening is Friday's") << et(day(2026, 4, 16), 20, 0) << day(2026, 4, 17);
        QTest::newRow("Monday 19:59 is Monday's") << et(day(2026, 4, 20), 19, 59) << day(2026, 4, 20);

        // Holidays: no mailing on Thanksgiving evening, the Sunday mailing comes as usual.
        QTest::newRow("Thanksgiving evening") << et(day(2026, 11, 26), 20, 0) << day(2026, 11, 26);
        QTest::newRow("day after Thanksgiving") << et(day(2026, 11, 27), 12, 0) << day(2026, 11, 26);
        QTest::newRow("Sunday after Thanksgiving") << et(day(2026, 11, 29), 20, 0) << day(2026, 11, 30);
        QTest::newRow("New Year's Eve 2024") << et(day(2024, 12, 31), 22, 0) << day(2024, 12, 31);
        QTest::newRow("2 January 2025 evening") << et(day(2025, 1, 2), 20, 0) << day(2025, 1, 3);

        QTest::newRow("invalid") << QDateTime() << QDate();
    }

    void latestAt()
    {
        QFETCH(QDateTime, now);
        QFETCH(QDate, latest);
        QCOMPARE(testCalendar().latestAt(now), latest);
    }

    void machineTimeZoneDoesNotMatter_data()
    {
        QTest::addColumn<QByteArray>("tz");
        QTest::newRow("Tokyo") << QByteArray("Asia/Tokyo");
        QTest::newRow("Los Angeles") << QByteArray("America/Los_Angeles");
        QTest::newRow("Kiritimati (UTC+14)") << QByteArray("Pacific/Kiritimati");
        QTest::newRow("London") << QByteArray("Europe/London");
        QTest::newRow("UTC") << QByteArray("UTC");
        QTest::newRow("New York") << QByteArray("America/New_York");
    }

    void machineTimeZoneDoesNotMatter()
    {
        QFETCH(QByteArray, tz);
        const MachineTimeZone machine(tz);
        const AnnouncementCalendar cal = testCalendar();
        struct Case {
            QDateTime instant;
            QDate latest;
            QDate easternDate;
        };
        const QList<Case> cases = {
            {utc(day(2026, 1, 14), 0, 59), day(2026, 1, 13), day(2026, 1, 13)},
            {utc(day(2026, 1, 14), 1, 0), day(2026, 1, 14), day(2026, 1, 13)},
            {utc(day(2026, 7, 14), 23, 59), day(2026, 7, 14), day(2026, 7, 14)},
            {utc(day(2026, 7, 15), 0, 0), day(2026, 7, 15), day(2026, 7, 14)},
            {utc(day(2026, 7, 15), 4, 0), day(2026, 7, 15), day(2026, 7, 15)},
            {utc(day(2026, 11, 2), 0, 59), day(2026, 10, 30), day(2026, 11, 1)},
        };
        for (const Case &c : cases) {
            // The same instant as the machine's local time, built both from the epoch and from the
            // local wall-clock reading.
            const QDateTime fromEpoch = QDateTime::fromMSecsSinceEpoch(c.instant.toMSecsSinceEpoch());
            QCOMPARE(fromEpoch.timeSpec(), Qt::LocalTime);
            const QDateTime wallClock(fromEpoch.date(), fromEpoch.time());
            QCOMPARE(wallClock.toMSecsSinceEpoch(), c.instant.toMSecsSinceEpoch());
            for (const QDateTime &now : {c.instant, fromEpoch, wallClock}) {
                QCOMPARE(cal.latestAt(now), c.latest);
                QCOMPARE(AnnouncementCalendar::easternDate(now), c.easternDate);
            }
        }
        QCOMPARE(cal.submissionWindow(day(2026, 7, 15)),
                 Window({utc(day(2026, 7, 13), 18, 0), utc(day(2026, 7, 14), 18, 0)}));
    }

    void easternDate_data()
    {
        QTest::addColumn<QDateTime>("t");
        QTest::addColumn<QDate>("date");
        QTest::newRow("winter, UTC after midnight") << utc(day(2026, 1, 14), 3, 0) << day(2026, 1, 13);
        QTest::newRow("winter, UTC 05:00") << utc(day(2026, 1, 14), 5, 0) << day(2026, 1, 14);
        QTest::newRow("summer, UTC 03:59") << utc(day(2026, 7, 14), 3, 59) << day(2026, 7, 13);
        QTest::newRow("summer, UTC 04:00") << utc(day(2026, 7, 14), 4, 0) << day(2026, 7, 14);
        QTest::newRow("Tokyo noon") << in("Asia/Tokyo", day(2026, 7, 14), 12, 0) << day(2026, 7, 13);
        QTest::newRow("invalid") << QDateTime() << QDate();
    }

    void easternDate()
    {
        QFETCH(QDateTime, t);
        QFETCH(QDate, date);
        QCOMPARE(AnnouncementCalendar::easternDate(t), date);
    }

    void submissionWindow_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");

        // Winter: 14:00 EST is 19:00 UTC.
        QTest::newRow("Wednesday, EST")
            << day(2026, 1, 14) << utc(day(2026, 1, 12), 19, 0) << utc(day(2026, 1, 13), 19, 0);
        QTest::newRow("Tuesday, EST")
            << day(2026, 1, 13) << utc(day(2026, 1, 9), 19, 0) << utc(day(2026, 1, 12), 19, 0);
        QTest::newRow("Monday, EST") << day(2026, 1, 12) << utc(day(2026, 1, 8), 19, 0)
                                     << utc(day(2026, 1, 9), 19, 0);
        // Summer: 14:00 EDT is 18:00 UTC.
        QTest::newRow("Wednesday, EDT")
            << day(2026, 7, 15) << utc(day(2026, 7, 13), 18, 0) << utc(day(2026, 7, 14), 18, 0);
        QTest::newRow("Tuesday, EDT")
            << day(2026, 7, 14) << utc(day(2026, 7, 10), 18, 0) << utc(day(2026, 7, 13), 18, 0);
        QTest::newRow("Monday, EDT") << day(2026, 7, 13) << utc(day(2026, 7, 9), 18, 0)
                                     << utc(day(2026, 7, 10), 18, 0);
        // The window across the start of DST begins in EST and ends in EDT.
        QTest::newRow("Tuesday across DST")
            << day(2026, 3, 10) << utc(day(2026, 3, 6), 19, 0) << utc(day(2026, 3, 9), 18, 0);

        // Thanksgiving: no Thursday mailing, so Monday's holds Wednesday 14:00 to Friday 14:00.
        QTest::newRow("Monday after Thanksgiving")
            << day(2026, 11, 30) << utc(day(2026, 11, 25), 19, 0) << utc(day(2026, 11, 27), 19, 0);
        // No mailing on MLK Monday: Wednesday's holds Friday 14:00 to Tuesday 14:00.
        QTest::newRow("day after a Tuesday holiday")
            << day(2026, 1, 21) << utc(day(2026, 1, 16), 19, 0) << utc(day(2026, 1, 20), 19, 0);
        // arXiv's published December 2018 schedule, with its dates moved to the next day.
        QTest::newRow("2018-12-27") << day(2018, 12, 27) << utc(day(2018, 12, 21), 19, 0)
                                    << utc(day(2018, 12, 26), 19, 0);
        QTest::newRow("2018-12-31") << day(2018, 12, 31) << utc(day(2018, 12, 26), 19, 0)
                                    << utc(day(2018, 12, 28), 19, 0);
        QTest::newRow("2019-01-01") << day(2019, 1, 1) << utc(day(2018, 12, 28), 19, 0)
                                    << utc(day(2018, 12, 31), 19, 0);
        QTest::newRow("2019-01-03") << day(2019, 1, 3) << utc(day(2018, 12, 31), 19, 0)
                                    << utc(day(2019, 1, 2), 19, 0);

        QTest::newRow("holiday: none") << day(2026, 11, 27) << QDateTime() << QDateTime();
        QTest::newRow("Saturday: none") << day(2026, 4, 18) << QDateTime() << QDateTime();
        QTest::newRow("invalid: none") << QDate() << QDateTime() << QDateTime();
    }

    void submissionWindow()
    {
        QFETCH(QDate, date);
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        const Window window = testCalendar().submissionWindow(date);
        QCOMPARE(window.start, start);
        QCOMPARE(window.end, end);
        QCOMPARE(window.isValid(), start.isValid());
        if (window.isValid()) {
            QCOMPARE(window.start.timeSpec(), Qt::UTC);
            QCOMPARE(window.end.timeSpec(), Qt::UTC);
        }
    }

    void builtInWindowsChain()
    {
        // Over the whole built-in data, every submission lands in exactly one announcement.
        QString warning;
        const AnnouncementCalendar cal = AnnouncementCalendar::load({}, &warning);
        QVERIFY(warning.isEmpty());
        const QList<QDate> all = cal.days(day(2024, 1, 1), day(2027, 12, 31));
        QVERIFY(all.size() > 1000);
        for (qsizetype i = 1; i < all.size(); ++i) {
            const Window before = cal.submissionWindow(all[i - 1]);
            const Window window = cal.submissionWindow(all[i]);
            QVERIFY2(window.isValid(), qPrintable(all[i].toString(Qt::ISODate)));
            QVERIFY(window.start < window.end);
            QCOMPARE(window.start, before.end);
            const QDateTime endEt = window.end.toTimeZone(AnnouncementCalendar::eastern());
            QCOMPARE(endEt.time(), QTime(14, 0));
            QVERIFY(endEt.date() < all[i]);
            QVERIFY(endEt.date().dayOfWeek() <= 5);
        }
    }

    void readHolidays_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error"); // a part of the message; empty when valid
        QTest::addColumn<int>("count");

        QTest::newRow("valid")
            << R"({"formatVersion":1,"note":"x","holidays":[{"date":"2026-12-25","name":"Christmas"},{"date":"2027-01-01"}]})"_ba
            << QString() << 2;
        QTest::newRow("empty list") << R"({"formatVersion":1,"holidays":[]})"_ba << QString() << 0;
        QTest::newRow("duplicates")
            << R"({"formatVersion":1,"holidays":[{"date":"2026-12-25"},{"date":"2026-12-25"}]})"_ba
            << QString() << 1;
        QTest::newRow("not JSON") << "{formatVersion: 1"_ba << u"not valid JSON"_s << 0;
        QTest::newRow("empty file") << QByteArray() << u"not valid JSON"_s << 0;
        QTest::newRow("array at top") << "[]"_ba << u"top level is not a JSON object"_s << 0;
        QTest::newRow("no version") << R"({"holidays":[]})"_ba << u"\"formatVersion\" is missing"_s << 0;
        QTest::newRow("version 2") << R"({"formatVersion":2,"holidays":[]})"_ba << u"\"formatVersion\" is 2"_s
                                   << 0;
        QTest::newRow("version as text")
            << R"({"formatVersion":"1","holidays":[]})"_ba << u"\"formatVersion\" is \"1\""_s << 0;
        QTest::newRow("no holidays") << R"({"formatVersion":1})"_ba << u"\"holidays\" is missing"_s << 0;
        QTest::newRow("holidays not a list") << R"({"formatVersion":1,"holidays":{}})"_ba
                                             << u"\"holidays\" is missing or is not a list"_s << 0;
        QTest::newRow("entry not an object") << R"({"formatVersion":1,"holidays":["2026-12-25"]})"_ba
                                             << u"entry 1 of \"holidays\" is not an object"_s << 0;
        QTest::newRow("entry without date") << R"({"formatVersion":1,"holidays":[{"name":"x"}]})"_ba
                                            << u"entry 1 of \"holidays\" has no \"date\""_s << 0;
        QTest::newRow("date as number") << R"({"formatVersion":1,"holidays":[{"date":20261225}]})"_ba
                                        << u"entry 1 of \"holidays\" has no \"date\""_s << 0;
        QTest::newRow("impossible date") << R"({"formatVersion":1,"holidays":[{"date":"2026-02-30"}]})"_ba
                                         << u"\"2026-02-30\" is not a valid date"_s << 0;
        QTest::newRow("European date") << R"({"formatVersion":1,"holidays":[{"date":"25.12.2026"}]})"_ba
                                       << u"\"25.12.2026\" is not a valid date (expected YYYY-MM-DD)"_s << 0;
        QTest::newRow("short date") << R"({"formatVersion":1,"holidays":[{"date":"2026-1-5"}]})"_ba
                                    << u"\"2026-1-5\" is not a valid date"_s << 0;
        QTest::newRow("date with time")
            << R"({"formatVersion":1,"holidays":[{"date":"2026-12-25T00:00"}]})"_ba
            << u"\"2026-12-25T00:00\""_s << 0;
        QTest::newRow("second entry bad")
            << R"({"formatVersion":1,"holidays":[{"date":"2026-12-25"},{"date":"tomorrow"}]})"_ba
            << u"entry 2 of \"holidays\": \"tomorrow\""_s << 0;
        QTest::newRow("name not text")
            << R"({"formatVersion":1,"holidays":[{"date":"2026-12-25","name":7}]})"_ba
            << u"entry 1 of \"holidays\": \"name\" is not text"_s << 0;
    }

    void readHolidays()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QFETCH(int, count);
        QString message = u"stale"_s;
        const auto holidays = AnnouncementCalendar::readHolidays(json, &message);
        if (error.isEmpty()) {
            QVERIFY2(holidays.has_value(), qPrintable(message));
            QVERIFY(message.isEmpty());
            QCOMPARE(holidays->size(), count);
        } else {
            QVERIFY(!holidays.has_value());
            QVERIFY2(message.contains(error), qPrintable(message));
        }
        // No error pointer: same answer, no crash.
        QCOMPARE(AnnouncementCalendar::readHolidays(json, nullptr).has_value(), holidays.has_value());
    }

    void readHolidaysDates()
    {
        QString error;
        const auto holidays = AnnouncementCalendar::readHolidays(
            R"({"formatVersion":1,"holidays":[{"date":"2026-12-25"},{"date":"2027-01-01","name":"New Year"}]})"_ba,
            &error);
        QVERIFY2(holidays.has_value(), qPrintable(error));
        QCOMPARE(*holidays, QSet<QDate>({day(2026, 12, 25), day(2027, 1, 1)}));
    }

    void builtInHolidays()
    {
        QString warning = u"stale"_s;
        const AnnouncementCalendar cal = AnnouncementCalendar::load({}, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        const QSet<QDate> holidays = cal.holidays();
        QVERIFY(holidays.size() >= 20);
        for (const QDate &d : holidays) {
            QVERIFY2(d.dayOfWeek() <= 5, qPrintable(d.toString(Qt::ISODate)));
            QVERIFY(d >= day(2024, 1, 1) && d <= day(2027, 12, 31));
        }
        // Published by arXiv: no mailing on Thanksgiving (Thursday 27 November 2025) or on
        // MLK day (Monday 20 January 2025); dated by the next day here.
        QVERIFY(cal.isHoliday(day(2025, 11, 28)));
        QVERIFY(cal.isHoliday(day(2025, 1, 21)));
        QCOMPARE(cal.next(day(2025, 11, 27)), day(2025, 12, 1));
        QVERIFY(cal.isAnnouncementDay(day(2025, 11, 27)));
        QVERIFY(cal.isAnnouncementDay(day(2026, 4, 21)));

        // The resource file parses on its own too.
        QFile file(AnnouncementCalendar::builtInFile());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString error;
        QCOMPARE(AnnouncementCalendar::readHolidays(file.readAll(), &error), std::optional(holidays));
    }

    void loadOverride()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(AnnouncementCalendar::overrideFileName());
        writeFile(path, R"({"formatVersion":1,"holidays":[{"date":"2026-04-21","name":"Test"}]})"_ba);

        QString warning = u"stale"_s;
        const AnnouncementCalendar cal = AnnouncementCalendar::load(path, &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QCOMPARE(cal.holidays(), QSet<QDate>({day(2026, 4, 21)}));
        QVERIFY(!cal.isAnnouncementDay(day(2026, 4, 21)));
        // The override replaces the built-in list.
        QVERIFY(!cal.isHoliday(day(2025, 11, 28)));
    }

    void loadMissingOverride()
    {
        QTemporaryDir dir;
        QString warning = u"stale"_s;
        const AnnouncementCalendar cal =
            AnnouncementCalendar::load(dir.filePath(AnnouncementCalendar::overrideFileName()), &warning);
        QVERIFY2(warning.isEmpty(), qPrintable(warning));
        QVERIFY(cal.isHoliday(day(2025, 11, 28)));
    }

    void loadBrokenOverride_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not JSON") << "{ not json"_ba << u"not valid JSON"_s;
        QTest::newRow("bad date") << R"({"formatVersion":1,"holidays":[{"date":"2026-13-01"}]})"_ba
                                  << u"\"2026-13-01\" is not a valid date"_s;
        QTest::newRow("too large") << QByteArray(1024 * 1024 + 1, ' ') << u"larger than 1 MiB"_s;
    }

    void loadBrokenOverride()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(AnnouncementCalendar::overrideFileName());
        writeFile(path, content);

        QString warning;
        const AnnouncementCalendar cal = AnnouncementCalendar::load(path, &warning);
        QVERIFY2(warning.contains(path), qPrintable(warning));
        QVERIFY2(warning.contains(problem), qPrintable(warning));
        QVERIFY2(warning.contains(u"built-in"_s), qPrintable(warning));
        // The built-in list is in use.
        QCOMPARE(cal.holidays(), AnnouncementCalendar::load().holidays());
        QVERIFY(cal.isHoliday(day(2025, 11, 28)));
    }

    void loadUnreadableOverride()
    {
        // A folder where the file should be cannot be read as a file.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(AnnouncementCalendar::overrideFileName());
        QVERIFY(QDir().mkpath(path));
        QString warning;
        const AnnouncementCalendar cal = AnnouncementCalendar::load(path, &warning);
        QVERIFY2(warning.contains(path), qPrintable(warning));
        QVERIFY(cal.isHoliday(day(2025, 11, 28)));
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
