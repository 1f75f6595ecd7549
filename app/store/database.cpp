#include "database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlError>
#include <QThread>
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

QStringList statementsOf(const QString &script)
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

int readUserVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        return version;
    }
    return -1;
}

} // namespace

int Database::latestVersion()
{
    return static_cast<int>(migrationFiles().size());
}

Database::Database(QString path)
    : m_path(std::move(path))
    , m_connectionPrefix(u"paperdesk-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

Database::~Database()
{
    // Connections of other threads are removed when those threads finish; this one's now.
    const QString name =
        m_connectionPrefix + u'-' + QString::number(reinterpret_cast<quintptr>(QThread::currentThread()), 16);
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Database::connection() const
{
    QThread *thread = QThread::currentThread();
    const QString name = m_connectionPrefix + u'-' + QString::number(reinterpret_cast<quintptr>(thread), 16);
    if (QSqlDatabase::contains(name)) {
        return QSqlDatabase::database(name, false);
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!db.open()) {
        qCWarning(lcStore) << "cannot open" << m_path << db.lastError().text();
        return db;
    }
    QSqlQuery q(db);
    // Nothing here writes to the file: a database we end up refusing must stay as it was.
    q.exec(u"PRAGMA foreign_keys = ON"_s);
    q.exec(u"PRAGMA synchronous = NORMAL"_s);
    q.exec(u"PRAGMA busy_timeout = 10000"_s);
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
    return db;
}

int Database::schemaVersion() const
{
    return readUserVersion(connection());
}

bool Database::open(QString *error, int targetVersion)
{
    const int latest = latestVersion();
    if (targetVersion < 0) {
        targetVersion = latest;
    }
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = tr("Cannot create the folder %1 for the database.").arg(info.absolutePath());
        return false;
    }
    QSqlDatabase db = connection();
    if (!db.isOpen()) {
        *error = tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    const int version = readUserVersion(db);
    if (version < 0) {
        *error = tr("%1 is not a Paperdesk database (or it is damaged).").arg(m_path);
        return false;
    }
    if (version > latest) {
        *error = tr("The database %1 was written by a newer Paperdesk (schema %2; this version "
                    "understands up to %3). It was not changed; please update Paperdesk.")
                     .arg(m_path)
                     .arg(version)
                     .arg(latest);
        return false;
    }
    QSqlQuery wal(db);
    if (!wal.exec(u"PRAGMA journal_mode = WAL"_s)) {
        *error = tr("Cannot use the database %1: %2").arg(m_path, wal.lastError().text());
        return false;
    }
    wal.finish();
    if (version < targetVersion) {
        return migrate(db, version, targetVersion, error);
    }
    return true;
}

bool Database::migrate(QSqlDatabase &db, int from, int to, QString *error)
{
    const QStringList files = migrationFiles();
    for (int v = from + 1; v <= to; ++v) {
        QFile file(u":/paperdesk/sql/"_s + files.at(v - 1));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The migration %1 is missing from this build.").arg(file.fileName());
            return false;
        }
        Transaction tx(db);
        QSqlQuery q(db);
        const QStringList statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                *error = tr("Upgrading the database to schema %1 failed: %2. The database was left at "
                            "schema %3.")
                             .arg(v)
                             .arg(q.lastError().text())
                             .arg(v - 1);
                return false;
            }
        }
        const bool versioned = q.exec(u"PRAGMA user_version = "_s + QString::number(v));
        q.finish();
        if (!versioned || !tx.commit()) {
            *error = tr("Upgrading the database to schema %1 failed: %2").arg(v).arg(db.lastError().text());
            return false;
        }
        qCInfo(lcStore) << "database upgraded to schema" << v;
    }
    return true;
}

Query::Query(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
{
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
