#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLockFile>
#include <QString>

#include <memory>

namespace pd::store {
class Database;
}

namespace pd::pipeline {

// The data dir's cross-process work lock: one process at a time fetches or scores, so two runs
// never send the same papers twice. A lock left by a process that died (kill -9, a crash) is stale
// and taken over; a long run is never stale by age. Beside the lock the holder notes what it does,
// so a process that waits can say what it waits for.
class WorkLock final
{
    Q_DECLARE_TR_FUNCTIONS(WorkLock)

public:
    // `directory` holds the database; the lock is paperdesk.lock in it.
    explicit WorkLock(const QString &directory);
    // The lock of `db`: the file lock beside an SQLite file; for a shared PostgreSQL database a
    // session advisory lock on the calling thread's connection, so that machines sharing it never
    // score at the same time. The holder is then named from pg_stat_activity.
    explicit WorkLock(const store::Database &db);
    ~WorkLock();
    Q_DISABLE_COPY_MOVE(WorkLock)

    bool tryLock();
    bool isLocked() const;
    void unlock();
    // Notes what this process does (while it holds the lock).
    void describe(const QString &action, QDate date);
    // One sentence about the holder: "Another Paperdesk (process 4242) is scoring 2026-04-21".
    QString holder() const;
    // Why tryLock() failed when the lock was not simply held: the folder cannot be written.
    QString error() const;

private:
    bool tryLockShared();
    QString sharedHolder() const;

    const store::Database *m_shared = nullptr;
    bool m_sharedLocked = false;
    QString m_sharedError;
    QString m_lockPath;
    QString m_notePath;
    std::unique_ptr<QLockFile> m_lock;
};

// Runs left 'running' by a process that died become 'interrupted', so `days` and the window can
// say so. Only while no live process holds the data dir's lock (then a 'running' run is a dead
// one's); returns how many were marked, 0 also when another process works or the database is
// read-only.
int markDeadRunsInterrupted(const store::Database &db);

} // namespace pd::pipeline
