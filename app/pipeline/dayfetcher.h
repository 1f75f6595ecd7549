#pragma once

#include "core/announcement.h"
#include "core/announcementcalendar.h"
#include "core/dayinfo.h"
#include "core/profile.h"
#include "fetchoutcome.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <atomic>

namespace pd::store {
class Database;
}

namespace pd::arxiv {
class ArxivClient;
struct FeedResult;
struct HttpResult;
} // namespace pd::arxiv

namespace pd::pipeline {

// Fetches one announcement day: the latest by the RSS feed (authoritative), earlier days rebuilt
// from the export API for the submission window the arXiv schedule maps to that day. Applies the
// prefilter and stores the listing; a re-fetch merges and never deletes. Whether a day has an
// announcement is the calendar's to say: an empty answer for an announcement day is arXiv's hiccup,
// which keeps a stored listing as it is and fails a day not stored yet.
class DayFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayFetcher)

public:
    static constexpr int ApiPageSize = 500;

    DayFetcher(arxiv::ArxivClient *client, const store::Database &db, core::Profile profile,
               core::AnnouncementCalendar calendar, QObject *parent = nullptr);

    // An invalid date means the latest announcement. `refresh` fetches even a day stored from RSS.
    void fetch(QDate date, bool refresh, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void cancel();

Q_SIGNALS:
    void progress(const QString &message, int done, int total);
    void finished(const pd::pipeline::FetchOutcome &outcome);

private:
    void fetchRss(QDate wanted);
    void onRss(QDate wanted, const arxiv::HttpResult &http);
    void fetchApiPage(QDate date, int start);
    void onApiPage(QDate date, int start, const arxiv::HttpResult &http);
    void finishApiRebuild(QDate date);
    void finishFetched(QDate date, const QString &message);
    void emptyReply(QDate date);
    bool storeListing(QDate date, const arxiv::FeedResult &feed, core::DayInfo::Source source);
    void keepUpdatesOfCaredPapers(QList<core::AnnouncedPaper> &papers) const;
    enum class Cause { Request, Remote, Local };
    void fail(QDate date, const QString &message, Cause cause);
    void finish(FetchOutcome outcome);

    arxiv::ArxivClient *m_client;
    const store::Database &m_db;
    core::Profile m_profile;
    core::AnnouncementCalendar m_calendar;
    std::atomic_bool m_cancelled = false;
    bool m_busy = false;
    // Pages of an API rebuild collected so far.
    QList<core::AnnouncedPaper> m_collected;
    QSet<QString> m_collectedIds;
    int m_collectedSkipped = 0;
};

} // namespace pd::pipeline
