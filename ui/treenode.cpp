#include "treenode.h"

namespace pd::ui {

namespace {

// A current, heuristic or stale score: the row has tags to show.
bool showsScore(core::PaperState state)
{
    return state == core::PaperState::Scored || state == core::PaperState::Stale;
}

} // namespace

bool TreeNode::accepts(const Row &row) const
{
    const core::PaperState state = row.state;
    switch (kind) {
    case AllScanned:
        return state != core::PaperState::Filtered;
    case Relevant:
        return row.relevant;
    case Topic:
        return row.relevant && row.primaryTopic == key;
    case Hotspot:
        // Hotspot papers are the day's buzz: shown whether or not they match the user's topics.
        return showsScore(state) && !row.hotspotTags.isEmpty();
    case HotspotTag:
        return showsScore(state) && row.hotspotTags.contains(key);
    case ForYou:
        // What the LLM may have missed: close to the reader's likes, not relevant by the prompt.
        return state != core::PaperState::Filtered && !row.relevant && row.forYou.value_or(0.0) >= ForYouPick;
    case Updated:
        return row.updateOfCared;
    case Starred:
        return row.starred;
    case FailedOrUnscored:
        return state == core::PaperState::Failed || state == core::PaperState::Unscored;
    case Filtered:
        return state == core::PaperState::Filtered;
    }
    return false;
}

} // namespace pd::ui
