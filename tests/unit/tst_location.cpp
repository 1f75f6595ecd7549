// Where a database lives: SQLite paths and PostgreSQL connection strings, as --database,
// PAPERDESK_DATABASE and Settings → Storage give them.
#include "core/datadir.h"
#include "store/location.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace pd;

class TestLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlitePathsAndPrefix()
    {
        const store::Location plain = store::Location::parse(u"/home/a/paperdesk.sqlite"_s);
        QVERIFY(plain.isValid());
        QVERIFY(!plain.isPostgres());
        QCOMPARE(plain.path(), u"/home/a/paperdesk.sqlite"_s);
        const store::Location prefixed = store::Location::parse(u"sqlite:/tmp/x.sqlite"_s);
        QCOMPARE(prefixed.path(), u"/tmp/x.sqlite"_s);
        QVERIFY(!store::Location::parse(u"sqlite:"_s).isValid());
    }

    void postgresUrl()
    {
        const store::Location l =
            store::Location::parse(u"postgresql://alice@db.lab.example:5433/paperdesk"_s);
        QVERIFY2(l.isValid(), qPrintable(l.error()));
        QVERIFY(l.isPostgres());
        QCOMPARE(l.host(), u"db.lab.example"_s);
        QCOMPARE(l.port(), 5433);
        QCOMPARE(l.user(), u"alice"_s);
        QCOMPARE(l.database(), u"paperdesk"_s);
        QVERIFY(l.reader().isEmpty());
        QCOMPARE(l.keychainAccount(), u"alice@db.lab.example:5433/paperdesk"_s);
        // The short scheme, the default port and a reader of a shared role.
        const store::Location s = store::Location::parse(u"postgres://lab@db/paperdesk?reader=Zoë.K"_s);
        QVERIFY2(s.isValid(), qPrintable(s.error()));
        QCOMPARE(s.port(), 5432);
        QCOMPARE(s.reader(), u"Zoë.K"_s);
        QVERIFY(s.text().startsWith(u"postgresql://"_s));
        QCOMPARE(store::readerSchema(s.reader()), u"reader_zo__k"_s);
    }

    void badUrlsSayWhyAndNeverEchoAPassword()
    {
        const store::Location password = store::Location::parse(u"postgresql://alice:hunter2@db/paperdesk"_s);
        QVERIFY(!password.isValid());
        QVERIFY(password.error().contains(u"password"_s));
        QVERIFY(!password.error().contains(u"hunter2"_s));
        QVERIFY(!store::Location::parse(u"postgresql://db"_s).isValid());         // no database
        QVERIFY(!store::Location::parse(u"postgresql:///paperdesk"_s).isValid()); // no host
        const store::Location option = store::Location::parse(u"postgresql://db/p?sslmode=require"_s);
        QVERIFY(!option.isValid());
        QVERIFY(option.error().contains(u"sslmode"_s));
    }

    void passwordsStayInMemoryPerAccount()
    {
        store::Location::setPassword(u"a@h:5432/d"_s, u"s3cret"_s);
        QCOMPARE(store::Location::password(u"a@h:5432/d"_s), u"s3cret"_s);
        QVERIFY(store::Location::password(u"b@h:5432/d"_s).isEmpty());
        store::Location::setPassword(u"a@h:5432/d"_s, {});
        QVERIFY(store::Location::password(u"a@h:5432/d"_s).isEmpty());
    }

    void dataDirChoosesOptionThenEnvironmentThenSettings()
    {
        QTemporaryDir dir;
        core::DataDir dataDir(dir.path());
        qunsetenv(core::DataDir::DatabaseVariable);
        dataDir.chooseDatabase();
        QVERIFY(!dataDir.usesSharedDatabase());
        QCOMPARE(dataDir.databasePath(), dir.filePath(u"paperdesk.sqlite"_s));
        {
            QSettings settings(dataDir.settingsPath(), QSettings::IniFormat);
            settings.setValue(core::DataDir::databaseSettingKey(), u"postgresql://s@settings/db"_s);
        }
        dataDir.chooseDatabase();
        QCOMPARE(dataDir.databasePath(), u"postgresql://s@settings/db"_s);
        QVERIFY(dataDir.usesSharedDatabase());
        qputenv(core::DataDir::DatabaseVariable, "postgresql://e@environment/db");
        dataDir.chooseDatabase();
        QCOMPARE(dataDir.databasePath(), u"postgresql://e@environment/db"_s);
        dataDir.chooseDatabase(u"postgresql://o@option/db"_s);
        QCOMPARE(dataDir.databasePath(), u"postgresql://o@option/db"_s);
        qunsetenv(core::DataDir::DatabaseVariable);
    }
};

QTEST_GUILESS_MAIN(TestLocation)
#include "tst_location.moc"
