#pragma once

#include <QString>

namespace pd::core {

// Where one Paperdesk installation keeps its database, profile and settings.
class DataDir final
{
public:
    // An empty path means the platform's application data location.
    explicit DataDir(const QString &path = {});

    QString path() const { return m_path; }
    // The database: paperdesk.sqlite in the folder, or what setDatabase() chose (a shared PostgreSQL
    // database as "postgresql://user@host/database", or another SQLite file).
    QString databasePath() const;
    void setDatabase(const QString &location) { m_database = location; }
    // Chooses the database the way every entry point does: `option` (--database) when given, else
    // PAPERDESK_DATABASE, else the folder's settings.ini (store/database, Settings → Storage),
    // else the folder's own SQLite file.
    void chooseDatabase(const QString &option = {});
    // The settings.ini key Settings → Storage writes: a PostgreSQL URL, or empty for the local file.
    static QString databaseSettingKey();
    static constexpr auto DatabaseVariable = "PAPERDESK_DATABASE";
    // The database is a shared PostgreSQL one rather than an SQLite file.
    bool usesSharedDatabase() const
    {
        return m_database.startsWith(QStringLiteral("postgres"), Qt::CaseInsensitive);
    }
    QString profilePath() const;
    QString settingsPath() const;
    // The user's own arXiv holiday list, used instead of the built-in one when present.
    QString holidaysPath() const;
    // The user's model list (same shape as resources/data/models.json), laid over the built-in one.
    QString modelsPath() const;
    // Creates the folder when it does not exist yet; false when that fails, with the folder and the
    // system's reason in *error.
    bool ensureExists(QString *error) const;

private:
    QString m_path;
    QString m_database;
};

// Creates `folder` and the folders above it that are missing. On failure, false with the reason
// (osErrorText) in *reason.
bool makeFolder(const QString &folder, QString *reason);

// Why this process cannot create or change `path` ("read-only file system", "permission
// denied"…); empty when it can. A path that does not exist yet is asked of the nearest folder
// above it that does, as that is where it would be created.
QString whyNotWritable(const QString &path);

// The system's reason for an errno value, in words a user reads ("no space left on device").
QString osErrorText(int errorNumber);

} // namespace pd::core
