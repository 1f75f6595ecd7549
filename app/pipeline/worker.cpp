#include "worker.h"

#include "arxiv/arxivclient.h"
#include "arxiv/dayfetcher.h"
#include "cli/exitcode.h"
#include "core/announcementcalendar.h"
#include "dailyrun.h"
#include "store/database.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

Worker::Worker(QString databasePath, QString holidaysPath, QObject *parent)
    : QObject(parent)
    , m_databasePath(std::move(databasePath))
    , m_holidaysPath(std::move(holidaysPath))
{}

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
        busy.exitCode = cli::BadInput;
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
    if (job.kind == Job::Kind::Score) {
        if (!job.date.isValid()) {
            // "The latest day" for scoring means the newest fetched one.
            QString warning;
            const auto calendar = core::AnnouncementCalendar::load(m_holidaysPath, &warning);
            m_job.date = calendar.latestAt(m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
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
    if (m_arxivIntervalMs >= 0) {
        options.minIntervalMs = m_arxivIntervalMs;
        options.backoffMs = qMax(1, m_arxivIntervalMs);
    }
    m_arxiv->setOptions(options);
    m_fetcher = new arxiv::DayFetcher(m_arxiv, *m_db, m_job.profile, calendar, this);
    connect(m_fetcher, &arxiv::DayFetcher::progress, this,
            [this](const QString &message, int done, int total) {
                Progress p;
                p.date = m_job.date;
                p.message = message;
                p.done = done;
                p.total = total;
                Q_EMIT progress(p);
            });
    connect(m_fetcher, &arxiv::DayFetcher::finished, this, [this](const arxiv::FetchOutcome &fetch) {
        m_fetcher->deleteLater();
        m_outcome.fetch = fetch;
        m_outcome.date = fetch.date;
        m_outcome.message = fetch.message;
        using R = arxiv::FetchOutcome::Result;
        if (fetch.result == R::Fetched || fetch.result == R::NoAnnouncement) {
            Q_EMIT dayChanged(fetch.date);
        }
        if (fetch.result == R::Failed) {
            m_outcome.exitCode = fetch.remote ? cli::RemoteFailure : cli::BadInput;
            finish(m_outcome);
            return;
        }
        if (fetch.result == R::Cancelled || m_cancel) {
            m_outcome.exitCode = cli::Done;
            finish(m_outcome);
            return;
        }
        if (m_job.kind == Job::Kind::Run &&
            (fetch.result == R::Fetched || fetch.result == R::AlreadyStored)) {
            startScore(fetch.date);
            return;
        }
        m_outcome.exitCode = cli::Done;
        finish(m_outcome);
    });
    if (!warning.isEmpty()) {
        Q_EMIT progress({m_job.date, warning, 0, 0, {}});
    }
    m_fetcher->fetch(m_job.date, m_job.refresh, m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
}

void Worker::startScore(QDate date)
{
    m_outcome.date = date;
    m_run = new DailyRun(*m_db, m_nam, m_job.profile, m_job.apiKey, m_job.catalog, this);
    if (m_backoffMs >= 0) {
        m_run->setRetryBackoffMs(m_backoffMs);
    }
    connect(m_run, &DailyRun::progress, this, &Worker::progress);
    connect(m_run, &DailyRun::batchCommitted, this, &Worker::dayChanged);
    connect(m_run, &DailyRun::finished, this,
            [this](const ScoreSummary &summary, int exitCode, const QString &message) {
                m_run->deleteLater();
                m_outcome.score = summary;
                m_outcome.exitCode = exitCode;
                m_outcome.message =
                    m_outcome.message.isEmpty() ? message : m_outcome.message + u' ' + message;
                finish(m_outcome);
            });
    if (m_cancel) {
        m_outcome.exitCode = cli::Done;
        m_outcome.message = tr("Cancelled.");
        finish(m_outcome);
        return;
    }
    m_run->start(date, m_job.retryFailed);
}

void Worker::finish(JobOutcome outcome)
{
    m_busy = false;
    Q_EMIT finished(outcome);
}

} // namespace pd::pipeline
