#include "worklock.h"

#include "core/datadir.h"
#include "store/database.h"
#include "store/runrepository.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStorageInfo>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace pd::pipeline {

WorkLock::WorkLock(const QString &directory)
    : m_lockPath(QDir(directory).filePath(u"paperdesk.lock"_s))
    , m_notePath(QDir(directory).filePath(u"paperdesk.lock.json"_s))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // Only a dead holder makes the lock stale (QLockFile checks its process id); a run may take long.
    m_lock->setStaleLockTime(0);
}

WorkLock::~WorkLock()
{
    unlock();
}

bool WorkLock::tryLock()
{
    return m_lock->isLocked() || m_lock->tryLock(0);
}

bool WorkLock::isLocked() const
{
    return m_lock->isLocked();
}

void WorkLock::unlock()
{
    if (m_lock->isLocked()) {
        QFile::remove(m_notePath);
        m_lock->unlock();
    }
}

void WorkLock::describe(const QString &action, QDate date)
{
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

int markDeadRunsInterrupted(const store::Database &db)
{
    WorkLock lock(QFileInfo(db.path()).absolutePath());
    if (!lock.tryLock()) {
        return 0;
    }
    return store::RunRepository(db).markInterrupted();
}

} // namespace pd::pipeline
