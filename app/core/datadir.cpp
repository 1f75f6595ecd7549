#include "datadir.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace pd::core {

DataDir::DataDir(const QString &path)
    : m_path(path.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            : QDir(path).absolutePath())
{}

QString DataDir::databasePath() const
{
    if (!m_database.isEmpty()) {
        return m_database;
    }
    return m_path + u"/paperdesk.sqlite"_s;
}

void DataDir::chooseDatabase(const QString &option)
{
    QString chosen = option.trimmed();
    if (chosen.isEmpty()) {
        chosen = qEnvironmentVariable(DatabaseVariable).trimmed();
    }
    if (chosen.isEmpty() && QFileInfo::exists(settingsPath())) {
        chosen =
            QSettings(settingsPath(), QSettings::IniFormat).value(databaseSettingKey()).toString().trimmed();
    }
    m_database = chosen;
}

QString DataDir::databaseSettingKey()
{
    return u"store/database"_s;
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
    QString reason;
    if (makeFolder(m_path, &reason)) {
        return true;
    }
    *error =
        QCoreApplication::translate("DataDir", "Cannot create the data folder %1: %2.").arg(m_path, reason);
    return false;
}

bool makeFolder(const QString &folder, QString *reason)
{
    const QString path = QDir::cleanPath(QDir(folder).absolutePath());
    if (QFileInfo(path).isDir()) {
        return true;
    }
    // Made one level at a time, so that the failing level's errno can be told.
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    QString current;
    for (const QString &part : parts) {
        current += u'/' + part;
        if (::mkdir(QFile::encodeName(current).constData(), 0755) != 0 && errno != EEXIST) {
            *reason = osErrorText(errno);
            return false;
        }
    }
    if (!QFileInfo(path).isDir()) {
        *reason = osErrorText(ENOTDIR);
        return false;
    }
    return true;
}

QString whyNotWritable(const QString &path)
{
    QFileInfo info(path);
    int mode = W_OK;
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath()) {
            return osErrorText(ENOENT);
        }
        info = QFileInfo(parent);
        mode = W_OK | X_OK; // a folder to create the missing path in
    }
    if (info.isDir()) {
        mode = W_OK | X_OK;
    }
    // The effective user's rights, as the kernel judges them (root ignores modes, not read-only mounts).
    if (::faccessat(AT_FDCWD, QFile::encodeName(info.absoluteFilePath()).constData(), mode, AT_EACCESS) !=
        0) {
        return osErrorText(errno);
    }
    return {};
}

QString osErrorText(int errorNumber)
{
    switch (errorNumber) {
    case EROFS:
        return QCoreApplication::translate("DataDir", "read-only file system");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("DataDir", "permission denied");
    case ENOSPC:
        return QCoreApplication::translate("DataDir", "no space left on device");
    case EDQUOT:
        return QCoreApplication::translate("DataDir", "disk quota exceeded");
    case ENOENT:
        return QCoreApplication::translate("DataDir", "no such file or folder");
    case ENOTDIR:
        return QCoreApplication::translate("DataDir", "a file is in the way where a folder should be");
    case EIO:
        return QCoreApplication::translate("DataDir", "input/output error");
    default:
        return QString::fromLocal8Bit(std::strerror(errorNumber));
    }
}

} // namespace pd::core
