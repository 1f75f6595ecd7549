#pragma once

#include "core/dailyschedule.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::cli {

// The systemd user units `paperdesk schedule install` writes: a oneshot service that runs
// `paperdesk run` and a timer with Persistent=true, so a run missed while the machine slept or was
// off happens at the next start. Pure text: writing and enabling is the command's job.
class SystemdUnits final
{
    Q_DECLARE_TR_FUNCTIONS(SystemdUnits)

public:
    static constexpr const char *TimerName = "paperdesk.timer";
    static constexpr const char *ServiceName = "paperdesk.service";

    struct Options {
        QString executable;  // absolute path of paperdesk
        QStringList runArgs; // after `run`: --data-dir DIR, --batch, …
        // Local clock time; none for the default, 21:00 America/New_York whatever the local zone.
        std::optional<QTime> localTime;
    };

    // The folder of user units: $XDG_CONFIG_HOME/systemd/user (~/.config/systemd/user).
    static QString unitDirectory();
    static QString service(const Options &options);
    static QString timer(const Options &options, const core::AnnouncementCalendar &calendar);
    // The timer's OnCalendar= value.
    static QString onCalendar(const Options &options, const core::AnnouncementCalendar &calendar);
    // The schedule the timer follows, for the status and the next run.
    static core::DailySchedule scheduleOf(const Options &options, const core::AnnouncementCalendar &calendar);
    // One ExecStart= word: quoted when it needs to be, with % and $ escaped as systemd requires.
    static QString quoted(const QString &word);
    // The OnCalendar= line of an installed timer file's text; empty when there is none.
    static QString onCalendarOf(const QString &timerText);
};

} // namespace pd::cli
