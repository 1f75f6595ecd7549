#pragma once

#include "job.h"

#include <QObject>
#include <QThread>

namespace pd::pipeline {

class Worker;

// Owns the worker thread for the window: posts jobs to it and relays its signals (queued, so
// they arrive on the GUI thread). Destroying the host cancels what runs and joins the thread.
class WorkerHost final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WorkerHost)

public:
    explicit WorkerHost(QString databasePath, QString holidaysPath, QObject *parent = nullptr);
    ~WorkerHost() override;

    void post(const Job &job);
    void cancel();
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void progress(const pd::pipeline::Progress &progress);
    void dayChanged(QDate date);
    void finished(const pd::pipeline::JobOutcome &outcome);

private:
    QThread m_thread;
    Worker *m_worker = nullptr;
    bool m_busy = false;
};

} // namespace pd::pipeline
