#include "treenode.h"

namespace pd::ui {

bool TreeNode::accepts(PaperStatus status, bool relevant, bool starred, const QString &primaryTopic,
                       const QStringList &hotspotTags) const
{
    switch (kind) {
    case AllScanned:
        return status != PaperStatus::Filtered;
    case Relevant:
        return relevant;
    case Topic:
        return relevant && primaryTopic == key;
    case Hotspot:
        // Hotspot papers are the day's buzz: shown whether or not they match the user's topics.
        return status == PaperStatus::Scored && !hotspotTags.isEmpty();
    case HotspotTag:
        return status == PaperStatus::Scored && hotspotTags.contains(key);
    case Starred:
        return starred;
    case FailedOrUnscored:
        return status == PaperStatus::Failed || status == PaperStatus::Unscored;
    case Filtered:
        return status == PaperStatus::Filtered;
    }
    return false;
}

} // namespace pd::ui
