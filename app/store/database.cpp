#include "database.h"

#include "core/datadir.h"
#include "databasefiles.h"
#include "postgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "paperdesk.store", QtWarningMsg)

namespace pd::store {

namespace {

QStringList migrationFiles()
{
    QDir dir(u":/paperdesk/sql"_s);
    return dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
}

// SQLite's result code for a file that is not a database at all (sqlite3.h).
constexpr int SqliteNotADb = 26;

// The schema version; -1 (with SQLite's error) when the file cannot be read. Reading the schema
// list too makes SQLite check the header and open the write-ahead log.
int readUserVersion(const QSqlDatabase &db, QSqlError *error = nullptr)
{
    if (!db.isOpen()) {
        if (error) {
            *error = db.lastError();
        }
        return -1;
    }
    QSqlQuery q(db);
    if (q.exec(u"SELECT COUNT(*) FROM sqlite_master"_s) && q.exec(u"PRAGMA user_version"_s) && q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        return version;
    }
    if (error) {
        *error = q.lastError();
    }
    return -1;
}

// SQLite's own verdict on a file that reported corruption.
bool passesQuickCheck(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    return q.exec(u"PRAGMA quick_check(1)"_s) && q.next() && q.value(0).toString() == u"ok";
}

} // namespace

QStringList Database::statementsOf(const QString &script)
{
    QStringList out;
    const QStringList parts = script.split(u"\n--;"_s);
    for (const QString &part : parts) {
        // Drop comment-only lines so a chunk that holds only comments is skipped.
        QStringList lines = part.split(u'\n');
        lines.removeIf([](const QString &line) { return line.trimmed().startsWith(u"--"); });
        const QString statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty()) {
            out.append(statement);
        }
    }
    return out;
}

int Database::latestVersion()
{
    return static_cast<int>(migrationFiles().size());
}

Database::Database(QString location)
    : m_location(Location::parse(location))
    , m_path(m_location.isValid() ? m_location.text() : location)
    , m_connectionPrefix(u"paperdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    // Connections of other threads are removed when those threads finish; this one's now.
    dropConnection();
}

QString Database::connectionName() const
{
    return m_connectionPrefix + u'-' +
           QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
}

void Database::dropConnection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (!m_location.isPostgres() || db.isOpen() || !mayReconnect(name)) {
            return db;
        }
        // The server restarted or the network dropped the connection (the driver reports it
        // closed): this thread connects again, at most every few seconds.
        qCInfo(lcStore) << "connecting again to" << m_path;
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
    }
    if (m_location.isPostgres()) {
        return postgresConnection(name);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    if (m_access == Access::Immutable) {
        // Without its -shm file a database in WAL mode can only be read when SQLite may assume
        // nobody changes it, which holds on a read-only mount.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(m_access == Access::ReadOnly
                                 ? u"QSQLITE_BUSY_TIMEOUT=10000;QSQLITE_OPEN_READONLY"_s
                                 : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // Nothing here writes to the file: a database we end up refusing must stay as it was.
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
    q.exec(u"PRAGMA busy_timeout = 10000"_s);
    // A day of 1,000 papers spans a few MB of pages: keep them in memory between day switches
    // (SQLite's default cache holds 2 MB).
    q.exec(u"PRAGMA cache_size = -32768"_s);
    releaseWithThread(name);
    return db;
}

void Database::releaseWithThread(const QString &name)
{
    QThread *thread = QThread::currentThread();
    if (thread != QCoreApplication::instance()->thread()) {
        // The connection belongs to the worker thread; let it go with the thread.
        QObject::connect(
            thread, &QThread::finished, thread,
            [name] {
                QSqlDatabase::database(name, false).close();
                QSqlDatabase::removeDatabase(name);
            },
            Qt::DirectConnection);
    }
}

int Database::schemaVersion() const
{
    if (m_location.isPostgres()) {
        QSqlQuery q(connection());
        return q.exec(u"SELECT version FROM public.paperdesk_schema"_s) && q.next() ? q.value(0).toInt() : -1;
    }
    return readUserVersion(connection());
}

bool Database::fail(Problem problem, const QString &message, QString *error)
{
    // The connection stays until the next open() or the end: callers may still hold copies of it.
    m_problem = problem;
    *error = message;
    return false;
}

bool Database::open(QString *error, int targetVersion)
{
    m_problem = Problem::None;
    m_access = Access::ReadWrite;
    dropConnection();
    if (!m_location.isValid()) {
        return fail(Problem::Unusable, m_location.error(), error);
    }
    if (m_location.isPostgres()) {
        return openPostgres(error, targetVersion, false);
    }
    if (!prepareToWrite(error)) {
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        return failOpen(db.lastError(), error);
    }
    QSqlError readError;
    const int version = readUserVersion(db, &readError);
    if (version < 0) {
        return failOpen(readError, error);
    }
    if (!checkVersion(version, error)) {
        return false;
    }
    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode = WAL"_s)) {
        return failOpen(wal.lastError(), error);
    }
    wal.finish();
    const int latest = latestVersion();
    if (version < (targetVersion < 0 ? latest : targetVersion)) {
        return migrate(db, version, targetVersion < 0 ? latest : targetVersion, error);
    }
    return true;
}

