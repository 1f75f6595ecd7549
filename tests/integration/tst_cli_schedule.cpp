// `paperdesk schedule install|status|remove` end to end: the real executable writes the units into
// a private XDG_CONFIG_HOME and talks to a stand-in systemctl that records what it was asked.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using pd::test::runTestBinaryServing;
using pd::test::TestSeams;

namespace {

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestCliSchedule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_config;
    QString m_dataDir;
    QString m_log;

    // A systemctl that logs its arguments and exits with `status`.
    QString fakeSystemctl(int status)
    {
        const QString path = m_home.filePath(u"systemctl-%1.sh"_s.arg(status));
        QFile script(path);
        if (!script.open(QIODevice::WriteOnly)) {
            return {};
        }
        script.write(u"#!/bin/sh\necho \"$*\" >> '%1'\n"
                     "case \"$*\" in *is-active*) echo active;; esac\n"
                     "[ %2 -ne 0 ] && echo 'Failed to connect to bus: No medium found' && exit %2\nexit 0\n"_s
                         .arg(m_log)
                         .arg(status)
                         .toUtf8());
        script.close();
        script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_config);
        env.insert(u"TZ"_s, u"Europe/Berlin"_s);
        return env;
    }

    pd::test::CliResult schedule(const QStringList &args, int systemctlStatus = 0)
    {
        TestSeams seams;
        seams.now = QDateTime(QDate(2026, 4, 20), QTime(12, 0), QTimeZone::utc()); // a Monday
        seams.systemctl = fakeSystemctl(systemctlStatus);
        return runTestBinaryServing(seams, QStringList{u"--data-dir"_s, m_dataDir, u"schedule"_s} + args,
                                    environment());
    }

    QString unit(const char *name) const { return m_config + u"/systemd/user/"_s + QLatin1StringView(name); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_home.isValid());
        m_config = m_home.filePath(u"config-%1"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        m_dataDir = m_home.filePath(u"data"_s);
        m_log = m_home.filePath(u"systemctl.log"_s);
        QFile::remove(m_log);
    }

    void installWritesTheUnitsAndEnablesTheTimer()
    {
        const auto r = schedule({u"install"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString service = readAll(unit("paperdesk.service"));
        const QString timer = readAll(unit("paperdesk.timer"));
        QVERIFY(service.contains(u" run --data-dir "_s + m_dataDir));
        QVERIFY(!service.contains(u"--batch"_s));
        QVERIFY(timer.contains(u"OnCalendar=Mon,Tue,Wed,Thu,Sun *-*-* 21:00:00 America/New_York\n"_s));
        QVERIFY(timer.contains(u"Persistent=true"_s));
        QCOMPARE(readAll(m_log), u"--user daemon-reload\n--user enable --now paperdesk.timer\n"_s);
        // The next run, in local (Berlin) and New York time: Monday 21:00 EDT is Tuesday 03:00 CEST.
        QVERIFY2(r.out.contains("2026-04-21"), r.out.constData());
        QVERIFY2(r.out.contains("03:00") && r.out.contains("21:00 in New York"), r.out.constData());
    }

    void aLocalTimeAndBatchModeGoIntoTheUnits()
    {
        const auto r = schedule({u"install"_s, u"--time"_s, u"07:30"_s, u"--batch"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readAll(unit("paperdesk.service")).contains(u" --batch\n"_s));
        // 07:30 in Berlin comes after every release (02:00 Berlin): the mornings of Monday to Friday.
        QVERIFY(
            readAll(unit("paperdesk.timer")).contains(u"OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 07:30:00\n"_s));
        const auto status = schedule({u"status"_s});
        QCOMPARE(status.exitCode, 0);
        QVERIFY2(status.out.contains("Runs at: Mon,Tue,Wed,Thu,Fri *-*-* 07:30:00"), status.out.constData());
        QVERIFY2(status.out.contains("Timer: active"), status.out.constData());
        QVERIFY2(status.out.contains("Next run:") && status.out.contains("2026-04-21"),
                 status.out.constData());
    }

    void withoutAUserSystemdTheUnitsAreWrittenAndTheStepIsNamed()
    {
        const auto r = schedule({u"install"_s}, 1);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(QFile::exists(unit("paperdesk.timer")));
        QVERIFY2(r.err.contains("systemctl --user enable --now paperdesk.timer"), r.err.constData());
        QVERIFY2(r.err.contains("No medium found"), r.err.constData());
    }

    void removeTakesTheTimerAway()
    {
        QCOMPARE(schedule({u"install"_s}).exitCode, 0);
        QFile::remove(m_log);
        const auto r = schedule({u"remove"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFile::exists(unit("paperdesk.timer")));
        QVERIFY(!QFile::exists(unit("paperdesk.service")));
        QCOMPARE(readAll(m_log), u"--user disable --now paperdesk.timer\n--user daemon-reload\n"_s);
        const auto status = schedule({u"status"_s});
        QVERIFY2(status.out.contains("Not installed"), status.out.constData());
        // 21:00 in New York is 03:00 in Berlin.
        QVERIFY2(status.out.contains("03:00 here"), status.out.constData());
    }

    void badUsageIsRefused()
    {
        QCOMPARE(schedule({u"install"_s, u"--time"_s, u"25:99"_s}).exitCode, 2);
        QCOMPARE(schedule({u"install"_s, u"--weekly"_s}).exitCode, 2);
        QCOMPARE(schedule({u"start"_s}).exitCode, 2);
        QVERIFY(!QFile::exists(unit("paperdesk.timer")));
    }
};

QTEST_GUILESS_MAIN(TestCliSchedule)
#include "tst_cli_schedule.moc"
