// `paperdesk schedule install|remove|status`: the systemd user timer for headless daily runs.
#include "cli.h"
#include "cliargs.h"
#include "exitcode.h"
#include "systemdunits.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace pd::cli {

namespace {

struct Systemctl {
    bool ok = false;
    QString output; // what it printed, trimmed; or why it could not run
};

Systemctl systemctl(const QString &program, const QStringList &args)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program.isEmpty() ? u"systemctl"_s : program, QStringList{u"--user"_s} + args);
    if (!process.waitForStarted(5000)) {
        return {false, process.errorString()};
    }
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(1000);
        return {false, Cli::tr("systemctl did not answer within 30 s")};
    }
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return {process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0, output};
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

QString both(const QDateTime &at)
{
    const QLocale locale;
    const QDateTime local = at.toLocalTime();
    const QDateTime eastern = at.toTimeZone(core::AnnouncementCalendar::eastern());
    return Cli::tr("%1 (%2 in New York)")
        .arg(locale.toString(local, u"ddd d MMM yyyy HH:mm"_s), locale.toString(eastern.time(), u"HH:mm"_s));
}

} // namespace

int Cli::schedule(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString action = args.value(0);
    if (!args.isEmpty()) {
        args.removeFirst();
    }
    const QString usage =
        tr("Usage: paperdesk schedule install [--time HH:MM] [--batch] | schedule remove | schedule status");
    const QString dir = SystemdUnits::unitDirectory();
    const QString timerPath = dir + u'/' + QLatin1StringView(SystemdUnits::TimerName);
    const QString servicePath = dir + u'/' + QLatin1StringView(SystemdUnits::ServiceName);
    const QString timerUnit = QString::fromLatin1(SystemdUnits::TimerName);
    QString warning;
    const core::AnnouncementCalendar calendar =
        core::AnnouncementCalendar::load(m_dataDir.holidaysPath(), &warning);

    if (action == u"install") {
        bool missing = false;
        const std::optional<QString> timeText = takeValue(args, u"--time"_s, &missing);
        const bool batch = args.removeAll(u"--batch"_s) > 0;
        if (missing || !args.isEmpty()) {
            return fail(BadInput, usage);
        }
        SystemdUnits::Options options;
        options.executable = QCoreApplication::applicationFilePath();
        if (timeText) {
            const QTime time = QTime::fromString(timeText->trimmed(), u"H:mm"_s);
            if (!time.isValid()) {
                return fail(
                    BadInput,
                    tr("--time wants a local time as HH:MM, such as 07:30; got \"%1\".").arg(*timeText));
            }
            options.localTime = time;
        }
        options.runArgs << u"--data-dir"_s << QFileInfo(m_dataDir.path()).absoluteFilePath();
        if (!m_profileFile.isEmpty()) {
            options.runArgs << u"--profile"_s << QFileInfo(m_profileFile).absoluteFilePath();
        }
        if (batch) {
            options.runArgs << u"--batch"_s;
        }
        QString error;
        if (!QDir().mkpath(dir)) {
            return fail(LocalFailure, tr("Could not create %1.").arg(dir));
        }
        if (!writeFile(servicePath, SystemdUnits::service(options), &error) ||
            !writeFile(timerPath, SystemdUnits::timer(options, calendar), &error)) {
            return fail(LocalFailure, tr("Could not write the systemd units in %1: %2").arg(dir, error));
        }
        m_out << tr("Wrote %1 and %2.").arg(servicePath, timerPath) << Qt::endl;
        const core::DailySchedule schedule = SystemdUnits::scheduleOf(options, calendar);
        if (const std::optional<core::DailySchedule::Next> next = schedule.nextAfter(m_workerOptions.now())) {
            m_out << tr("Runs after each announcement at %1; the next for %2 at %3.")
                         .arg(SystemdUnits::onCalendar(options, calendar),
                              next->announcement.toString(Qt::ISODate), both(next->at))
                  << Qt::endl;
        }
        const Systemctl reload = systemctl(m_workerOptions.systemctl, {u"daemon-reload"_s});
        const Systemctl enable =
            reload.ok ? systemctl(m_workerOptions.systemctl, {u"enable"_s, u"--now"_s, timerUnit}) : reload;
        if (!enable.ok) {
            return fail(LocalFailure,
                        tr("The units are written, but systemd did not start the timer (%1). Start it "
                           "from your login session with: systemctl --user daemon-reload && systemctl "
                           "--user enable --now %2")
                            .arg(enable.output.isEmpty() ? tr("no reason given") : enable.output, timerUnit));
        }
        m_out << tr("The timer is enabled; `paperdesk schedule status` shows it, `paperdesk schedule "
                    "remove` takes it away.")
              << Qt::endl;
        return Done;
    }

    if (action == u"remove") {
        if (!args.isEmpty()) {
            return fail(BadInput, usage);
        }
        if (!QFile::exists(timerPath) && !QFile::exists(servicePath)) {
            m_out << tr("No Paperdesk timer is installed in %1.").arg(dir) << Qt::endl;
            return Done;
        }
        const Systemctl disable = systemctl(m_workerOptions.systemctl, {u"disable"_s, u"--now"_s, timerUnit});
        for (const QString &path : {timerPath, servicePath}) {
            if (QFile::exists(path) && !QFile::remove(path)) {
                return fail(LocalFailure, tr("Could not remove %1.").arg(path));
            }
        }
        systemctl(m_workerOptions.systemctl, {u"daemon-reload"_s});
        m_out << tr("Removed the Paperdesk timer and service.") << Qt::endl;
        if (!disable.ok) {
            m_err << tr("paperdesk: systemd was not told (%1); if the timer was running, run: systemctl "
                        "--user daemon-reload")
                         .arg(disable.output)
                  << Qt::endl;
        }
        return Done;
    }

    if (action == u"status") {
        if (!args.isEmpty()) {
            return fail(BadInput, usage);
        }
        QFile timer(timerPath);
        if (!timer.open(QIODevice::ReadOnly)) {
            m_out << tr("Not installed. `paperdesk schedule install` runs Paperdesk after each "
                        "announcement (default 21:00 in New York, %1 here).")
                         .arg(QLocale().toString(QDateTime(QDate::currentDate(),
                                                           core::DailySchedule::defaultTime(),
                                                           core::AnnouncementCalendar::eastern())
                                                     .toLocalTime()
                                                     .time(),
                                                 u"HH:mm"_s))
                  << Qt::endl;
            return Done;
        }
        const QString calendarSpec = SystemdUnits::onCalendarOf(QString::fromUtf8(timer.readAll()));
        m_out << tr("Installed: %1").arg(timerPath) << Qt::endl;
        m_out << tr("Runs at: %1").arg(calendarSpec) << Qt::endl;
        // "Sun,Mon,… *-*-* 21:00:00 [Zone]": the next run by Paperdesk's own reckoning.
        const QStringList parts = calendarSpec.split(u' ', Qt::SkipEmptyParts);
        const QTime time = QTime::fromString(parts.value(2), u"HH:mm:ss"_s);
        if (time.isValid()) {
            const QTimeZone zone =
                parts.size() > 3 ? QTimeZone(parts.at(3).toUtf8()) : QTimeZone::systemTimeZone();
            const core::DailySchedule schedule(time, zone, calendar);
            if (const auto nextRun = schedule.nextAfter(m_workerOptions.now())) {
                m_out << tr("Next run: %1, for the announcement of %2")
                             .arg(both(nextRun->at), nextRun->announcement.toString(Qt::ISODate))
                      << Qt::endl;
            }
        }
        const Systemctl active = systemctl(m_workerOptions.systemctl, {u"is-active"_s, timerUnit});
        // is-active prints the state (and exits 3 when it is not active) or why it could not ask.
        static const QStringList states{u"active"_s, u"inactive"_s, u"activating"_s, u"deactivating"_s,
                                        u"failed"_s};
        m_out << tr("Timer: %1")
                     .arg(states.contains(active.output)
                              ? active.output
                              : tr("unknown (%1)")
                                    .arg(active.output.isEmpty() ? tr("systemctl said nothing")
                                                                 : active.output))
              << Qt::endl;
        const Systemctl next =
            systemctl(m_workerOptions.systemctl, {u"show"_s, u"--property=NextElapseUSecRealtime"_s,
                                                  u"--property=LastTriggerUSec"_s, timerUnit});
        if (next.ok && !next.output.isEmpty()) {
            m_out << next.output << Qt::endl;
        }
        return Done;
    }
    return fail(BadInput, usage);
}

} // namespace pd::cli
