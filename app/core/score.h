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
Score::Status scoreStatusFromName(const QString &name);

} // namespace pd::core

Q_DECLARE_METATYPE(pd::core::Score)
