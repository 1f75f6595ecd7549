#include "libraryrepository.h"

#include "database.h"
#include "json.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd::store {

struct LibraryRepository::PaperKeys {
    QSet<QString> ids;
    QHash<QString, QString> byDoi;
    QHash<QString, QString> byTitle;

    QString match(const LibraryItem &item) const
    {
        if (!item.arxivId.isEmpty() && ids.contains(item.arxivId)) {
            return item.arxivId;
        }
        if (const QString doi = item.doi.toLower(); !doi.isEmpty()) {
            if (const auto it = byDoi.constFind(doi); it != byDoi.cend()) {
                return *it;
            }
            // arXiv's own DOIs name the paper: 10.48550/arXiv.2506.01234
            static const QRegularExpression arxivDoi(uR"(^10\.48550/arxiv\.(.+)$)"_s);
            if (const auto m = arxivDoi.match(doi); m.hasMatch() && ids.contains(m.captured(1))) {
                return m.captured(1);
            }
        }
        const QString title = foldTitle(item.title);
        return title.size() >= 12 ? byTitle.value(title) : QString();
    }
};

LibraryRepository::LibraryRepository(const Database &db)
    : m_db(db)
{}

QString LibraryRepository::foldTitle(const QString &title)
{
    QString folded = title.normalized(QString::NormalizationForm_KD).toCaseFolded();
    folded.removeIf([](QChar c) { return !c.isLetterOrNumber(); });
    return folded;
}

QString LibraryRepository::dedupeKey(const LibraryItem &item)
{
    if (!item.arxivId.isEmpty()) {
        return u"arxiv:"_s + item.arxivId;
    }
    if (!item.doi.isEmpty()) {
        return u"doi:"_s + item.doi.toLower();
    }
    return u"title:"_s + foldTitle(item.title);
}

LibraryRepository::PaperKeys LibraryRepository::paperKeys() const
{
    PaperKeys keys;
    Query q(m_db.connection(), u"SELECT arxiv_id, doi, title FROM papers"_s);
    if (!q.exec()) {
        return keys;
    }
    while (q.next()) {
        const QString id = q.value(0).toString();
        keys.ids.insert(id);
        if (const QString doi = q.value(1).toString().toLower(); !doi.isEmpty()) {
            keys.byDoi.insert(doi, id);
        }
        keys.byTitle.insert(foldTitle(q.value(2).toString()), id);
    }
    return keys;
}

bool LibraryRepository::import(const QList<LibraryItem> &items, const QString &source, Imported *result,
                               QString *error)
{
    *result = {};
    const PaperKeys keys = paperKeys();
    Transaction tx(m_db.connection());
    Query insert(m_db.connection(), uR"(
        INSERT INTO library_items (dedupe, title, abstract, authors, arxiv_id, doi, year, matched,
                                   source, imported_at)
        VALUES (:dedupe, :title, :abstract, :authors, :arxiv, :doi, :year, :matched, :source, :now)
        ON CONFLICT (dedupe) DO NOTHING)"_s);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    bool ok = tx.isActive();
    for (qsizetype i = 0; ok && i < items.size(); ++i) {
        const LibraryItem &item = items.at(i);
        const QString matched = keys.match(item);
        insert.bind(u":dedupe"_s, dedupeKey(item))
            .bind(u":title"_s, item.title)
            .bind(u":abstract"_s, item.abstract)
            .bind(u":authors"_s, toJsonList(item.authors))
            .bind(u":arxiv"_s, item.arxivId)
            .bind(u":doi"_s, item.doi.toLower())
            .bind(u":year"_s, item.year)
            .bind(u":matched"_s, matched.isEmpty() ? QVariant() : QVariant(matched))
            .bind(u":source"_s, source)
            .bind(u":now"_s, now);
        ok = insert.exec();
        if (ok) {
            (insert.numRowsAffected() > 0 ? result->added : result->already) += 1;
            result->matched += matched.isEmpty() ? 0 : 1;
        }
    }
    if (!ok || !tx.commit()) {
        *error = m_db.writeFailure(insert.sqlError().isValid() ? insert.sqlError()
                                                               : m_db.connection().lastError());
        *result = {};
        return false;
    }
    return true;
}

bool LibraryRepository::rematch(QString *error)
{
    const PaperKeys keys = paperKeys();
    const QList<LibraryItem> unmatched = [&] {
        QList<LibraryItem> out;
        for (const LibraryItem &item : items()) {
            if (item.matched.isEmpty()) {
                out.append(item);
            }
        }
        return out;
    }();
    Transaction tx(m_db.connection());
    Query update(m_db.connection(), u"UPDATE library_items SET matched = :matched WHERE dedupe = :dedupe"_s);
    bool ok = tx.isActive();
    for (const LibraryItem &item : unmatched) {
        if (const QString matched = keys.match(item); ok && !matched.isEmpty()) {
            ok = update.bind(u":matched"_s, matched).bind(u":dedupe"_s, dedupeKey(item)).exec();
        }
    }
    if (!ok || !tx.commit()) {
        *error = m_db.writeFailure(m_db.connection().lastError());
        return false;
    }
    return true;
}

QList<LibraryItem> LibraryRepository::items() const
{
    Query q(m_db.connection(), uR"(
        SELECT title, abstract, authors, arxiv_id, doi, year, matched FROM library_items ORDER BY id)"_s);
    QList<LibraryItem> out;
    if (!q.exec()) {
        return out;
    }
    while (q.next()) {
        LibraryItem item;
        item.title = q.value(0).toString();
        item.abstract = q.value(1).toString();
        item.authors = fromJsonList(q.value(2).toString());
        item.arxivId = q.value(3).toString();
        item.doi = q.value(4).toString();
        item.year = q.value(5).toInt();
        item.matched = q.value(6).toString();
        out.append(item);
    }
    return out;
}

int LibraryRepository::count() const
{
    Query q(m_db.connection(), u"SELECT COUNT(*) FROM library_items"_s);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace pd::store
