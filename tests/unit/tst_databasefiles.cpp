// How the database file is judged before SQLite touches it, and how failures are worded: damaged
// only by SQLite's header (or its quick_check), otherwise the path and the system's reason.
#include "core/announcement.h"
#include "core/datadir.h"
#include "fixtures.h"
#include "store/database.h"
#include "store/databasefiles.h"
#include "store/dayrepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace Qt::StringLiterals;
using namespace pd;
using store::Database;
using store::FileCheck;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// A closed database holding one day of 50 papers, as one file (no -wal).
bool makeDatabase(const QString &path, int version = -1)
{
    Database db(path);
    QString error;
    return db.open(&error, version) && test::storeDay(db, QDate(2026, 4, 20), 1, 50);
}

} // namespace

class TestDatabaseFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;
    QString newPath() { return m_dir.filePath(u"db%1.sqlite"_s.arg(++m_counter)); }

private Q_SLOTS:
    void checkDatabaseFile()
    {
        const QString missing = newPath();
        QCOMPARE(store::checkDatabaseFile(missing), FileCheck::Missing);
        const QString empty = newPath();
        QVERIFY(writeFile(empty, {}));
        QCOMPARE(store::checkDatabaseFile(empty), FileCheck::Empty);
        const QString garbage = newPath();
        QVERIFY(writeFile(garbage, QByteArray(4096, 'x')));
        QCOMPARE(store::checkDatabaseFile(garbage), FileCheck::Damaged);
        const QString healthy = newPath();
        QVERIFY(makeDatabase(healthy));
        QCOMPARE(store::checkDatabaseFile(healthy), FileCheck::Healthy);
        QFile torn(healthy);
        QVERIFY(torn.resize(torn.size() / 2));
        QCOMPARE(store::checkDatabaseFile(healthy), FileCheck::Damaged);
        const QString header = newPath();
        QVERIFY(writeFile(header, QByteArray("SQLite format 3\0", 16)));
        QCOMPARE(store::checkDatabaseFile(header), FileCheck::Damaged); // the header itself is cut short
    }

    void problemsAreToldApart()
    {
        const QString garbage = newPath();
        QVERIFY(writeFile(garbage, QByteArray(4096, 'x')));
        Database damaged(garbage);
        QString error;
        QVERIFY(!damaged.open(&error));
        QCOMPARE(damaged.problem(), Database::Problem::Damaged);
        QVERIFY(!damaged.openReadOnly(&error));
        QCOMPARE(damaged.problem(), Database::Problem::Damaged);

        const QString newerPath = newPath();
        QVERIFY(makeDatabase(newerPath));
        {
            Database db(newerPath);
            QVERIFY(db.open(&error));
            QVERIFY(QSqlQuery(db.connection()).exec(u"PRAGMA user_version = 999"_s));
        }
        Database newer(newerPath);
        QVERIFY(!newer.open(&error));
        QCOMPARE(newer.problem(), Database::Problem::Newer);

        Database inFile(newPath() + u"/below-a-file/paperdesk.sqlite"_s);
        QVERIFY(writeFile(inFile.path().section(u'/', 0, -3), "a file, not a folder"));
        QVERIFY(!inFile.open(&error));
        QCOMPARE(inFile.problem(), Database::Problem::Unusable);
        QVERIFY2(error.contains(u"below-a-file"_s), qPrintable(error));
    }

    void readOnlyOpenReadsAndSaysWhyItCannotWrite()
    {
        const QString path = newPath();
        QVERIFY(makeDatabase(path));
        Database db(path);
        QString error;
        QVERIFY2(db.openReadOnly(&error), qPrintable(error));
        QVERIFY(db.isReadOnly());
        QCOMPARE(store::DayRepository(db).find(QDate(2026, 4, 20))->total, 50);
        core::Announcement announcement;
        announcement.date = QDate(2026, 4, 21);
        announcement.papers = {{test::samplePaper(99), core::AnnounceType::New, {}}};
        QVERIFY(!store::DayRepository(db).storeAnnouncement(announcement, {}, &error));
        QVERIFY2(error.contains(path) && error.contains(u"read-only"_s), qPrintable(error));
        QVERIFY(!store::DayRepository(db).find(QDate(2026, 4, 21)));
    }

    void readOnlyOpenRefusesAnOlderSchema()
    {
        const QString path = newPath();
        QVERIFY(makeDatabase(path, 1));
        Database db(path);
        QString error;
        QVERIFY(!db.openReadOnly(&error));
        QCOMPARE(db.problem(), Database::Problem::Unusable);
        QVERIFY2(error.contains(u"upgraded"_s), qPrintable(error));
    }

    void osReasonsInWords()
    {
        QCOMPARE(core::osErrorText(EROFS), u"read-only file system"_s);
        QCOMPARE(core::osErrorText(EACCES), u"permission denied"_s);
        QCOMPARE(core::osErrorText(ENOSPC), u"no space left on device"_s);
        QVERIFY(core::whyNotWritable(m_dir.path()).isEmpty());
        QVERIFY(core::whyNotWritable(m_dir.filePath(u"not/yet/there"_s)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseFiles)
#include "tst_databasefiles.moc"
