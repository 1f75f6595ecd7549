#pragma once

#include "core/announcement.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pd::arxiv {

// What one arXiv feed (RSS listing or one Atom page of the export API) said, as a plain value that
// crosses threads.
struct FeedResult {
    enum class Kind {
        Listing,        // the feed listed papers (an Atom page may list none: the caller decides)
        NoAnnouncement, // an RSS channel without items: arXiv announced nothing that day
        Failed          // the body was not a usable feed; `error` says why
    };

    Kind kind = Kind::Failed;
    QDate announcementDate;             // RSS: date of the channel pubDate in US Eastern time; Atom: invalid
    QList<core::AnnouncedPaper> papers; // in feed order, unique by id (filterReason left empty)
    int skipped = 0;                    // items without an id or a title: counted, not returned
    int duplicates = 0;                 // repeated ids dropped (first kept)
    QString error;                      // Kind::Failed: one clear sentence saying what was wrong
    int totalResults = -1, startIndex = 0, itemsPerPage = 0; // Atom (opensearch) paging

    QString feedTitle; // the channel's or feed's own title, for diagnostics

    bool ok() const { return kind != Kind::Failed; }
};

} // namespace pd::arxiv

Q_DECLARE_METATYPE(pd::arxiv::FeedResult)
