#include "worklock.h"

#include "core/datadir.h"
#include "store/database.h"
#include "store/postgres.h"
#include "store/runrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QSysInfo>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

namespace {

// The advisory lock key of the work lock in a shared database ("paperdsk" in ASCII).
constexpr qint64 SharedLockKey = 0x7061706572647368;

} // namespace

WorkLock::WorkLock(const QString &directory)
    : m_lockPath(QDir(directory).filePath(u"paperdesk.lock"_s))
    , m_notePath(QDir(directory).filePath(u"paperdesk.lock.json"_s))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Only a dead holder makes the lock stale (QLockFile checks its process id); a run may take long.
    m_lock->setStaleLockTime(0);
}

WorkLock::WorkLock(const store::Database &db)
    : WorkLock(QFileInfo(db.path()).absolutePath())
{
    if (db.isPostgres()) {
        m_shared = &db;
    }
}

WorkLock::~WorkLock()
{
    unlock();
}

bool WorkLock::tryLock()
{
    if (m_shared) {
        return tryLockShared();
    }
    return m_lock->isLocked() || m_lock->tryLock(0);
}

bool WorkLock::isLocked() const
{
    return m_shared ? m_sharedLocked : m_lock->isLocked();
}

void WorkLock::unlock()
{
    if (m_shared) {
        if (m_sharedLocked) {
            QSqlQuery q(m_shared->connection());
            q.exec(u"SELECT pg_advisory_unlock(%1)"_s.arg(SharedLockKey));
            q.exec(u"SET application_name TO 'paperdesk'"_s);
            m_sharedLocked = false;
        }
        return;
    }
    if (m_lock->isLocked()) {
        QFile::remove(m_notePath);
        m_lock->unlock();
    }
}

void WorkLock::describe(const QString &action, QDate date)
{
    if (m_shared) {
        // Seen by the others in pg_stat_activity (at most 63 bytes).
        const QString name =
            u"paperdesk:%1:%2:%3:%4"_s
                .arg(action, date.toString(Qt::ISODate), QSysInfo::machineHostName().left(24))
                .arg(QCoreApplication::applicationPid());
        QSqlQuery q(m_shared->connection());
        q.exec(u"SET application_name TO '%1'"_s.arg(QString(name).remove(u'\'').left(63)));
        return;
    }
    QSaveFile note(m_notePath);
    const QJsonObject o{{u"action"_s, action},
                        {u"date"_s, date.isValid() ? date.toString(Qt::ISODate) : QString()}};
    if (note.open(QIODevice::WriteOnly)) {
        note.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
        note.commit(); // a note that cannot be written only makes the waiting message vaguer
    }
}

QString WorkLock::holder() const
{
    if (m_shared) {
        return sharedHolder();
    }
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock->getLockInfo(&pid, &host, &app);
    QFile file(m_notePath);
    QJsonObject note;
    if (file.open(QIODevice::ReadOnly)) {
        note = QJsonDocument::fromJson(file.read(4096)).object();
    }
    const QString date = note.value(u"date"_s).toString();
    const QString action = note.value(u"action"_s).toString();
    if (action == u"score" && !date.isEmpty()) {
        return tr("Another Paperdesk (process %1) is scoring %2").arg(pid).arg(date);
    }
    if (action == u"fetch" && !date.isEmpty()) {
        return tr("Another Paperdesk (process %1) is fetching %2").arg(pid).arg(date);
    }
    return tr("Another Paperdesk (process %1) is fetching or scoring").arg(pid);
}

QString WorkLock::error() const
{
    if (m_shared) {
        return m_sharedError;
    }
    switch (m_lock->error()) {
    case QLockFile::PermissionError:
        return tr("Cannot create the lock file %1: permission denied or a read-only file system.")
            .arg(m_lockPath);
    case QLockFile::UnknownError:
        // QLockFile keeps errno to itself; a full disk is the usual reason and can be seen.
        if (const QStorageInfo disk(QFileInfo(m_lockPath).absolutePath());
            disk.isValid() && disk.bytesAvailable() == 0) {
            return tr("Cannot create the lock file %1: %2.").arg(m_lockPath, core::osErrorText(ENOSPC));
        }
        return tr("Cannot create the lock file %1.").arg(m_lockPath);
    case QLockFile::NoError:
    case QLockFile::LockFailedError:
        break;
    }
    return {};
}

bool WorkLock::tryLockShared()
{
    if (m_sharedLocked) {
        return true;
    }
    m_sharedError.clear();
    QSqlQuery q(m_shared->connection());
    if (!q.exec(u"SELECT pg_try_advisory_lock(%1)"_s.arg(SharedLockKey)) || !q.next()) {
        m_sharedError = tr("Cannot take the work lock in the database %1: %2.")
                            .arg(m_shared->path(), store::postgresReason(q.lastError()));
        return false;
    }
    m_sharedLocked = q.value(0).toBool();
    return m_sharedLocked;
}

QString WorkLock::sharedHolder() const
{
    QSqlQuery q(m_shared->connection());
    // An advisory lock on a bigint key shows its high half as classid and its low half as objid.
    const bool found = q.exec(uR"(
        SELECT a.application_name, a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.classid = %1 AND l.objid = %2
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()))"_s
                                  .arg(SharedLockKey >> 32)
                                  .arg(SharedLockKey & 0xffffffff)) &&
                       q.next();
    const QStringList parts = found ? q.value(0).toString().split(u':') : QStringList();
    if (parts.size() >= 5 && parts.at(0) == u"paperdesk") {
        const QString &date = parts.at(2);
        const QString &host = parts.at(3);
        const QString &pid = parts.at(4);
        if (parts.at(1) == u"score" && !date.isEmpty()) {
            return tr("Paperdesk on %1 (process %2) is scoring %3 in the shared database")
                .arg(host, pid, date);
        }
        if (parts.at(1) == u"fetch" && !date.isEmpty()) {
            return tr("Paperdesk on %1 (process %2) is fetching %3 in the shared database")
                .arg(host, pid, date);
        }
        return tr("Paperdesk on %1 (process %2) is fetching or scoring in the shared database")
            .arg(host, pid);
    }
    return tr("Another Paperdesk is fetching or scoring in the shared database");
}

int markDeadRunsInterrupted(const store::Database &db)
{
    WorkLock lock(db);
    if (!lock.tryLock()) {
        return 0;
    }
    return store::RunRepository(db).markInterrupted();
}

} // namespace pd::pipeline
