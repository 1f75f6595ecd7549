#pragma once

#include "store/daypaper.h"

#include <QCoreApplication>
#include <QString>

namespace pd::ui {

// The sentences the table's tooltips and the paper view use for a row's state, so both say the same.
class PaperStateText final
{
    Q_DECLARE_TR_FUNCTIONS(PaperStateText)

public:
    // "Scored under earlier settings (gpt-5.4, 18/04/2026)." for a stale row, else empty.
    static QString stale(const store::DayPaper &paper);
    // "Scoring under the current settings failed: …" beside a stale or heuristic score, else empty.
    static QString currentFailure(const store::DayPaper &paper);
    // What a stale row needs: "Re-score the day to replace them."
    static QString staleHint();
};

} // namespace pd::ui
