#pragma once

#include "core/profile.h"
#include "pipeline/daysummary.h"

#include <QDate>
#include <QObject>
#include <QThread>

#include <memory>

namespace pd::ui {

// Summaries for the calendar badges and the month overview, made off the GUI thread by
// pipeline::SummaryCache (DayView's rule, stale scores included) on a thread with its own
// connection. Answers come as values; only the answer to the latest request of each kind is
// delivered. New thresholds, settings or a changed day are asked again for the latest ranges.
class SummaryLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SummaryLoader)

public:
    SummaryLoader(const QString &databasePath, const core::Profile &profile, QObject *parent = nullptr);
    ~SummaryLoader() override;

    void setProfile(const core::Profile &profile);
    void setThresholds(const core::Profile::Thresholds &thresholds);
    // The day changed in the database (a job fetched or scored it).
    void forget(QDate date);
    // Reads the stored days in [from, to] afresh; answered by daysReady().
    void requestDays(QDate from, QDate to);
    // Reads the month holding `anyDay` afresh; answered by monthReady().
    void requestMonth(QDate anyDay);
    // The first day of the range last asked for (invalid before the first request).
    QDate daysFrom() const { return m_from; }
    // Days and months answered since the last request, for tests that wait for an answer.
    bool isIdle() const { return m_daysAnswered == m_daysAsked && m_monthAnswered == m_monthAsked; }

Q_SIGNALS:
    void daysReady(const QList<pd::pipeline::DaySummary> &days);
    void monthReady(const pd::pipeline::MonthSummary &month);

private:
    struct State;
    // Runs `work` on the loader's thread with its cache.
    template<typename Work>
    void onThread(Work work);
    void askDays(bool reread);
    void askMonth(bool reread);

    QThread m_thread;
    QObject *m_context = nullptr; // lives on m_thread; the work runs in its event loop
    std::unique_ptr<State> m_state; // touched only on m_thread
    core::Profile::Thresholds m_thresholds;
    QDate m_from;
    QDate m_to;
    QDate m_month;
    qint64 m_daysAsked = 0;
    qint64 m_daysAnswered = 0;
    qint64 m_monthAsked = 0;
    qint64 m_monthAnswered = 0;
};

} // namespace pd::ui
