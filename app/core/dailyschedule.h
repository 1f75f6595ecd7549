#pragma once

#include "announcementcalendar.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace pd::core {

// When an automatic daily run is due. arXiv releases the announcement dated D at 20:00 US Eastern
// on the evening before D; the run for D is the first moment at or after that release at which the
// chosen clock time comes round in the chosen zone. The default, 21:00 in America/New_York, gives
// arXiv's mirrors an hour; a reader in Europe may pick 07:00 in their own zone, the next morning.
// No clock of its own: every question takes `now`.
class DailySchedule final
{
public:
    static constexpr int ReleaseHour = 20; // arXiv's mailing, in America/New_York

    DailySchedule(QTime time, QTimeZone zone, AnnouncementCalendar calendar);
    // 21:00 in America/New_York.
    static DailySchedule byDefault(AnnouncementCalendar calendar);
    static QTime defaultTime() { return {21, 0}; }

    QTime time() const { return m_time; }
    QTimeZone zone() const { return m_zone; }

    // When arXiv releases the announcement dated `announcement` (the evening before, 20:00 ET).
    static QDateTime releaseOf(QDate announcement);
    // When the run for `announcement` is due.
    QDateTime runTimeFor(QDate announcement) const;
    // The newest announcement whose run is due at `now`; invalid when there is none.
    QDate dueAt(const QDateTime &now) const;
    // The next run strictly after `now`, with the announcement it is for.
    struct Next {
        QDate announcement;
        QDateTime at;
    };
    std::optional<Next> nextAfter(const QDateTime &now) const;
    // The day to catch up at start: the announcement due at `now` when it has not been run yet
    // (`done` says which have). Only the newest: a reader back from a week away gets today's
    // papers, not a queue of old runs.
    QDate catchUp(const QDateTime &now, const std::function<bool(QDate)> &done) const;
    // The days of the week, in the schedule's zone, on which runs fall (1 = Monday … 7 = Sunday).
    QList<int> weekdays() const;

private:
    QTime m_time;
    QTimeZone m_zone;
    AnnouncementCalendar m_calendar;
};

} // namespace pd::core
