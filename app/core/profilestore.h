#pragma once

#include "profile.h"

#include <QCoreApplication>
#include <QString>

namespace pd::core {

// The user's stored profile in the data dir; the default profile until the user saves one.
class ProfileStore final
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(QString path);

    // The stored profile, the default when none is stored, or an error for a corrupt file
    // (which is left as it is for the user to repair or replace).
    ProfileResult load() const;
    bool save(const Profile &profile, QString *error) const;
    // Validates the file first; on any problem nothing is written.
    bool importFrom(const QString &file, QString *error) const;
    bool exists() const;

private:
    QString m_path;
};

} // namespace pd::core
