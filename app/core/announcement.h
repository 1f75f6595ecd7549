#pragma once

#include "paper.h"

#include <QDate>
#include <QList>
#include <QMetaType>

namespace pd::core {

// One paper as listed on one announcement day.
struct AnnouncedPaper {
    Paper paper;
    AnnounceType type = AnnounceType::New;
    QString filterReason; // empty when the prefilter kept it ("scanned")
    bool operator==(const AnnouncedPaper &) const = default;
};

// The listing of one announcement day.
struct Announcement {
    QDate date;
    QList<AnnouncedPaper> papers;
    int skipped = 0; // items without id or title, counted but not stored
};

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::Announcement)
