#pragma once

#include "core/paper.h"

#include <QStringList>

#include <optional>

namespace pd::store {

class Database;

// Papers, one row per arXiv id (without version), and full-text search over them.
class PaperRepository final
{
public:
    explicit PaperRepository(const Database &db);

    // Inserts the paper, or updates it when this is the same or a newer version.
    bool upsert(const core::Paper &paper);
    std::optional<core::Paper> find(const QString &arxivId) const;
    // Ids of papers matching the words a user typed (title, abstract, authors), best first.
    QStringList search(const QString &userText, int limit = 200) const;
    int count() const;

    // Turns free text into a safe FTS5 query: each word quoted, the last one as a prefix.
    static QString ftsQuery(const QString &userText);

private:
    const Database &m_db;
};

} // namespace pd::store
