#include "storecopy.h"

#include "database.h"
#include "postgres.h"

#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

// The key that orders a table's rows, so batches can go on from the last row copied.
QString orderOf(const QString &table)
{
    static const QHash<QString, QString> keys{
        {u"papers"_s, u"arxiv_id"_s},
        {u"days"_s, u"date"_s},
        {u"announcements"_s, u"date, arxiv_id"_s},
        {u"runs"_s, u"id"_s},
        {u"fingerprints"_s, u"fingerprint"_s},
        {u"scores"_s, u"arxiv_id, fingerprint"_s},
        {u"provider_batches"_s, u"id"_s},
        {u"model_measurements"_s, u"model"_s},
        {u"reading_state"_s, u"arxiv_id"_s},
        {u"library_items"_s, u"id"_s},
        {u"ranker_models"_s, u"id"_s},
    };
    return keys.value(table);
}

// Columns both sides store, without the ones PostgreSQL computes (rowid, the search vector).
QStringList sharedColumns(const QSqlDatabase &source, const QSqlDatabase &target, const QString &table)
{
    const QSqlRecord from = source.record(table);
    const QSqlRecord to = target.record(table);
    QStringList columns;
    for (int i = 0; i < from.count(); ++i) {
        const QString name = from.fieldName(i);
        if (name != u"rowid" && name != u"search" && to.contains(name)) {
            columns.append(name);
        }
    }
    return columns;
}

qint64 countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toLongLong() : -1;
}

QString reasonOf(const Database &db, const QSqlError &error)
{
    return db.isPostgres() ? postgresReason(error) : error.text();
}

} // namespace

StoreCopy::StoreCopy(const Database &source, const Database &target, int batchSize)
    : m_source(source)
    , m_target(target)
    , m_batchSize(std::max(1, batchSize))
{}

QStringList StoreCopy::tables()
{
    return {u"papers"_s,        u"days"_s,          u"announcements"_s,    u"runs"_s,
            u"fingerprints"_s,  u"scores"_s,        u"provider_batches"_s, u"model_measurements"_s,
            u"reading_state"_s, u"library_items"_s, u"ranker_models"_s};
}

bool StoreCopy::run(const Progress &progress, QString *error)
{
    m_counts.clear();
    for (const QString &table : tables()) {
        if (!copyTable(table, progress, error)) {
            return false;
        }
    }
    if (m_target.isPostgres()) {
        // Rows came with their ids; the next id the target hands out must be past them.
        QSqlQuery q(m_target.connection());
        for (const QString &table : {u"runs"_s, u"provider_batches"_s, u"library_items"_s}) {
            if (!q.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), COALESCE(MAX(id), 0) + 1, false) "
                        u"FROM %1"_s.arg(table))) {
                *error = tr("Cannot move the id sequence of %1 in %2: %3.")
                             .arg(table, m_target.path(), reasonOf(m_target, q.lastError()));
                return false;
            }
        }
    }
    return true;
}

bool StoreCopy::copyTable(const QString &table, const Progress &progress, QString *error)
{
    const QSqlDatabase source = m_source.connection();
    QSqlDatabase target = m_target.connection();
    TableCount count{table, countOf(source, table), countOf(target, table)};
    if (count.source < 0 || count.target < 0) {
        *error = tr("Cannot count the rows of %1.").arg(table);
        return false;
    }
    const QStringList columns = sharedColumns(source, target, table);
    const QString key = orderOf(table);
    if (count.target < count.source) {
        qint64 done = 0;
        progress(table, done, count.source);
        while (done < count.source) {
            QSqlQuery read(source);
            read.setForwardOnly(true);
            if (!read.exec(u"SELECT %1 FROM %2 ORDER BY %3 LIMIT %4 OFFSET %5"_s
                               .arg(columns.join(u", "_s), table, key)
                               .arg(m_batchSize)
                               .arg(done))) {
                *error = tr("Cannot read %1 from %2: %3.")
                             .arg(table, m_source.path(), reasonOf(m_source, read.lastError()));
                return false;
            }
            QList<QVariantList> rows;
            while (read.next()) {
                QVariantList values;
                values.reserve(columns.size());
                for (int c = 0; c < columns.size(); ++c) {
                    values.append(read.value(c));
                }
                rows.append(std::move(values));
            }
            if (rows.isEmpty()) {
                break;
            }
            Transaction tx(target);
            if (!insertRows(target, table, columns, rows, error)) {
                return false;
            }
            if (!tx.commit()) {
                *error = tr("Cannot write %1 to %2: %3.")
                             .arg(table, m_target.path(), reasonOf(m_target, target.lastError()));
                return false;
            }
            done += rows.size();
            progress(table, done, count.source);
        }
        count.target = countOf(target, table);
    } else {
        progress(table, count.source, count.source);
    }
    m_counts.append(count);
    return true;
}

// Many rows per INSERT: one round trip to a server for a few hundred values, not one per row.
bool StoreCopy::insertRows(QSqlDatabase &target, const QString &table, const QStringList &columns,
                           const QList<QVariantList> &rows, QString *error) const
{
    const qsizetype perStatement = std::max<qsizetype>(1, MaxValuesPerStatement / columns.size());
    QString tuple = u"("_s;
    for (qsizetype c = 0; c < columns.size(); ++c) {
        tuple += c == 0 ? u"?"_s : u", ?"_s;
    }
    tuple += u')';
    for (qsizetype first = 0; first < rows.size(); first += perStatement) {
        const qsizetype n = std::min(perStatement, rows.size() - first);
        QStringList tuples;
        for (qsizetype i = 0; i < n; ++i) {
            tuples.append(tuple);
        }
        QSqlQuery write(target);
        if (!write.prepare(u"INSERT INTO %1 (%2) VALUES %3 ON CONFLICT DO NOTHING"_s.arg(
                table, columns.join(u", "_s), tuples.join(u", "_s)))) {
            *error = tr("Cannot write %1 to %2: %3.")
                         .arg(table, m_target.path(), reasonOf(m_target, write.lastError()));
            return false;
        }
        int position = 0;
        for (qsizetype i = first; i < first + n; ++i) {
            for (const QVariant &value : rows.at(i)) {
                write.bindValue(position++, value);
            }
        }
        if (!write.exec()) {
            *error = tr("Cannot write %1 to %2: %3.")
                         .arg(table, m_target.path(), reasonOf(m_target, write.lastError()));
            return false;
        }
    }
    return true;
}

QStringList StoreCopy::missing() const
{
    QStringList out;
    for (const TableCount &c : m_counts) {
        if (c.target < c.source) {
            out.append(c.table);
        }
    }
    return out;
}

} // namespace pd::store
