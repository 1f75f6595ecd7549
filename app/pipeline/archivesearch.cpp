#include "archivesearch.h"

#include "store/database.h"
#include "store/paperrepository.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

ArchiveSearch::ArchiveSearch(const store::Database &db, QString fingerprint)
    : m_db(db)
    , m_fingerprint(std::move(fingerprint))
{}

QList<ArchiveSearch::Hit> ArchiveSearch::find(const QString &text, int limit) const
{
    const QStringList ids = store::PaperRepository(m_db).search(text, limit);
    if (ids.isEmpty()) {
        return {};
    }
    // One query for every hit's title, newest listing day and current score.
    QStringList marks;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        marks.append(u":id%1"_s.arg(i));
    }
    store::Query q(m_db.connection(), uR"(
        SELECT p.arxiv_id, p.title, (SELECT MAX(a.date) FROM announcements a WHERE a.arxiv_id = p.arxiv_id),
               s.relevance, s.novelty
        FROM papers p
        LEFT JOIN scores s ON s.arxiv_id = p.arxiv_id AND s.fingerprint = :fp AND s.status = 'scored'
        WHERE p.arxiv_id IN (%1))"_s.arg(marks.join(u", "_s)));
    q.bind(u":fp"_s, m_fingerprint);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        q.bind(marks.at(i), ids.at(i));
    }
    QHash<QString, Hit> byId;
    if (q.exec()) {
        while (q.next()) {
            Hit hit;
            hit.arxivId = q.value(0).toString();
            hit.title = q.value(1).toString();
            hit.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            if (!q.value(3).isNull()) {
                hit.relevance = q.value(3).toInt();
                hit.novelty = q.value(4).toInt();
            }
            byId.insert(hit.arxivId, hit);
        }
    }
    QList<Hit> hits;
    for (const QString &id : ids) { // in rank order
        if (const auto it = byId.constFind(id); it != byId.constEnd() && it->date.isValid()) {
            hits.append(*it);
        }
    }
    return hits;
}

} // namespace pd::pipeline
