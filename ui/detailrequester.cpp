#include "detailrequester.h"

#include "jobcontroller.h"

#include <algorithm>
#include <utility>

namespace pd::ui {

DetailRequester::DetailRequester(JobController *jobs, QObject *parent)
    : QObject(parent)
    , m_jobs(jobs)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(DelayMs);
    connect(&m_timer, &QTimer::timeout, this, &DetailRequester::request);
}

void DetailRequester::thresholdsChanged(QDate day, const store::DayPaperList &papers,
                                        const core::Profile::Thresholds &before,
                                        const core::Profile::Thresholds &after)
{
    const bool lowered = after.relevance < before.relevance || after.novelty < before.novelty;
    if (!lowered && !(isPending() && day == m_day)) {
        return;
    }
    // A raise while a lowering waits only changes what it will ask (maybe nothing).
    m_day = day;
    m_papers = papers;
    m_thresholds = after;
    if (lowered) {
        m_timer.start();
    }
}

bool DetailRequester::needsDetails(const store::DayPaperList &papers,
                                   const core::Profile::Thresholds &thresholds)
{
    return std::any_of(papers.cbegin(), papers.cend(), [&thresholds](const store::DayPaper &p) {
        return p.state == core::PaperState::Scored && p.score && !p.score->heuristic &&
               p.score->detail == core::Score::Detail::NotAsked &&
               p.score->isRelevant(thresholds.relevance, thresholds.novelty);
    });
}

void DetailRequester::request()
{
    const store::DayPaperList papers = std::exchange(m_papers, {});
    if (!m_day.isValid() || m_jobs->profile().model.provider == core::Profile::Provider::Heuristic ||
        !needsDetails(papers, m_thresholds)) {
        return;
    }
    pipeline::Job job;
    job.kind = pipeline::Job::Kind::Score;
    job.date = m_day;
    job.detailsOnly = true;
    m_jobs->queue(job, JobController::WithoutKey::Skip);
}

} // namespace pd::ui
