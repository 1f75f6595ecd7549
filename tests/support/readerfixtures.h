#pragma once

#include "core/profile.h"
#include "store/daypaper.h"

#include <QString>
#include <QStringList>

namespace pd::test {

// Rows for the reader's models, built in memory from samplePaper(n) / sampleScore.
store::DayPaper scoredDayPaper(int n, int relevance, int novelty, const QString &topic,
                               const QStringList &hotspotTags = {});
store::DayPaper failedDayPaper(int n, const QString &reason);
store::DayPaper unscoredDayPaper(int n);
store::DayPaper filteredDayPaper(int n, const QString &reason);

// Three topics in an order that is not alphabetical (efficiency_scaling, architecture_training,
// agents_reasoning), thresholds 8 / 8.
core::Profile readerProfile();

// Twelve papers, paper n at row n - 1, covering every state the reader shows (see the .cpp for
// the table the tests' expectations are computed from).
store::DayPaperList readerDay();

} // namespace pd::test
