#pragma once

#include <QString>

namespace pd::core {

// What a listed paper shows on its day (pipeline::DayView decides it, by one rule).
enum class PaperState {
    Unscored, // scanned, no score under any settings yet
    Scored,   // scored under the current settings (or, labelled, only by the offline heuristic)
    Stale,    // scored under earlier settings: the scores are kept and shown, marked
    Failed,   // scoring under the current settings failed, with the reason
    Filtered, // dropped by the prefilter, with the rule
};

// "unscored", "scored", "stale", "failed", "filtered": the JSON export's status, never translated.
inline QString paperStateName(PaperState state)
{
    switch (state) {
    case PaperState::Scored:
        return QStringLiteral("scored");
    case PaperState::Stale:
        return QStringLiteral("stale");
    case PaperState::Failed:
        return QStringLiteral("failed");
    case PaperState::Filtered:
        return QStringLiteral("filtered");
    case PaperState::Unscored:
        break;
    }
    return QStringLiteral("unscored");
}

} // namespace pd::core
