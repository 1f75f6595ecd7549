#pragma once

#include "location.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <memory>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace pd::store {

// The database of one data dir: its SQLite file, or a PostgreSQL database a group shares (see
// Location). Each thread that touches it gets its own connection (connections must not be shared
// across threads); with SQLite all of them share the WAL file.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    // The schema version this build creates and understands.
    static int latestVersion();

    // `location`: a file path, "sqlite:PATH" or "postgresql://user@host/database" (Location).
    explicit Database(QString location);
    ~Database();
    Q_DISABLE_COPY_MOVE(Database)

    // Why the last open() or openReadOnly() failed.
    enum class Problem {
        None,
        Unusable,    // the file or its folder cannot be created, read or written: path and reason
        Damaged,     // fails SQLite's header check or its quick_check
        Newer,       // written by a newer Paperdesk
        Unreachable, // the PostgreSQL server cannot be reached or refuses the login
    };

    // Creates or upgrades the schema. Refuses (and leaves untouched) a database made by a newer
    // Paperdesk, a damaged one, and one this process cannot write (with the path and the system's
    // reason). `targetVersion` < latestVersion() is for tests that build old databases.
    bool open(QString *error, int targetVersion = -1);
    // Opens an existing database of the latest schema for reading only: nothing is written to it or
    // beside it. A database in write-ahead-log mode on a read-only mount is read as immutable.
    bool openReadOnly(QString *error);
    Problem problem() const { return m_problem; }
    bool isReadOnly() const { return m_access != Access::ReadWrite; }
    // The file, or the connection URL (never with a password): what messages name and what other
    // components open their own Database with.
    QString path() const { return m_path; }
    const Location &location() const { return m_location; }
    bool isPostgres() const { return m_location.isPostgres(); }
    // PostgreSQL: the schema with this reader's own tables (reader_<name>).
    QString readerSchema() const { return m_readerSchema; }

    // The calling thread's connection, opened on first use.
    QSqlDatabase connection() const;
    int schemaVersion() const;

    // One sentence for a failed write: the database's path and why ("no space left on device").
    QString writeFailure(const QSqlError &error) const;

private:
    enum class Access { ReadWrite, ReadOnly, Immutable };

    bool prepareToWrite(QString *error);
    bool fail(Problem problem, const QString &message, QString *error);
    bool failOpen(const QSqlError &sqlError, QString *error);
    bool checkVersion(int version, QString *error);
    bool migrate(QSqlDatabase &db, int from, int to, QString *error);
    bool openPostgres(QString *error, int targetVersion, bool readOnly);
    bool migratePostgres(QSqlDatabase &db, int targetVersion, bool readOnly, QString *error);
    QSqlDatabase postgresConnection(const QString &name) const;
    QString connectionName() const;
    static void releaseWithThread(const QString &name);
    // The statements of a migration file (either dialect): split at lines holding only "--;",
    // comment lines dropped.
    static QStringList statementsOf(const QString &script);
    // A lost PostgreSQL connection is opened again, but not more often than this, so that a server
    // that is down costs one connect timeout now and then, not one per query.
    static bool mayReconnect(const QString &name);
    static constexpr int ReconnectIntervalMs = 5000;
    void dropConnection() const;

    Location m_location;
    QString m_path;
    mutable QString m_readerSchema;
    QString m_connectionPrefix;
    Access m_access = Access::ReadWrite;
    Problem m_problem = Problem::None;
};

// Runs prepared statements with bound values and reports the first failure once.
class Query final
{
public:
    Query(const QSqlDatabase &db, const QString &sql);
    Query &bind(const QString &name, const QVariant &value);
    bool exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QString error() const;
    QSqlError sqlError() const;

private:
    QSqlQuery m_query;
    bool m_prepared = false;
};

// Commits when told to; rolls back otherwise (on error paths and early returns).
class Transaction final
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)
    bool isActive() const { return m_active; }
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_done = false;
};

} // namespace pd::store
