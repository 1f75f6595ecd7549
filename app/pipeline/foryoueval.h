#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>
#include <utility>

namespace pd::store {
class Database;
}
namespace pd::core {
struct Profile;
}

namespace pd::pipeline {

// How well a score ranks what the user liked: precision at 10 and 20 and ROC AUC.
struct RankingQuality {
    double precisionAt10 = 0.0;
    double precisionAt20 = 0.0;
    double auc = 0.0;

    // (score, liked) pairs; nullopt without at least one liked and one other paper. Ties in AUC
    // count half; the precision cut takes the best-first order, ties by input order.
    static std::optional<RankingQuality> of(QList<std::pair<double, bool>> scored);
};

// The time-split evaluation behind `paperdesk eval`: for each announcement day with liked papers,
// the ranker is trained on reactions to earlier days and tested on that day, beside the LLM's
// score (relevance + novelty) where the day has one.
struct DayEvaluation {
    QDate date;
    int papers = 0; // listed and not filtered
    int liked = 0;
    std::optional<RankingQuality> forYou; // none when the earlier days give too few likes
    std::optional<RankingQuality> llm;    // none when the day has no LLM scores
};

class ForYouEvaluation final
{
    Q_DECLARE_TR_FUNCTIONS(ForYouEvaluation)

public:
    static QList<DayEvaluation> run(const store::Database &db, const core::Profile &profile, QDate from,
                                    QDate to);
};

} // namespace pd::pipeline