// The folder exists, the file is SQLite's and whole, and this process may write both.
bool Database::prepareToWrite(QString *error)
{
    const QString folder = QFileInfo(m_path).absolutePath();
    QString reason;
    if (!core::makeFolder(folder, &reason)) {
        return fail(Problem::Unusable,
                    tr("Cannot create the folder %1 for the database: %2.").arg(folder, reason), error);
    }
    const FileCheck file = checkDatabaseFile(m_path);
    if (file == FileCheck::Damaged) {
        return fail(Problem::Damaged, tr("%1 is not a Paperdesk database (or it is damaged).").arg(m_path),
                    error);
    }
    reason = whyDatabaseNotWritable(m_path);
    if (!reason.isEmpty()) {
        return fail(Problem::Unusable,
                    file == FileCheck::Missing
                        ? tr("Cannot create the database %1: %2.").arg(m_path, reason)
                        : tr("Cannot write to the database %1: %2.").arg(m_path, reason),
                    error);
    }
    return true;
}

bool Database::openReadOnly(QString *error)
{
    m_problem = Problem::None;
    m_access = Access::ReadOnly;
    dropConnection();
    if (!m_location.isValid()) {
        return fail(Problem::Unusable, m_location.error(), error);
    }
    if (m_location.isPostgres()) {
        return openPostgres(error, -1, true);
    }
    const FileCheck file = checkDatabaseFile(m_path);
    if (file == FileCheck::Damaged) {
        return fail(Problem::Damaged, tr("%1 is not a Paperdesk database (or it is damaged).").arg(m_path),
                    error);
    }
    if (file == FileCheck::Missing || file == FileCheck::Empty) {
        return fail(Problem::Unusable, tr("There is no Paperdesk database at %1 yet.").arg(m_path), error);
    }
    QSqlError readError;
    int version = readUserVersion(connection(), &readError);
    // SQLite cannot read a WAL database read-only unless it may create or open the -shm file
    // (CANTOPEN, or READONLY_CANTINIT); on a read-only mount or in another user's folder it may not.
    if (version < 0 && !isDamageCode(sqliteCode(readError))) {
        dropConnection();
        m_access = Access::Immutable;
        version = readUserVersion(connection(), &readError);
    }
    if (version < 0) {
        return failOpen(readError, error);
    }
    if (!checkVersion(version, error)) {
        return false;
    }
    if (version < latestVersion()) {
        return fail(
            Problem::Unusable,
            tr("The database %1 must be upgraded to schema %2 before this version can read it, but it "
               "cannot be written: %3.")
                .arg(m_path)
                .arg(latestVersion())
                .arg(whyDatabaseNotWritable(m_path)),
            error);
    }
    return true;
}

