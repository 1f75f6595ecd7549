#pragma once

#include <QCoreApplication>

#include <memory>

namespace pd::rank {
class Ranker;
}
namespace pd::store {
class Database;
}

namespace pd::pipeline {

struct ForYouTraining;

// Budget mode on a shared database: the scorer serves the whole group, so the ranker that decides
// which papers are worth sending is trained on every reader's likes, stars and matched library
// references pooled (each reader's own For you model stays their own). In an SQLite data dir it is
// the reader's own model (ForYou::model).
class GroupRanker final
{
public:
    // The pooled model, trained when the pooled reactions changed since the last call in this
    // process; nullptr when nobody has reacted to anything yet. *report says what a training (when
    // one happened in this call) learned from.
    static std::shared_ptr<const rank::Ranker> model(const store::Database &db,
                                                     ForYouTraining *report = nullptr);
    // The reader schemas of a shared database whose reading state is pooled.
    static QStringList readerSchemas(const store::Database &db);
};

} // namespace pd::pipeline
