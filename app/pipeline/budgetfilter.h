#pragma once

#include "core/announcement.h"
#include "core/profile.h"
#include "rank/ranker.h"

#include <QCoreApplication>
#include <QList>

namespace pd::pipeline {

class Prefilter;

// Budget mode: of the papers the prefilter kept, the LLM scores only the top
// Profile::Sources::budgetTopPercent by For you, and every paper of a followed author. The others
// are filtered, with the rule and their For you score named, so nothing goes unexplained.
class BudgetFilter final
{
    Q_DECLARE_TR_FUNCTIONS(BudgetFilter)

public:
    // Returns how many papers it filtered.
    static int apply(QList<core::AnnouncedPaper> &papers, const core::Profile &profile,
                     const rank::Ranker &ranker, const Prefilter &prefilter);
    // The share of a day's kept papers budget mode leaves for the LLM (1.0 when it is off).
    static double scoredShare(const core::Profile &profile, bool rankerTrained);
};

} // namespace pd::pipeline
