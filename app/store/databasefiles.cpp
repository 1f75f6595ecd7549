#include "databasefiles.h"

#include "core/datadir.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QtEndian>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace pd::store {

namespace {

// SQLite's primary result codes (sqlite3.h); the driver's header is not ours to include.
enum SqliteCode {
    Perm = 3,
    Busy = 5,
    Locked = 6,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    NotADb = 26,
};

constexpr qsizetype HeaderSize = 100;

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

// SQLite's header: page size at 16 (1 means 65536), change counter at 24, the page count at 28,
// valid only when the "version valid for" number at 92 equals the change counter.
bool isCutShort(const QByteArray &header, qint64 fileSize, bool walHasFrames)
{
    quint32 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1) {
        pageSize = 65536;
    }
    if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) != 0) {
        return true;
    }
    const quint32 pages = bigEndian32(header, 28);
    const bool countValid = pages > 0 && bigEndian32(header, 92) == bigEndian32(header, 24);
    // Pages still in the write-ahead log may make the file look short until the next checkpoint.
    return countValid && !walHasFrames && fileSize < qint64(pages) * pageSize;
}

} // namespace

FileCheck checkDatabaseFile(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return FileCheck::Missing;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return FileCheck::Healthy; // unreadable is the open's to report, with the reason
    }
    const qint64 size = file.size();
    if (size == 0) {
        return FileCheck::Empty;
    }
    const QByteArray header = file.read(HeaderSize);
    if (header.size() < HeaderSize || !header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return FileCheck::Damaged;
    }
    const bool walHasFrames = QFileInfo(path + u"-wal"_s).size() > 0;
    return isCutShort(header, size, walHasFrames) ? FileCheck::Damaged : FileCheck::Healthy;
}

QString whyDatabaseNotWritable(const QString &path)
{
    if (QString reason = core::whyNotWritable(path); !reason.isEmpty()) {
        return reason;
    }
    // SQLite creates the -wal and -shm files beside the database when they are missing.
    if (!QFileInfo::exists(path + u"-wal"_s) || !QFileInfo::exists(path + u"-shm"_s)) {
        return core::whyNotWritable(QFileInfo(path).absolutePath());
    }
    if (QString reason = core::whyNotWritable(path + u"-wal"_s); !reason.isEmpty()) {
        return reason;
    }
    return core::whyNotWritable(path + u"-shm"_s);
}

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (ok) {
        return code & 0xff; // extended codes carry the primary one in the low byte
    }
    // Qt's driver reports a failed COMMIT without the code, only with SQLite's fixed English
    // text for it (sqlite3_errstr); a write that spills at commit fails there.
    const QString text = error.databaseText();
    if (text.contains(u"database or disk is full"_s)) {
        return Full;
    }
    if (text.contains(u"disk I/O error"_s)) {
        return IoErr;
    }
    if (text.contains(u"database is locked"_s)) {
        return Busy;
    }
    return 0;
}

bool isDamageCode(int code)
{
    return code == Corrupt || code == NotADb;
}

QString failureReason(const QSqlError &error, const QString &path)
{
    const int code = sqliteCode(error);
    if (code == Full) {
        return core::osErrorText(ENOSPC);
    }
    if (code == Busy || code == Locked) {
        return QCoreApplication::translate("Database", "another program holds it locked");
    }
    if (code == ReadOnly || code == Perm || code == CantOpen || code == IoErr) {
        if (QString reason = whyDatabaseNotWritable(path); !reason.isEmpty()) {
            return reason;
        }
    }
    if (code == ReadOnly) {
        return QCoreApplication::translate("Database", "it is open read-only");
    }
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

} // namespace pd::store
