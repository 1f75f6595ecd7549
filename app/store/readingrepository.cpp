#include "readingrepository.h"

#include "database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace pd::store {

ReadingRepository::ReadingRepository(const Database &db)
    : m_db(db)
{}

core::ReadingState ReadingRepository::get(const QString &arxivId) const
{
    Query q(m_db.connection(),
            u"SELECT read, starred, note, reaction FROM reading_state WHERE arxiv_id = :id"_s);
    q.bind(u":id"_s, arxivId);
    core::ReadingState s;
    if (q.exec() && q.next()) {
        s.read = q.value(0).toBool();
        s.starred = q.value(1).toBool();
        s.note = q.value(2).toString();
        core::reactionFromName(q.value(3).toString(), &s.reaction);
    }
    return s;
}

bool ReadingRepository::put(const QString &arxivId, const core::ReadingState &s)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO reading_state (arxiv_id, read, starred, note, reaction, reacted_at, updated_at)
        VALUES (:id, :read, :starred, :note, :reaction, CASE WHEN :reaction = '' THEN NULL ELSE :now END, :now)
        ON CONFLICT (arxiv_id) DO UPDATE SET read = excluded.read, starred = excluded.starred,
            note = excluded.note, updated_at = excluded.updated_at,
            reacted_at = CASE WHEN reading_state.reaction = excluded.reaction THEN reading_state.reacted_at
                              ELSE excluded.reacted_at END,
            reaction = excluded.reaction)"_s);
    q.bind(u":id"_s, arxivId)
        .bind(u":read"_s, s.read ? 1 : 0)
        .bind(u":starred"_s, s.starred ? 1 : 0)
        .bind(u":note"_s, s.note)
        .bind(u":reaction"_s, core::reactionName(s.reaction))
        .bind(u":now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec();
}

bool ReadingRepository::setRead(const QString &arxivId, bool read)
{
    core::ReadingState s = get(arxivId);
    s.read = read;
    return put(arxivId, s);
}

bool ReadingRepository::setStarred(const QString &arxivId, bool starred)
{
    core::ReadingState s = get(arxivId);
    s.starred = starred;
    return put(arxivId, s);
}

bool ReadingRepository::setReaction(const QString &arxivId, core::ReadingState::Reaction reaction)
{
    core::ReadingState s = get(arxivId);
    s.reaction = reaction;
    return put(arxivId, s);
}

QList<ReadingRepository::Reacted> ReadingRepository::reactions() const
{
    Query q(m_db.connection(), uR"(
        SELECT arxiv_id, reaction, reacted_at FROM reading_state WHERE reaction <> ''
        ORDER BY reacted_at, arxiv_id)"_s);
    QList<Reacted> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        Reacted r;
        r.arxivId = q.value(0).toString();
        core::reactionFromName(q.value(1).toString(), &r.reaction);
        r.at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        out.append(r);
    }
    return out;
}

bool ReadingRepository::setNote(const QString &arxivId, const QString &note)
{
    core::ReadingState s = get(arxivId);
    s.note = note;
    return put(arxivId, s);
}

QSet<QString> ReadingRepository::caredAbout() const
{
    Query q(m_db.connection(), uR"(
        SELECT arxiv_id FROM reading_state
        WHERE (starred <> 0 AND reaction <> 'dislike') OR reaction = 'like' OR note <> '')"_s);
    QSet<QString> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        out.insert(q.value(0).toString());
    }
    return out;
}

} // namespace pd::store
