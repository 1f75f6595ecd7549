#include "dayfetcher.h"

#include "arxiv/arxivclient.h"
#include "arxiv/atomparser.h"
#include "arxiv/requesturls.h"
#include "arxiv/rssparser.h"
#include "budgetfilter.h"
#include "foryou.h"
#include "groupranker.h"
#include "prefilter.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/readingrepository.h"

#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcFetch, "paperdesk.fetch", QtWarningMsg)

namespace pd::pipeline {

using arxiv::FeedResult;
using arxiv::HttpResult;

DayFetcher::DayFetcher(arxiv::ArxivClient *client, const store::Database &db, core::Profile profile,
                       core::AnnouncementCalendar calendar, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_db(db)
    , m_profile(std::move(profile))
    , m_calendar(std::move(calendar))
{}

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
             Cause::Request);
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
    m_client->get(arxiv::rssUrl(m_profile.sources), this,
                  [this, wanted](const HttpResult &http) { onRss(wanted, http); });
}

void DayFetcher::onRss(QDate wanted, const HttpResult &http)
{
    if (m_cancelled) {
        finish({FetchOutcome::Result::Cancelled, wanted, {}, tr("Fetch cancelled."), false});
        return;
    }
    if (!http.ok()) {
        fail(wanted, http.error, Cause::Remote);
        return;
    }
    const FeedResult feed = arxiv::RssParser::parse(http.body, http.contentType);
    if (feed.kind == FeedResult::Kind::Failed) {
        fail(wanted,
             tr("arXiv's RSS feed for %1 could not be read, so nothing from it was stored: %2")
                 .arg(m_profile.sources.categories.join(u", "_s), feed.error),
             Cause::Remote);
        return;
    }
    const QDate feedDate = feed.announcementDate.isValid() ? feed.announcementDate : wanted;
    if (feedDate != wanted) {
        // The feed still shows an older day (or was dated oddly): keep what it listed under its own
        // date, and rebuild the wanted day from the API.
        qCInfo(lcFetch) << "RSS is dated" << feedDate << "wanted" << wanted;
        if (feed.kind == FeedResult::Kind::Listing && feedDate < wanted &&
            !storeListing(feedDate, feed, core::DayInfo::Source::Rss)) {
            return;
        }
        fetchApiPage(wanted, 0);
        return;
    }
    if (feed.kind == FeedResult::Kind::NoAnnouncement) {
        emptyReply(wanted);
        return;
    }
    if (storeListing(wanted, feed, core::DayInfo::Source::Rss)) {
        finishFetched(wanted, tr("Fetched %1: %2 listed, %3 to score."));
    }
}

void DayFetcher::finishFetched(QDate date, const QString &message)
{
    const std::optional<core::DayInfo> day = store::DayRepository(m_db).find(date);
    const core::DayInfo stored = day.value_or(core::DayInfo{});
    finish({FetchOutcome::Result::Fetched, date, stored,
            message.arg(date.toString(Qt::ISODate)).arg(stored.total).arg(stored.scanned), false});
}

void DayFetcher::fetchApiPage(QDate date, int start)
{
    const core::AnnouncementCalendar::Window window = m_calendar.submissionWindow(date);
    Q_EMIT progress(
        tr("Rebuilding %1 from the arXiv API (%2 so far)…").arg(date.toString(Qt::ISODate)).arg(start), start,
        0);
    m_client->get(arxiv::apiUrl(m_profile.sources, window, start, ApiPageSize), this,
                  [this, date, start](const HttpResult &http) { onApiPage(date, start, http); });
}

void DayFetcher::onApiPage(QDate date, int start, const HttpResult &http)
{
    if (m_cancelled) {
        finish({FetchOutcome::Result::Cancelled, date, {}, tr("Fetch cancelled."), false});
        return;
    }
    if (!http.ok()) {
        fail(date, http.error, Cause::Remote);
        return;
    }
    const FeedResult page = arxiv::AtomParser::parse(http.body, m_profile.sources.categories);
    if (page.kind == FeedResult::Kind::Failed) {
        fail(date,
             tr("The arXiv API's answer for %1 (%2) could not be read, so nothing from it was stored: %3")
                 .arg(date.toString(Qt::ISODate), http.url.toDisplayString(), page.error),
             Cause::Remote);
        return;
    }
    // Pages may overlap when results shift while paging; a page with nothing new means the API is
    // repeating itself, and asking on would never end.
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
             Cause::Remote);
        return;
    }
    const int total = page.totalResults;
    // Page on from the entries that actually came: arXiv may answer fewer than max_results while its
    // itemsPerPage still echoes max_results.
    const int consumed = static_cast<int>(page.papers.size()) + page.skipped + page.duplicates;
    Q_EMIT progress(tr("Rebuilding %1 from the arXiv API…").arg(date.toString(Qt::ISODate)),
                    static_cast<int>(m_collected.size()), qMax(total, 0));
    if (total > 0 && consumed == 0 && start < total) {
        fail(date,
             tr("The arXiv API returned an empty page at %1 of %2 results; try again later.")
                 .arg(start)
                 .arg(total),
             Cause::Remote);
        return;
    }
    if (total > 0 && start + consumed < total) {
        fetchApiPage(date, start + consumed);
        return;
    }
    finishApiRebuild(date);
}

