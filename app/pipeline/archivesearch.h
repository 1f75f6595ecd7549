#pragma once

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace pd::store {
class Database;
}

namespace pd::pipeline {

// Full-text search over every stored paper (FTS5, best first), for the window's "Search All Days":
// each hit with the last day that listed it and its score under the current settings, if any.
class ArchiveSearch final
{
public:
    struct Hit {
        QString arxivId;
        QString title;
        QDate date; // the newest announcement day that listed the paper
        std::optional<int> relevance;
        std::optional<int> novelty;
    };

    ArchiveSearch(const store::Database &db, QString fingerprint);

    // At most `limit` hits; the query is capped like PaperRepository::search (256 characters,
    // 32 words), so a pasted page answers as fast as a few words.
    QList<Hit> find(const QString &text, int limit = 100) const;

private:
    const store::Database &m_db;
    QString m_fingerprint;
};

} // namespace pd::pipeline
