#include "groupranker.h"

#include "foryou.h"
#include "rank/ranker.h"
#include "store/database.h"

#include <QMutex>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

namespace {

struct Pooled {
    QString signature;
    std::shared_ptr<const rank::Ranker> ranker;
};

QMutex pooledMutex;
QHash<QString, Pooled> &pooled()
{
    static QHash<QString, Pooled> models;
    return models;
}

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// Every reader's rows of `table`, as one relation with the columns `columns`.
QString unionOf(const QStringList &schemas, const QString &table, const QString &columns)
{
    QStringList parts;
    for (const QString &schema : schemas) {
        parts.append(u"SELECT %1 FROM %2.%3"_s.arg(columns, quoted(schema), table));
    }
    return u'(' + parts.join(u" UNION ALL "_s) + u')';
}

} // namespace

QStringList GroupRanker::readerSchemas(const store::Database &db)
{
    QSqlQuery q(db.connection());
    QStringList schemas;
    if (q.exec(uR"(SELECT n.nspname FROM pg_namespace n
                   WHERE n.nspname LIKE 'reader\_%' AND to_regclass(quote_ident(n.nspname) || '.reading_state') IS NOT NULL
                   ORDER BY n.nspname)"_s)) {
        while (q.next()) {
            schemas.append(q.value(0).toString());
        }
    }
    return schemas;
}

std::shared_ptr<const rank::Ranker> GroupRanker::model(const store::Database &db, ForYouTraining *report)
{
    if (!db.isPostgres()) {
        return ForYou::model(db);
    }
    const QStringList schemas = readerSchemas(db);
    if (schemas.isEmpty()) {
        return nullptr;
    }
    ForYou::Sources from;
    from.readingState =
        unionOf(schemas, u"reading_state"_s, u"arxiv_id, reaction, starred, read, reacted_at, updated_at"_s);
    from.libraryItems = unionOf(schemas, u"library_items"_s, u"matched"_s);
    // What the pooled model was trained on: the readers and their reactions.
    QSqlQuery q(db.connection());
    const QString stamp =
        u"SELECT COUNT(*) || '/' || COALESCE(MAX(reacted_at), '') || '/' || COALESCE(MAX(updated_at), '') "
        u"FROM %1 r WHERE reaction <> '' OR starred = 1"_s.arg(from.readingState);
    const QString signature =
        schemas.join(u',') + u'@' + (q.exec(stamp) && q.next() ? q.value(0).toString() : QString());
    {
        const QMutexLocker lock(&pooledMutex);
        const auto it = pooled().constFind(db.path());
        if (it != pooled().cend() && it->signature == signature) {
            return it->ranker;
        }
    }
    ForYouTraining training;
    std::optional<rank::Ranker> trained = ForYou::fit(db, {}, &training, from);
    if (report) {
        *report = training;
    }
    std::shared_ptr<const rank::Ranker> ranker =
        trained ? std::make_shared<const rank::Ranker>(std::move(*trained)) : nullptr;
    const QMutexLocker lock(&pooledMutex);
    pooled().insert(db.path(), {signature, ranker});
    return ranker;
}

} // namespace pd::pipeline
