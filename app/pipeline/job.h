#pragma once

#include "core/modelcatalog.h"
#include "core/profile.h"
#include "core/usage.h"
#include "fetchoutcome.h"
#include "outcome.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace pd::pipeline {

// A unit of background work and how it ended. Plain values: they cross threads in queued signals.
struct Job {
    enum class Kind { Fetch, Score, Run };
    Kind kind = Kind::Run;
    QDate date; // invalid: the latest announcement
    // Valid: a range, the announcement days from `date` to `to` one after another (a failed day
    // does not stop it). Days already stored are not fetched again unless `refresh`, so running a
    // range again after an interruption goes on where it stopped.
    QDate to;
    bool refresh = false; // fetch even a day already stored
    bool retryFailed = true;
    // Score kind only: pass 2 (the prose) for these papers of the day and nothing else ("Explain
    // this score"). Empty: a normal run.
    QStringList explainIds;
    // Score kind only: pass 2 alone, for the day's papers that pass the profile's thresholds (or
    // carry a hotspot tag) and have no prose yet, as after a lowered threshold. Nothing is scored.
    bool detailsOnly = false;
    // Score kind only: collect the day's batches that are waiting at the provider (and send what
    // their results leave to ask: re-asks, pass 2); nothing else is scored. With wait = false a
    // batch still running is left for later.
    bool collectOnly = false;
    // Another process holds the data dir's work lock: wait for it (true), or end at once with
    // Outcome::LocalFailure (false: --no-wait).
    bool wait = true;
    core::Profile profile;
    // Never logged. Empty: a local server that needs none; a remote provider without a key refuses
    // to score (the heuristic is chosen explicitly, as the profile's provider).
    QString apiKey;
    core::ModelCatalog catalog = core::ModelCatalog::builtIn(); // with the data dir's override
};

struct Progress {
    QDate date;
    QString message;
    // A note every front end shows, even the command line (waiting for another process, …).
    bool notice = false;
    int done = 0;
    int total = 0; // 0: unknown
    core::Usage usage;
    // A range (Job::to): the days ended so far of how many, and the estimated seconds left (-1:
    // unknown). 0 of 0 for a single day.
    int daysDone = 0;
    int daysTotal = 0;
    qint64 secondsLeft = -1;
};

struct ScoreSummary {
    QString fingerprint;
    int scanned = 0;
    int scored = 0; // now scored under the fingerprint (incl. earlier runs)
    int failed = 0;
    int relevant = 0;
    int newlyScored = 0;
    int detailed = 0;             // papers that got their prose (pass 2) in this run
    int detailFailed = 0;         // papers whose prose pass 2 could not get
    bool waitingForBatch = false; // ended while a provider batch still runs (batch mode, --no-wait)
    qint64 runId = 0;
    core::Usage usage; // this run
    bool heuristic = false;
};

// How one day of a range ended: fetched, skipped (stored already, or not announced yet) or failed,
// with the reason in `message`.
struct DayOutcome {
    enum class Result { Fetched, Skipped, Failed };
    QDate date;
    Result result = Result::Skipped;
    Outcome outcome = Outcome::Done; // as a single-day job on this day would have ended
    QString message;
    bool scored = false; // a run or score job scored the day; `score` says how
    ScoreSummary score;
};

struct JobOutcome {
    Job::Kind kind = Job::Kind::Run;
    QDate date; // a range: its first day
    Outcome result = Outcome::Done;
    QString message;
    FetchOutcome fetch;
    // A range: the scores of all its days added up (fingerprint and run of the last day scored).
    ScoreSummary score;
    // A range: every announcement day in it, in order; empty for a single day.
    QDate to;
    QList<DayOutcome> days;
    bool cancelled = false;

    int count(DayOutcome::Result result) const
    {
        return static_cast<int>(std::count_if(days.cbegin(), days.cend(),
                                              [result](const DayOutcome &d) { return d.result == result; }));
    }
};

} // namespace pd::pipeline

Q_DECLARE_METATYPE(pd::pipeline::Job)
Q_DECLARE_METATYPE(pd::pipeline::Progress)
Q_DECLARE_METATYPE(pd::pipeline::ScoreSummary)
Q_DECLARE_METATYPE(pd::pipeline::JobOutcome)
