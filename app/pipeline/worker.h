#pragma once

#include "job.h"
#include "workeroptions.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QSet>

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

// Does the background work: fetch, score, or both for one day or a range of days. Owns its network manager
// and its database connection; lives on its own thread in the window (see WorkerHost), on the main thread in
// the command line. Talks only through signals carrying values.
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
    void startFetch(QDate date);
    void startScore(QDate date);
    void onFetched(const FetchOutcome &fetch);
    void onScored(const ScoreSummary &summary, Outcome result, const QString &message);
    void finish(JobOutcome outcome);
    // Emits `p`, stamped with the range's position and time left when a range runs.
    void report(Progress p);
    Progress notice(const QString &message) const;

    // A range (Job::to): its announcement days one after another.
    bool isRange() const { return m_job.to.isValid(); }
    void startRange();
    void nextRangeDay();
    void endRangeDay();
    void finishRange();
    bool expectsRequests(QDate date) const; // for the estimate: will this day ask anyone?
    qint64 rangeSecondsLeft() const;
    QString rangeDayLine(const DayOutcome &day) const;
    QString rangeSummary() const;

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
    struct Range {
        QList<QDate> days;   // the announcement days out by now, first to last
        QList<QDate> notOut; // announcement days of the range after the latest one
        QSet<QDate> stored;  // days stored when the range started
        int next = 0;        // index in `days` of the day worked on
        DayOutcome day;      // how that day goes so far
        QElapsedTimer dayClock;
        qint64 workedMs = 0; // time spent on the days that asked arXiv or the model
        int worked = 0;
    } m_range;
    std::atomic_bool m_cancel = false;
    std::atomic_bool m_busy = false;
};

} // namespace pd::pipeline
