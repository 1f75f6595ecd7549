#pragma once

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <memory>

class QMainWindow;

namespace pd::core {
class DataDir;
}

namespace pd::secrets {
class SecretStore;
}

namespace pd::store {
class Database;
class Location;
} // namespace pd::store

namespace pd::ui {

// The window's side of a shared PostgreSQL database: where its password is kept in the keychain
// (Settings → Storage writes it there), and opening it at start with a way back to the local file.
class SharedStore final
{
    Q_DECLARE_TR_FUNCTIONS(SharedStore)

public:
    // The keychain account of the password of `location`: "postgresql:user@host:port/database".
    static QString keychainAccount(const store::Location &location);

    // Reads the password of `location` from `keychain`, waiting at most `timeout`, and hands it to
    // store::Location for every connection of this process. False when none was found: libpq then
    // looks in ~/.pgpass and PGPASSWORD itself. Only for the start, before any window exists.
    static bool unlock(const store::Location &location, secrets::SecretStore &keychain,
                       std::chrono::milliseconds timeout = std::chrono::seconds(5));

    // Opens the database `dataDir` chose. When a shared one cannot be opened the user may open this
    // computer's own file instead (then `dataDir` names it); null when they quit or the database
    // cannot be opened, with the reason in *error (empty when the user chose to quit).
    // `*existed`: the database was there before (a new data dir has none; open() creates it).
    static std::unique_ptr<store::Database> openAtStart(core::DataDir &dataDir, bool *existed,
                                                        QString *error);

    // In a shared database, says so where the reader sees it: the window title names the database
    // and a label in the status bar the server and the reader. Nothing for the local file.
    static void showIn(QMainWindow *window, const store::Database &db);

private:
    // Asks whether to go on with the local database after `error`; true for yes.
    static bool offerLocal(const QString &error);
};

} // namespace pd::ui
