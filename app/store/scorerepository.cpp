#include "scorerepository.h"

#include "database.h"
#include "json.h"
#include "runrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace pd::store {

ScoreRepository::ScoreRepository(const Database &db)
    : m_db(db)
{}

bool ScoreRepository::putBatch(const QList<core::Score> &scores, QString *error)
{
    return commitBatch(scores, 0, {}, error);
}

bool ScoreRepository::commitBatch(const QList<core::Score> &scores, qint64 runId, const core::Usage &usage,
                                  QString *error)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (runId > 0 && !RunRepository(m_db).addUsage(runId, usage)) {
        *error =
            QCoreApplication::translate("ScoreRepository", "Cannot record the usage of run %1.").arg(runId);
        return false;
    }
    Query q(db, uR"(
        INSERT INTO scores (arxiv_id, fingerprint, status, failure, relevance, novelty, primary_topic,
                            matched_topics, comment, topic_match, hotspot_tags, hotspot_comment,
                            heuristic, run_id, scored_at, detail, detail_failure)
        VALUES (:id, :fp, :status, :failure, :relevance, :novelty, :primary, :matched, :comment,
                :topicMatch, :tags, :hotspotComment, :heuristic, :run, :at, :detail, :detailFailure)
        ON CONFLICT (arxiv_id, fingerprint) DO UPDATE SET
            status = excluded.status, failure = excluded.failure, relevance = excluded.relevance,
            novelty = excluded.novelty, primary_topic = excluded.primary_topic,
            matched_topics = excluded.matched_topics, comment = excluded.comment,
            topic_match = excluded.topic_match, hotspot_tags = excluded.hotspot_tags,
            hotspot_comment = excluded.hotspot_comment, heuristic = excluded.heuristic,
            run_id = excluded.run_id, scored_at = excluded.scored_at, detail = excluded.detail,
            detail_failure = excluded.detail_failure
        -- A failure never replaces a stored score (another process may have scored the paper).
        WHERE scores.status = 'failed' OR excluded.status = 'scored')"_s);
    for (const core::Score &s : scores) {
        const bool scored = s.status == core::Score::Status::Scored;
        q.bind(u":id"_s, s.arxivId)
            .bind(u":fp"_s, s.fingerprint)
            .bind(u":status"_s, core::scoreStatusName(s.status))
            .bind(u":failure"_s, s.failure)
            .bind(u":relevance"_s, scored ? QVariant(s.relevance) : QVariant())
            .bind(u":novelty"_s, scored ? QVariant(s.novelty) : QVariant())
            .bind(u":primary"_s, s.primaryTopic)
            .bind(u":matched"_s, toJsonList(s.matchedTopics))
            .bind(u":comment"_s, s.comment)
            .bind(u":topicMatch"_s, s.topicMatch)
            .bind(u":tags"_s, toJsonList(s.hotspotTags))
            .bind(u":hotspotComment"_s, s.hotspotComment)
            .bind(u":heuristic"_s, s.heuristic ? 1 : 0)
            .bind(u":detail"_s, core::scoreDetailName(s.detail))
            .bind(u":detailFailure"_s, s.detailFailure)
            .bind(u":run"_s, s.runId > 0 ? QVariant(s.runId) : QVariant())
            .bind(u":at"_s, (s.scoredAt.isValid() ? s.scoredAt : QDateTime::currentDateTimeUtc())
                                .toUTC()
                                .toString(Qt::ISODate));
        if (!q.exec()) {
            *error = QCoreApplication::translate("ScoreRepository", "Cannot store the score of %1: %2")
                         .arg(s.arxivId, q.error());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = QCoreApplication::translate("ScoreRepository", "Cannot commit a batch of scores.");
        return false;
    }
    return true;
}

