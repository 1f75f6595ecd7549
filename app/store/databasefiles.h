#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace pd::store {

// What a database file is, judged from its first 100 bytes and its size without opening it in
// SQLite, so that nothing is written to a file Paperdesk ends up refusing.
enum class FileCheck {
    Missing, // no file yet
    Empty,   // zero bytes: SQLite takes it as a new, empty database
    Healthy, // SQLite's header, and at least as many pages as the header counts
    Damaged  // not SQLite's header, or cut short (fewer bytes than the header's page count)
};
FileCheck checkDatabaseFile(const QString &path);

// Why the database at `path` (with its -wal and -shm files beside it) cannot be written by this
// process, in the system's words; empty when it can.
QString whyDatabaseNotWritable(const QString &path);

// SQLite's primary result code for a failed connection or statement (SQLITE_FULL …); 0 when the
// error carries none.
int sqliteCode(const QSqlError &error);

// SQLite says the file is not a database, or is corrupt.
bool isDamageCode(int code);

// The reason for a failed write or open of the database at `path`, in words a user reads:
// "no space left on device", "read-only file system", … (SQLite's own text when nothing better).
QString failureReason(const QSqlError &error, const QString &path);

} // namespace pd::store
