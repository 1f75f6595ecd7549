#pragma once

#include "core/announcement.h"
#include "core/paperstate.h"
#include "core/readingstate.h"
#include "core/score.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace pd::store {

// Everything the reader shows for one paper on one day: the listing, the score it shows (if any),
// its state, and what the user did with it. pipeline::DayView fills it by the one rule.
struct DayPaper {
    core::AnnouncedPaper listing;
    std::optional<core::Score> score; // the score shown: current, stale or heuristic; or a failure
    core::PaperState state = core::PaperState::Unscored;
    QString staleModel;     // Stale: the model the earlier settings used
    QString currentFailure; // Stale: why scoring under the current settings failed, if it did
    core::ReadingState reading;
    // "For you", 0–10, by the ranker trained on the user's reactions and library; none while it
    // has too few likes. Never part of the LLM score.
    std::optional<double> forYou;

    const core::Paper &paper() const { return listing.paper; }
    bool isFiltered() const { return !listing.filterReason.isEmpty(); }
    // The row has relevance and novelty to show.
    bool showsScore() const { return state == core::PaperState::Scored || state == core::PaperState::Stale; }
    // A new version (replace or replace-cross) of a paper the reader starred, liked or annotated.
    bool isUpdateOfCared() const
    {
        return (listing.type == core::AnnounceType::Replace ||
                listing.type == core::AnnounceType::ReplaceCross) &&
               (reading.isLiked() || !reading.note.isEmpty());
    }
};

using DayPaperList = QList<DayPaper>;

} // namespace pd::store

Q_DECLARE_METATYPE(pd::store::DayPaper)
Q_DECLARE_METATYPE(pd::store::DayPaperList)
