#pragma once

#include "core/dayinfo.h"
#include "core/usage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace pd::store {

class Database;

// What the calendar and the month overview show for one announcement day. Counts of scored,
// failed, relevant and hotspot papers are over the day's scanned papers under one fingerprint.
struct DaySummary {
    QDate date;
    core::DayInfo::State state = core::DayInfo::State::NotFetched;
    core::DayInfo::Source source = core::DayInfo::Source::None;
    int total = 0;     // every paper the feed listed
    int scanned = 0;   // kept by the prefilter
    int scored = 0;    // scanned papers with a score
    int failed = 0;    // scanned papers whose scoring failed
    int relevant = 0;  // scored with relevance >= min and novelty >= min
    int hotspot = 0;   // scored with at least one hotspot tag
    core::Usage usage; // every run of the day together
    QString model;     // the model of the day's latest run
    QString failure;   // why fetching the day failed, when state is Failed

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
    DaySummary totals;      // the days' counts and usage added up; model of the latest run
    // Relevant papers per primary topic (each paper once), most first.
    QList<TopicCount> topics;
    // Per primary topic, its best relevant papers: relevance + novelty, then relevance, descending.
    QHash<QString, QList<TopPaper>> topByTopic;
};

// Aggregates for the reader's calendar and monthly overview, each a few SQL statements whatever
// the size of the database.
class SummaryRepository final
{
public:
    explicit SummaryRepository(const Database &db);

    // The day's summary; a date the database does not know comes back not fetched, all zero.
    DaySummary day(QDate date, const QString &fingerprint, int minRelevance, int minNovelty) const;
    // The known days in [from, to], oldest first (for calendar marks).
    QList<DaySummary> days(QDate from, QDate to, const QString &fingerprint, int minRelevance,
                           int minNovelty) const;
    MonthSummary month(QDate anyDayInMonth, const QString &fingerprint, int minRelevance, int minNovelty,
                       int topPerTopic = 5) const;

private:
    void addTopics(MonthSummary &summary, const QString &fingerprint, int minRelevance, int minNovelty,
                   int topPerTopic) const;

    const Database &m_db;
};

} // namespace pd::store

Q_DECLARE_METATYPE(pd::store::DaySummary)
Q_DECLARE_METATYPE(pd::store::MonthSummary)
