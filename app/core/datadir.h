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
    QString databasePath() const;
    QString profilePath() const;
    QString settingsPath() const;
    // The user's own arXiv holiday list, used instead of the built-in one when present.
    QString holidaysPath() const;
    // The user's model list (same shape as resources/data/models.json), laid over the built-in one.
    QString modelsPath() const;
    // Creates the folder when it does not exist yet; false when that fails.
    bool ensureExists(QString *error) const;

private:
    QString m_path;
};

} // namespace pd::core
