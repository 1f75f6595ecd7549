#pragma once

#include "core/announcement.h"
#include "core/readingstate.h"
#include "core/score.h"

#include <QList>
#include <QMetaType>

#include <optional>

namespace pd::store {

// Everything the reader shows for one paper on one day: the listing, its score under the
// current profile (if any), and what the user did with it.
struct DayPaper {
    core::AnnouncedPaper listing;
    std::optional<core::Score> score;
    core::ReadingState reading;

    const core::Paper &paper() const { return listing.paper; }
    bool isFiltered() const { return !listing.filterReason.isEmpty(); }
};

using DayPaperList = QList<DayPaper>;

} // namespace pd::store

Q_DECLARE_METATYPE(pd::store::DayPaper)
Q_DECLARE_METATYPE(pd::store::DayPaperList)
