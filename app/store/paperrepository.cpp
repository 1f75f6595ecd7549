#include "paperrepository.h"

#include "database.h"
#include "json.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::store {

PaperRepository::PaperRepository(const Database &db)
    : m_db(db)
{}

bool PaperRepository::upsert(const core::Paper &p, QSqlError *failure)
{
    Query q(m_db.connection(), uR"(
        INSERT INTO papers (arxiv_id, version, title, authors, abstract, categories, comments,
                            journal_ref, doi, license, updated_at)
        VALUES (:id, :version, :title, :authors, :abstract, :categories, :comments, :journal, :doi,
                :license, :now)
        ON CONFLICT (arxiv_id) DO UPDATE SET
            version = excluded.version, title = excluded.title, authors = excluded.authors,
            abstract = excluded.abstract, categories = excluded.categories, comments = excluded.comments,
            journal_ref = excluded.journal_ref, doi = excluded.doi, license = excluded.license,
            updated_at = excluded.updated_at
        WHERE excluded.version >= papers.version)"_s);
    q.bind(u":id"_s, p.arxivId)
        .bind(u":version"_s, p.version)
        .bind(u":title"_s, p.title)
        .bind(u":authors"_s, toJsonList(p.authors))
        .bind(u":abstract"_s, p.abstract)
        .bind(u":categories"_s, toJsonList(p.categories))
        .bind(u":comments"_s, p.comments)
        .bind(u":journal"_s, p.journalRef)
        .bind(u":doi"_s, p.doi)
        .bind(u":license"_s, p.license)
        .bind(u":now"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec()) {
        if (failure) {
            *failure = q.sqlError();
        }
        return false;
    }
    return true;
}

std::optional<core::Paper> PaperRepository::find(const QString &arxivId) const
{
    Query q(m_db.connection(), uR"(
        SELECT arxiv_id, version, title, authors, abstract, categories, comments, journal_ref, doi, license
        FROM papers WHERE arxiv_id = :id)"_s);
    q.bind(u":id"_s, arxivId);
    if (!q.exec() || !q.next()) {
        return std::nullopt;
    }
    return paperFromRow(q);
}

std::optional<QList<core::Paper>> PaperRepository::starred(QSqlError *failure) const
{
    Query q(m_db.connection(), uR"(
        SELECT p.arxiv_id, p.version, p.title, p.authors, p.abstract, p.categories, p.comments,
               p.journal_ref, p.doi, p.license
        FROM papers p JOIN reading_state r ON r.arxiv_id = p.arxiv_id
        WHERE r.starred <> 0
        ORDER BY p.arxiv_id)"_s);
    if (!q.exec()) {
        if (failure) {
            *failure = q.sqlError();
        }
        return std::nullopt;
    }
    QList<core::Paper> papers;
    while (q.next()) {
        papers.append(paperFromRow(q));
    }
    return papers;
}

core::Paper PaperRepository::paperFromRow(const Query &q)
{
    core::Paper p;
    p.arxivId = q.value(0).toString();
    p.version = q.value(1).toInt();
    p.title = q.value(2).toString();
    p.authors = fromJsonList(q.value(3).toString());
    p.abstract = q.value(4).toString();
    p.categories = fromJsonList(q.value(5).toString());
    p.comments = q.value(6).toString();
    p.journalRef = q.value(7).toString();
    p.doi = q.value(8).toString();
    p.license = q.value(9).toString();
    return p;
}

namespace {

// Words as the index's unicode61 tokenizer sees them: letters and digits, lower case, without
// diacritics ("remove_diacritics 2").
QStringList indexWords(const QString &userText)
{
    static const QRegularExpression wordPattern(uR"([\p{L}\p{N}]+)"_s);
    QStringList words;
    auto it = wordPattern.globalMatch(userText);
    while (it.hasNext()) {
        QString word = it.next().captured(0).toLower().normalized(QString::NormalizationForm_KD);
        word.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
        if (!word.isEmpty()) {
            words.append(word);
        }
    }
    return words;
}

QString quoted(const QString &word)
{
    return u'"' + word + u'"';
}

constexpr int MinPrefixLength = 3;
constexpr int MaxCompletions = 32;

} // namespace