void DayFetcher::finishApiRebuild(QDate date)
{
    if (m_collected.isEmpty()) {
        emptyReply(date);
        return;
    }
    FeedResult all;
    all.kind = FeedResult::Kind::Listing;
    all.papers = m_collected;
    all.skipped = m_collectedSkipped;
    if (storeListing(date, all, core::DayInfo::Source::Api)) {
        finishFetched(date, tr("Rebuilt %1 from the arXiv API: %2 listed, %3 to score."));
    }
}

// The calendar says `date` has an announcement, and arXiv answered with none: a hiccup on arXiv's
// side, never a reason to hide what is stored.
void DayFetcher::emptyReply(QDate date)
{
    store::DayRepository days(m_db);
    std::optional<core::DayInfo> day = days.find(date);
    if (day && day->state != core::DayInfo::State::Fetched && days.listedCount(date) > 0) {
        // An earlier version turned such a day into "no announcement"; its listing is still there.
        QString error;
        if (!days.restoreFetched(date, &error)) {
            fail(date, error, Cause::Local);
            return;
        }
        day = days.find(date);
    }
    const QString when = date.toString(Qt::ISODate);
    if (day && day->state == core::DayInfo::State::Fetched) {
        finish({FetchOutcome::Result::AlreadyStored, date, *day,
                tr("arXiv returned an empty listing for %1; the %n paper(s) stored for it are kept.", nullptr,
                   day->total)
                    .arg(when),
                false});
        return;
    }
    fail(date, tr("arXiv returned no papers for %1, an announcement day; try again later.").arg(when),
         Cause::Remote);
}

// False when the listing could not be stored; the fetch has then finished with the reason.
bool DayFetcher::storeListing(QDate date, const FeedResult &feed, core::DayInfo::Source source)
{
    core::Announcement announcement;
    announcement.date = date;
    announcement.papers = feed.papers;
    announcement.skipped = feed.skipped;
    const Prefilter prefilter(m_profile);
    prefilter.apply(announcement.papers);
    if (m_profile.sources.budgetMode) {
        // A shared database's scorer works for the group: its budget follows everybody's likes.
        if (const std::shared_ptr<const rank::Ranker> ranker = GroupRanker::model(m_db)) {
            BudgetFilter::apply(announcement.papers, m_profile, *ranker, prefilter);
        }
    }
    keepUpdatesOfCaredPapers(announcement.papers);

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
        fail(date,
             tr("%1 was not stored; nothing of it was written. %2").arg(date.toString(Qt::ISODate), error),
             Cause::Local);
        return false;
    }
    return true;
}

// A new version of a paper the reader starred, liked or annotated is news to them whatever the
// type and keyword rules say: it is kept (and scored if it never was) and shows under "Updated".
void DayFetcher::keepUpdatesOfCaredPapers(QList<core::AnnouncedPaper> &papers) const
{
    const auto isUpdate = [](const core::AnnouncedPaper &item) {
        return item.type == core::AnnounceType::Replace || item.type == core::AnnounceType::ReplaceCross;
    };
    if (std::none_of(papers.cbegin(), papers.cend(), [&](const core::AnnouncedPaper &item) {
            return isUpdate(item) && !item.filterReason.isEmpty();
        })) {
        return;
    }
    const QSet<QString> cared = store::ReadingRepository(m_db).caredAbout();
    for (core::AnnouncedPaper &item : papers) {
        if (isUpdate(item) && cared.contains(item.paper.arxivId)) {
            item.filterReason.clear();
        }
    }
}

void DayFetcher::fail(QDate date, const QString &message, Cause cause)
{
    store::DayRepository days(m_db);
    std::optional<core::DayInfo> day = days.find(date);
    if (!day || day->state != core::DayInfo::State::Fetched) {
        // Never demote a stored day to failed: its papers stay readable. The mark is a courtesy:
        // when the database itself failed, writing it may fail too, and the message says why.
        core::DayInfo failed;
        failed.date = date;
        failed.state = core::DayInfo::State::Failed;
        failed.failure = message;
        failed.fetchedAt = QDateTime::currentDateTimeUtc();
        days.put(failed);
        day = failed;
    }
    FetchOutcome outcome{FetchOutcome::Result::Failed, date, *day, message, cause == Cause::Remote};
    outcome.local = cause == Cause::Local;
    finish(outcome);
}

void DayFetcher::finish(FetchOutcome outcome)
{
    m_busy = false;
    m_collected.clear();
    Q_EMIT finished(outcome);
}

} // namespace pd::pipeline
