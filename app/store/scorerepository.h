#pragma once

#include "core/score.h"
#include "core/usage.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace pd::store {

class Database;
class Query;

// A score made under another fingerprint than the one asked about, with the model it was made by.
struct EarlierScore {
    core::Score score;
    QString model; // empty when the fingerprint's record is gone
};

// Scores keyed by (paper, profile fingerprint): a score made under other settings is kept.
class ScoreRepository final
{
public:
    explicit ScoreRepository(const Database &db);

    // Writes a batch in one transaction: all of it lands or none.
    bool putBatch(const QList<core::Score> &scores, QString *error);
    // One scoring request's results and what it cost, in one transaction, so a killed run loses at
    // most the batches still in flight and its usage never counts papers that were not stored.
    bool commitBatch(const QList<core::Score> &scores, qint64 runId, const core::Usage &usage,
                     QString *error);
    // Pass 2 of two-pass scoring: the prose of scored papers (comment, matched topics, topic match
    // and hotspot comments, detail Asked) or why there is none (detail Failed, detailFailure), with
    // what the request cost, in one transaction. Scores and failures of scoring are left alone; a
    // failure never replaces prose already stored.
    bool commitDetails(const QList<core::Score> &details, qint64 runId, const core::Usage &usage,
                       QString *error);
    // Scored papers of the day under `fingerprint` that pass the thresholds or carry a hotspot tag
    // and have no prose yet (detail NotAsked, or Failed when `retryFailed`), in feed order.
    QStringList needingDetails(QDate date, const QString &fingerprint, int minRelevance, int minNovelty,
                               bool retryFailed) const;
    // Remembers what a fingerprint stands for (for the digest's prompt appendix); idempotent.
    bool rememberFingerprint(const QString &fingerprint, const QString &provider, const QString &model,
                             double temperature, const QString &systemPrompt, const QString &userPrompt);
    // The system and static user prompt a fingerprint stood for; empty when unknown.
    QPair<QString, QString> promptsOf(const QString &fingerprint) const;
    std::optional<core::Score> find(const QString &arxivId, const QString &fingerprint) const;
    // Scanned papers of the day that have no score yet under `fingerprint`, in feed order.
    QStringList unscoredIds(QDate date, const QString &fingerprint) const;
    // Also re-lists papers whose earlier attempt failed, for a retry.
    QStringList unscoredOrFailedIds(QDate date, const QString &fingerprint) const;
    // The scored results of the day's listed papers under every fingerprint but `fingerprint`,
    // newest first per paper.
    QHash<QString, QList<EarlierScore>> scoredElsewhere(QDate date, const QString &fingerprint) const;

    // The score in the 15 columns from `first` on: status, failure, relevance, novelty,
    // primary_topic, matched_topics, comment, topic_match, hotspot_tags, hotspot_comment, heuristic,
    // run_id, scored_at, detail, detail_failure. The one decoder of a stored score.
    static core::Score scoreFromRow(const Query &q, int first);

private:
    const Database &m_db;
};

} // namespace pd::store
