#pragma once

#include <QDate>
#include <QObject>
#include <QTimer>

namespace pd::ui {

class JobController;

// A day whose batch is still running at the provider (batch mode, a run that did not wait) is
// collected by the window: when the day is shown and nothing else runs, and again every
// RetryMs while it stays open and waiting. The job never waits for the batch (it polls once) and
// scores nothing new; a collected batch's re-asks and comments go out as the run's own would.
class BatchCollector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCollector)

public:
    static constexpr int RetryMs = 2 * 60 * 1000;

    explicit BatchCollector(JobController *jobs, QObject *parent = nullptr);

    // The window shows `day`, waiting for a batch or not.
    void dayShown(QDate day, bool waitingForBatch);

private:
    void collect();

    JobController *m_jobs;
    QDate m_day;
    QTimer m_retry;
};

} // namespace pd::ui
