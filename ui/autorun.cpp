#include "autorun.h"

#include "settings/settingskeys.h"

#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::ui {

AutoRun::AutoRun(core::AnnouncementCalendar calendar, Done done, Clock clock, QObject *parent)
    : QObject(parent)
    , m_calendar(calendar)
    , m_done(std::move(done))
    , m_clock(std::move(clock))
    , m_schedule(core::DailySchedule::byDefault(std::move(calendar)))
    , m_timer(new QTimer(this))
{
    // A minute's resolution is plenty, and a timer that checks the clock survives suspend, where
    // one long timer to 21:00 would fire late or not at all.
    m_timer->setInterval(60 * 1000);
    connect(m_timer, &QTimer::timeout, this, &AutoRun::check);
}

void AutoRun::load(const QString &settingsPath)
{
    const QSettings settings(settingsPath, QSettings::IniFormat);
    const bool enabled = settings::keys::AutoRun.read(settings) == u"true";
    const QTime time = QTime::fromString(settings::keys::AutoRunTime.read(settings), u"HH:mm"_s);
    const QTimeZone zone(settings::keys::AutoRunZone.read(settings).toUtf8());
    configure(enabled, time, zone);
}

void AutoRun::configure(bool enabled, QTime time, const QTimeZone &zone)
{
    m_enabled = enabled;
    m_schedule = core::DailySchedule(time, zone, m_calendar);
    const QDateTime at = now();
    m_next = enabled ? m_schedule.nextAfter(at) : std::nullopt;
    if (!enabled) {
        m_timer->stop();
        m_pending = {};
        Q_EMIT scheduleChanged();
        return;
    }
    m_timer->start();
    if (!m_caughtUp) {
        m_caughtUp = true;
        if (const QDate missed = m_schedule.catchUp(at, m_done); missed.isValid()) {
            m_pending = missed;
        }
    }
    Q_EMIT scheduleChanged();
    emitPending();
}

void AutoRun::setBusy(bool busy)
{
    m_busy = busy;
    emitPending();
}

void AutoRun::check()
{
    if (!m_enabled) {
        return;
    }
    const QDateTime at = now();
    if (m_next && at >= m_next->at) {
        m_pending = m_next->announcement;
        m_next = m_schedule.nextAfter(at);
        Q_EMIT scheduleChanged();
    }
    emitPending();
}

void AutoRun::emitPending()
{
    if (!m_pending.isValid() || m_busy) {
        return;
    }
    const QDate day = m_pending;
    m_pending = {};
    Q_EMIT due(day);
}

} // namespace pd::ui
