#include "dailyschedule.h"

#include <algorithm>

namespace pd::core {

DailySchedule::DailySchedule(QTime time, QTimeZone zone, AnnouncementCalendar calendar)
    : m_time(time.isValid() ? QTime(time.hour(), time.minute()) : defaultTime())
    , m_zone(zone.isValid() ? std::move(zone) : AnnouncementCalendar::eastern())
    , m_calendar(std::move(calendar))
{}

DailySchedule DailySchedule::byDefault(AnnouncementCalendar calendar)
{
    return {defaultTime(), AnnouncementCalendar::eastern(), std::move(calendar)};
}

QDateTime DailySchedule::releaseOf(QDate announcement)
{
    return QDateTime(announcement.addDays(-1), QTime(ReleaseHour, 0), AnnouncementCalendar::eastern());
}

QDateTime DailySchedule::runTimeFor(QDate announcement) const
{
    if (!announcement.isValid()) {
        return {};
    }
    const QDateTime release = releaseOf(announcement);
    const QDate releaseDay = release.toTimeZone(m_zone).date();
    // The chosen time on the release's date in the zone, or the next day's when that has passed.
    for (int offset = 0; offset <= 2; ++offset) {
        const QDateTime candidate(releaseDay.addDays(offset), m_time, m_zone);
        if (candidate.isValid() && candidate >= release) {
            return candidate.toUTC();
        }
    }
    return {};
}

QDate DailySchedule::dueAt(const QDateTime &now) const
{
    QDate day = m_calendar.latestAt(now);
    // At most two steps back: the newest announcement may be out without its run being due yet.
    for (int step = 0; step < 3 && day.isValid(); ++step) {
        if (runTimeFor(day) <= now) {
            return day;
        }
        day = m_calendar.previous(day);
    }
    return {};
}

std::optional<DailySchedule::Next> DailySchedule::nextAfter(const QDateTime &now) const
{
    QDate day = m_calendar.latestAt(now);
    if (!day.isValid()) {
        day = m_calendar.next(AnnouncementCalendar::easternDate(now));
    }
    for (int step = 0; step < AnnouncementCalendar::MaxSearchDays && day.isValid(); ++step) {
        const QDateTime at = runTimeFor(day);
        if (at > now) {
            return Next{day, at};
        }
        day = m_calendar.next(day);
    }
    return std::nullopt;
}

QDate DailySchedule::catchUp(const QDateTime &now, const std::function<bool(QDate)> &done) const
{
    const QDate due = dueAt(now);
    return due.isValid() && !done(due) ? due : QDate();
}

QList<int> DailySchedule::weekdays() const
{
    // Releases fall Sunday to Thursday evening, Eastern; a week of them shows where the runs fall.
    // A fixed week without holidays, away from daylight-saving changes, is representative.
    const AnnouncementCalendar plain;
    const DailySchedule weekly(m_time, m_zone, plain);
    QList<int> days;
    for (QDate d(2026, 1, 12); d <= QDate(2026, 1, 16); d = d.addDays(1)) {
        const int weekday = weekly.runTimeFor(d).toTimeZone(m_zone).date().dayOfWeek();
        if (!days.contains(weekday)) {
            days.append(weekday);
        }
    }
    std::sort(days.begin(), days.end());
    return days;
}

} // namespace pd::core
