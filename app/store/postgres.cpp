// The PostgreSQL side of Database: connections, the two-level schema (the group's tables in
// public, each reader's own in reader_<name>) and its migrations.
#include "postgres.h"

#include "database.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

QMutex schemaMutex;

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

} // namespace

QStringList postgresMigrationFiles()
{
    QDir dir(u":/paperdesk/sql/postgresql"_s);
    return dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

QString postgresReason(const QSqlError &error)
{
    // libpq's text never holds the password; the driver's own prefix adds nothing for a reader.
    QString text = error.databaseText().trimmed();
    if (text.isEmpty()) {
        text = error.driverText().trimmed();
    }
    // libpq puts a hint on its own line ("Connection refused\n\tIs the server running…").
    QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        line = line.trimmed();
    }
    lines.removeAll(QString());
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (!lines.at(i).endsWith(u'.') && !lines.at(i).endsWith(u'?') && !lines.at(i).endsWith(u':')) {
            lines[i] += u'.';
        }
    }
    text = lines.join(u' ');
    // Callers end the sentence themselves.
    while (text.endsWith(u'.') || text.endsWith(u'?') || text.endsWith(u' ')) {
        text.chop(1);
    }
    return text;
}

bool Database::mayReconnect(const QString &name)
{
    static QMutex mutex;
    static QHash<QString, QDeadlineTimer> next;
    const QMutexLocker lock(&mutex);
    QDeadlineTimer &at = next[name];
    if (!at.hasExpired()) {
        return false;
    }
    at = QDeadlineTimer(ReconnectIntervalMs);
    return true;
}

QSqlDatabase Database::postgresConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    if (!db.isValid()) {
        return db;
    }
    db.setHostName(m_location.host());
    db.setPort(m_location.port());
    db.setDatabaseName(m_location.database());
    if (!m_location.user().isEmpty()) {
        db.setUserName(m_location.user());
    }
    // Without one, libpq looks in ~/.pgpass and PGPASSWORD itself.
    if (const QString password = Location::password(m_location.keychainAccount()); !password.isEmpty()) {
        db.setPassword(password);
    }
    db.setConnectOptions(u"connect_timeout=10;application_name=paperdesk"_s);
    if (!db.open()) {
        qCInfo(lcStore) << "cannot connect to" << m_path << postgresReason(db.lastError());
        return db;
    }
    QSqlQuery q(db);
    QString reader = m_location.reader();
    if (reader.isEmpty() && q.exec(u"SELECT current_user"_s) && q.next()) {
        reader = q.value(0).toString();
    }
    const QString schema = store::readerSchema(reader);
    {
        QMutexLocker lock(&schemaMutex);
        m_readerSchema = schema;
    }
    // The reader's own tables first, then the group's; dates and text compare as in SQLite.
    q.exec(u"SET search_path TO %1, public"_s.arg(quotedIdentifier(schema)));
    q.exec(u"SET client_min_messages TO warning"_s);
    // The reader's queries are small and follow indexes (a day is 1,000 rows by the primary key);
    // starting parallel workers for them cost more than the query (a day read in 68 ms instead of
    // 33 ms on a two-core server).
    q.exec(u"SET max_parallel_workers_per_gather TO 0"_s);
    releaseWithThread(name);
    return db;
}

bool Database::openPostgres(QString *error, int targetVersion, bool readOnly)
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s)) {
        return fail(Problem::Unusable,
                    tr("Cannot use the database %1: Qt's PostgreSQL driver is not installed (on "
                       "Debian and Ubuntu: sudo apt install libqt6sql6-psql).")
                        .arg(m_path),
                    error);
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return fail(Problem::Unreachable,
                    tr("Cannot connect to the database %1: %2.").arg(m_path, postgresReason(db.lastError())),
                    error);
    }
    return migratePostgres(db, targetVersion < 0 ? latestVersion() : targetVersion, readOnly, error);
}

