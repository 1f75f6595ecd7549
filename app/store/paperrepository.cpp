#include "paperrepository.h"

#include "database.h"
#include "json.h"

#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace pd::store {

PaperRepository::PaperRepository(const Database &db)
    : m_db(db)
{}

bool PaperRepository::upsert(const core::Paper &p)
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
    return q.exec();
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

QString PaperRepository::ftsQuery(const QString &userText)
{
    static const QRegularExpression wordPattern(uR"([\p{L}\p{N}_]+)"_s);
    QStringList terms;
    auto it = wordPattern.globalMatch(userText);
    while (it.hasNext()) {
        terms.append(u'"' + it.next().captured(0) + u'"');
    }
    if (terms.isEmpty()) {
        return {};
    }
    terms.last().append(u'*');
    return terms.join(u' ');
}

QStringList PaperRepository::search(const QString &userText, int limit) const
{
    const QString match = ftsQuery(userText);
    if (match.isEmpty()) {
        return {};
    }
    Query q(m_db.connection(), uR"(
        SELECT p.arxiv_id FROM papers_fts f JOIN papers p ON p.rowid = f.rowid
        WHERE papers_fts MATCH :match ORDER BY f.rank LIMIT :limit)"_s);
    q.bind(u":match"_s, match).bind(u":limit"_s, limit);
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
