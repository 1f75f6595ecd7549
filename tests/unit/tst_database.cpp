#include "fixtures.h"
#include "store/database.h"
#include "store/dayrepository.h"
#include "store/paperrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using pd::store::Database;

namespace {

QByteArray hashOf(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QString pragma(const Database &db, const QString &name)
{
    QSqlQuery q(db.connection());
    q.exec(u"PRAGMA "_s + name);
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsLatestSchemaWithPragmas()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"sub/paperdesk.sqlite"_s));
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QVERIFY(Database::latestVersion() >= 2);
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QCOMPARE(pragma(db, u"journal_mode"_s), u"wal"_s);
        QCOMPARE(pragma(db, u"foreign_keys"_s), u"1"_s);
        QCOMPARE(pragma(db, u"busy_timeout"_s), u"10000"_s);
        // Opening again is a no-op.
        QVERIFY(db.open(&error));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
    }

    void migratesPreviousVersionKeepingData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"old.sqlite"_s);
        {
            Database v1(path);
            QString error;
            QVERIFY2(v1.open(&error, 1), qPrintable(error));
            QCOMPARE(v1.schemaVersion(), 1);
            QVERIFY(pd::test::storeDay(v1, QDate(2026, 4, 21), 1, 5));
            QSqlQuery q(v1.connection());
            QVERIFY(!q.exec(u"SELECT * FROM fingerprints"_s)); // not in schema 1
        }
        Database db(path);
        QString error;
        QVERIFY2(db.open(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), Database::latestVersion());
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM fingerprints"_s));
        QCOMPARE(pd::store::PaperRepository(db).count(), 5);
        QCOMPARE(pd::store::DayRepository(db).find(QDate(2026, 4, 21))->total, 5);
    }

    void refusesNewerDatabaseWithoutTouchingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"newer.sqlite"_s);
        {
            Database db(path);
            QString error;
            QVERIFY(db.open(&error));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"PRAGMA user_version = 999"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QByteArray before = hashOf(path);
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(u"newer Paperdesk"_s), qPrintable(error));
        QVERIFY(error.contains(u"999"_s));
        QCOMPARE(hashOf(path), before);
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"junk.sqlite"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        Database db(path);
        QString error;
        QVERIFY(!db.open(&error));
        QVERIFY2(error.contains(u"not a Paperdesk database"_s), qPrintable(error));
    }

    void eachThreadHasItsOwnConnection()
    {
        QTemporaryDir dir;
        Database db(dir.filePath(u"t.sqlite"_s));
        QString error;
        QVERIFY(db.open(&error));
        const QString mainName = db.connection().connectionName();
        QString workerName;
        bool stored = false;
        QThread *worker = QThread::create([&] {
            workerName = db.connection().connectionName();
            stored = pd::test::storeDay(db, QDate(2026, 4, 20), 100, 3);
        });
        worker->start();
        QVERIFY(worker->wait(10000));
        delete worker;
        QVERIFY(stored);
        QVERIFY(!workerName.isEmpty());
        QVERIFY(workerName != mainName);
        QVERIFY(!QSqlDatabase::contains(workerName)); // removed when the thread finished
        // The main thread sees what the worker wrote.
        QCOMPARE(pd::store::DayRepository(db).papersOfDay(QDate(2026, 4, 20), {}).size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
