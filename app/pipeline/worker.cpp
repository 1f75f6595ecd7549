#include "worker.h"

#include "arxiv/arxivclient.h"
#include "core/announcementcalendar.h"
#include "dailyrun.h"
#include "dayfetcher.h"
#include "store/database.h"
#include "store/runrepository.h"
#include "worklock.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

Worker::Worker(QString databasePath, QString holidaysPath, WorkerOptions options, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_holidaysPath(std::move(holidaysPath))
    , m_options(std::move(options))
{}

namespace {
constexpr int LockPollMs = 500;
}

Worker::~Worker()
{
    delete m_fetcher;
    delete m_run;
}

void Worker::ensureSetUp()
{
    // Created on first use so everything belongs to the worker's thread.
    if (!m_db) {
        m_db = std::make_unique<store::Database>(m_databasePath);
        m_nam = new QNetworkAccessManager(this);
        m_arxiv = new arxiv::ArxivClient(m_nam, this);
    }
}

void Worker::requestCancel()
{
    m_cancel = true;
    // The fetcher and run live on this object's thread; tell them there.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_fetcher) {
                m_fetcher->cancel();
            }
            if (m_run) {
                m_run->cancel();
            }
        },
        Qt::QueuedConnection);
}

void Worker::runJob(const Job &job)
{
    if (m_busy.exchange(true)) {
        JobOutcome busy;
        busy.kind = job.kind;
        busy.date = job.date;
        busy.result = Outcome::BadInput;
        busy.message = tr("Another fetch or run is still going; wait for it or cancel it.");
        Q_EMIT finished(busy);
        return;
    }
    ensureSetUp();
    m_job = job;
    m_outcome = {};
    m_outcome.kind = job.kind;
    m_outcome.date = job.date;
    m_cancel = false;
    m_waitAnnounced = false;
    acquireLockThenStart();
}

void Worker::acquireLockThenStart()
{
    if (!m_lock) {
        m_lock = std::make_unique<WorkLock>(QFileInfo(m_databasePath).absolutePath());
    }
    if (m_lock->tryLock()) {
        // Holding the lock, no other live process runs anything: a 'running' run is a dead one's.
        const int interrupted = store::RunRepository(*m_db).markInterrupted();
        if (interrupted > 0) {
            Q_EMIT progress({m_job.date,
                             tr("%n earlier run(s) ended without finishing (the process was stopped); "
                                "they are marked interrupted, and what they stored is kept.",
                                nullptr, interrupted),
                             true,
                             0,
                             0,
                             {}});
        }
        startJob();
        return;
    }
    m_outcome.result = Outcome::LocalFailure;
    if (const QString error = m_lock->error(); !error.isEmpty()) {
        m_outcome.message = error;
        finish(m_outcome);
        return;
    }
    const QString holder = m_lock->holder();
    if (!m_job.wait || m_cancel) {
        m_outcome.result = m_cancel ? Outcome::Done : Outcome::LocalFailure;
        m_outcome.message = m_cancel ? tr("Cancelled.") : tr("%1; not waiting (--no-wait).").arg(holder);
        finish(m_outcome);
        return;
    }
    if (!m_waitAnnounced) {
        m_waitAnnounced = true;
        Q_EMIT progress({m_job.date, tr("%1; waiting…").arg(holder), true, 0, 0, {}});
    }
    QTimer::singleShot(LockPollMs, this, &Worker::acquireLockThenStart);
}

void Worker::startJob()
{
    if (m_job.kind == Job::Kind::Score) {
        if (!m_job.date.isValid()) {
            // "The latest day" for scoring means the newest fetched one.
            QString warning;
            const auto calendar = core::AnnouncementCalendar::load(m_holidaysPath, &warning);
            m_job.date = calendar.latestAt(m_options.now());
        }
        startScore(m_job.date);
        return;
    }
    startFetch();
}