bool ScoreRepository::rememberFingerprint(const QString &fingerprint, const QString &provider,
                                          const QString &model, double temperature,
                                          const QString &systemPrompt, const QString &userPrompt)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO fingerprints (fingerprint, provider, model, temperature, system_prompt, user_prompt, created_at)
        VALUES (:fp, :provider, :model, :temperature, :system, :user, :now)
        ON CONFLICT (fingerprint) DO NOTHING)"_s);
    q.bind(u":fp"_s, fingerprint)
        .bind(u":provider"_s, provider)
        .bind(u":model"_s, model)
        .bind(u":temperature"_s, temperature)
        .bind(u":system"_s, systemPrompt)
        .bind(u":user"_s, userPrompt)
        .bind(u":now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return q.exec();
}

QPair<QString, QString> ScoreRepository::promptsOf(const QString &fingerprint) const
{
    Query q(m_db.connection(),
            u"SELECT system_prompt, user_prompt FROM fingerprints WHERE fingerprint = :fp"_s);
    q.bind(u":fp"_s, fingerprint);
    if (q.exec() && q.next()) {
        return {q.value(0).toString(), q.value(1).toString()};
    }
    return {};
}

std::optional<core::Score> ScoreRepository::find(const QString &arxivId, const QString &fingerprint) const
{
    Query q(m_db.connection(), uR"(
        SELECT status, failure, relevance, novelty, primary_topic, matched_topics, comment, topic_match,
               hotspot_tags, hotspot_comment, heuristic, run_id, scored_at, detail, detail_failure
        FROM scores WHERE arxiv_id = :id AND fingerprint = :fp)"_s);
    q.bind(u":id"_s, arxivId).bind(u":fp"_s, fingerprint);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    core::Score s = scoreFromRow(q, 0);
    s.arxivId = arxivId;
    s.fingerprint = fingerprint;
    return s;
}

core::Score ScoreRepository::scoreFromRow(const Query &q, int first)
{
    const auto v = [&](int column) {
        return q.value(first + column);
    };
    core::Score s;
    s.status = core::scoreStatusFromName(v(0).toString());
    s.failure = v(1).toString();
    s.relevance = v(2).toInt();
    s.novelty = v(3).toInt();
    s.primaryTopic = v(4).toString();
    s.matchedTopics = fromJsonList(v(5).toString());
    s.comment = v(6).toString();
    s.topicMatch = v(7).toString();
    s.hotspotTags = fromJsonList(v(8).toString());
    s.hotspotComment = v(9).toString();
    s.heuristic = v(10).toBool();
    s.runId = v(11).toLongLong();
    s.scoredAt = QDateTime::fromString(v(12).toString(), Qt::ISODate);
    s.detail = core::scoreDetailFromName(v(13).toString());
    s.detailFailure = v(14).toString();
    return s;
}

QHash<QString, QList<EarlierScore>> ScoreRepository::scoredElsewhere(QDate date,
                                                                     const QString &fingerprint) const
{
    Query q(m_db.connection(), uR"(
        SELECT s.status, s.failure, s.relevance, s.novelty, s.primary_topic, s.matched_topics, s.comment,
               s.topic_match, s.hotspot_tags, s.hotspot_comment, s.heuristic, s.run_id, s.scored_at,
               s.detail, s.detail_failure, s.arxiv_id, s.fingerprint, COALESCE(f.model, '')
        FROM announcements a
        JOIN scores s ON s.arxiv_id = a.arxiv_id AND s.fingerprint <> :fp AND s.status = 'scored'
        LEFT JOIN fingerprints f ON f.fingerprint = s.fingerprint
        WHERE a.date = :date
        ORDER BY s.scored_at DESC)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate)).bind(u":fp"_s, fingerprint);
    QHash<QString, QList<EarlierScore>> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        EarlierScore e;
        e.score = scoreFromRow(q, 0);
        e.score.arxivId = q.value(15).toString();
        e.score.fingerprint = q.value(16).toString();
        e.model = q.value(17).toString();
        out[e.score.arxivId].append(e);
    }
    return out;
}

namespace {
QStringList idsOf(Query &q)
{
    QStringList ids;
    if (q.exec()) {
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
    }
    return ids;
}
} // namespace

