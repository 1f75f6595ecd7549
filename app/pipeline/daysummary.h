#pragma once

#include "core/dayinfo.h"
#include "core/usage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pd::pipeline {

struct DayContent;

// What the calendar and the month overview show for one day: DayContent counted, so a badge
// always says what the day's table says (stale scores included).
struct DaySummary {
    QDate date;
    core::DayInfo::State state = core::DayInfo::State::NotFetched;
    core::DayInfo::Source source = core::DayInfo::Source::None;
    int total = 0;                // every paper the feed listed
    int scanned = 0;              // kept by the prefilter
    int scored = 0;               // scanned papers showing a score: current, stale or the heuristic's
    int stale = 0;                // of those, scored under earlier settings
    int failed = 0;               // scanned papers whose scoring failed, with no earlier score to show
    int relevant = 0;             // DayView::isRelevant at the thresholds asked for
    int hotspot = 0;              // showing a score with a hotspot tag
    int unread = 0;               // scanned papers not read yet
    core::Usage usage;            // everything spent on the day, every run
    QString model;                // the model(s) behind the scores shown (DayContent::model)
    QString failure;              // why fetching the day failed, when state is Failed
    bool interrupted = false;     // DayContent::interrupted
    bool waitingForBatch = false; // DayContent::waitingForBatch

    bool operator==(const DaySummary &) const = default;
};

struct TopicCount {
    QString topicId; // empty for relevant papers without a primary topic
    int count = 0;
    bool operator==(const TopicCount &) const = default;
};

struct TopPaper {
    QString arxivId;
    QString title;
    QDate date; // the first day of the month that listed it
    int relevance = 0;
    int novelty = 0;
    QString primaryTopic;
    bool operator==(const TopPaper &) const = default;
};

struct MonthSummary {
    QDate month;            // the first day of the month
    QList<DaySummary> days; // the known days of the month, oldest first
    DaySummary totals;      // the days' counts and usage added up; model of the latest day
    // Relevant papers per primary topic (each paper once), most first.
    QList<TopicCount> topics;
    // Per primary topic, its best relevant papers: relevance + novelty, then relevance, descending.
    QHash<QString, QList<TopPaper>> topByTopic;
};

// The day's counts at the thresholds `content` carries.
DaySummary summarize(const DayContent &content);
// The month holding `month` from the contents of its known days, oldest first.
MonthSummary summarizeMonth(QDate month, const QList<const DayContent *> &days, int topPerTopic = 5);

} // namespace pd::pipeline

Q_DECLARE_METATYPE(pd::pipeline::DaySummary)
Q_DECLARE_METATYPE(pd::pipeline::MonthSummary)
