#include "budgetfilter.h"

#include "foryou.h"
#include "prefilter.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace pd::pipeline {

int BudgetFilter::apply(QList<core::AnnouncedPaper> &papers, const core::Profile &profile,
                        const rank::Ranker &ranker, const Prefilter &prefilter)
{
    if (!profile.sources.budgetMode || !ranker.isTrained()) {
        return 0;
    }
    struct Kept {
        qsizetype index;
        double forYou;
    };
    QList<Kept> kept;
    for (qsizetype i = 0; i < papers.size(); ++i) {
        if (papers.at(i).filterReason.isEmpty() && !prefilter.isFollowed(papers.at(i).paper)) {
            kept.append({i, ranker.score(ForYou::document(papers.at(i).paper)).value_or(0.0)});
        }
    }
    // Best first; ties keep the feed's order, so the cut is the same on every run.
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Kept &a, const Kept &b) { return a.forYou > b.forYou; });
    const auto keep =
        static_cast<qsizetype>(std::ceil(kept.size() * profile.sources.budgetTopPercent / 100.0));
    for (qsizetype k = keep; k < kept.size(); ++k) {
        papers[kept.at(k).index].filterReason = tr("Budget mode: For you %1 is below the day's top %2%.")
                                                    .arg(QLocale().toString(kept.at(k).forYou, 'f', 1))
                                                    .arg(profile.sources.budgetTopPercent);
    }
    return static_cast<int>(std::max<qsizetype>(0, kept.size() - keep));
}

double BudgetFilter::scoredShare(const core::Profile &profile, bool rankerTrained)
{
    return profile.sources.budgetMode && rankerTrained ? profile.sources.budgetTopPercent / 100.0 : 1.0;
}

} // namespace pd::pipeline
