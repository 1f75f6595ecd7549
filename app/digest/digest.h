#pragma once

#include "core/announcementcalendar.h"
#include "core/dayinfo.h"
#include "core/profile.h"
#include "core/usage.h"
#include "store/daypaper.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::store {
class Database;
}

namespace pd::digest {

// Relevant papers sharing one primary topic, best first.
struct TopicGroup {
    QString id;
    QString label;
    store::DayPaperList papers;
};

// One announcement day as the digest shows it: every listed paper, the relevant ones grouped by
// primary topic in profile order, the hotspot papers, the failures, what scoring cost and the
// prompt the scores were made with.
struct Digest {
    QDate date;
    QDate previousDay; // announcement days by the calendar; invalid when there is none
    QDate nextDay;
    core::DayInfo day;
    QString fingerprint;    // the scores shown were made under this fingerprint
    bool heuristic = false; // scores of the offline heuristic, not of an LLM
    // The current profile's LLM fingerprint had no scores for the day, the heuristic's had.
    bool heuristicFallback = false;
    QString model;
    core::Usage usage; // everything spent on the day, every run
    int minRelevance = 8;
    int minNovelty = 8;
    store::DayPaperList papers; // every listed paper, feed order
    QList<TopicGroup> topics;   // every profile topic (possibly empty), then unknown topic ids
    store::DayPaperList hotspots;
    store::DayPaperList failed;
    int unscored = 0; // scanned papers with no score under any settings
    int stale = 0;    // papers showing scores made under earlier settings
    QString systemPrompt;
    QString userPrompt; // the static part, before the papers

    int total() const { return int(papers.size()); }
    int scanned() const;
    int relevant() const;
    bool isRelevant(const store::DayPaper &paper) const;
    // "scored", "stale", "failed", "filtered" or "unscored" (the JSON export's status).
    static QString statusOf(const store::DayPaper &paper);
};

// The days of one month that have a digest.
struct MonthDigest {
    QDate month; // the first day of the month
    QList<Digest> days;
    QList<core::DayInfo> known; // every stored day of the month, including failed ones
    QSet<QDate> holidays;

    int total() const;
    int scanned() const;
    int relevant() const;
    int failed() const;
    core::Usage usage() const;
    // Relevant papers of the month per topic, best first (the order of Digest::topics).
    QList<TopicGroup> topics() const;
    // The day each relevant paper was listed on (a paper can only be relevant once per day).
    QDate dayOf(const QString &arxivId) const;
};

// Builds digests from the database alone: no network, no API key.
class DigestBuilder final
{
    Q_DECLARE_TR_FUNCTIONS(DigestBuilder)

public:
    // The day's digest under the profile's fingerprint (or the heuristic's, when only that one
    // has scores for the day). Nothing when the day was not fetched; *error says why.
    static std::optional<Digest>
    day(const store::Database &db, QDate date, const core::Profile &profile, QString *error = nullptr,
        const core::AnnouncementCalendar &calendar = core::AnnouncementCalendar::load());
    // Every fetched day of the month holding `anyDay`. Nothing when the month has no fetched day.
    static std::optional<MonthDigest>
    month(const store::Database &db, QDate anyDay, const core::Profile &profile, QString *error = nullptr,
          const core::AnnouncementCalendar &calendar = core::AnnouncementCalendar::load());

    // Best first: relevance + novelty, then relevance; ties keep feed order.
    static void sortBest(store::DayPaperList &papers);
    static bool isHotspot(const store::DayPaper &paper);

private:
    static QList<TopicGroup> groupByTopic(const Digest &digest, const core::Profile &profile);
};

} // namespace pd::digest
