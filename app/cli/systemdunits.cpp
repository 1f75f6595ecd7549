#include "systemdunits.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pd::cli {

QString SystemdUnits::unitDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/systemd/user"_s;
}

QString SystemdUnits::quoted(const QString &word)
{
    static const QRegularExpression plain(u"^[A-Za-z0-9_./:@+=,-]+$"_s);
    QString escaped = word;
    escaped.replace(u'%', u"%%"_s).replace(u'$', u"$$"_s);
    if (plain.match(word).hasMatch()) {
        return escaped;
    }
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
    return u'"' + escaped + u'"';
}

core::DailySchedule SystemdUnits::scheduleOf(const Options &options,
                                             const core::AnnouncementCalendar &calendar)
{
    if (options.localTime) {
        return {*options.localTime, QTimeZone::systemTimeZone(), calendar};
    }
    return core::DailySchedule::byDefault(calendar);
}

QString SystemdUnits::onCalendar(const Options &options, const core::AnnouncementCalendar &calendar)
{
    static const QStringList names{u"Mon"_s, u"Tue"_s, u"Wed"_s, u"Thu"_s, u"Fri"_s, u"Sat"_s, u"Sun"_s};
    const core::DailySchedule schedule = scheduleOf(options, calendar);
    QStringList days;
    for (const int weekday : schedule.weekdays()) {
        days << names.at(weekday - 1);
    }
    QString spec = days.join(u',') + u" *-*-* "_s + schedule.time().toString(u"HH:mm:00"_s);
    if (!options.localTime) {
        // systemd (since 235) reads the zone itself, so the run follows New York's daylight saving.
        spec += u' ' + QString::fromUtf8(schedule.zone().id());
    }
    return spec;
}

QString SystemdUnits::service(const Options &options)
{
    QStringList command{quoted(options.executable), u"run"_s};
    for (const QString &arg : options.runArgs) {
        command << quoted(arg);
    }
    return u"# Written by `paperdesk schedule install`; `paperdesk schedule remove` deletes it.\n"
           "[Unit]\n"
           "Description=Paperdesk: fetch and score the new arXiv announcement\n"
           "\n"
           "[Service]\n"
           "Type=oneshot\n"
           "ExecStart="_s +
           command.join(u' ') +
           u"\n"
           "# A batch run waits for the provider (usually minutes, at most 24 h).\n"
           "TimeoutStartSec=infinity\n"
           "Nice=10\n"
           "# The API key comes from the keychain (the login session's keyring) or PAPERDESK_API_KEY.\n"
           "# On a headless machine, keep it in a file only you can read (chmod 600) holding\n"
           "# PAPERDESK_API_KEY=… and add it with `systemctl --user edit paperdesk.service`:\n"
           "#   [Service]\n"
           "#   EnvironmentFile=%h/.config/paperdesk/api-key.env\n"_s;
}

QString SystemdUnits::timer(const Options &options, const core::AnnouncementCalendar &calendar)
{
    return u"# Written by `paperdesk schedule install`; `paperdesk schedule remove` deletes it.\n"
           "[Unit]\n"
           "Description=Paperdesk: run after each arXiv announcement\n"
           "\n"
           "[Timer]\n"
           "OnCalendar="_s +
           onCalendar(options, calendar) +
           u"\n"
           "# A run missed while the machine was off or asleep happens at the next start.\n"
           "Persistent=true\n"
           "RandomizedDelaySec=120\n"
           "\n"
           "[Install]\n"
           "WantedBy=timers.target\n"_s;
}

QString SystemdUnits::onCalendarOf(const QString &timerText)
{
    for (const QStringView line : QStringView(timerText).split(u'\n')) {
        if (line.trimmed().startsWith(u"OnCalendar=")) {
            return line.trimmed().sliced(11).toString();
        }
    }
    return {};
}

} // namespace pd::cli
