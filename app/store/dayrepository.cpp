#include "dayrepository.h"

#include "database.h"
#include "json.h"
#include "paperrepository.h"
#include "scorerepository.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

const QString dayColumns = u"date, state, source, total, scanned, skipped, fetched_at, failure"_s;

core::DayInfo dayFromRow(const Query &q)
{
    core::DayInfo d;
    d.date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
    d.state = core::dayStateFromName(q.value(1).toString());
    d.source = core::daySourceFromName(q.value(2).toString());
    d.total = q.value(3).toInt();
    d.scanned = q.value(4).toInt();
    d.skipped = q.value(5).toInt();
    d.fetchedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    d.failure = q.value(7).toString();
    return d;
}

} // namespace

DayRepository::DayRepository(const Database &db)
    : m_db(db)
{}

bool DayRepository::put(const core::DayInfo &d, QSqlError *failure)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO days (date, state, source, total, scanned, skipped, fetched_at, failure)
        VALUES (:date, :state, :source, :total, :scanned, :skipped, :fetched, :failure)
        ON CONFLICT (date) DO UPDATE SET
            state = excluded.state, source = excluded.source, total = excluded.total,
            scanned = excluded.scanned, skipped = excluded.skipped, fetched_at = excluded.fetched_at,
            failure = excluded.failure)"_s);
    q.bind(u":date"_s, d.date.toString(Qt::ISODate))
        .bind(u":state"_s, core::dayStateName(d.state))
        .bind(u":source"_s, core::daySourceName(d.source))
        .bind(u":total"_s, d.total)
        .bind(u":scanned"_s, d.scanned)
        .bind(u":skipped"_s, d.skipped)
        .bind(u":fetched"_s,
              d.fetchedAt.isValid() ? QVariant(d.fetchedAt.toUTC().toString(Qt::ISODate)) : QVariant())
        .bind(u":failure"_s, d.failure);
    if (!q.exec()) {
        if (failure) {
            *failure = q.sqlError();
        }
        return false;
    }
    return true;
}

std::optional<core::DayInfo> DayRepository::find(QDate date) const
{
    Query q(m_db.connection(), u"SELECT "_s + dayColumns + u" FROM days WHERE date = :date"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate));
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return dayFromRow(q);
}

QList<core::DayInfo> DayRepository::list(QDate from, QDate to) const
{
    Query q(m_db.connection(),
            u"SELECT "_s + dayColumns + u" FROM days WHERE date >= :from AND date <= :to ORDER BY date"_s);
    q.bind(u":from"_s, from.isValid() ? from.toString(Qt::ISODate) : u"0000-00-00"_s)
        .bind(u":to"_s, to.isValid() ? to.toString(Qt::ISODate) : u"9999-99-99"_s);
    QList<core::DayInfo> days;
    if (q.exec()) {
        while (q.next()) {
            days.append(dayFromRow(q));
        }
    }
    return days;
}

std::optional<QDate> DayRepository::latest(core::DayInfo::State state) const
{
    Query q(m_db.connection(), u"SELECT MAX(date) FROM days WHERE state = :state"_s);
    q.bind(u":state"_s, core::dayStateName(state));
    if (!q.exec() || !q.next() || q.value(0).isNull()) {
        return std::nullopt;
    }
    return QDate::fromString(q.value(0).toString(), Qt::ISODate);
}

bool DayRepository::storeAnnouncement(const core::Announcement &a, core::DayInfo day, QString *error)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (!tx.isActive()) {
        *error = m_db.writeFailure(db.lastError());
        return false;
    }
    // The day row must exist before listings reference it.
    day.date = a.date;
    QSqlError failure;
    if (!put(day, &failure) || !storeListings(a, &failure) || !updateCounts(a.date, &failure)) {
        *error = m_db.writeFailure(failure);
        return false;
    }
    if (!tx.commit()) {
        *error = m_db.writeFailure(db.lastError());
        return false;
    }
    return true;
}

