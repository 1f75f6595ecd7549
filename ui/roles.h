#pragma once

#include <Qt>

namespace pd::ui {

// The data roles the reader's models answer beyond Qt's own. Row roles (ArxivIdRole … SearchTextRole)
// give the same answer on every column of a row, so filters can read them from column 0.
enum Role : int {
    ArxivIdRole = Qt::UserRole + 1, // QString, the id without version
    SortRole,         // int for numeric columns (unscored rows below every score), case-folded QString for
                      // text (authors: the first author's name)
    StatusRole,       // int, the core::PaperState pipeline::DayView chose
    RelevantRole,     // bool: pipeline::DayView::isRelevant at the current thresholds
    PrimaryTopicRole, // QString, the topic id (empty when not scored)
    HotspotTagsRole,  // QStringList
    StarredRole,      // bool
    ReadRole,         // bool
    SearchTextRole,   // QString: id, title, authors and abstract, lower-cased without accents
    CountRole,        // int, the number of papers under a topic tree node
    UnreadRole,       // int, how many of them are not read yet
    LabelRole,        // QString, a topic tree node's label without its counts
    ForYouRole,       // double 0–10, or an invalid QVariant while the ranker has too few likes
    ReactionRole,     // int, core::ReadingState::Reaction
    UpdateRole,       // bool: a new version of a paper the reader starred, liked or annotated
};

} // namespace pd::ui
