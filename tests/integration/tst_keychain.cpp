#include "core/datadir.h"
#include "core/profile.h"
#include "core/profilestore.h"
#include "fakellmserver.h"
#include "fixtures.h"
#include "pipeline/dailyrun.h"
#include "pipeline/outcome.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/runrepository.h"

#include <QDirIterator>
#include <QFile>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace pd;
using secrets::SecretStore;

namespace {

// Every message logged while the test runs, whatever its category or level.
QMutex logMutex;
QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&logMutex);
        capturedLog.append(QString::fromLatin1(context.category ? context.category : "default") + u": "_s +
                           message);
    }
    if (previousHandler) {
        previousHandler(type, context, message);
    }
}

struct Outcome {
    SecretStore::Status status = SecretStore::Status::Failed;
    QString key;
    QString message;
};

Outcome wait(SecretStore &store)
{
    QSignalSpy spy(&store, &SecretStore::finished);
    if (!spy.wait(20000)) {
        return {SecretStore::Status::Failed, {}, u"timeout"_s};
    }
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).value<SecretStore::Status>(), args.at(2).toString(), args.at(3).toString()};
}

// The forms a leaked key could take in a file: UTF-8, UTF-16 and base64.
QList<QByteArray> encodings(const QString &key)
{
    const QByteArray utf16(reinterpret_cast<const char *>(key.utf16()), key.size() * 2);
    return {key.toUtf8(), utf16, key.toUtf8().toBase64()};
}

} // namespace

// Against the real Secret Service of the session (gnome-keyring inside dbus-run-session in the
// README's test command): the API key goes in and out of the keychain and nowhere else.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariableIsEmpty("PAPERDESK_REQUIRE_KEYCHAIN")) {
            QSKIP("No session bus; the README test command runs this under dbus-run-session.");
        }
        qunsetenv(SecretStore::EnvironmentVariable);
        // Debug output of our own categories too: a key must not hide in verbose logs either.
        QLoggingCategory::setFilterRules(u"paperdesk.*.debug=true"_s);
        previousHandler = qInstallMessageHandler(captureMessage);
    }

    void cleanupTestCase() { qInstallMessageHandler(previousHandler); }

    void keyLivesOnlyInTheKeychain()
    {
        SecretStore store(u"Paperdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString account = core::providerName(core::Profile::Provider::OpenAi);
        const QString key = u"sk-leakcheck-"_s + QUuid::createUuid().toString(QUuid::Id128);

        store.write(account, key);
        Outcome o = wait(store);
        QVERIFY2(o.status == SecretStore::Status::Ok, qPrintable(o.message));
        store.read(account);
        o = wait(store);
        QCOMPARE(o.status, SecretStore::Status::Ok);
        QCOMPARE(o.key, key);
        const QString fromKeychain = o.key;

        // Use the key the way the application does: settings, profile, a scoring run that
        // succeeds and one whose key is refused (the fake server echoes the key in its 401 body).
        QTemporaryDir temp;
        const core::DataDir dataDir(temp.filePath(u"data"_s));
        QString error;
        QVERIFY2(dataDir.ensureExists(&error), qPrintable(error));
        {
            QSettings ini(dataDir.settingsPath(), QSettings::IniFormat);
            ini.setValue(u"ui/language"_s, u"de"_s);
            ini.setValue(u"ui/palette"_s, u"dark"_s);
            ini.sync();
            QCOMPARE(ini.status(), QSettings::NoError);
        }
        test::FakeLlmServer server;
        QVERIFY(server.listen());
        core::Profile profile = core::ProfileJson::defaultProfile();
        profile.model.baseUrl = server.baseUrl();
        profile.model.batchSize = 5;
        profile.model.retries = 0;
        QVERIFY2(core::ProfileStore(dataDir.profilePath()).save(profile, &error), qPrintable(error));

        const QDate good(2026, 4, 20);
        const QDate refused(2026, 4, 21);
        {
            store::Database db(dataDir.databasePath());
            QVERIFY2(db.open(&error), qPrintable(error));
            QVERIFY(test::storeDay(db, good, 1, 8));
            QVERIFY(test::storeDay(db, refused, 20, 8));
            QNetworkAccessManager nam;

            pipeline::DailyRun run(db, &nam, profile, fromKeychain);
            run.setRetryBackoffMs(10);
            QSignalSpy finished(&run, &pipeline::DailyRun::finished);
            run.start(good, true);
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.at(0).at(1).value<pipeline::Outcome>(), pipeline::Outcome::Done);
            QVERIFY(server.requestCount() > 0);
            QCOMPARE(server.requests().first().header("authorization"), QByteArray("Bearer " + key.toUtf8()));

            server.setBehaviour(test::FakeLlmServer::Behaviour::httpStatus(401));
            pipeline::DailyRun refusedRun(db, &nam, profile, fromKeychain);
            refusedRun.setRetryBackoffMs(10);
            QSignalSpy refusedFinished(&refusedRun, &pipeline::DailyRun::finished);
            refusedRun.start(refused, true);
            QVERIFY(refusedFinished.wait(60000));
            QVERIFY(refusedFinished.at(0).at(1).value<pipeline::Outcome>() != pipeline::Outcome::Done);
            const QString message = refusedFinished.at(0).at(2).toString();
            QVERIFY2(message.contains(u"401"_s), qPrintable(message));
            QVERIFY(!message.contains(key));
            QCOMPARE(store::RunRepository(db).runsOfDay(refused).size(), 1);
        } // the database closes and folds its WAL into the file

        int files = 0;
        QDirIterator it(temp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            for (const QByteArray &form : encodings(key)) {
                QVERIFY2(!content.contains(form), qPrintable(file.fileName()));
            }
            ++files;
        }
        QVERIFY2(files >= 3, "settings, profile and database were written");
        {
            const QMutexLocker lock(&logMutex);
            QVERIFY(!capturedLog.isEmpty()); // the refused run logged its failure
            for (const QString &line : std::as_const(capturedLog)) {
                QVERIFY2(!line.contains(key), qPrintable(line));
            }
        }

        store.remove(account);
        QCOMPARE(wait(store).status, SecretStore::Status::Ok);
        store.read(account);
        o = wait(store);
        QCOMPARE(o.status, SecretStore::Status::NotSet);
        QVERIFY(o.key.isEmpty());
        QVERIFY(!o.message.contains(key));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
