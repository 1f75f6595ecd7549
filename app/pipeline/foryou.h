#pragma once

#include "core/paper.h"
#include "core/profile.h"
#include "core/topic.h"
#include "rank/ranker.h"
#include "store/daypaper.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>
#include <optional>

namespace pd::store {
class Database;
}

namespace pd::pipeline {

// What a training of the "For you" ranker used and how it went.
struct ForYouTraining {
    bool trained = false;
    QString message; // a sentence: what it learned from, or why there is no model
    int likes = 0;   // liked papers (likes, stars, matched library references)
    int library = 0; // library references that are no stored paper, used by their own text
    int dislikes = 0;
    int weak = 0; // seen but not liked papers, as weak negatives
    qint64 milliseconds = 0;
};

// The "For you" ranker over a database: which examples it learns from, training it, and the
// trained model every view scores with (pipeline::DayView, the exports, budget mode).
//
// Likes are the user's likes, starred papers (unless disliked) and library references that match
// a stored paper; references that match none are liked examples by their own title and abstract.
// Dislikes are the user's dislikes. Weak negatives are papers listed on days the user read in,
// neither liked nor disliked: a fixed sample of at most five per like and 20,000 rows in all.
class ForYou final
{
    Q_DECLARE_TR_FUNCTIONS(ForYou)

public:
    static constexpr int WeakPerLike = 5;
    static constexpr int MaxRows = 20000;
    static constexpr int CorpusSample = 20000;

    // Trains on what the database holds now and stores the model (or removes a model that no
    // longer has enough likes).
    static ForYouTraining train(const store::Database &db);
    // Trains in memory on the reactions to papers first listed before `before` (all when invalid)
    // and the whole library; nothing is stored. For the time-split evaluation.
    // Where the reactions and the library come from: this reader's tables, or (the shared scorer's
    // budget model, GroupRanker) every reader's in a shared database.
    struct Sources {
        QString readingState = QStringLiteral("reading_state");
        QString libraryItems = QStringLiteral("library_items");
    };
    static std::optional<rank::Ranker> fit(const store::Database &db, QDate before, ForYouTraining *report);
    static std::optional<rank::Ranker> fit(const store::Database &db, QDate before, ForYouTraining *report,
                                           const Sources &from);
    // Trains only when reactions or the library changed since the stored model was trained.
    static ForYouTraining ensureCurrent(const store::Database &db);
    static bool isCurrent(const store::Database &db);

    // The stored model, loaded once per training and shared; null while there is none.
    static std::shared_ptr<const rank::Ranker> model(const store::Database &db);

    static rank::Document document(const core::Paper &paper);
    // Sets every row's For you score from the stored model (none while there is no model);
    // scores are kept per model, so opening a day again scores nothing.
    static void score(const store::Database &db, store::DayPaperList &rows);

    // A draft topic for the liked papers and library references that none of the profile's topics
    // covers (the keyword heuristic gives them less than 5 of 10): label, description and keep
    // text from their top terms. nullopt with *why when there are not at least MinimumCluster.
    static constexpr int MinimumCluster = 3;
    static std::optional<core::Topic> suggestTopic(const store::Database &db, const core::Profile &profile,
                                                   QString *why);
};

} // namespace pd::pipeline
