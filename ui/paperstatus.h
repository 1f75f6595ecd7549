#pragma once

#include "store/daypaper.h"

namespace pd::ui {

// Where a paper stands under the current profile, as the reader groups it. The prefilter's verdict
// wins over a stored score: a filtered paper is shown as filtered even if an older run scored it.
enum class PaperStatus { Scored, Failed, Filtered, Unscored };

inline PaperStatus paperStatus(const store::DayPaper &paper)
{
    if (paper.isFiltered()) {
        return PaperStatus::Filtered;
    }
    if (!paper.score) {
        return PaperStatus::Unscored;
    }
    return paper.score->status == core::Score::Status::Scored ? PaperStatus::Scored : PaperStatus::Failed;
}

inline bool isRelevant(const store::DayPaper &paper, int minRelevance, int minNovelty)
{
    return !paper.isFiltered() && paper.score && paper.score->isRelevant(minRelevance, minNovelty);
}

} // namespace pd::ui