// SQLite could not open or read the file: damaged only when SQLite says so and its own check agrees.
bool Database::failOpen(const QSqlError &sqlError, QString *error)
{
    const int code = sqliteCode(sqlError);
    if (code == SqliteNotADb || (isDamageCode(code) && !passesQuickCheck(connection()))) {
        return fail(Problem::Damaged, tr("%1 is not a Paperdesk database (or it is damaged).").arg(m_path),
                    error);
    }
    return fail(Problem::Unusable,
                tr("Cannot use the database %1: %2.").arg(m_path, failureReason(sqlError, m_path)), error);
}

bool Database::checkVersion(int version, QString *error)
{
    const int latest = latestVersion();
    if (version <= latest) {
        return true;
    }
    return fail(Problem::Newer,
                tr("The database %1 was written by a newer Paperdesk (schema %2; this version "
                   "understands up to %3). It was not changed; please update Paperdesk.")
                    .arg(m_path)
                    .arg(version)
                    .arg(latest),
                error);
}

QString Database::writeFailure(const QSqlError &error) const
{
    if (m_location.isPostgres()) {
        return tr("Cannot write to the database %1: %2.").arg(m_path, postgresReason(error));
    }
    return tr("Cannot write to the database %1: %2.").arg(m_path, failureReason(error, m_path));
}

bool Database::migrate(QSqlDatabase &db, int from, int to, QString *error)
{
    const QStringList files = migrationFiles();
    for (int v = from + 1; v <= to; ++v) {
        QFile file(u":/paperdesk/sql/"_s + files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            m_problem = Problem::Unusable;
            *error = tr("The migration %1 is missing from this build.").arg(file.fileName());
            return false;
        }
        Transaction tx(db);
        QSqlQuery q(db);
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                m_problem = Problem::Unusable;
                *error = tr("Upgrading the database to schema %1 failed: %2. The database was left at "
                            "schema %3.")
                             .arg(v)
                             .arg(failureReason(q.lastError(), m_path))
                             .arg(v - 1);
                return false;
            }
        }
        const bool versioned = q.exec(u"PRAGMA user_version = "_s + QString::number(v));
        q.finish();
        if (!versioned || !tx.commit()) {
            m_problem = Problem::Unusable;
            *error = tr("Upgrading the database to schema %1 failed: %2")
                         .arg(v)
                         .arg(failureReason(versioned ? db.lastError() : q.lastError(), m_path));
            return false;
        }
        qCInfo(lcStore) << "database upgraded to schema" << v;
    }
    return true;
}

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
    // Every caller walks its rows once; a forward-only result is not cached row by row.
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared) {
        qCWarning(lcStore) << "prepare failed:" << m_query.lastError().text() << sql;
    }
}

Query &Query::bind(const QString &name, const QVariant &value)
{
    // A null QString would bind as SQL NULL; text columns want '' for "no text".
    if (value.typeId() == QMetaType::QString && value.toString().isNull()) {
        m_query.bindValue(name, QStringLiteral(""));
        return *this;
    }
    m_query.bindValue(name, value);
    return *this;
}

bool Query::exec()
{
    if (!m_prepared) {
        return false;
    }
    if (!m_query.exec()) {
        qCWarning(lcStore) << "query failed:" << m_query.lastError().text();
        return false;
    }
    return true;
}

QString Query::error() const
{
    return m_query.lastError().text();
}

QSqlError Query::sqlError() const
{
    return m_query.lastError();
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active && !m_done) {
        m_db.rollback();
    }
}

bool Transaction::commit()
{
    if (!m_active || m_done) {
        return false;
    }
    m_done = m_db.commit();
    return m_done;
}

} // namespace pd::store
