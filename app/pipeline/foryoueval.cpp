#include "foryoueval.h"

#include "dayview.h"
#include "foryou.h"
#include "store/dayrepository.h"

#include <algorithm>

namespace pd::pipeline {

std::optional<RankingQuality> RankingQuality::of(QList<std::pair<double, bool>> scored)
{
    const auto positives =
        std::count_if(scored.cbegin(), scored.cend(), [](const auto &p) { return p.second; });
    const auto negatives = scored.size() - positives;
    if (positives == 0 || negatives == 0) {
        return std::nullopt;
    }
    std::stable_sort(scored.begin(), scored.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const auto precisionAt = [&scored](qsizetype k) {
        const qsizetype n = std::min(k, scored.size());
        return static_cast<double>(std::count_if(scored.cbegin(), scored.cbegin() + n,
                                                 [](const auto &p) { return p.second; })) /
               static_cast<double>(k);
    };
    // Mann–Whitney: for every (liked, other) pair, 1 when the liked one scores higher, ½ on a tie.
    double wins = 0.0;
    for (const auto &liked : std::as_const(scored)) {
        if (!liked.second) {
            continue;
        }
        for (const auto &other : std::as_const(scored)) {
            if (!other.second) {
                wins += liked.first > other.first ? 1.0 : liked.first == other.first ? 0.5 : 0.0;
            }
        }
    }
    RankingQuality q;
    q.precisionAt10 = precisionAt(10);
    q.precisionAt20 = precisionAt(20);
    q.auc = wins / (static_cast<double>(positives) * static_cast<double>(negatives));
    return q;
}

QList<DayEvaluation> ForYouEvaluation::run(const store::Database &db, const core::Profile &profile,
                                           QDate from, QDate to)
{
    QList<DayEvaluation> out;
    const DayView view(db, profile);
    for (const core::DayInfo &info : store::DayRepository(db).list(from, to)) {
        const DayContent day = view.day(info.date);
        DayEvaluation e;
        e.date = info.date;
        QList<std::pair<double, bool>> llm;
        QList<const store::DayPaper *> rows;
        for (const store::DayPaper &row : day.papers) {
            if (row.isFiltered()) {
                continue;
            }
            rows.append(&row);
            e.liked += row.reading.isLiked() ? 1 : 0;
            if (row.showsScore() && row.score && !row.score->heuristic) {
                llm.append({row.score->relevance + row.score->novelty, row.reading.isLiked()});
            }
        }
        e.papers = static_cast<int>(rows.size());
        if (e.liked == 0) {
            continue;
        }
        e.llm = RankingQuality::of(llm); // over the papers the LLM scored
        ForYouTraining report;
        if (const std::optional<rank::Ranker> ranker = ForYou::fit(db, info.date, &report)) {
            QList<std::pair<double, bool>> forYou;
            for (const store::DayPaper *row : std::as_const(rows)) {
                forYou.append(
                    {ranker->score(ForYou::document(row->paper())).value_or(0.0), row->reading.isLiked()});
            }
            e.forYou = RankingQuality::of(forYou);
        }
        out.append(e);
    }
    return out;
}

} // namespace pd::pipeline
