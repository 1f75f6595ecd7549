#include "worker.h"

#include "arxiv/arxivclient.h"
#include "core/announcementcalendar.h"
#include "dailyrun.h"
#include "dayfetcher.h"
#include "store/database.h"
#include "store/daychanges.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "worklock.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QTimer>

#include <algorithm>

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

QString durationText(qint64 seconds)
{
    if (seconds < 120) {
        return Worker::tr("%n s", nullptr, static_cast<int>(seconds));
    }
    return Worker::tr("%n min", nullptr, static_cast<int>((seconds + 30) / 60));
}
} // namespace

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
        // Readers on other machines sharing the database hear of each stored listing and batch.
        connect(this, &Worker::dayChanged, this,
                [this](QDate date) { store::announceDayChanged(*m_db, date); });
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
        m_lock = std::make_unique<WorkLock>(*m_db);
    }
    if (m_lock->tryLock()) {
        // Holding the lock, no other live process runs anything: a 'running' run is a dead one's.
        const int interrupted = store::RunRepository(*m_db).markInterrupted();
        if (interrupted > 0) {
            report(notice(tr("%n earlier run(s) ended without finishing (the process was stopped); "
                             "they are marked interrupted, and what they stored is kept.",
                             nullptr, interrupted)));
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
        report(notice(tr("%1; waiting…").arg(holder)));
    }
    QTimer::singleShot(LockPollMs, this, &Worker::acquireLockThenStart);
}

void Worker::startJob()
{
    if (isRange()) {
        startRange();
        return;
    }
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
    startFetch(m_job.date);
}

Progress Worker::notice(const QString &message) const
{
    Progress p;
    p.date = m_job.date;
    p.message = message;
    p.notice = true;
    return p;
}

void Worker::report(Progress p)
{
    if (isRange()) {
        p.daysDone = m_range.next;
        p.daysTotal = static_cast<int>(m_range.days.size());
        p.secondsLeft = rangeSecondsLeft();
    }
    Q_EMIT progress(p);
}

void Worker::startFetch(QDate date)
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
    connect(m_fetcher, &DayFetcher::progress, this,
            [this, date](const QString &message, int done, int total) {
                Progress p;
                p.date = date;
                p.message = message;
                p.done = done;
                p.total = total;
                report(p);
            });
    connect(m_fetcher, &DayFetcher::finished, this, &Worker::onFetched);
    if (!warning.isEmpty() && (!isRange() || m_range.next == 0)) {
        report(notice(warning));
    }
    m_lock->describe(u"fetch"_s, date);
    m_fetcher->fetch(date, m_job.refresh, m_options.now());
}

