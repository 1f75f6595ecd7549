#include "core/datadir.h"
#include "core/profile.h"
#include "secrets/secretstore.h"
#include "store/database.h"
#include "store/location.h"
#include "testpostgres.h"
#include "ui/settings/settingsdialog.h"
#include "ui/settings/storagepage.h"
#include "ui/sharedstore.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;
using namespace pd;
using secrets::SecretStore;
using ui::settings::SettingsDialog;
using ui::settings::StoragePage;

namespace {

// Replaces the text of a line edit the way a user does.
void type(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    if (!text.isEmpty()) {
        QTest::keyClicks(edit, text);
    }
    QCOMPARE(edit->text(), text);
}

template<typename T>
T *child(const QWidget &parent, const QString &name)
{
    T *widget = parent.findChild<T *>(name);
    if (!widget) {
        qWarning("no widget %s", qPrintable(name));
    }
    return widget;
}

struct Answer {
    SecretStore::Status status = SecretStore::Status::Failed;
    QString key;
};

Answer wait(SecretStore &store)
{
    QSignalSpy spy(&store, &SecretStore::finished);
    if (!spy.wait(20000)) {
        return {};
    }
    const QList<QVariant> args = spy.takeFirst();
    return {args.at(1).value<SecretStore::Status>(), args.at(2).toString()};
}

bool haveKeychain()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") ||
           !qEnvironmentVariableIsEmpty("PAPERDESK_REQUIRE_KEYCHAIN");
}

} // namespace

