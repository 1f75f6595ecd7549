#include "treenode.h"

namespace pd::ui {

namespace {

// A current, heuristic or stale score: the row has tags to show.
bool showsScore(core::PaperState state)
{
    return state == core::PaperState::Scored || state == core::PaperState::Stale;
}

} // namespace

bool TreeNode::accepts(core::PaperState state, bool relevant, bool starred, const QString &primaryTopic,
                       const QStringList &hotspotTags, std::optional<double> forYou) const
{
    switch (kind) {
    case AllScanned:
        return state != core::PaperState::Filtered;
    case Relevant:
        return relevant;
    case Topic:
        return relevant && primaryTopic == key;
    case Hotspot:
        // Hotspot papers are the day's buzz: shown whether or not they match the user's topics.
        return showsScore(state) && !hotspotTags.isEmpty();
    case HotspotTag:
        return showsScore(state) && hotspotTags.contains(key);
    case ForYou:
        // What the LLM may have missed: close to the reader's likes, not relevant by the prompt.
        return state != core::PaperState::Filtered && !relevant && forYou.value_or(0.0) >= ForYouPick;
    case Starred:
        return starred;
    case FailedOrUnscored:
        return state == core::PaperState::Failed || state == core::PaperState::Unscored;
    case Filtered:
        return state == core::PaperState::Filtered;
    }
    return false;
}

} // namespace pd::ui
