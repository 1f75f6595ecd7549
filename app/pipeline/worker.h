#pragma once

#include "job.h"
#include "workeroptions.h"

#include <QObject>
#include <QPointer>

#include <atomic>
#include <memory>

class QNetworkAccessManager;

namespace pd::store {
class Database;
}

namespace pd::arxiv {
class ArxivClient;
}

namespace pd::pipeline {

class DailyRun;
class WorkLock;
class DayFetcher;

// Does the background work: fetch, score, or both for one day. Owns its network manager and its
// database connection; lives on its own thread in the window (see WorkerHost), on the main thread
// in the command line. Talks only through signals carrying values.
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    explicit Worker(QString databasePath, QString holidaysPath = {}, WorkerOptions options = {},
                    QObject *parent = nullptr);
    ~Worker() override;

    // Thread-safe: may be called from any thread while a job runs.
    void requestCancel();
    bool isBusy() const { return m_busy; }

public Q_SLOTS:
    void runJob(const pd::pipeline::Job &job);

Q_SIGNALS:
    void progress(const pd::pipeline::Progress &progress);
    // Rows of `date` changed in the database (a listing stored, a batch of scores committed).
    void dayChanged(QDate date);
    void finished(const pd::pipeline::JobOutcome &outcome);

private:
    void ensureSetUp();
    void acquireLockThenStart();
    void startJob();
    void startFetch();
    void startScore(QDate date);
    void onFetched(const FetchOutcome &fetch);
    void finish(JobOutcome outcome);

    QString m_databasePath;
    QString m_holidaysPath;
    WorkerOptions m_options;
    std::unique_ptr<store::Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    arxiv::ArxivClient *m_arxiv = nullptr;
    QPointer<DayFetcher> m_fetcher;
    QPointer<DailyRun> m_run;
    std::unique_ptr<WorkLock> m_lock;
    bool m_waitAnnounced = false;
    Job m_job;
    JobOutcome m_outcome;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_busy = false;
};

} // namespace pd::pipeline
