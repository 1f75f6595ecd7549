// The daily run's timing (core::DailySchedule) and the systemd units that carry it
// (cli::SystemdUnits), with the timer's calendar checked by systemd's own parser.
#include "cli/systemdunits.h"
#include "core/dailyschedule.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using pd::cli::SystemdUnits;
using pd::core::AnnouncementCalendar;
using pd::core::DailySchedule;

namespace {

QDateTime in(const char *zone, QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), QTimeZone(zone));
}

QDateTime et(QDate date, int hour, int minute)
{
    return QDateTime(date, QTime(hour, minute), AnnouncementCalendar::eastern());
}

// Thanksgiving Friday 2026 is an arXiv holiday (no announcement dated 27 November).
AnnouncementCalendar calendar()
{
    return AnnouncementCalendar(QSet<QDate>{QDate(2026, 11, 27)});
}

} // namespace

class TestDailySchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theDefaultRunsAnHourAfterTheAnnouncementInNewYork()
    {
        const DailySchedule s = DailySchedule::byDefault(calendar());
        // Tuesday 21 April 2026 is released Monday 20:00 EDT; the run is Monday 21:00 EDT.
        QCOMPARE(DailySchedule::releaseOf(QDate(2026, 4, 21)), et(QDate(2026, 4, 20), 20, 0));
        QCOMPARE(s.runTimeFor(QDate(2026, 4, 21)), et(QDate(2026, 4, 20), 21, 0));
        QCOMPARE(s.runTimeFor(QDate(2026, 4, 21)).toUTC().time(), QTime(1, 0)); // EDT
        // Monday's announcement comes out on Sunday evening; in winter 21:00 EST is 02:00 UTC.
        QCOMPARE(s.runTimeFor(QDate(2026, 1, 12)), et(QDate(2026, 1, 11), 21, 0));
        QCOMPARE(s.runTimeFor(QDate(2026, 1, 12)).toUTC().time(), QTime(2, 0));
    }

    void aLocalMorningTimeRunsTheNextMorning()
    {
        // 07:00 in Berlin, after the 20:00 ET release (02:00 Berlin): the same night's announcement.
        const DailySchedule berlin(QTime(7, 0), QTimeZone("Europe/Berlin"), calendar());
        QCOMPARE(berlin.runTimeFor(QDate(2026, 4, 21)), in("Europe/Berlin", QDate(2026, 4, 21), 7, 0));
        QCOMPARE(berlin.weekdays(), (QList<int>{1, 2, 3, 4, 5}));
        // 19:00 in New York comes before the release: the next evening's 19:00.
        const DailySchedule early(QTime(19, 0), AnnouncementCalendar::eastern(), calendar());
        QCOMPARE(early.runTimeFor(QDate(2026, 4, 21)), et(QDate(2026, 4, 21), 19, 0));
        // Tokyo 10:00 is 21:00 EDT the evening before: Monday to Friday there.
        const DailySchedule tokyo(QTime(10, 0), QTimeZone("Asia/Tokyo"), calendar());
        QCOMPARE(tokyo.runTimeFor(QDate(2026, 4, 21)), in("Asia/Tokyo", QDate(2026, 4, 21), 10, 0));
        QCOMPARE(DailySchedule::byDefault(calendar()).weekdays(), (QList<int>{1, 2, 3, 4, 7}));
    }

    void dueAndNextFollowTheAnnouncementCalendar()
    {
        const DailySchedule s = DailySchedule::byDefault(calendar());
        // Monday 20 April 20:30 ET: Tuesday's announcement is out but its run is not due yet.
        QCOMPARE(s.dueAt(et(QDate(2026, 4, 20), 20, 30)), QDate(2026, 4, 20));
        QCOMPARE(s.dueAt(et(QDate(2026, 4, 20), 21, 0)), QDate(2026, 4, 21));
        const auto next = s.nextAfter(et(QDate(2026, 4, 20), 20, 30));
        QVERIFY(next);
        QCOMPARE(next->announcement, QDate(2026, 4, 21));
        QCOMPARE(next->at, et(QDate(2026, 4, 20), 21, 0));
        // Friday evening: no mailing on Friday or Saturday; the next run is Sunday's, for Monday.
        const auto weekend = s.nextAfter(et(QDate(2026, 4, 24), 22, 0));
        QVERIFY(weekend);
        QCOMPARE(weekend->announcement, QDate(2026, 4, 27));
        QCOMPARE(weekend->at, et(QDate(2026, 4, 26), 21, 0));
        QCOMPARE(s.dueAt(et(QDate(2026, 4, 25), 12, 0)), QDate(2026, 4, 24));
        // Thanksgiving: no announcement dated Friday 27 November, so no run on Thursday evening.
        const auto thanksgiving = s.nextAfter(et(QDate(2026, 11, 25), 22, 0));
        QVERIFY(thanksgiving);
        QCOMPARE(thanksgiving->announcement, QDate(2026, 11, 30));
        QCOMPARE(thanksgiving->at, et(QDate(2026, 11, 29), 21, 0));
    }

    void theRunStaysAtNineInNewYorkAcrossDaylightSaving()
    {
        const DailySchedule s = DailySchedule::byDefault(calendar());
        // US clocks go forward on 8 March 2026; Europe's on 29 March.
        QCOMPARE(s.runTimeFor(QDate(2026, 3, 6)).toUTC(),
                 QDateTime(QDate(2026, 3, 6), QTime(2, 0), QTimeZone::utc()));
        QCOMPARE(s.runTimeFor(QDate(2026, 3, 10)).toUTC(),
                 QDateTime(QDate(2026, 3, 10), QTime(1, 0), QTimeZone::utc()));
    }

    void catchUpRunsOnlyTheNewestMissedDay()
    {
        const DailySchedule s = DailySchedule::byDefault(calendar());
        const QDateTime thursdayMorning = et(QDate(2026, 4, 23), 9, 0);
        QList<QDate> asked;
        const QDate missed = s.catchUp(thursdayMorning, [&asked](QDate d) {
            asked << d;
            return false;
        });
        QCOMPARE(missed, QDate(2026, 4, 23));
        QCOMPARE(asked, QList<QDate>{QDate(2026, 4, 23)}); // only the newest is considered
        QVERIFY(!s.catchUp(thursdayMorning, [](QDate) { return true; }).isValid());
        // Before anything is due for the newest release, the one before it is the due one.
        QCOMPARE(s.catchUp(et(QDate(2026, 4, 22), 20, 30), [](QDate) { return false; }), QDate(2026, 4, 22));
    }

    void theTimerCalendarIsWhatSystemdReadsAsOurSchedule()
    {
        const QString analyze = QStandardPaths::findExecutable(u"systemd-analyze"_s);
        if (analyze.isEmpty()) {
            QSKIP("systemd-analyze is not installed (Debian package systemd)");
        }
        for (const std::optional<QTime> &local :
             {std::optional<QTime>(), std::optional<QTime>(QTime(7, 30))}) {
            SystemdUnits::Options options;
            options.executable = u"/usr/bin/paperdesk"_s;
            options.localTime = local;
            const AnnouncementCalendar plain; // systemd knows no arXiv holidays
            const QString spec = SystemdUnits::onCalendar(options, plain);
            QProcess p;
            p.start(analyze, {u"calendar"_s, u"--iterations=6"_s, spec});
            QVERIFY(p.waitForFinished(20000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(p.exitCode() == 0,
                     qPrintable(spec + u'\n' + QString::fromUtf8(p.readAllStandardError())));
            // "Next elapse: Wed 2026-12-02 02:00:00 UTC" and "Iter. #2: …": the same moments ours gives.
            QList<QDateTime> systemd;
            for (const QString &line : out.split(u'\n')) {
                const QString t = line.trimmed();
                if (t.startsWith(u"Next elapse:") || t.startsWith(u"Iter. #")) {
                    const QStringList words = t.section(u':', 1).trimmed().split(u' ', Qt::SkipEmptyParts);
                    // weekday, date, time, zone (the zone systemd prints is the machine's)
                    const QDateTime at = QDateTime::fromString(words.value(1) + u' ' + words.value(2),
                                                               u"yyyy-MM-dd HH:mm:ss"_s);
                    QVERIFY2(at.isValid(), qPrintable(t));
                    QDateTime zoned(at.date(), at.time(), QTimeZone(words.value(3).toUtf8()));
                    if (!zoned.isValid() || words.value(3).isEmpty()) {
                        zoned = QDateTime(at.date(), at.time()); // local
                    }
                    systemd << zoned.toUTC();
                }
            }
            QCOMPARE(systemd.size(), 6);
            const DailySchedule ours = SystemdUnits::scheduleOf(options, plain);
            QDateTime now = QDateTime::currentDateTimeUtc();
            for (const QDateTime &at : std::as_const(systemd)) {
                const auto next = ours.nextAfter(now);
                QVERIFY(next);
                QCOMPARE(next->at.toUTC(), at);
                now = next->at;
            }
        }
    }

    void theUnitsRunPaperdeskAndCatchUpAfterSleep()
    {
        SystemdUnits::Options options;
        options.executable = u"/opt/My Apps/paperdesk"_s;
        options.runArgs = {u"--data-dir"_s, u"/home/ada/100% papers"_s, u"--batch"_s};
        const QString service = SystemdUnits::service(options);
        QVERIFY(service.contains(u"Type=oneshot\n"_s));
        QVERIFY(service.contains(
            u"ExecStart=\"/opt/My Apps/paperdesk\" run --data-dir \"/home/ada/100%% papers\" --batch\n"_s));
        QVERIFY(service.contains(u"TimeoutStartSec=infinity\n"_s));
        QVERIFY(!service.contains(u"PAPERDESK_API_KEY=s"_s)); // it explains the file; holds no key
        const QString timer = SystemdUnits::timer(options, calendar());
        QVERIFY(timer.contains(u"Persistent=true\n"_s));
        QVERIFY(timer.contains(u"WantedBy=timers.target\n"_s));
        QCOMPARE(SystemdUnits::onCalendarOf(timer), u"Mon,Tue,Wed,Thu,Sun *-*-* 21:00:00 America/New_York"_s);
        QCOMPARE(SystemdUnits::quoted(u"a\"b\\c$d"_s), u"\"a\\\"b\\\\c$$d\""_s);
    }
};

QTEST_GUILESS_MAIN(TestDailySchedule)
#include "tst_dailyschedule.moc"
