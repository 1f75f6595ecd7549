#include "rankerrepository.h"

#include "database.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd::store {

RankerRepository::RankerRepository(const Database &db)
    : m_db(db)
{}

bool RankerRepository::save(const StoredRanker &ranker, QString *error)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO ranker_models (id, model, likes, examples, signature, trained_at)
        VALUES (1, :model, :likes, :examples, :signature, :at)
        ON CONFLICT (id) DO UPDATE SET model = excluded.model, likes = excluded.likes,
            examples = excluded.examples, signature = excluded.signature, trained_at = excluded.trained_at)"_s);
    q.bind(u":model"_s, ranker.model)
        .bind(u":likes"_s, ranker.likes)
        .bind(u":examples"_s, ranker.examples)
        .bind(u":signature"_s, ranker.signature)
        .bind(u":at"_s, ranker.trainedAt.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        *error = m_db.writeFailure(q.sqlError());
        return false;
    }
    return true;
}

std::optional<StoredRanker> RankerRepository::load() const
{
    Query q(m_db.connection(), u"SELECT model, likes, examples, signature, trained_at FROM ranker_models"_s);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    StoredRanker r;
    r.model = q.value(0).toByteArray();
    r.likes = q.value(1).toInt();
    r.examples = q.value(2).toInt();
    r.signature = q.value(3).toString();
    r.trainedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    return r;
}

std::optional<StoredRanker> RankerRepository::stamp() const
{
    Query q(m_db.connection(), u"SELECT likes, examples, signature, trained_at FROM ranker_models"_s);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    StoredRanker r;
    r.likes = q.value(0).toInt();
    r.examples = q.value(1).toInt();
    r.signature = q.value(2).toString();
    r.trainedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    return r;
}

bool RankerRepository::clear(QString *error)
{
    Query q(m_db.connection(), u"DELETE FROM ranker_models"_s);
    if (!q.exec()) {
        *error = m_db.writeFailure(q.sqlError());
        return false;
    }
    return true;
}

QString RankerRepository::signature() const
{
    Query q(m_db.connection(), uR"(
        SELECT (SELECT COUNT(*) FROM reading_state WHERE reaction = 'like'),
               (SELECT COUNT(*) FROM reading_state WHERE reaction = 'dislike'),
               (SELECT COUNT(*) || '@' || COALESCE(MAX(updated_at), '') FROM reading_state WHERE starred = 1),
               (SELECT COALESCE(MAX(reacted_at), '') FROM reading_state),
               (SELECT COUNT(*) FROM library_items),
               (SELECT COUNT(*) FROM library_items WHERE matched IS NOT NULL),
               (SELECT COUNT(*) FROM reading_state WHERE read = 1))"_s);
    if (!q.exec() || !q.next()) {
        return {};
    }
    // Read papers are the weak negatives: counted in steps of 50, so reading does not retrain
    // the model after every paper.
    return u"%1/%2/%3/%4/%5/%6/%7"_s.arg(q.value(0).toInt())
        .arg(q.value(1).toInt())
        .arg(q.value(2).toString())
        .arg(q.value(3).toString())
        .arg(q.value(4).toInt())
        .arg(q.value(5).toInt())
        .arg(q.value(6).toInt() / 50);
}

} // namespace pd::store
