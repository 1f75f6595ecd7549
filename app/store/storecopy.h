#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include <functional>

namespace pd::store {

class Database;

// Copies one Paperdesk database into another, either way between SQLite and PostgreSQL (`paperdesk
// store copy`). Table by table in foreign-key order, in batches of `batchSize` rows, each batch in
// its own transaction; a row already in the target is kept (ON CONFLICT DO NOTHING), so a copy that
// was stopped is resumed by running it again, and a table whose rows are all there is skipped. The
// target's identity sequences are moved past the copied ids. The reader's own tables (reading
// state, library, ranker) go to the connecting reader in a shared database.
class StoreCopy final
{
    Q_DECLARE_TR_FUNCTIONS(StoreCopy)

public:
    struct TableCount {
        QString table;
        qint64 source = 0;
        qint64 target = 0; // after the copy; at least `source` when every row arrived
    };
    // (table, rows of it done, rows in the source table)
    using Progress = std::function<void(const QString &, qint64, qint64)>;

    StoreCopy(const Database &source, const Database &target, int batchSize = 1000);

    // False with *error (naming the table and the database's reason) when a batch fails; what was
    // committed before stays, and running again goes on from there.
    bool run(const Progress &progress, QString *error);
    // Source and target row counts per table, compared at the end of run().
    QList<TableCount> counts() const { return m_counts; }
    // The tables whose target holds fewer rows than the source.
    QStringList missing() const;

    // Every table a copy moves, in foreign-key order.
    static QStringList tables();

private:
    bool copyTable(const QString &table, const Progress &progress, QString *error);
    bool insertRows(QSqlDatabase &target, const QString &table, const QStringList &columns,
                    const QList<QVariantList> &rows, QString *error) const;
    // Bound values in one INSERT (SQLite allows 32,766).
    static constexpr qsizetype MaxValuesPerStatement = 2000;

    const Database &m_source;
    const Database &m_target;
    int m_batchSize;
    QList<TableCount> m_counts;
};

} // namespace pd::store