void Worker::startFetch()
{
    QString warning;
    core::AnnouncementCalendar calendar = core::AnnouncementCalendar::load(m_holidaysPath, &warning);
    arxiv::ArxivClient::Options options;
    if (m_options.arxivIntervalMs >= 0) {
        options.minIntervalMs = m_options.arxivIntervalMs;
        options.backoffMs = qMax(1, m_options.arxivIntervalMs);
    }
    m_arxiv->setOptions(options);
    m_fetcher = new DayFetcher(m_arxiv, *m_db, m_job.profile, calendar, this);
    connect(m_fetcher, &DayFetcher::progress, this, [this](const QString &message, int done, int total) {
        Progress p;
        p.date = m_job.date;
        p.message = message;
        p.done = done;
        p.total = total;
        Q_EMIT progress(p);
    });
    connect(m_fetcher, &DayFetcher::finished, this, &Worker::onFetched);
    if (!warning.isEmpty()) {
        Q_EMIT progress({m_job.date, warning, true, 0, 0, {}});
    }
    m_lock->describe(u"fetch"_s, m_job.date);
    m_fetcher->fetch(m_job.date, m_job.refresh, m_options.now());
}

void Worker::onFetched(const FetchOutcome &fetch)
{
    m_fetcher->deleteLater();
    m_outcome.fetch = fetch;
    m_outcome.date = fetch.date;
    m_outcome.message = fetch.message;
    using R = FetchOutcome::Result;
    if (fetch.result == R::Fetched || fetch.result == R::NoAnnouncement) {
        Q_EMIT dayChanged(fetch.date);
    }
    if (fetch.result == R::Failed) {
        m_outcome.result = fetch.local    ? Outcome::LocalFailure
                           : fetch.remote ? Outcome::RemoteFailure
                                          : Outcome::BadInput;
        finish(m_outcome);
        return;
    }
    if (fetch.result == R::Cancelled || m_cancel) {
        m_outcome.result = Outcome::Done;
        finish(m_outcome);
        return;
    }
    if (m_job.kind == Job::Kind::Run && (fetch.result == R::Fetched || fetch.result == R::AlreadyStored)) {
        startScore(fetch.date);
        return;
    }
    m_outcome.result = Outcome::Done;
    finish(m_outcome);
}

void Worker::startScore(QDate date)
{
    m_outcome.date = date;
    m_lock->describe(u"score"_s, date);
    m_run = new DailyRun(*m_db, m_nam, m_job.profile, m_job.apiKey, m_job.catalog, this);
    if (m_options.retryBackoffMs >= 0) {
        m_run->setRetryBackoffMs(m_options.retryBackoffMs);
    }
    if (m_options.batchPollMs >= 0) {
        m_run->setPollIntervals(std::chrono::milliseconds(m_options.batchPollMs),
                                std::chrono::milliseconds(m_options.batchPollMs * 4));
    }
    m_run->setWaitForBatches(m_job.wait);
    connect(m_run, &DailyRun::progress, this, &Worker::progress);
    connect(m_run, &DailyRun::batchCommitted, this, &Worker::dayChanged);
    connect(m_run, &DailyRun::finished, this,
            [this](const ScoreSummary &summary, Outcome result, const QString &message) {
                m_run->deleteLater();
                m_outcome.score = summary;
                m_outcome.result = result;
                m_outcome.message =
                    m_outcome.message.isEmpty() ? message : m_outcome.message + u' ' + message;
                finish(m_outcome);
            });
    if (m_cancel) {
        m_outcome.result = Outcome::Done;
        m_outcome.message = tr("Cancelled.");
        finish(m_outcome);
        return;
    }
    if (!m_job.explainIds.isEmpty()) {
        m_run->explain(date, m_job.explainIds);
    } else if (m_job.collectOnly) {
        m_run->collect(date);
    } else if (m_job.detailsOnly) {
        m_run->startDetails(date);
    } else {
        m_run->start(date, m_job.retryFailed);
    }
}

void Worker::finish(JobOutcome outcome)
{
    if (m_lock) {
        m_lock->unlock();
    }
    m_busy = false;
    Q_EMIT finished(outcome);
}

} // namespace pd::pipeline
