#include "dayfetcher.h"

#include "arxivclient.h"
#include "atomparser.h"
#include "pipeline/prefilter.h"
#include "rssparser.h"
#include "store/database.h"
#include "store/dayrepository.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFetch, "paperdesk.fetch", QtWarningMsg)

namespace pd::arxiv {

DayFetcher::DayFetcher(ArxivClient *client, const store::Database &db, core::Profile profile,
                       core::AnnouncementCalendar calendar, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_profile(std::move(profile))
    , m_calendar(std::move(calendar))
{}

QUrl DayFetcher::rssUrl(const core::Profile &profile)
{
    QString base = profile.sources.rssBaseUrl.toString();
    if (!base.endsWith(u'/')) {
        base += u'/';
    }
    return QUrl(base + profile.sources.categories.join(u'+'));
}

QUrl DayFetcher::apiUrl(const core::Profile &profile, const core::AnnouncementCalendar::Window &window,
                        int start, int maxResults)
{
    QStringList cats;
    for (const QString &c : profile.sources.categories) {
        cats.append(u"cat:"_s + c);
    }
    const QString stamp = u"yyyyMMddHHmm"_s;
    // The API's submittedDate is in GMT; the window end is exclusive, the API's range inclusive.
    const QString query =
        u"(%1) AND submittedDate:[%2 TO %3]"_s.arg(cats.join(u" OR "_s), window.start.toUTC().toString(stamp),
                                                   window.end.addSecs(-60).toUTC().toString(stamp));
    QUrl url = profile.sources.apiBaseUrl;
    QUrlQuery q;
    q.addQueryItem(u"search_query"_s, QString::fromLatin1(QUrl::toPercentEncoding(query)));
    q.addQueryItem(u"start"_s, QString::number(start));
    q.addQueryItem(u"max_results"_s, QString::number(maxResults));
    q.addQueryItem(u"sortBy"_s, u"submittedDate"_s);
    q.addQueryItem(u"sortOrder"_s, u"ascending"_s);
    url.setQuery(q);
    return url;
}

void DayFetcher::cancel()
{
    m_cancelled = true;
    m_client->cancelAll();
}

void DayFetcher::fetch(QDate date, bool refresh, const QDateTime &now)
{
    if (m_busy) {
        return;
    }
    m_busy = true;
    m_cancelled = false;
    m_collected.clear();
    m_collectedIds.clear();
    m_collectedSkipped = 0;
    const QDate latest = m_calendar.latestAt(now);
    if (!date.isValid()) {
        date = latest;
    }
    if (date > latest) {
        fail(date,
             tr("The announcement of %1 is not out yet; arXiv announces at 20:00 US Eastern time the evening "
                "before.")
                 .arg(date.toString(Qt::ISODate)),
             false);
        return;
    }
    if (!m_calendar.isAnnouncementDay(date)) {
        FetchOutcome outcome;
        outcome.result = FetchOutcome::Result::NoAnnouncement;
        outcome.date = date;
        outcome.day.date = date;
        outcome.day.state = core::DayInfo::State::NoAnnouncement;
        outcome.message =
            m_calendar.isHoliday(date)
                ? tr("arXiv makes no announcement on %1 (a holiday).").arg(date.toString(Qt::ISODate))
                : tr("arXiv makes no announcement on %1 (a weekend).").arg(date.toString(Qt::ISODate));
        finish(outcome);
        return;
    }
    const std::optional<core::DayInfo> stored = store::DayRepository(m_db).find(date);
    if (!refresh && stored && stored->state == core::DayInfo::State::Fetched &&
        (stored->source == core::DayInfo::Source::Rss || date != latest)) {
        // An RSS day is authoritative; a rebuilt past day is as good as the API gets.
        FetchOutcome outcome;
        outcome.result = FetchOutcome::Result::AlreadyStored;
        outcome.date = date;
        outcome.day = *stored;
        outcome.message =
            tr("%1 is already stored (%n paper(s)); use refresh to fetch it again.", nullptr, stored->total)
                .arg(date.toString(Qt::ISODate));
        finish(outcome);
        return;
    }
    if (date == latest) {
        fetchRss(date);
    } else {
        fetchApiPage(date, 0);
    }
}

void DayFetcher::fetchRss(QDate wanted)
{
    Q_EMIT progress(tr("Fetching the latest announcement from arXiv…"), 0, 0);
    m_client->get(rssUrl(m_profile), this, [this, wanted](const HttpResult &http) {
        if (m_cancelled) {
            finish({FetchOutcome::Result::Cancelled, wanted, {}, tr("Fetch cancelled."), false});
            return;
        }
        if (!http.ok()) {
            fail(wanted, http.error, true);
            return;
        }
        const FeedResult feed = RssParser::parse(http.body, http.contentType);
        if (feed.kind == FeedResult::Kind::Failed) {
            fail(wanted, tr("arXiv's feed could not be read: %1").arg(feed.error), true);
            return;
        }
        const QDate feedDate = feed.announcementDate.isValid() ? feed.announcementDate : wanted;
        if (feedDate != wanted) {
            // The feed still shows an older day (or was dated oddly): keep what it listed under its own
            // date, and rebuild the wanted day from the API.
            qCInfo(lcFetch) << "RSS is dated" << feedDate << "wanted" << wanted;
            if (feed.kind == FeedResult::Kind::Listing && feedDate < wanted) {
                storeListing(feedDate, feed, core::DayInfo::Source::Rss);
            }
            m_busy = true;
            fetchApiPage(wanted, 0);
            return;
        }
        if (feed.kind == FeedResult::Kind::NoAnnouncement) {
            core::DayInfo day;
            day.date = wanted;
            day.state = core::DayInfo::State::NoAnnouncement;
            day.source = core::DayInfo::Source::Rss;
            day.fetchedAt = QDateTime::currentDateTimeUtc();
            store::DayRepository(m_db).put(day);
            finish({FetchOutcome::Result::NoAnnouncement, wanted, day,
                    tr("arXiv's feed lists no new papers for %1.").arg(wanted.toString(Qt::ISODate)), false});
            return;
        }
        storeListing(wanted, feed, core::DayInfo::Source::Rss);
        const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(wanted);
        if (!day || day->state != core::DayInfo::State::Fetched) {
            return; // storeListing reported the failure
        }
        finish({FetchOutcome::Result::Fetched, wanted, *day,
                tr("Fetched %1: %2 listed, %3 to score.")
                    .arg(wanted.toString(Qt::ISODate))
                    .arg(day->total)
                    .arg(day->scanned),
                false});
    });
}

void DayFetcher::fetchApiPage(QDate date, int start)
{
    const core::AnnouncementCalendar::Window window = m_calendar.submissionWindow(date);
    Q_EMIT progress(
        tr("Rebuilding %1 from the arXiv API (%2 so far)…").arg(date.toString(Qt::ISODate)).arg(start), start,
        0);
    m_client->get(
        apiUrl(m_profile, window, start, ApiPageSize), this, [this, date, start](const HttpResult &http) {
            if (m_cancelled) {
                finish({FetchOutcome::Result::Cancelled, date, {}, tr("Fetch cancelled."), false});
                return;
            }
            if (!http.ok()) {
                fail(date, http.error, true);
                return;
            }
            const FeedResult page = AtomParser::parse(http.body, m_profile.sources.categories);
            if (page.kind == FeedResult::Kind::Failed) {
                fail(date, tr("The arXiv API's answer could not be read: %1").arg(page.error), true);
                return;
            }
            // Pages may overlap when results shift while paging; a page with nothing new means the
            // API is repeating itself, and asking on would never end.
            int fresh = 0;
            for (const core::AnnouncedPaper &item : page.papers) {
                if (!m_collectedIds.contains(item.paper.arxivId)) {
                    m_collectedIds.insert(item.paper.arxivId);
                    m_collected.append(item);
                    ++fresh;
                }
            }
            m_collectedSkipped += page.skipped;
            if (!page.papers.isEmpty() && fresh == 0) {
                fail(date,
                     tr("The arXiv API repeated the same results at %1 of %2; try again later.")
                         .arg(start)
                         .arg(page.totalResults),
                     true);
                return;
            }
            const int total = page.totalResults;
            // Page on from the entries that actually came: arXiv may answer fewer than max_results
            // while its itemsPerPage still echoes max_results.
            const int consumed = static_cast<int>(page.papers.size()) + page.skipped + page.duplicates;
            Q_EMIT progress(tr("Rebuilding %1 from the arXiv API…").arg(date.toString(Qt::ISODate)),
                            static_cast<int>(m_collected.size()), qMax(total, 0));
            if (total > 0 && consumed == 0 && start < total) {
                fail(date,
                     tr("The arXiv API returned an empty page at %1 of %2 results; try again later.")
                         .arg(start)
                         .arg(total),
                     true);
                return;
            }
            if (total > 0 && start + consumed < total) {
                fetchApiPage(date, start + consumed);
                return;
            }
            FeedResult all;
            all.kind = m_collected.isEmpty() ? FeedResult::Kind::NoAnnouncement : FeedResult::Kind::Listing;
            all.papers = m_collected;
            all.skipped = m_collectedSkipped;
            if (all.kind == FeedResult::Kind::NoAnnouncement) {
                core::DayInfo day;
                day.date = date;
                day.state = core::DayInfo::State::NoAnnouncement;
                day.source = core::DayInfo::Source::Api;
                day.fetchedAt = QDateTime::currentDateTimeUtc();
                store::DayRepository(m_db).put(day);
                finish({FetchOutcome::Result::NoAnnouncement, date, day,
                        tr("The arXiv API lists no papers for the submission window of %1.")
                            .arg(date.toString(Qt::ISODate)),
                        false});
                return;
            }
            storeListing(date, all, core::DayInfo::Source::Api);
            const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(date);
            if (day && day->state == core::DayInfo::State::Fetched) {
                finish({FetchOutcome::Result::Fetched, date, *day,
                        tr("Rebuilt %1 from the arXiv API: %2 listed, %3 to score.")
                            .arg(date.toString(Qt::ISODate))
                            .arg(day->total)
                            .arg(day->scanned),
                        false});
            }
        });
}

void DayFetcher::storeListing(QDate date, const FeedResult &feed, core::DayInfo::Source source)
{
    core::Announcement announcement;
    announcement.date = date;
    announcement.papers = feed.papers;
    announcement.skipped = feed.skipped;
    pipeline::Prefilter(m_profile).apply(announcement.papers);

    store::DayRepository days(m_db);
    core::DayInfo day;
    day.date = date;
    day.state = core::DayInfo::State::Fetched;
    // An RSS listing is authoritative: a later API rebuild of the same day does not demote it.
    const std::optional<core::DayInfo> before = days.find(date);
    day.source =
        (before && before->source == core::DayInfo::Source::Rss) ? core::DayInfo::Source::Rss : source;
    day.skipped = feed.skipped;
    day.fetchedAt = QDateTime::currentDateTimeUtc();
    QString error;
    if (!days.storeAnnouncement(announcement, day, &error)) {
        fail(date, tr("Could not store %1: %2").arg(date.toString(Qt::ISODate), error), false);
    }
}

void DayFetcher::fail(QDate date, const QString &message, bool remote)
{
    store::DayRepository days(m_db);
    std::optional<core::DayInfo> day = days.find(date);
    if (!day || day->state != core::DayInfo::State::Fetched) {
        // Never demote a stored day to failed: its papers stay readable.
        core::DayInfo failed;
        failed.date = date;
        failed.state = core::DayInfo::State::Failed;
        failed.failure = message;
        failed.fetchedAt = QDateTime::currentDateTimeUtc();
        days.put(failed);
        day = failed;
    }
    finish({FetchOutcome::Result::Failed, date, *day, message, remote});
}

void DayFetcher::finish(FetchOutcome outcome)
{
    m_busy = false;
    m_collected.clear();
    Q_EMIT finished(outcome);
}

} // namespace pd::arxiv
