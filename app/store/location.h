#pragma once

#include <QCoreApplication>
#include <QString>

namespace pd::store {

// Where a Paperdesk database lives: an SQLite file (the default, one per data dir) or a PostgreSQL
// database that a group shares. Written as a path (or "sqlite:PATH") or as a connection URL
// "postgresql://[user@]host[:port]/database[?reader=NAME]". A URL never carries the password:
// that comes from the keychain (setPassword) or libpq's own ~/.pgpass and PGPASSWORD.
class Location final
{
    Q_DECLARE_TR_FUNCTIONS(Location)

public:
    enum class Kind { Sqlite, Postgres };

    // Parses `text`; on failure isValid() is false and error() says why in words a user reads
    // (never echoing a password that was typed into the URL).
    static Location parse(const QString &text);
    static bool looksLikePostgres(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }

    // SQLite: the file. PostgreSQL: the URL as given, without a password.
    QString text() const { return m_text; }
    QString path() const { return m_path; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString database() const { return m_database; }
    // The reader whose reading state, notes and For you model this connection uses; empty means
    // the database role.
    QString reader() const { return m_reader; }
    // The keychain account that holds the password: "user@host:port/database".
    QString keychainAccount() const;

    // Passwords the window read from the keychain, kept in this process's memory only so that
    // every thread's connection can use them. Keyed by keychainAccount().
    static void setPassword(const QString &account, const QString &password);
    static QString password(const QString &account);

private:
    Kind m_kind = Kind::Sqlite;
    QString m_text;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_user;
    QString m_database;
    QString m_reader;
    QString m_error;
};

// The schema that holds a reader's own tables: "reader_" and the name folded to [a-z0-9_].
QString readerSchema(const QString &reader);

} // namespace pd::store
