#include "workerhost.h"

#include "worker.h"

namespace pd::pipeline {

WorkerHost::WorkerHost(QString databasePath, QString holidaysPath, QObject *parent)
    : QObject(parent)
    , m_worker(new Worker(std::move(databasePath), std::move(holidaysPath)))
{
    m_thread.setObjectName(QStringLiteral("paperdesk-worker"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &Worker::progress, this, &WorkerHost::progress);
    connect(m_worker, &Worker::dayChanged, this, &WorkerHost::dayChanged);
    connect(m_worker, &Worker::finished, this, [this](const JobOutcome &outcome) {
        m_busy = false;
        Q_EMIT finished(outcome);
    });
    m_thread.start();
}

WorkerHost::~WorkerHost()
{
    m_worker->requestCancel();
    m_thread.quit();
    m_thread.wait();
}

void WorkerHost::post(const Job &job)
{
    m_busy = true;
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, job] { worker->runJob(job); }, Qt::QueuedConnection);
}

void WorkerHost::cancel()
{
    m_worker->requestCancel();
}

} // namespace pd::pipeline