QStringList ScoreRepository::unscoredIds(QDate date, const QString &fingerprint) const
{
    Query q(m_db.connection(), uR"(
        SELECT a.arxiv_id FROM announcements a
        WHERE a.date = :date AND a.filter_reason = ''
          AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.arxiv_id = a.arxiv_id AND s.fingerprint = :fp)
        ORDER BY a.position)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate)).bind(u":fp"_s, fingerprint);
    return idsOf(q);
}

QStringList ScoreRepository::unscoredOrFailedIds(QDate date, const QString &fingerprint) const
{
    Query q(m_db.connection(), uR"(
        SELECT a.arxiv_id FROM announcements a
        WHERE a.date = :date AND a.filter_reason = ''
          AND NOT EXISTS (SELECT 1 FROM scores s WHERE s.arxiv_id = a.arxiv_id AND s.fingerprint = :fp
                          AND s.status = 'scored')
        ORDER BY a.position)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate)).bind(u":fp"_s, fingerprint);
    return idsOf(q);
}

QStringList ScoreRepository::needingDetails(QDate date, const QString &fingerprint, int minRelevance,
                                            int minNovelty, bool retryFailed) const
{
    Query q(m_db.connection(), uR"(
        SELECT a.arxiv_id FROM announcements a
        JOIN scores s ON s.arxiv_id = a.arxiv_id AND s.fingerprint = :fp AND s.status = 'scored'
        WHERE a.date = :date AND a.filter_reason = ''
          AND (s.detail = 'not_asked' OR (:retry = 1 AND s.detail = 'failed'))
          AND ((s.relevance >= :minRelevance AND s.novelty >= :minNovelty) OR s.hotspot_tags <> '[]')
        ORDER BY a.position)"_s);
    q.bind(u":date"_s, date.toString(Qt::ISODate))
        .bind(u":fp"_s, fingerprint)
        .bind(u":retry"_s, retryFailed ? 1 : 0)
        .bind(u":minRelevance"_s, minRelevance)
        .bind(u":minNovelty"_s, minNovelty);
    return idsOf(q);
}

bool ScoreRepository::commitDetails(const QList<core::Score> &details, qint64 runId, const core::Usage &usage,
                                    QString *error)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (runId > 0 && !RunRepository(m_db).addUsage(runId, usage)) {
        *error =
            QCoreApplication::translate("ScoreRepository", "Cannot record the usage of run %1.").arg(runId);
        return false;
    }
    Query q(db, uR"(
        UPDATE scores SET matched_topics = :matched, comment = :comment, topic_match = :topicMatch,
                          hotspot_comment = :hotspotComment, detail = :detail, detail_failure = :detailFailure
        WHERE arxiv_id = :id AND fingerprint = :fp AND status = 'scored'
          AND (:replaces = 1 OR detail <> 'asked'))"_s);
    for (const core::Score &s : details) {
        q.bind(u":id"_s, s.arxivId)
            .bind(u":fp"_s, s.fingerprint)
            .bind(u":matched"_s, toJsonList(s.matchedTopics))
            .bind(u":comment"_s, s.comment)
            .bind(u":topicMatch"_s, s.topicMatch)
            .bind(u":hotspotComment"_s, s.hotspotComment)
            .bind(u":detail"_s, core::scoreDetailName(s.detail))
            .bind(u":detailFailure"_s, s.detailFailure)
            .bind(u":replaces"_s, s.detail == core::Score::Detail::Asked ? 1 : 0);
        if (!q.exec()) {
            *error = QCoreApplication::translate("ScoreRepository", "Cannot store the comments on %1: %2")
                         .arg(s.arxivId, q.error());
            return false;
        }
    }
    if (!tx.commit()) {
        *error = QCoreApplication::translate("ScoreRepository", "Cannot commit a batch of comments.");
        return false;
    }
    return true;
}

} // namespace pd::store
