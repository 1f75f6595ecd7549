#include "summarycache.h"

#include "store/dayrepository.h"

namespace pd::pipeline {

namespace {

// What a summary reads of a paper: the id, the title and whether it was read; the rest is dropped to keep
// months small.
void slim(DayContent &content)
{
    for (store::DayPaper &row : content.papers) {
        core::Paper &p = row.listing.paper;
        p.authors.clear();
        p.abstract.clear();
        p.comments.clear();
        p.journalRef.clear();
        if (row.score) {
            row.score->comment.clear();
            row.score->topicMatch.clear();
            row.score->hotspotComment.clear();
        }
        row.reading.note.clear(); // read stays: the calendar counts unread papers
    }
}

} // namespace

SummaryCache::SummaryCache(const store::Database &db, const core::Profile &profile)
    : m_db(db)
    , m_view(std::make_unique<DayView>(db, profile))
{}

SummaryCache::~SummaryCache() = default;

void SummaryCache::setProfile(const core::Profile &profile)
{
    m_view = std::make_unique<DayView>(m_db, profile);
    m_contents.clear();
}

void SummaryCache::forget(QDate date)
{
    m_contents.remove(date);
}

void SummaryCache::forget(QDate from, QDate to)
{
    for (QDate d = from; d.isValid() && d <= to; d = d.addDays(1)) {
        m_contents.remove(d);
    }
}

QList<const DayContent *> SummaryCache::contents(QDate from, QDate to,
                                                 const core::Profile::Thresholds &thresholds)
{
    QList<const DayContent *> out;
    if (!from.isValid() || !to.isValid() || from > to) {
        return out;
    }
    const QList<core::DayInfo> known = store::DayRepository(m_db).list(from, to);
    for (const core::DayInfo &info : known) {
        if (!m_contents.contains(info.date)) {
            DayContent content = m_view->day(info.date, thresholds);
            slim(content);
            m_contents.insert(info.date, std::move(content));
        }
    }
    // Pointers only once nothing is inserted any more: an insertion may move the others.
    for (const core::DayInfo &info : known) {
        DayContent &content = m_contents[info.date];
        content.thresholds = thresholds;
        out.append(&content);
    }
    return out;
}

QList<DaySummary> SummaryCache::days(QDate from, QDate to, const core::Profile::Thresholds &thresholds)
{
    QList<DaySummary> out;
    const QList<const DayContent *> days = contents(from, to, thresholds);
    for (const DayContent *day : days) {
        out.append(summarize(*day));
    }
    return out;
}

MonthSummary SummaryCache::month(QDate anyDay, const core::Profile::Thresholds &thresholds, int topPerTopic)
{
    if (!anyDay.isValid()) {
        return {};
    }
    const QDate first(anyDay.year(), anyDay.month(), 1);
    return summarizeMonth(first, contents(first, first.addMonths(1).addDays(-1), thresholds), topPerTopic);
}

} // namespace pd::pipeline