std::optional<QStringList> PaperRepository::completions(const QString &prefix, int max) const
{
    // FTS5 answers a prefix query by merging the posting lists of every matching word in full
    // before it returns a row (80+ ms for "model*" over 100,000 abstracts). Looking the words up
    // in the vocabulary and OR-ing them lets the newest-first scan stop after RankWindow rows.
    const QSqlDatabase db = m_db.connection();
    QSqlQuery create(db);
    if (!create.exec(u"CREATE VIRTUAL TABLE IF NOT EXISTS temp.papers_fts_words "
                     u"USING fts5vocab(main, papers_fts, row)"_s)) {
        return std::nullopt;
    }
    Query q(db, uR"(
        SELECT term FROM temp.papers_fts_words
        WHERE term >= :prefix AND term < :prefix || char(1114111)
        ORDER BY doc DESC, term LIMIT :max)"_s);
    q.bind(u":prefix"_s, prefix).bind(u":max"_s, max);
    if (!q.exec()) {
        return std::nullopt;
    }
    QStringList words;
    while (q.next()) {
        words.append(q.value(0).toString());
    }
    return words;
}

QStringList PaperRepository::searchWords(const QString &userText)
{
    QStringList words = indexWords(userText.left(MaxQueryChars));
    if (words.size() > MaxQueryTerms) {
        words.resize(MaxQueryTerms);
    }
    return words;
}

// PostgreSQL: the tsvector column and its GIN index (resources/sql/postgresql/001_initial.sql), folded
// like FTS5's unicode61 and ranked by ts_rank with the title, author and abstract weights 1.0, 0.4
// and 0.2 (bm25's 5:2:1). The last word of 3 letters or more also matches as a prefix.
QStringList PaperRepository::searchPostgres(const QString &userText, int limit) const
{
    const QStringList words = searchWords(userText);
    if (words.isEmpty()) {
        return {};
    }
    QStringList terms;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const bool prefix = i + 1 == words.size() && words.at(i).size() >= MinPrefixLength;
        terms.append(u'\'' + words.at(i) + u'\'' + (prefix ? u":*"_s : QString()));
    }
    Query q(m_db.connection(), uR"(
        SELECT f.arxiv_id FROM (
            SELECT p.arxiv_id, p.rowid, ts_rank('{0, 0.2, 0.4, 1.0}', p.search, q) AS score
            FROM papers p, to_tsquery('simple', :query) q
            WHERE p.search @@ q ORDER BY p.rowid DESC LIMIT :window) f
        ORDER BY f.score DESC, f.rowid DESC LIMIT :limit)"_s);
    q.bind(u":query"_s, terms.join(u" & "_s)).bind(u":window"_s, RankWindow).bind(u":limit"_s, limit);
    QStringList ids;
    if (q.exec()) {
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
    }
    return ids;
}

QStringList PaperRepository::search(const QString &userText, int limit) const
{
    if (m_db.isPostgres()) {
        return searchPostgres(userText, limit);
    }
    const QStringList words = searchWords(userText);
    if (words.isEmpty()) {
        return {};
    }
    QStringList terms;
    for (qsizetype i = 0; i + 1 < words.size(); ++i) {
        terms.append(quoted(words.at(i)));
    }
    const QString &last = words.last();
    if (last.size() < MinPrefixLength) {
        terms.append(quoted(last));
    } else if (const std::optional<QStringList> more = completions(last, MaxCompletions)) {
        if (more->isEmpty()) {
            return {}; // no indexed word starts like this
        }
        QStringList alternatives;
        for (const QString &word : *more) {
            alternatives.append(quoted(word));
        }
        terms.append(u'(' + alternatives.join(u" OR "_s) + u')');
    } else {
        terms.append(quoted(last) + u'*'); // slower, same answer
    }
    // bm25 weighs a word in the title 5x, in the authors 2x, against one in the abstract; ties go
    // to the newer paper.
    Query q(m_db.connection(), uR"(
        SELECT p.arxiv_id
        FROM (SELECT rowid, bm25(papers_fts, 5.0, 1.0, 2.0) AS score FROM papers_fts
              WHERE papers_fts MATCH :match ORDER BY rowid DESC LIMIT :window) f
        JOIN papers p ON p.rowid = f.rowid
        ORDER BY f.score, f.rowid DESC LIMIT :limit)"_s);
    q.bind(u":match"_s, terms.join(u" AND "_s)).bind(u":window"_s, RankWindow).bind(u":limit"_s, limit);
    QStringList ids;
    if (q.exec()) {
        while (q.next()) {
            ids.append(q.value(0).toString());
        }
    }
    return ids;
}

int PaperRepository::count() const
{
    Query q(m_db.connection(), u"SELECT COUNT(*) FROM papers"_s);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pd::store
