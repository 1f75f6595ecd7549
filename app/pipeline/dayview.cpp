#include "dayview.h"

#include "foryou.h"
#include "llm/heuristicscorer.h"
#include "llm/promptbuilder.h"
#include "store/batchrepository.h"
#include "store/dayrepository.h"
#include "store/runrepository.h"
#include "store/scorerepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

int DayContent::count(core::PaperState state) const
{
    return static_cast<int>(std::count_if(papers.cbegin(), papers.cend(),
                                          [state](const store::DayPaper &p) { return p.state == state; }));
}

int DayContent::relevant() const
{
    return static_cast<int>(std::count_if(papers.cbegin(), papers.cend(),
                                          [this](const store::DayPaper &p) { return isRelevant(p); }));
}

bool DayContent::isRelevant(const store::DayPaper &paper) const
{
    return DayView::isRelevant(paper, thresholds);
}

bool DayContent::heuristicOnly() const
{
    bool any = false;
    for (const store::DayPaper &p : papers) {
        if (p.showsScore()) {
            if (!p.score->heuristic) {
                return false;
            }
            any = true;
        }
    }
    return any;
}

DayView::DayView(const store::Database &db, const core::Profile &profile)
    : m_db(db)
    , m_profile(profile)
    , m_fingerprint(profile.model.provider == core::Profile::Provider::Heuristic
                        ? llm::HeuristicScorer(profile).fingerprint()
                        : llm::PromptBuilder(profile).fingerprint())
{}

bool DayView::isRelevant(const store::DayPaper &paper, const core::Profile::Thresholds &thresholds)
{
    // Which score a paper shows is this class's rule; whether a score passes is core::Score's.
    return paper.showsScore() && paper.score->isRelevant(thresholds.relevance, thresholds.novelty);
}

bool DayContent::interrupted() const
{
    return !waitingForBatch && !runs.isEmpty() &&
           runs.constLast().state == store::RunInfo::State::Interrupted;
}

DayContent DayView::day(QDate date) const
{
    return day(date, m_profile.thresholds);
}

DayContent DayView::day(QDate date, const core::Profile::Thresholds &thresholds) const
{
    DayContent d;
    d.date = date;
    d.thresholds = thresholds;
    d.fingerprint = m_fingerprint;
    d.info = store::DayRepository(m_db).find(date);
    d.papers = store::DayRepository(m_db).papersOfDay(date, m_fingerprint);
    applyRule(d.papers, date);
    ForYou::score(m_db, d.papers);
    d.runs = store::RunRepository(m_db).runsOfDay(date);
    d.waitingForBatch = store::BatchRepository(m_db).waiting(date);
    QStringList models;
    for (const store::RunInfo &r : std::as_const(d.runs)) {
        d.usage += r.usage;
        if (!models.contains(r.model) && (r.usage.requests > 0 || r.fingerprint == m_fingerprint)) {
            models.append(r.model);
        }
    }
    if (d.usage.requests == 0 && d.usage.totalTokens() == 0) {
        d.usage.promptCost = 0.0; // nothing spent is a known cost
        d.usage.completionCost = 0.0;
    }
    d.model = models.isEmpty() ? m_profile.model.model : models.join(u", "_s);
    return d;
}

void DayView::applyRule(store::DayPaperList &papers, QDate date) const
{
    const QHash<QString, QList<store::EarlierScore>> earlier =
        store::ScoreRepository(m_db).scoredElsewhere(date, m_fingerprint);
    for (store::DayPaper &row : papers) {
        if (row.isFiltered() || row.state == core::PaperState::Scored) {
            continue; // rule 5 (the prefilter's verdict wins) and rule 1
        }
        const QList<store::EarlierScore> others = earlier.value(row.paper().arxivId);
        const auto llm = std::find_if(others.cbegin(), others.cend(),
                                      [](const store::EarlierScore &e) { return !e.score.heuristic; });
        const auto heuristic = std::find_if(others.cbegin(), others.cend(),
                                            [](const store::EarlierScore &e) { return e.score.heuristic; });
        const QString failure = row.state == core::PaperState::Failed ? row.score->failure : QString();
        if (llm != others.cend()) { // rule 2
            row.score = llm->score;
            row.state = core::PaperState::Stale;
            row.staleModel = llm->model;
            row.currentFailure = failure;
        } else if (heuristic != others.cend()) { // rule 3
            row.score = heuristic->score;
            row.state = core::PaperState::Scored;
            row.currentFailure = failure;
        }
        // Otherwise rule 4 (failed, as stored) or unscored.
    }
}

} // namespace pd::pipeline
