#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace pd::core {

// The LLM's verdict on one paper under one profile fingerprint (the reference JSONL fields).
struct Score {
    enum class Status { Scored, Failed };

    QString arxivId;
    QString fingerprint;
    Status status = Status::Scored;
    QString failure; // why scoring failed; empty when scored
    int relevance = 0;
    int novelty = 0;
    QString primaryTopic;
    QStringList matchedTopics;
    QString comment;
    QString topicMatch;
    QStringList hotspotTags;
    QString hotspotComment;
    // The prose (comment, matched topics, topic match and hotspot comments). In two-pass scoring
    // pass 1 gives the scores only; pass 2 asks the prose for papers that pass the thresholds or
    // carry a hotspot tag. Asked: given with the scores (single pass) or by pass 2.
    enum class Detail { NotAsked, Asked, Failed };
    Detail detail = Detail::Asked;
    QString detailFailure;  // why pass 2 gave no prose for this paper; empty unless Failed
    bool heuristic = false; // made by the offline heuristic scorer, not an LLM
    qint64 runId = 0;
    QDateTime scoredAt;

    int total() const { return relevance + novelty; }
    // The one relevance rule: a scored result at or above both thresholds. Which score a day
    // shows for a paper (current, stale, heuristic) is pipeline::DayView's.
    bool isRelevant(int minRelevance, int minNovelty) const
    {
        return status == Status::Scored && relevance >= minRelevance && novelty >= minNovelty;
    }
    bool operator==(const Score &) const = default;
};

QString scoreStatusName(Score::Status status);
QString scoreDetailName(Score::Detail detail);
Score::Detail scoreDetailFromName(const QString &name);
Score::Status scoreStatusFromName(const QString &name);

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::Score)