void Worker::onFetched(const FetchOutcome &fetch)
{
    m_fetcher->deleteLater();
    using R = FetchOutcome::Result;
    if (fetch.result == R::Fetched || fetch.result == R::NoAnnouncement) {
        Q_EMIT dayChanged(fetch.date);
    }
    if (isRange()) {
        DayOutcome &day = m_range.day;
        day.message = fetch.message;
        if (fetch.result == R::Fetched) {
            day.result = DayOutcome::Result::Fetched;
        } else if (fetch.result == R::Failed) {
            day.result = DayOutcome::Result::Failed;
            day.outcome = fetch.local    ? Outcome::LocalFailure
                          : fetch.remote ? Outcome::RemoteFailure
                                         : Outcome::BadInput;
        } else if (fetch.result == R::AlreadyStored) {
            day.message =
                tr("%1 is already stored (%n paper(s)); not fetched again.", nullptr, fetch.day.total)
                    .arg(fetch.date.toString(Qt::ISODate));
        }
        if (fetch.result == R::Cancelled || m_cancel) {
            m_outcome.cancelled = true;
            finishRange();
            return;
        }
        if (m_job.kind == Job::Kind::Run &&
            (fetch.result == R::Fetched || fetch.result == R::AlreadyStored)) {
            startScore(fetch.date);
            return;
        }
        endRangeDay();
        return;
    }
    m_outcome.fetch = fetch;
    m_outcome.date = fetch.date;
    m_outcome.message = fetch.message;
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
    if (!isRange()) {
        m_outcome.date = date;
    }
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
    connect(m_run, &DailyRun::progress, this, &Worker::report);
    connect(m_run, &DailyRun::batchCommitted, this, &Worker::dayChanged);
    connect(m_run, &DailyRun::finished, this, &Worker::onScored);
    if (m_cancel) {
        if (isRange()) {
            m_outcome.cancelled = true;
            finishRange();
            return;
        }
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

void Worker::onScored(const ScoreSummary &summary, Outcome result, const QString &message)
{
    m_run->deleteLater();
    if (isRange()) {
        DayOutcome &day = m_range.day;
        day.scored = true;
        day.score = summary;
        day.outcome = result;
        day.message = day.message.isEmpty() ? message : day.message + u' ' + message;
        if (isFailure(result)) {
            day.result = DayOutcome::Result::Failed;
        }
        if (m_cancel) {
            m_outcome.cancelled = true;
            finishRange();
            return;
        }
        endRangeDay();
        return;
    }
    m_outcome.score = summary;
    m_outcome.result = result;
    m_outcome.message = m_outcome.message.isEmpty() ? message : m_outcome.message + u' ' + message;
    finish(m_outcome);
}

void Worker::startRange()
{
    QString warning;
    const auto calendar = core::AnnouncementCalendar::load(m_holidaysPath, &warning);
    const QDate latest = calendar.latestAt(m_options.now());
    m_range = {};
    m_outcome.to = m_job.to;
    for (const QDate &date : calendar.days(m_job.date, m_job.to)) {
        (date <= latest ? m_range.days : m_range.notOut).append(date);
    }
    const store::DayRepository repository(*m_db);
    for (const core::DayInfo &info : repository.list(m_job.date, m_job.to)) {
        if (info.state == core::DayInfo::State::Fetched) {
            m_range.stored.insert(info.date);
        }
    }
    if (m_range.days.isEmpty()) {
        finishRange();
        return;
    }
    nextRangeDay();
}

void Worker::nextRangeDay()
{
    if (m_cancel) {
        m_outcome.cancelled = true;
        finishRange();
        return;
    }
    if (m_range.next >= m_range.days.size()) {
        finishRange();
        return;
    }
    const QDate date = m_range.days.at(m_range.next);
    m_range.day = {};
    m_range.day.date = date;
    m_range.dayClock.start();
    Progress p;
    p.date = date;
    p.message = tr("Day %1 of %2: %3…")
                    .arg(m_range.next + 1)
                    .arg(m_range.days.size())
                    .arg(date.toString(Qt::ISODate));
    report(p);
    if (m_job.kind != Job::Kind::Score) {
        startFetch(date);
        return;
    }
    if (!m_range.stored.contains(date)) {
        m_range.day.message = tr("%1 is not fetched yet; nothing to score.").arg(date.toString(Qt::ISODate));
        endRangeDay();
        return;
    }
    startScore(date);
}

bool Worker::expectsRequests(QDate date) const
{
    return m_job.kind == Job::Kind::Score ? m_range.stored.contains(date)
                                          : m_job.refresh || !m_range.stored.contains(date);
}

void Worker::endRangeDay()
{
    if (expectsRequests(m_range.day.date)) {
        m_range.workedMs += m_range.dayClock.elapsed();
        ++m_range.worked;
    }
    m_outcome.days.append(m_range.day);
    if (m_range.day.scored) {
        ScoreSummary &total = m_outcome.score;
        const ScoreSummary &s = m_range.day.score;
        total.fingerprint = s.fingerprint;
        total.runId = s.runId;
        total.heuristic = s.heuristic;
        total.scanned += s.scanned;
        total.scored += s.scored;
        total.failed += s.failed;
        total.relevant += s.relevant;
        total.newlyScored += s.newlyScored;
        total.detailed += s.detailed;
        total.detailFailed += s.detailFailed;
        total.waitingForBatch = total.waitingForBatch || s.waitingForBatch;
        total.usage += s.usage;
    }
    ++m_range.next;
    Progress line = notice(rangeDayLine(m_range.day));
    line.date = m_range.day.date;
    report(line);
    // Queued: a stored day ends at once, and a long range must not recurse.
    QMetaObject::invokeMethod(this, &Worker::nextRangeDay, Qt::QueuedConnection);
}

qint64 Worker::rangeSecondsLeft() const
{
    const qint64 intervalMs = m_options.arxivIntervalMs >= 0 ? m_options.arxivIntervalMs
                                                             : arxiv::ArxivClient::Options{}.minIntervalMs;
    // Measured once a day has asked; before, arXiv's spacing per day (scoring time unknown).
    const qint64 perDayMs = m_range.worked > 0               ? m_range.workedMs / m_range.worked
                            : m_job.kind == Job::Kind::Score ? -1
                                                             : intervalMs;
    if (perDayMs < 0) {
        return -1;
    }
    qint64 ms = 0;
    for (qsizetype i = m_range.next; i < m_range.days.size(); ++i) {
        if (expectsRequests(m_range.days.at(i))) {
            ms += perDayMs;
        }
    }
    if (m_range.next < m_range.days.size() && m_range.day.date == m_range.days.at(m_range.next) &&
        expectsRequests(m_range.day.date)) {
        ms -= qMin(perDayMs, m_range.dayClock.elapsed()); // the day under way is partly done
    }
    return (ms + 999) / 1000;
}

QString Worker::rangeDayLine(const DayOutcome &day) const
{
    const QString date = day.date.toString(Qt::ISODate);
    QString line = day.result == DayOutcome::Result::Failed ? tr("%1 failed: %2").arg(date, day.message)
                   : day.message.contains(date)             ? day.message
                                                            : tr("%1: %2").arg(date, day.message);
    line = u"[%1/%2] "_s.arg(m_range.next).arg(m_range.days.size()) + line;
    if (const qint64 left = rangeSecondsLeft(); left > 0 && m_range.next < m_range.days.size()) {
        line += u' ' + tr("About %1 left.").arg(durationText(left));
    }
    return line;
}

QString Worker::rangeSummary() const
{
    const QString from = m_job.date.toString(Qt::ISODate);
    const QString to = m_job.to.toString(Qt::ISODate);
    const int total = static_cast<int>(m_range.days.size() + m_range.notOut.size());
    if (total == 0) {
        return tr("%1 to %2 holds no announcement day (weekends and holidays only); nothing to do.")
            .arg(from, to);
    }
    // The days not announced yet are listed as skipped, but they are not stored ones.
    const int notOutListed = m_outcome.cancelled ? 0 : static_cast<int>(m_range.notOut.size());
    QString text = tr("%1 to %2: %n announcement day(s)", nullptr, total).arg(from, to);
    text += u"; "_s +
            (m_job.kind == Job::Kind::Score
                 ? tr("%1 scored, %2 skipped, %3 failed.")
                       .arg(static_cast<int>(std::count_if(m_outcome.days.cbegin(), m_outcome.days.cend(),
                                                           [](const DayOutcome &d) {
                                                               return d.scored &&
                                                                      d.result != DayOutcome::Result::Failed;
                                                           })))
                       .arg(static_cast<int>(std::count_if(m_outcome.days.cbegin(), m_outcome.days.cend(),
                                                           [](const DayOutcome &d) {
                                                               return !d.scored &&
                                                                      d.result == DayOutcome::Result::Skipped;
                                                           })) -
                            notOutListed)
                       .arg(m_outcome.count(DayOutcome::Result::Failed))
                 : tr("%1 fetched, %2 already stored, %3 failed.")
                       .arg(m_outcome.count(DayOutcome::Result::Fetched))
                       .arg(m_outcome.count(DayOutcome::Result::Skipped) - notOutListed)
                       .arg(m_outcome.count(DayOutcome::Result::Failed)));
    if (!m_range.notOut.isEmpty()) {
        text += u' ' + tr("%n day(s) from %1 on are not announced yet and were left out.", nullptr,
                          static_cast<int>(m_range.notOut.size()))
                           .arg(m_range.notOut.first().toString(Qt::ISODate));
    }
    if (m_outcome.cancelled) {
        const int left = static_cast<int>(m_range.days.size()) - static_cast<int>(m_outcome.days.size());
        text += u' ' + tr("Cancelled with %n day(s) to go; run the same range again to go on (stored days "
                          "are not fetched again).",
                          nullptr, left);
    }
    for (const DayOutcome &day : m_outcome.days) {
        if (day.result == DayOutcome::Result::Failed) {
            text += u' ' + tr("%1 failed: %2").arg(day.date.toString(Qt::ISODate), day.message);
        }
    }
    return text;
}

void Worker::finishRange()
{
    if (m_outcome.cancelled && m_range.next < m_range.days.size() &&
        (m_outcome.days.isEmpty() || m_outcome.days.constLast().date != m_range.day.date) &&
        m_range.day.date.isValid() &&
        (m_range.day.result != DayOutcome::Result::Skipped || m_range.day.scored)) {
        // The day under way when the cancel came, fetched or partly scored: what is stored stays.
        m_outcome.days.append(m_range.day);
    }
    for (const QDate &date : std::as_const(m_range.notOut)) {
        if (m_outcome.cancelled) {
            break;
        }
        DayOutcome day;
        day.date = date;
        day.result = DayOutcome::Result::Skipped;
        day.message = tr("%1 is not announced yet.").arg(date.toString(Qt::ISODate));
        m_outcome.days.append(day);
    }
    // The worst day decides: the disk before the network before a bad request before some papers.
    m_outcome.result = Outcome::Done;
    for (const Outcome worst :
         {Outcome::SomeFailed, Outcome::BadInput, Outcome::RemoteFailure, Outcome::LocalFailure}) {
        if (std::any_of(m_outcome.days.cbegin(), m_outcome.days.cend(),
                        [worst](const DayOutcome &d) { return d.outcome == worst; })) {
            m_outcome.result = worst;
        }
    }
    if (m_range.days.isEmpty() && !m_range.notOut.isEmpty()) {
        m_outcome.result = Outcome::BadInput;
        m_outcome.message = tr("No announcement day from %1 to %2 is out yet; arXiv announces at 20:00 US "
                               "Eastern time the evening before.")
                                .arg(m_job.date.toString(Qt::ISODate), m_job.to.toString(Qt::ISODate));
    } else {
        m_outcome.message = rangeSummary();
    }
    finish(m_outcome);
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
