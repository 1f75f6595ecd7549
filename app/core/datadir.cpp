#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace pd::core {

DataDir::DataDir(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(path).absolutePath())
{}

QString DataDir::databasePath() const
{
    return m_path + u"/paperdesk.sqlite"_s;
}

QString DataDir::profilePath() const
{
    return m_path + u"/profile.json"_s;
}

QString DataDir::settingsPath() const
{
    return m_path + u"/settings.ini"_s;
}

QString DataDir::holidaysPath() const
{
    return m_path + u"/arxiv-holidays.json"_s;
}

QString DataDir::modelsPath() const
{
    return m_path + u"/models.json"_s;
}

bool DataDir::ensureExists(QString *error) const
{
    if (QDir().mkpath(m_path)) {
        return true;
    }
    *error = QCoreApplication::translate("DataDir", "Cannot create the data folder %1.").arg(m_path);
    return false;
}

} // namespace pd::core
