#pragma once

#include "secrets/secretstore.h"
#include "settingspage.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pd::store {
class Location;
}

namespace pd::ui::settings {

// Where the database lives (settings.ini only): this computer's SQLite file, or a PostgreSQL
// database a group shares. The connection string goes to settings.ini; its password only to the
// keychain (at OK or Apply), read back when the window starts. The change takes effect at the next
// start: the open window keeps the database it has.
class StoragePage final : public SettingsPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoragePage)

public:
    // `store` may be null: then no keychain is available, and a password has to go to ~/.pgpass.
    explicit StoragePage(secrets::SecretStore *store, QWidget *parent = nullptr);
    ~StoragePage() override;

    QString title() const override;
    QString subtitle() const override;
    void load(const core::Profile &profile) override;
    void save(core::Profile &profile) const override;
    QString validate() const override;
    void loadSettings(const QSettings &settings) override;
    void saveSettings(QSettings &settings) const override;
    bool settingsDirty() const override;

    // Connects to the shared database as typed (with the typed password, else the keychain's),
    // creating or upgrading its schema; the answer arrives as connectionTested(). Blocks while
    // PostgreSQL answers (at most its connect timeout).
    void testConnection();

    // The database the page's edits stand for: a PostgreSQL URL, or empty for the local file.
    QString database() const;

Q_SIGNALS:
    void connectionTested(bool ok, const QString &message);
    // The keychain answered the password write that OK or Apply started.
    void passwordSaved(bool ok, const QString &message);

private:
    QWidget *buildChoice();
    QWidget *buildConnection();
    QWidget *buildTestRow();
    bool shared() const;
    // Why the connection string cannot be used; empty when it can.
    QString urlProblem() const;
    void edited();
    // Enables the fields the choice allows and shows the connection string's problem.
    void updateState();
    void connectWith(const store::Location &location, const QString &password);
    void finishTest(bool ok, const QString &message);
    void passwordRead(secrets::SecretStore::Status status, const QString &key);
    void passwordWritten(secrets::SecretStore::Status status, const QString &message);

    secrets::SecretStore *m_store;
    // A store of the page's own for the read before a test, so no other page's answer is taken
    // for it; writes go through `m_store`, which outlives the dialog and so finishes them.
    secrets::SecretStore *m_reader = nullptr;
    QString m_stored;               // settings.ini's value as loaded
    mutable bool m_writing = false; // a password write is in flight on m_store
    bool m_reading = false;

    QRadioButton *m_local = nullptr;
    QRadioButton *m_shared = nullptr;
    QWidget *m_connection = nullptr;
    QLineEdit *m_url = nullptr;
    QLabel *m_urlProblem = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_passwordNote = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_override = nullptr;
};

} // namespace pd::ui::settings
