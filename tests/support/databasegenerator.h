#pragma once

#include <QDate>
#include <QString>

namespace pd::test {

// What generateDatabase() made, for benchmarks to pick their day and fingerprint.
struct GeneratedDatabase {
    bool ok = false;
    QString error;
    QString fingerprint; // every score is under this one
    QDate first;         // the oldest and newest announcement days
    QDate last;
    QDate busiestDay; // a scored day listing 1,000 papers (or the most the size allowed)
    int busiestListings = 0;
    int papers = 0;   // distinct papers stored
    int listings = 0; // papers listed over all days (replacements re-list older papers)
};

// The fingerprint the generator scores under.
QString generatedFingerprint();

// Builds a realistic reader database at `path` through the real repositories: `papers` distinct
// papers announced over the last `days` announcement days up to 2026-04-24 (weekends and arXiv
// holidays skipped, holidays stored as no-announcement days), ~400 a day with one day in 25
// listing 1,000; replacements of older papers (filtered), a few keyword-filtered papers; scores
// for the scanned papers (~5% relevant, some hotspot tags, a few failures) with runs and usage
// (some under a model without a price); reading states. The two newest days are fetched but not
// scored and one day failed to fetch. Deterministic for given arguments. One transaction per day
// and per kind of write.
GeneratedDatabase generateDatabase(const QString &path, int papers = 100000, int days = 250);

} // namespace pd::test
