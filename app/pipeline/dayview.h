#pragma once

#include "core/dayinfo.h"
#include "core/profile.h"
#include "core/usage.h"
#include "store/daypaper.h"
#include "store/runrepository.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd::store {
class Database;
}

namespace pd::pipeline {

// One announcement day as every view shows it: the reader's table, tree and calendar, the month
// overview, `paperdesk days` and every export.
struct DayContent {
    QDate date;
    std::optional<core::DayInfo> info;
    core::Profile::Thresholds thresholds;
    QString fingerprint;        // the current settings' fingerprint
    store::DayPaperList papers; // every listed paper in feed order, with the score and state it shows
    core::Usage usage;          // everything spent on the day, every run under any settings
    QList<store::RunInfo> runs; // the per-run breakdown of `usage`
    QString model;              // the model id(s) that scored what is shown, else the profile's
    // A provider batch for the day is still running (batch mode): the next run collects it.
    bool waitingForBatch = false;

    int total() const { return static_cast<int>(papers.size()); }
    int count(core::PaperState state) const;
    int scanned() const { return total() - count(core::PaperState::Filtered); }
    int relevant() const;
    bool isRelevant(const store::DayPaper &paper) const;
    // Every score shown is the offline heuristic's (and at least one is shown).
    bool heuristicOnly() const;
    // The day's latest run was stopped before it finished (its process died); what it stored is
    // kept, and scoring the day again finishes it. Not while a batch of it is still running: that
    // day is waiting, not interrupted.
    bool interrupted() const;
};

// The one place that decides what a day shows. For each listed paper, in order:
//   1. a scored result under the current fingerprint;
//   2. else the newest scored LLM result under an earlier fingerprint, shown as stale (a newer
//      failure under the current fingerprint does not hide it; it is kept beside it);
//   3. else a heuristic score, labelled (a heuristic score never hides an LLM one);
//   4. else a failure under the current fingerprint, with its reason;
//   5. else unscored; a filtered paper is filtered, with its rule, whatever was scored.
// Stale scores count as relevant by the current thresholds.
class DayView final
{
    Q_DECLARE_TR_FUNCTIONS(DayView)

public:
    DayView(const store::Database &db, const core::Profile &profile);

    // The current settings' fingerprint: the LLM prompt's, or the heuristic's for that provider.
    QString fingerprint() const { return m_fingerprint; }
    DayContent day(QDate date) const;
    DayContent day(QDate date, const core::Profile::Thresholds &thresholds) const;

    // The relevance rule: a shown score (current or stale) at or above both thresholds.
    static bool isRelevant(const store::DayPaper &paper, const core::Profile::Thresholds &thresholds);

private:
    void applyRule(store::DayPaperList &papers, QDate date) const;

    const store::Database &m_db;
    core::Profile m_profile;
    QString m_fingerprint;
};

} // namespace pd::pipeline