bool Database::migratePostgres(QSqlDatabase &db, int target, bool readOnly, QString *error)
{
    const QString schema = quotedIdentifier(readerSchema());
    const auto failed = [&](const QSqlQuery &q) {
        return fail(Problem::Unusable,
                    tr("Cannot set up the database %1: %2.").arg(m_path, postgresReason(q.lastError())),
                    error);
    };
    Transaction tx(db);
    QSqlQuery q(db);
    // One process at a time creates or upgrades the schema; the others wait here, then find it done.
    if (!q.exec(u"SELECT pg_advisory_xact_lock(hashtext('paperdesk-schema'))"_s)) {
        return failed(q);
    }
    // Only what is missing is created: PostgreSQL checks the right to create before it sees that a
    // table exists, and a reader who is not the owner may not create tables in public.
    if (!q.exec(u"SELECT to_regclass('public.paperdesk_schema') IS NULL"_s) || !q.next()) {
        return failed(q);
    }
    const bool newDatabase = q.value(0).toBool();
    QStringList setup = {
        u"CREATE SCHEMA IF NOT EXISTS %1"_s.arg(schema),
        u"CREATE TABLE IF NOT EXISTS %1.paperdesk_schema (version INTEGER NOT NULL)"_s.arg(schema),
    };
    if (newDatabase) {
        setup.append(u"CREATE TABLE public.paperdesk_schema (version INTEGER NOT NULL)"_s);
        setup.append(u"INSERT INTO public.paperdesk_schema VALUES (0)"_s);
    }
    setup += QStringList{
        u"INSERT INTO %1.paperdesk_schema SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM %1.paperdesk_schema)"_s
            .arg(schema),
    };
    // The group's tables go to public; a reader's are named with their schema (personal.NAME).
    if (!q.exec(u"SET LOCAL search_path TO public"_s)) {
        return failed(q);
    }
    for (const QString &statement : setup) {
        if (!q.exec(statement)) {
            return failed(q);
        }
    }
    const auto versionOf = [&](const QString &table) {
        return q.exec(u"SELECT version FROM %1.paperdesk_schema"_s.arg(table)) && q.next()
                   ? q.value(0).toInt()
                   : -1;
    };
    const int shared = versionOf(u"public"_s);
    const int personal = versionOf(schema);
    if (shared < 0 || personal < 0) {
        return failed(q);
    }
    const int latest = latestVersion();
    if (shared > latest || personal > latest) {
        return fail(Problem::Newer,
                    tr("The database %1 was written by a newer Paperdesk (schema %2; this version "
                       "understands up to %3). It was not changed; please update Paperdesk.")
                        .arg(m_path)
                        .arg(std::max(shared, personal))
                        .arg(latest),
                    error);
    }
    if (readOnly && (shared < latest || personal < latest)) {
        return fail(Problem::Unusable,
                    tr("The database %1 must be upgraded to schema %2 before this version can read it.")
                        .arg(m_path)
                        .arg(latest),
                    error);
    }
    const QStringList files = postgresMigrationFiles();
    for (int v = 1; v <= target && v <= files.size(); ++v) {
        if (v <= shared && v <= personal) {
            continue;
        }
        QFile file(u":/paperdesk/sql/postgresql/"_s + files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            return fail(Problem::Unusable,
                        tr("The migration %1 is missing from this build.").arg(file.fileName()), error);
        }
        for (const QString &statement : statementsOf(QString::fromUtf8(file.readAll()))) {
            const bool isPersonal = statement.contains(u"personal."_s);
            if (isPersonal ? v <= personal : v <= shared) {
                continue;
            }
            if (!q.exec(isPersonal ? QString(statement).replace(u"personal."_s, schema + u'.') : statement)) {
                return fail(Problem::Unusable,
                            tr("Upgrading the database %1 to schema %2 failed: %3.")
                                .arg(m_path)
                                .arg(v)
                                .arg(postgresReason(q.lastError())),
                            error);
            }
        }
    }
    const int reached = std::min(target, static_cast<int>(files.size()));
    if ((reached > shared && !q.exec(u"UPDATE public.paperdesk_schema SET version = %1"_s.arg(reached))) ||
        (reached > personal &&
         !q.exec(u"UPDATE %1.paperdesk_schema SET version = %2"_s.arg(schema).arg(reached)))) {
        return failed(q);
    }
    q.finish();
    if (!tx.commit()) {
        return fail(Problem::Unusable,
                    tr("Cannot set up the database %1: %2.").arg(m_path, postgresReason(db.lastError())),
                    error);
    }
    return true;
}

} // namespace pd::store
