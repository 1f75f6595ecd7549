#pragma once

#include "core/profile.h"
#include "store/daypaper.h"

#include <QString>
#include <QStringList>

namespace pd::test {

// Rows for the reader's models, built in memory from samplePaper(n) / sampleScore, each with the
// state pipeline::DayView would give it.
store::DayPaper scoredDayPaper(int n, int relevance, int novelty, const QString &topic,
                               const QStringList &hotspotTags = {});
store::DayPaper failedDayPaper(int n, const QString &reason);
// Scored under earlier settings (model `model`, 18 April 2026), as pipeline::DayView shows it; with
// `currentFailure`, scoring under the current settings failed.
store::DayPaper staleDayPaper(int n, int relevance, int novelty, const QString &topic, const QString &model,
                              const QString &currentFailure = {});
store::DayPaper unscoredDayPaper(int n);
store::DayPaper filteredDayPaper(int n, const QString &reason);

// Three topics in an order that is not alphabetical (efficiency_scaling, architecture_training,
// agents_reasoning), thresholds 8 / 8.
core::Profile readerProfile();

// Twelve papers, paper n at row n - 1, covering every state the reader shows (see the .cpp for
// the table the tests' expectations are computed from).
store::DayPaperList readerDay();

} // namespace pd::test
