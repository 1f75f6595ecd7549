#include "batchcollector.h"

#include "jobcontroller.h"

namespace pd::ui {

BatchCollector::BatchCollector(JobController *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(RetryMs);
    connect(&m_retry, &QTimer::timeout, this, &BatchCollector::collect);
}

void BatchCollector::dayShown(QDate day, bool waitingForBatch)
{
    if (!waitingForBatch) {
        m_retry.stop();
        m_day = {};
        return;
    }
    const bool newDay = day != m_day;
    m_day = day;
    if (newDay) {
        collect();
    } else if (!m_retry.isActive()) {
        m_retry.start();
    }
}

void BatchCollector::collect()
{
    if (!m_day.isValid()) {
        return;
    }
    if (m_jobs->isWorking()) {
        m_retry.start(); // never in the way of what the user started
        return;
    }
    pipeline::Job job;
    job.kind = pipeline::Job::Kind::Score;
    job.date = m_day;
    job.collectOnly = true;
    job.wait = false; // poll once; a batch still running is looked at again later
    m_jobs->queue(job, JobController::WithoutKey::Skip);
    m_retry.start();
}

} // namespace pd::ui
