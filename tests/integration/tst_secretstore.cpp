#include "secrets/secretstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using pd::secrets::SecretStore;

// Runs against the real Secret Service of the session (gnome-keyring inside dbus-run-session in
// the test command). Without a session bus it is skipped unless PAPERDESK_REQUIRE_KEYCHAIN is set.
class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    struct Outcome {
        SecretStore::Status status;
        QString key;
        QString message;
    };

    static Outcome wait(SecretStore &store)
    {
        QSignalSpy spy(&store, &SecretStore::finished);
        if (!spy.wait(20000)) {
            return {SecretStore::Status::Failed, {}, u"timeout"_s};
        }
        const QList<QVariant> args = spy.takeFirst();
        return {args.at(1).value<SecretStore::Status>(), args.at(2).toString(), args.at(3).toString()};
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") &&
            qEnvironmentVariableIsEmpty("PAPERDESK_REQUIRE_KEYCHAIN")) {
            QSKIP("No session bus; the README test command runs this under dbus-run-session.");
        }
    }

    void writeReadDelete()
    {
        SecretStore store(u"Paperdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces));
        const QString account = u"openai"_s;
        const QString key = u"sk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

        store.read(account);
        Outcome o = wait(store);
        QCOMPARE(o.status, SecretStore::Status::NotSet);
        QVERIFY(!o.message.isEmpty());

        store.write(account, key);
        o = wait(store);
        QVERIFY2(o.status == SecretStore::Status::Ok, qPrintable(o.message));

        store.read(account);
        o = wait(store);
        QCOMPARE(o.status, SecretStore::Status::Ok);
        QCOMPARE(o.key, key);

        store.remove(account);
        o = wait(store);
        QCOMPARE(o.status, SecretStore::Status::Ok);
        store.read(account);
        QCOMPARE(wait(store).status, SecretStore::Status::NotSet);
    }

    void environmentKeyOverrides()
    {
        qputenv(SecretStore::EnvironmentVariable, "  env-key-123 ");
        QCOMPARE(SecretStore::environmentKey(), u"env-key-123"_s);
        qunsetenv(SecretStore::EnvironmentVariable);
        QVERIFY(SecretStore::environmentKey().isEmpty());
    }

    void messagesNeverCarryTheKey()
    {
        const QString message = SecretStore::describe(SecretStore::Status::Unavailable, u"no backend"_s);
        QVERIFY(message.contains(u"PAPERDESK_API_KEY"_s));
        QVERIFY(message.contains(u"plain text"_s));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
