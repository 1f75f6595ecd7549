#pragma once

#include "core/announcement.h"
#include "core/announcementcalendar.h"
#include "core/dayinfo.h"
#include "core/profile.h"

#include <QDate>
#include <QObject>
#include <QSet>

#include <atomic>
#include <functional>

namespace pd::store {
class Database;
}

namespace pd::arxiv {

class ArxivClient;
struct FeedResult;

// How a fetch ended; `day` is what is now stored for the date.
struct FetchOutcome {
    enum class Result { Fetched, AlreadyStored, NoAnnouncement, Failed, Cancelled };
    Result result = Result::Failed;
    QDate date;
    core::DayInfo day;
    QString message;     // one sentence for the user
    bool remote = false; // the failure was the network's or arXiv's (exit 3), not bad local input
};

// Fetches one announcement day: the latest by the RSS feed (authoritative), earlier days rebuilt
// from the export API for the submission window the arXiv schedule maps to that day. Applies the
// prefilter and stores the listing; a re-fetch merges and never deletes.
class DayFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayFetcher)

public:
    static constexpr int ApiPageSize = 500;

    DayFetcher(ArxivClient *client, const store::Database &db, core::Profile profile,
               core::AnnouncementCalendar calendar, QObject *parent = nullptr);

    // An invalid date means the latest announcement. `refresh` fetches even a day stored from RSS.
    void fetch(QDate date, bool refresh, const QDateTime &now = QDateTime::currentDateTimeUtc());
    void cancel();

    static QUrl rssUrl(const core::Profile &profile);
    static QUrl apiUrl(const core::Profile &profile, const core::AnnouncementCalendar::Window &window,
                       int start, int maxResults);

Q_SIGNALS:
    void progress(const QString &message, int done, int total);
    void finished(const pd::arxiv::FetchOutcome &outcome);

private:
    void fetchRss(QDate wanted);
    void fetchApiPage(QDate date, int start);
    void storeListing(QDate date, const FeedResult &feed, core::DayInfo::Source source);
    void fail(QDate date, const QString &message, bool remote);
    void finish(FetchOutcome outcome);

    ArxivClient *m_client;
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

} // namespace pd::arxiv

Q_DECLARE_METATYPE(pd::arxiv::FetchOutcome)
