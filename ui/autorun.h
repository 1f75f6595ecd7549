#pragma once

#include "core/dailyschedule.h"

#include <QDate>
#include <QDateTime>
#include <QObject>

#include <functional>
#include <optional>

class QTimer;

namespace pd::ui {

// The window's own daily run ("Fetch and score automatically"): due at the schedule's time after
// each announcement while Paperdesk is open or in the tray, and once at start for the newest
// announcement when its run was missed. It only says when; the window runs the job. A due run
// waits while another job is busy. The clock is injected, so tests need not wait for 21:00.
class AutoRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AutoRun)

public:
    using Clock = std::function<QDateTime()>;
    // Whether the day's run has happened (fetched and scored), asked at start for the catch-up.
    using Done = std::function<bool(QDate)>;

    AutoRun(core::AnnouncementCalendar calendar, Done done, Clock clock = {}, QObject *parent = nullptr);

    // Switches the schedule on at `time` in `zone`, or off. The first call after construction
    // also catches up.
    void configure(bool enabled, QTime time, const QTimeZone &zone);
    // Reads the schedule from the GUI settings file (settings::keys::AutoRun…).
    void load(const QString &settingsPath);

    bool isEnabled() const { return m_enabled; }
    const core::DailySchedule &schedule() const { return m_schedule; }
    std::optional<core::DailySchedule::Next> next() const { return m_next; }
    // The day waiting for the worker, if any.
    QDate pending() const { return m_pending; }

    // While busy, a due day waits; when it becomes free, the day is emitted.
    void setBusy(bool busy);
    // Looks at the clock (every minute by a timer; tests call it).
    void check();

Q_SIGNALS:
    void due(QDate announcement);
    void scheduleChanged();

private:
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    void emitPending();

    core::AnnouncementCalendar m_calendar;
    Done m_done;
    Clock m_clock;
    core::DailySchedule m_schedule;
    bool m_enabled = false;
    bool m_caughtUp = false;
    bool m_busy = false;
    std::optional<core::DailySchedule::Next> m_next;
    QDate m_pending;
    QTimer *m_timer;
};

} // namespace pd::ui