// Settings → Storage: the choice of database goes to settings.ini, its password only to the real
// keychain (gnome-keyring in the README's test command), and Test Connection reaches the test cluster.
class TestStoragePage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_service = u"Paperdesk-test-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);

    QString iniPath() const { return m_dir.filePath(u"settings.ini"_s); }

    // The dialog on its Storage page, reading and writing the test's settings.ini.
    std::unique_ptr<SettingsDialog> dialog(SecretStore *store)
    {
        auto d = std::make_unique<SettingsDialog>(core::ProfileJson::defaultProfile(), store);
        d->setSettingsFile(iniPath());
        d->showPage(int(d->pages().size()) - 1);
        d->show();
        return d;
    }
    static StoragePage *page(const SettingsDialog &d) { return d.findChild<StoragePage *>(); }
    static QPushButton *applyButton(const SettingsDialog &d)
    {
        return child<QDialogButtonBox>(d, u"buttonBox"_s)->button(QDialogButtonBox::Apply);
    }
    QString storedDatabase() const
    {
        return QSettings(iniPath(), QSettings::IniFormat)
            .value(core::DataDir::databaseSettingKey())
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qunsetenv(core::DataDir::DatabaseVariable);
    }

    void init() { QFile::remove(iniPath()); }

    void startsLocal()
    {
        auto d = dialog(nullptr);
        StoragePage *p = page(*d);
        QVERIFY(p);
        QCOMPARE(p->title(), u"Storage"_s);
        QVERIFY(child<QRadioButton>(*d, u"localDatabase"_s)->isChecked());
        QVERIFY(!child<QLineEdit>(*d, u"databaseUrl"_s)->isEnabled());
        QCOMPARE(child<QLineEdit>(*d, u"databasePassword"_s)->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(*d, u"databaseUrl"_s)->placeholderText(),
                 u"postgresql://alice@db.lab.example/paperdesk"_s);
        const QString explanation = child<QLabel>(*d, u"sharedExplanation"_s)->text();
        QVERIFY2(explanation.contains(u"reading state, stars, notes, reactions and the For you model"_s,
                                      Qt::CaseInsensitive),
                 qPrintable(explanation));
        QVERIFY(explanation.contains(u"?reader="_s));
        QVERIFY(child<QLabel>(*d, u"restartNote"_s)->text().contains(u"next time Paperdesk starts"_s));
        QVERIFY(!applyButton(*d)->isEnabled());
        QCOMPARE(p->validate(), QString());
    }

    void badUrlShowsProblem()
    {
        auto d = dialog(nullptr);
        child<QRadioButton>(*d, u"sharedDatabase"_s)->click();
        auto *url = child<QLineEdit>(*d, u"databaseUrl"_s);
        QVERIFY(url->isEnabled());
        QVERIFY(!page(*d)->validate().isEmpty()); // nothing typed yet

        const QString bad = u"postgresql:///paperdesk"_s; // no host
        type(url, bad);
        auto *problem = child<QLabel>(*d, u"databaseUrlProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), store::Location::parse(bad).error());
        QVERIFY(!problem->text().isEmpty());
        QVERIFY(!child<QPushButton>(*d, u"testDatabase"_s)->isEnabled());
        QVERIFY(page(*d)->validate().contains(problem->text()));
        QVERIFY(d->message().contains(problem->text())); // the dialog says it too, and refuses Apply
        applyButton(*d)->click();
        QCOMPARE(storedDatabase(), QString());

        type(url, u"/home/alice/paperdesk.sqlite"_s);
        QVERIFY2(problem->text().contains(u"postgresql://"_s), qPrintable(problem->text()));

        type(url, u"postgresql://alice@db.lab.example/paperdesk"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(child<QPushButton>(*d, u"testDatabase"_s)->isEnabled());
        QCOMPARE(page(*d)->validate(), QString());
    }

    void passwordInUrlIsRefused()
    {
        auto d = dialog(nullptr);
        child<QRadioButton>(*d, u"sharedDatabase"_s)->click();
        type(child<QLineEdit>(*d, u"databaseUrl"_s),
             u"postgresql://alice:hunter2@db.lab.example/paperdesk"_s);
        const QString problem = child<QLabel>(*d, u"databaseUrlProblem"_s)->text();
        QVERIFY2(problem.contains(u"holds a password"_s), qPrintable(problem));
        QVERIFY2(!problem.contains(u"hunter2"_s), qPrintable(problem));
        QVERIFY(!d->message().contains(u"hunter2"_s));
        QVERIFY(!page(*d)->validate().isEmpty());
        applyButton(*d)->click();
        QCOMPARE(storedDatabase(), QString());
        QFile ini(iniPath());
        QVERIFY(!ini.open(QIODevice::ReadOnly) || !ini.readAll().contains("hunter2"));
    }

    void sharedGoesToSettingsAndPasswordToKeychain()
    {
        if (!haveKeychain()) {
            QSKIP("No session bus; the README test command runs this under dbus-run-session.");
        }
        SecretStore store(m_service);
        const QString url = u"postgresql://alice@db.lab.example:5433/paperdesk?reader=alice"_s;
        const QString password = u"pw-"_s + QUuid::createUuid().toString(QUuid::Id128);
        const store::Location location = store::Location::parse(url);
        QVERIFY(location.isValid());
        const QString account = u"postgresql:alice@db.lab.example:5433/paperdesk"_s;
        QCOMPARE(ui::SharedStore::keychainAccount(location), account);

        auto d = dialog(&store);
        child<QRadioButton>(*d, u"sharedDatabase"_s)->click();
        type(child<QLineEdit>(*d, u"databaseUrl"_s), url);
        type(child<QLineEdit>(*d, u"databasePassword"_s), password);
        QVERIFY(applyButton(*d)->isEnabled());
        QSignalSpy saved(page(*d), &StoragePage::passwordSaved);
        applyButton(*d)->click();
        QVERIFY(saved.wait(20000));
        QVERIFY2(saved.at(0).at(0).toBool(), qPrintable(saved.at(0).at(1).toString()));
        QCOMPARE(child<QLabel>(*d, u"passwordNote"_s)->text(), u"The password is stored in the keychain."_s);

        // settings.ini has the URL and not the password; the page keeps no password on screen.
        QCOMPARE(storedDatabase(), url);
        QFile ini(iniPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray bytes = ini.readAll();
        QVERIFY(!bytes.contains(password.toUtf8()));
        QVERIFY(!bytes.contains(password.toUtf8().toBase64()));
        QVERIFY(child<QLineEdit>(*d, u"databasePassword"_s)->text().isEmpty());
        QVERIFY(!applyButton(*d)->isEnabled());

        // The keychain holds it under the database's account.
        SecretStore reader(m_service);
        reader.read(account);
        const Answer answer = wait(reader);
        QCOMPARE(answer.status, SecretStore::Status::Ok);
        QCOMPARE(answer.key, password);

        // The next start chooses the shared database and finds the password.
        core::DataDir dataDir(m_dir.path());
        dataDir.chooseDatabase();
        QVERIFY(dataDir.usesSharedDatabase());
        QCOMPARE(dataDir.databasePath(), url);
        store::Location::setPassword(location.keychainAccount(), {});
        QVERIFY(ui::SharedStore::unlock(location, reader));
        QCOMPARE(store::Location::password(location.keychainAccount()), password);
        store::Location::setPassword(location.keychainAccount(), {});

        // Reopened, the page shows the stored choice.
        d = dialog(&store);
        QVERIFY(child<QRadioButton>(*d, u"sharedDatabase"_s)->isChecked());
        QCOMPARE(child<QLineEdit>(*d, u"databaseUrl"_s)->text(), url);
        QVERIFY(child<QLineEdit>(*d, u"databasePassword"_s)->text().isEmpty());
        QVERIFY(!applyButton(*d)->isEnabled());

        reader.remove(account);
        QCOMPARE(wait(reader).status, SecretStore::Status::Ok);
    }

    void localChoiceClearsTheSetting()
    {
        {
            QSettings ini(iniPath(), QSettings::IniFormat);
            ini.setValue(core::DataDir::databaseSettingKey(),
                         u"postgresql://alice@db.lab.example/paperdesk"_s);
            ini.setValue(u"ui/palette"_s, u"dark"_s);
        }
        auto d = dialog(nullptr);
        QVERIFY(child<QRadioButton>(*d, u"sharedDatabase"_s)->isChecked());
        QVERIFY(!applyButton(*d)->isEnabled());
        child<QRadioButton>(*d, u"localDatabase"_s)->click();
        QVERIFY(applyButton(*d)->isEnabled());
        QCOMPARE(page(*d)->database(), QString());
        applyButton(*d)->click();
        QCOMPARE(storedDatabase(), QString());
        QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).value(u"ui/palette"_s).toString(), u"dark"_s);
        QVERIFY(!applyButton(*d)->isEnabled());

        core::DataDir dataDir(m_dir.path());
        dataDir.chooseDatabase();
        QVERIFY(!dataDir.usesSharedDatabase());
        QCOMPARE(dataDir.databasePath(), m_dir.filePath(u"paperdesk.sqlite"_s));
    }

    void testConnectionReachesTheCluster()
    {
        PD_REQUIRE_POSTGRES();
        QString error;
        const QString url = test::createPostgresDatabase(&error);
        QVERIFY2(!url.isEmpty(), qPrintable(error));
        std::unique_ptr<SecretStore> store;
        if (haveKeychain()) {
            store = std::make_unique<SecretStore>(m_service); // no password there: trust auth
        }
        auto d = dialog(store.get());
        child<QRadioButton>(*d, u"sharedDatabase"_s)->click();
        type(child<QLineEdit>(*d, u"databaseUrl"_s), url);
        QSignalSpy tested(page(*d), &StoragePage::connectionTested);
        child<QPushButton>(*d, u"testDatabase"_s)->click();
        QVERIFY(tested.size() == 1 || tested.wait(20000));
        const QString message = tested.at(0).at(1).toString();
        QVERIFY2(tested.at(0).at(0).toBool(), qPrintable(message));
        QCOMPARE(message, u"Connected; schema %1."_s.arg(store::Database::latestVersion()));
        QCOMPARE(child<QLabel>(*d, u"databaseTestResult"_s)->text(), message);
        QVERIFY(child<QPushButton>(*d, u"testDatabase"_s)->isEnabled());

        // The test created the schema, as the window's start would.
        store::Database db(url);
        QVERIFY2(db.openReadOnly(&error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), store::Database::latestVersion());
        // Testing is not choosing: nothing was written.
        QCOMPARE(storedDatabase(), QString());
    }

    void testConnectionReportsFailure()
    {
        auto d = dialog(nullptr);
        child<QRadioButton>(*d, u"sharedDatabase"_s)->click();
        const QString url = u"postgresql://alice@127.0.0.1:1/paperdesk"_s;
        type(child<QLineEdit>(*d, u"databaseUrl"_s), url);
        type(child<QLineEdit>(*d, u"databasePassword"_s), u"not-this-one"_s);
        QSignalSpy tested(page(*d), &StoragePage::connectionTested);
        page(*d)->testConnection();
        QVERIFY(tested.size() == 1 || tested.wait(20000));
        const QString message = tested.at(0).at(1).toString();
        QVERIFY(!tested.at(0).at(0).toBool());
        QVERIFY2(message.startsWith(u"Cannot "_s), qPrintable(message));
        QVERIFY2(!message.contains(u"not-this-one"_s), qPrintable(message));
        QCOMPARE(child<QLabel>(*d, u"databaseTestResult"_s)->text(), message.simplified());
        // A password that did not work is not kept for this process's connections.
        QCOMPARE(store::Location::password(store::Location::parse(url).keychainAccount()), QString());
    }

    // Not a check: PAPERDESK_SCREENSHOT_DIR=dir writes the page to dir/storagepage.png.
    void screenshot()
    {
        const QString dir = qEnvironmentVariable("PAPERDESK_SCREENSHOT_DIR");
        if (dir.isEmpty()) {
            QSKIP("Set PAPERDESK_SCREENSHOT_DIR to write a screenshot of the page.");
        }
        auto d = dialog(nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(d.get()));
        child<QRadioButton>(*d, u"sharedDatabase"_s)->click();
        type(child<QLineEdit>(*d, u"databaseUrl"_s), u"postgresql://alice@127.0.0.1:1/paperdesk"_s);
        type(child<QLineEdit>(*d, u"databasePassword"_s), u"secret"_s);
        page(*d)->testConnection();
        QTest::qWait(50);
        QVERIFY(d->grab().save(dir + u"/storagepage.png"_s));
        type(child<QLineEdit>(*d, u"databaseUrl"_s), u"postgresql://alice:pw@db.lab.example/paperdesk"_s);
        QTest::qWait(50);
        QVERIFY(d->grab().save(dir + u"/storagepage-problem.png"_s));
    }
};

QTEST_MAIN(TestStoragePage)
#include "tst_storagepage.moc"
