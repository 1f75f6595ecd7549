#pragma once

#include "job.h"

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
class DayFetcher;
} // namespace pd::arxiv

namespace pd::pipeline {

class DailyRun;

// Does the background work: fetch, score, or both for one day. Owns its network manager and its
// database connection; lives on its own thread in the window (see WorkerHost), on the main thread
// in the command line. Talks only through signals carrying values.
class Worker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Worker)

public:
    explicit Worker(QString databasePath, QString holidaysPath = {}, QObject *parent = nullptr);
    ~Worker() override;

    // Thread-safe: may be called from any thread while a job runs.
    void requestCancel();
    bool isBusy() const { return m_busy; }
    // Test hooks, applied to the next job.
    void setArxivIntervalMs(int ms) { m_arxivIntervalMs = ms; }
    void setRetryBackoffMs(int ms) { m_backoffMs = ms; }
    void setNow(const QDateTime &now) { m_now = now; }

public Q_SLOTS:
    void runJob(const pd::pipeline::Job &job);

Q_SIGNALS:
    void progress(const pd::pipeline::Progress &progress);
    // Rows of `date` changed in the database (a listing stored, a batch of scores committed).
    void dayChanged(QDate date);
    void finished(const pd::pipeline::JobOutcome &outcome);

private:
    void ensureSetUp();
    void startFetch();
    void startScore(QDate date);
    void finish(JobOutcome outcome);

    QString m_databasePath;
    QString m_holidaysPath;
    std::unique_ptr<store::Database> m_db;
    QNetworkAccessManager *m_nam = nullptr;
    arxiv::ArxivClient *m_arxiv = nullptr;
    QPointer<arxiv::DayFetcher> m_fetcher;
    QPointer<DailyRun> m_run;
    Job m_job;
    JobOutcome m_outcome;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_busy = false;
    int m_arxivIntervalMs = -1;
    int m_backoffMs = -1;
    QDateTime m_now;
};

} // namespace pd::pipeline
