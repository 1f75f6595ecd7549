#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace pd::store {

class Database;

// The trained "For you" model, as bytes the ranker wrote, and what it was trained on.
struct StoredRanker {
    QByteArray model;
    int likes = 0;
    int examples = 0;
    QString signature; // RankerRepository::signature() when it was trained
    QDateTime trainedAt;
};

class RankerRepository final
{
public:
    explicit RankerRepository(const Database &db);

    bool save(const StoredRanker &ranker, QString *error);
    std::optional<StoredRanker> load() const;
    // Cheap: the stored model's signature and training time, without the model.
    std::optional<StoredRanker> stamp() const;
    bool clear(QString *error);
    // What the ranker learns from, summarised: it changes with every like, dislike, star and
    // imported reference, and a model trained under another signature is out of date.
    QString signature() const;

private:
    const Database &m_db;
};

} // namespace pd::store