bool DayRepository::storeListings(const core::Announcement &a, QSqlError *failure)
{
    PaperRepository papers(m_db);
    Query listing(m_db.connection(), uR"(
        INSERT INTO announcements (date, arxiv_id, announce_type, position, filter_reason)
        VALUES (:date, :id, :type, :position, :reason)
        ON CONFLICT (date, arxiv_id) DO UPDATE SET
            announce_type = excluded.announce_type, filter_reason = excluded.filter_reason)"_s);
    const QString date = a.date.toString(Qt::ISODate);
    int position = 0;
    for (const core::AnnouncedPaper &item : a.papers) {
        listing.bind(u":date"_s, date)
            .bind(u":id"_s, item.paper.arxivId)
            .bind(u":type"_s, core::announceTypeName(item.type))
            .bind(u":position"_s, position++)
            .bind(u":reason"_s, item.filterReason);
        if (!papers.upsert(item.paper, failure)) {
            return false;
        }
        if (!listing.exec()) {
            *failure = listing.sqlError();
            return false;
        }
    }
    return true;
}

bool DayRepository::updateCounts(QDate date, QSqlError *failure)
{
    Query counts(m_db.connection(), uR"(
        UPDATE days SET
            total = (SELECT COUNT(*) FROM announcements WHERE date = :date),
            scanned = (SELECT COUNT(*) FROM announcements WHERE date = :date AND filter_reason = '')
        WHERE date = :date)"_s);
    counts.bind(u":date"_s, date.toString(Qt::ISODate));
    if (!counts.exec()) {
        *failure = counts.sqlError();
        return false;
    }
    return true;
}

int DayRepository::listedCount(QDate date) const
{
    Query q(m_db.connection(), u"SELECT COUNT(*) FROM announcements WHERE date = :date"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool DayRepository::restoreFetched(QDate date, QString *error)
{
    std::optional<core::DayInfo> day = find(date);
    if (!day || listedCount(date) == 0) {
        return false;
    }
    day->state = core::DayInfo::State::Fetched;
    day->failure.clear();
    QSqlError failure;
    if (!put(*day, &failure) || !updateCounts(date, &failure)) {
        *error = m_db.writeFailure(failure);
        return false;
    }
    return true;
}

DayPaperList DayRepository::papersOfDay(QDate date, const QString &fingerprint) const
{
    Query q(m_db.connection(), uR"(
        SELECT p.arxiv_id, p.version, p.title, p.authors, p.abstract, p.categories, p.comments,
               p.journal_ref, p.doi, p.license, a.announce_type, a.filter_reason,
               s.status, s.failure, s.relevance, s.novelty, s.primary_topic, s.matched_topics,
               s.comment, s.topic_match, s.hotspot_tags, s.hotspot_comment, s.heuristic, s.run_id,
               s.scored_at, s.detail, s.detail_failure, r.read, r.starred, r.note, r.reaction
        FROM announcements a
        JOIN papers p ON p.arxiv_id = a.arxiv_id
        LEFT JOIN scores s ON s.arxiv_id = a.arxiv_id AND s.fingerprint = :fingerprint
        LEFT JOIN reading_state r ON r.arxiv_id = a.arxiv_id
        WHERE a.date = :date
        ORDER BY a.position)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate)).bind(u":fingerprint"_s, fingerprint);
    DayPaperList out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        DayPaper row;
        row.listing.paper = PaperRepository::paperFromRow(q);
        const core::Paper &p = row.listing.paper;
        core::announceTypeFromName(q.value(10).toString(), &row.listing.type);
        row.listing.filterReason = q.value(11).toString();
        if (!q.value(12).isNull()) {
            core::Score s = ScoreRepository::scoreFromRow(q, 12);
            s.arxivId = p.arxivId;
            s.fingerprint = fingerprint;
            row.score = s;
        }
        // Under this fingerprint alone; pipeline::DayView adds stale and heuristic scores.
        if (row.isFiltered()) {
            row.state = core::PaperState::Filtered;
        } else if (row.score) {
            row.state = row.score->status == core::Score::Status::Scored ? core::PaperState::Scored
                                                                         : core::PaperState::Failed;
        }
        row.reading.read = q.value(27).toBool();
        row.reading.starred = q.value(28).toBool();
        row.reading.note = q.value(29).toString();
        core::reactionFromName(q.value(30).toString(), &row.reading.reaction);
        out.append(row);
    }
    return out;
}

} // namespace pd::store
