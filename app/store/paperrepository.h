#pragma once

#include "core/paper.h"

#include <QList>
#include <QSqlError>
#include <QStringList>

#include <optional>

namespace pd::store {

class Database;
class Query;

// Papers, one row per arXiv id (without version), and full-text search over them.
class PaperRepository final
{
public:
    explicit PaperRepository(const Database &db);

    // Inserts the paper, or updates it when this is the same or a newer version. On failure,
    // SQLite's error in *failure when given.
    bool upsert(const core::Paper &paper, QSqlError *failure = nullptr);
    std::optional<core::Paper> find(const QString &arxivId) const;
    // Every paper the reader starred, whatever day listed it, in arXiv id order; nothing when the
    // database cannot be read (SQLite's error in *failure when given).
    std::optional<QList<core::Paper>> starred(QSqlError *failure = nullptr) const;
    // Ids of papers matching the words a user typed (title, abstract, authors), best first. The
    // last word also matches as a prefix (search as you type) when it has 3 letters or more.
    // Ranking looks at the `RankWindow` newest matches only, so a word found in most papers costs
    // no more than a rare one.
    // Only the first MaxQueryChars characters and MaxQueryTerms words count: a pasted page of text
    // answers as fast as a few words.
    QStringList search(const QString &userText, int limit = 200) const;
    static constexpr int RankWindow = 2000;
    static constexpr int MaxQueryChars = 256;
    static constexpr int MaxQueryTerms = 32;
    // The words search() looks for in `userText`, folded as the index folds them.
    static QStringList searchWords(const QString &userText);
    int count() const;

    // A paper from the first ten columns of a row, in this order:
    // arxiv_id, version, title, authors, abstract, categories, comments, journal_ref, doi, license.
    static core::Paper paperFromRow(const Query &q);

private:
    // The indexed words that start with `prefix` (folded like the index folds), the most common
    // first, at most `max`; nullopt when the index's vocabulary cannot be read.
    std::optional<QStringList> completions(const QString &prefix, int max) const;
    QStringList searchPostgres(const QString &userText, int limit) const;

    const Database &m_db;
};

} // namespace pd::store
