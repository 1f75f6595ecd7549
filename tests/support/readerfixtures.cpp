#include "readerfixtures.h"

#include "fixtures.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace pd::test {

namespace {

const QString Fingerprint = u"fp-reader"_s;

store::DayPaper listed(int n)
{
    store::DayPaper row;
    row.listing.paper = samplePaper(n);
    return row;
}

} // namespace

store::DayPaper scoredDayPaper(int n, int relevance, int novelty, const QString &topic,
                               const QStringList &hotspotTags)
{
    store::DayPaper row = listed(n);
    row.score = sampleScore(row.paper().arxivId, Fingerprint, relevance, novelty, topic);
    row.state = core::PaperState::Scored;
    row.score->hotspotTags = hotspotTags;
    if (!hotspotTags.isEmpty()) {
        row.score->hotspotComment = u"Hot: "_s + hotspotTags.join(u", "_s);
    }
    return row;
}

store::DayPaper failedDayPaper(int n, const QString &reason)
{
    store::DayPaper row = listed(n);
    core::Score score;
    score.arxivId = row.paper().arxivId;
    score.fingerprint = Fingerprint;
    score.status = core::Score::Status::Failed;
    score.failure = reason;
    row.score = score;
    row.state = core::PaperState::Failed;
    return row;
}

store::DayPaper staleDayPaper(int n, int relevance, int novelty, const QString &topic, const QString &model,
                              const QString &currentFailure)
{
    store::DayPaper row = scoredDayPaper(n, relevance, novelty, topic);
    row.score->fingerprint = u"fp-earlier"_s;
    row.score->scoredAt = QDateTime(QDate(2026, 4, 18), QTime(9, 30), QTimeZone::utc());
    row.state = core::PaperState::Stale;
    row.staleModel = model;
    row.currentFailure = currentFailure;
    return row;
}

store::DayPaper unscoredDayPaper(int n)
{
    return listed(n);
}

store::DayPaper filteredDayPaper(int n, const QString &reason)
{
    store::DayPaper row = listed(n);
    row.listing.filterReason = reason;
    row.state = core::PaperState::Filtered;
    return row;
}

core::Profile readerProfile()
{
    core::Profile profile;
    profile.name = u"reader"_s;
    profile.topics = {
        {u"efficiency_scaling"_s, u"Efficiency & scaling"_s, u"Cheaper training and inference"_s, {}, {}},
        {u"architecture_training"_s, u"Architecture & training"_s, u"How models are built"_s, {}, {}},
        {u"agents_reasoning"_s, u"Agents & reasoning"_s, u"Planning and tool use"_s, {}, {}},
    };
    profile.thresholds = {8, 8};
    return profile;
}

//  n  state        rel nov score topic                  hotspot                  reading
//  1  scored        9   9   18   architecture_training  daily_hot
//  2  scored        8   8   16   efficiency_scaling                              read, starred
//  3  scored       10   7   17   architecture_training                           (5 authors)
//  4  scored        7  10   17   efficiency_scaling     new_frontier             (title "Quantum …")
//  5  heuristic     9   8   17   architecture_training  daily_hot, new_frontier
//  6  scored        3   2    5   agents_reasoning                                (abstract on proteins)
//  7  failed                                                                      starred
//  8  unscored                                                                    (author Grace Hopper)
//  9  filtered                                                                    starred
// 10  filtered, with a stale score 9 / 9 from an older run
// 11  scored        8   9   17   unknown_topic (not in the profile)
// 12  scored        9   9   18   efficiency_scaling
store::DayPaperList readerDay()
{
    store::DayPaperList day;
    day << scoredDayPaper(1, 9, 9, u"architecture_training"_s, {u"daily_hot"_s});
    day << scoredDayPaper(2, 8, 8, u"efficiency_scaling"_s);
    day.last().reading = {true, true, u"Read it twice"_s};
    day << scoredDayPaper(3, 10, 7, u"architecture_training"_s);
    day.last().listing.paper.authors << u"Dana Scott"_s << u"Edsger Dijkstra"_s;
    day << scoredDayPaper(4, 7, 10, u"efficiency_scaling"_s, {u"new_frontier"_s});
    day.last().listing.paper.title = u"Quantum error correction with transformers"_s;
    day << scoredDayPaper(5, 9, 8, u"architecture_training"_s, {u"daily_hot"_s, u"new_frontier"_s});
    day.last().score->heuristic = true;
    day << scoredDayPaper(6, 3, 2, u"agents_reasoning"_s);
    day.last().listing.paper.abstract = u"Diffusion models for protein folding."_s;
    day << failedDayPaper(7, u"no answer after 3 tries"_s);
    day.last().reading.starred = true;
    day << unscoredDayPaper(8);
    day.last().listing.paper.authors = {u"Grace Hopper"_s};
    day << filteredDayPaper(9, u"announce type replace"_s);
    day.last().reading.starred = true;
    day << filteredDayPaper(10, u"keyword: survey"_s);
    day.last().score = sampleScore(day.last().paper().arxivId, Fingerprint, 9, 9);
    day << scoredDayPaper(11, 8, 9, u"unknown_topic"_s);
    day << scoredDayPaper(12, 9, 9, u"efficiency_scaling"_s);
    return day;
}

} // namespace pd::test
