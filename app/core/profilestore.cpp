#include "profilestore.h"

#include <QFileInfo>

namespace pd::core {

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{}

bool ProfileStore::exists() const
{
    return QFileInfo::exists(m_path);
}

ProfileResult ProfileStore::load() const
{
    if (!exists()) {
        return {ProfileJson::defaultProfile(), {}};
    }
    ProfileResult result = ProfileJson::load(m_path);
    if (!result) {
        result.error = tr("The stored profile is damaged (%1). Fix the file or import a good profile; "
                          "it was not changed.")
                           .arg(result.error);
    }
    return result;
}

bool ProfileStore::save(const Profile &profile, QString *error) const
{
    return ProfileJson::save(profile, m_path, error);
}

bool ProfileStore::importFrom(const QString &file, QString *error) const
{
    const ProfileResult result = ProfileJson::load(file);
    if (!result) {
        *error = result.error;
        return false;
    }
    return save(*result.profile, error);
}

} // namespace pd::core
